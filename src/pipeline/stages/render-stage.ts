import type { JsonSchema, Message, ModelRequest, ToolSpec } from '../../core/index.js';
import { contextVariables } from '../retrieval-context.js';
import type { RunState } from './run-state.js';

/** What the model loop starts from: the rendered conversation and the request settings. */
export interface Rendered {
  messages: Message[];
  /** Settings for every model call of the run (all but the messages). */
  request: Omit<ModelRequest, 'messages'>;
  /** The prompt asks for a JSON answer. */
  json: boolean;
  schema?: JsonSchema;
}

/** Stage 3, render: the prompt with inputs, history and passages, as a `render` span. */
export async function renderStage(s: RunState, tools: ToolSpec[]): Promise<Rendered> {
  const { parts } = s;
  const span = s.trace.root.child('render', 'render', {
    prompt: parts.prompt.name,
    version: parts.prompt.version,
  });
  const rendered = await parts.library
    .render(parts.prompt, s.vars, s.history, {
      ...contextVariables(s.documents),
      // {{#if grounded}} / {{#unless grounded}}, and {{grounding.reason}}: only apps with a knowledge base.
      ...(s.grounding ? { grounded: s.grounding.grounded, grounding: s.grounding } : {}),
    })
    .catch((error) => {
      span.end({ error });
      throw error;
    });
  span.end({ attributes: { messages: rendered.messages.length } });
  const json = rendered.output.format === 'json';
  return {
    messages: [...rendered.messages],
    json,
    ...(rendered.output.schema ? { schema: rendered.output.schema } : {}),
    request: {
      ...rendered.settings,
      ...(tools.length ? { tools } : {}),
      ...(json
        ? { responseFormat: { type: 'json', schema: rendered.output.schema, name: parts.prompt.name } }
        : {}),
      // With a knowledge base, its passages are the context even when none were found.
      ...(parts.knowledge || s.documents.length ? { documents: s.documents } : {}),
      ...(s.grounding ? { grounding: s.grounding } : {}),
      ...(s.ctx.noCache ? { noCache: true } : {}),
      ...(s.ctx.sample ? { sample: s.ctx.sample } : {}),
      // The cache keys on it: a cached answer never stands in for another version of the prompt.
      promptVersion: parts.prompt.version,
      signal: s.ctx.signal,
      span: s.trace.root,
    },
  };
}
