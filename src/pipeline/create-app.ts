/**
 * @module An app: a prompt bound to a route, tools, a knowledge base and guardrails. `run` and `stream`
 * are the same staged run (run-app.ts).
 */
import { TandemError } from '../core/index.js';
import { eventsWithoutResponseCache } from '../router/index.js';
import type { AppParts } from './app-parts.js';
import { appTools } from './app-tools.js';
import type { App } from './app-types.js';
import { retrieveInConversation } from './query-of.js';
import { toContextDocument } from './retrieval-context.js';
import { runApp } from './run-app.js';

export type { AppParts } from './app-parts.js';

/** Binds a prompt, a provider (usually a route) and tools into an App. */
export function createApp(parts: AppParts): App {
  const tools = appTools(parts.tools);
  const passages = passagesOf(parts);
  return {
    name: parts.name,
    description: parts.description,
    prompt: parts.prompt,
    knowledge: parts.knowledge?.base.name,
    async run(input, ctx = {}) {
      for await (const ev of uncachedWhenAsked(runApp(parts, tools, input, ctx, false), ctx.noCache))
        if (ev.type === 'done') return ev.result;
      throw new TandemError('ABORTED', `app "${parts.name}" ended without a result`);
    },
    stream: (input, ctx = {}) => uncachedWhenAsked(runApp(parts, tools, input, ctx, true), ctx.noCache),
    retrieve: async (input, ctx = {}) => (await passages(input, { signal: ctx.signal })).map((p) => p.id),
    passages,
  };
}

function passagesOf(parts: AppParts): App['passages'] {
  return async (input, opts = {}) => {
    if (!parts.knowledge) return [];
    // The conversation as the run reads it: a turn a guardrail refused, replayed by a client, is no part of it.
    const history = parts.guard ? parts.guard.conversation(input.history ?? []) : input.history;
    const { hits } = await retrieveInConversation(parts.knowledge, input.vars ?? {}, history ?? [], opts);
    // The passage as the model is given it (text, title, status), with its document's id.
    return hits.map(toContextDocument).map((d) => ({ ...d, docId: d.docId ?? d.id }));
  };
}

// `noCache` covers every model call of the run, not only the answer's: guardrail judges and reranking too.
function uncachedWhenAsked<T>(events: AsyncGenerator<T>, noCache: boolean | undefined): AsyncGenerator<T> {
  return noCache ? eventsWithoutResponseCache(events) : events;
}
