/**
 * @module An app run: render the prompt, call the route, run tools in a bounded loop, check structured output
 * (one re-ask), and write one trace with every span. `run` and `stream` share this one loop.
 */
import {
  type ContextDocument,
  type Message,
  type ModelRequest,
  type ModelResponse,
  type Provider,
  type StreamEvent,
  TandemError,
  type Usage,
  withoutPlaceholders,
} from '../core/index.js';
import type { RequestGuard } from '../guardrails/index.js';
import type { PromptFile, PromptLibrary } from '../prompts/index.js';
import { startTrace, type TraceSink } from '../tracing/index.js';
import type { App, AppEvent, AppInput, AppResult, RunContext } from './app-types.js';
import type { ToolDefinition } from './define-tool.js';
import {
  type AppKnowledge,
  citationsFromMarkers,
  contextVariables,
  toContextDocument,
} from './retrieval-context.js';
import { runToolCall, type ToolCallRecord } from './run-tool-call.js';
import { parseStructured, reaskMessage } from './structured-output.js';

export interface AppParts {
  name: string;
  description?: string;
  prompt: PromptFile;
  library: PromptLibrary;
  provider: Provider;
  tools: ToolDefinition[];
  maxSteps: number;
  traces: TraceSink;
  /** Keep inputs and outputs in traces (default true). */
  captureContent?: boolean;
  /** Retrieve from a knowledge base before rendering. */
  knowledge?: AppKnowledge;
  /** Guardrails on input, retrieved text and output. */
  guard?: { readonly size: number; begin(): RequestGuard };
  /** Resolves a guardrail's fallback route. */
  providerFor?: (name: string) => Promise<Provider>;
}

/** Binds a prompt, a provider (usually a route) and tools into an App. */
export function createApp(parts: AppParts): App {
  const toolMap = new Map(parts.tools.map((t) => [t.name, t]));
  const toolSpecs = parts.tools.map((t) => ({
    name: t.name,
    description: t.description,
    parameters: t.parameters,
  }));

  async function* execute(input: AppInput, ctx: RunContext, streaming: boolean): AsyncGenerator<AppEvent> {
    const trace = startTrace({
      name: parts.name,
      kind: 'app',
      // With guardrails the input is recorded only once they have redacted it.
      input: parts.guard
        ? undefined
        : { vars: input.vars ?? {}, ...(input.history?.length ? { history: input.history } : {}) },
      captureContent: parts.captureContent,
      ...(ctx.apiKey ? { apiKey: ctx.apiKey } : {}),
      attributes: { prompt: parts.prompt.name, promptVersion: parts.prompt.version, streaming },
    });
    let result: AppResult | undefined;
    let failure: unknown;
    let recordedText: string | undefined;
    const started = performance.now();
    const guard = parts.guard?.begin();
    // A run a guardrail stopped: its refusal, no model call made (or none used).
    const refusal = (message: string, responses: ModelResponse[] = []): AppResult => ({
      ...emptyResult(parts, trace.id, started, responses),
      text: message,
      guardrails: guard?.decisions ?? [],
      blocked: true,
    });
    try {
      let vars = input.vars ?? {};
      if (guard) {
        const checked = await guard.input(vars, trace.root, ctx.signal);
        vars = checked.vars;
        trace.setInput({ vars, ...(input.history?.length ? { history: input.history } : {}) });
        if (checked.blocked) {
          result = refusal(checked.blocked);
          yield { type: 'done', result };
          return;
        }
      }
      let documents: Array<ContextDocument & { score?: number }> = input.documents ?? [];
      if (parts.knowledge) {
        const { base, queryVar, k, mode, filter } = parts.knowledge;
        const query = withoutPlaceholders(String(vars[queryVar] ?? ''));
        const hits = await base.retriever.retrieve(query, {
          k,
          mode,
          filter,
          span: trace.root,
          signal: ctx.signal,
        });
        documents = [...documents, ...hits.map(toContextDocument)];
      }
      if (guard && documents.length) {
        const checked = await guard.retrieved(documents, trace.root, ctx.signal);
        documents = checked.docs;
        if (checked.blocked) {
          result = refusal(checked.blocked);
          yield { type: 'done', result };
          return;
        }
      }
      const render = trace.root.child('render', 'render', {
        prompt: parts.prompt.name,
        version: parts.prompt.version,
      });
      const rendered = await parts.library
        .render(parts.prompt, vars, input.history, contextVariables(documents))
        .catch((error) => {
          render.end({ error });
          throw error;
        });
      render.end({ attributes: { messages: rendered.messages.length } });

      const messages: Message[] = [...rendered.messages];
      const json = rendered.output.format === 'json';
      const base: Omit<ModelRequest, 'messages'> = {
        ...rendered.settings,
        ...(toolSpecs.length ? { tools: toolSpecs } : {}),
        ...(json
          ? { responseFormat: { type: 'json', schema: rendered.output.schema, name: parts.prompt.name } }
          : {}),
        // With a knowledge base, its passages are the context even when none were found.
        ...(parts.knowledge || documents.length ? { documents } : {}),
        ...(ctx.noCache ? { noCache: true } : {}),
        ...(ctx.sample ? { sample: ctx.sample } : {}),
        promptVersion: parts.prompt.version,
        signal: ctx.signal,
        span: trace.root,
      };
      const responses: ModelResponse[] = [];
      const toolCalls: ToolCallRecord[] = [];
      let toolSteps = 0;
      let reasked = false;
      for (;;) {
        // A copy: the loop keeps appending to `messages`, and a provider may hold on to its request.
        const res = yield* callModel(parts.provider, { ...base, messages: [...messages] }, streaming);
        responses.push(res);
        if (res.toolCalls?.length && toolMap.size) {
          if (++toolSteps >= parts.maxSteps) {
            throw new TandemError(
              'TOOL_STEP_LIMIT',
              `app "${parts.name}" stopped after ${parts.maxSteps} model calls: the model kept calling tools`,
              {
                hint: `Raise apps.${parts.name}.maxSteps in tandem.yaml, or tell the prompt when to stop calling tools.`,
              },
            );
          }
          messages.push({ role: 'assistant', content: res.text, toolCalls: res.toolCalls });
          for (const call of res.toolCalls) {
            yield { type: 'tool-call', toolCall: call };
            const { message, record } = await runToolCall(
              call,
              toolMap,
              { signal: ctx.signal, app: parts.name },
              trace.root,
            );
            messages.push(message);
            toolCalls.push(record);
            yield { type: 'tool-result', record };
          }
          continue;
        }
        let output: unknown;
        if (json) {
          const parsed = parseStructured(res.text, rendered.output.schema);
          if (!parsed.ok) {
            if (reasked) {
              throw new TandemError(
                'OUTPUT_INVALID',
                `the answer does not match the output schema: ${parsed.problems.join('; ')}`,
                {
                  hint: 'Tighten the prompt, or check that the model supports structured output.',
                },
              );
            }
            reasked = true;
            trace.root.set({ reask: parsed.problems });
            yield { type: 'reask', problems: parsed.problems };
            messages.push(
              { role: 'assistant', content: res.text },
              { role: 'user', content: reaskMessage(parsed.problems, rendered.output.schema) },
            );
            continue;
          }
          output = parsed.value;
        }
        let text = res.text;
        let blocked = false;
        if (guard) {
          const g = await guard.output(text, {
            schema: rendered.output.schema,
            citable: documents.length,
            span: trace.root,
            signal: ctx.signal,
          });
          if (g.next.kind === 'reask') {
            yield { type: 'reask', problems: [g.next.feedback] };
            messages.push(
              { role: 'assistant', content: res.text },
              { role: 'user', content: g.next.feedback },
            );
            continue;
          }
          text = g.text;
          if (g.next.kind === 'fallback') {
            text = g.next.route
              ? (
                  await (
                    await parts.providerFor!(g.next.route)
                  ).generate({ ...base, tools: undefined, messages: [...messages] })
                ).text
              : g.next.message!;
          } else if (g.next.kind === 'block') {
            text = g.next.message;
            blocked = true;
          }
        }
        messages.push({ role: 'assistant', content: text });
        recordedText = text; // the trace keeps placeholders; only the user sees un-redacted values
        result = {
          app: parts.name,
          text: guard ? guard.unredact(text) : text,
          guardrails: guard?.decisions ?? [],
          ...(blocked ? { blocked } : {}),
          ...(json ? { output } : {}),
          citations: blocked ? [] : (res.citations ?? citationsFromMarkers(text, documents)),
          retrieved: documents.map((d) => ({
            id: d.id,
            docId: d.docId ?? d.id,
            source: d.source,
            score: d.score,
          })),
          toolCalls,
          usage: sumUsage(responses),
          costUsd: responses.reduce((c, r) => c + (r.costUsd ?? 0), 0),
          latencyMs: performance.now() - started,
          model: res.model,
          provider: res.provider,
          finishReason: res.finishReason,
          modelCalls: responses.length,
          modelMs: responses.reduce((ms, r) => ms + r.latencyMs, 0),
          cached: responses.every((r) => r.cached),
          prompt: { name: parts.prompt.name, version: parts.prompt.version },
          traceId: trace.id,
          messages,
        };
        yield { type: 'done', result };
        return;
      }
    } catch (error) {
      failure = error;
      throw error;
    } finally {
      // Runs on success, failure, and when the consumer stops early: every run leaves a trace.
      const record = trace.finish(
        result
          ? {
              output: {
                text: recordedText ?? result.text,
                ...(result.output !== undefined ? { output: result.output } : {}),
              },
            }
          : { error: failure ?? new TandemError('ABORTED', 'run stopped before it finished') },
      );
      await parts.traces.write(record);
    }
  }

  return {
    name: parts.name,
    description: parts.description,
    prompt: parts.prompt,
    knowledge: parts.knowledge?.base.name,
    async run(input, ctx = {}) {
      for await (const ev of execute(input, ctx, false)) if (ev.type === 'done') return ev.result;
      throw new TandemError('ABORTED', `app "${parts.name}" ended without a result`);
    },
    stream: (input, ctx = {}) => execute(input, ctx, true),
    async retrieve(input, ctx = {}) {
      if (!parts.knowledge) return [];
      const { base, queryVar, k, mode, filter } = parts.knowledge;
      const hits = await base.retriever.retrieve(String(input.vars?.[queryVar] ?? ''), {
        k,
        mode,
        filter,
        signal: ctx.signal,
      });
      return hits.map((h) => h.chunk.id);
    },
  };
}

// The parts of a result that do not depend on a model answer.
function emptyResult(
  parts: AppParts,
  traceId: string,
  started: number,
  responses: ModelResponse[],
): AppResult {
  return {
    app: parts.name,
    text: '',
    citations: [],
    retrieved: [],
    toolCalls: [],
    guardrails: [],
    usage: sumUsage(responses),
    costUsd: responses.reduce((c, r) => c + (r.costUsd ?? 0), 0),
    latencyMs: performance.now() - started,
    model: 'none',
    provider: 'guardrail',
    finishReason: 'content-filter',
    modelCalls: responses.length,
    modelMs: responses.reduce((ms, r) => ms + r.latencyMs, 0),
    cached: false,
    prompt: { name: parts.prompt.name, version: parts.prompt.version },
    traceId,
    messages: [],
  };
}

// One model call; in streaming mode text deltas pass through as they arrive.
async function* callModel(
  provider: Provider,
  req: ModelRequest,
  streaming: boolean,
): AsyncGenerator<AppEvent, ModelResponse> {
  if (!streaming) return await provider.generate(req);
  let final: ModelResponse | undefined;
  for await (const ev of provider.stream(req) as AsyncIterable<StreamEvent>) {
    if (ev.type === 'text-delta') yield { type: 'text-delta', text: ev.text };
    else if (ev.type === 'finish') final = ev.response;
  }
  if (!final)
    throw new TandemError('PROVIDER_BAD_RESPONSE', `${provider.id}: stream ended without a finish event`);
  return final;
}

function sumUsage(responses: ModelResponse[]): Usage {
  const u: Usage = { inputTokens: 0, outputTokens: 0, totalTokens: 0 };
  for (const r of responses) {
    u.inputTokens += r.usage.inputTokens;
    u.outputTokens += r.usage.outputTokens;
    u.totalTokens += r.usage.totalTokens;
  }
  return u;
}
