import { withoutPlaceholders } from '../../core/index.js';
import type { AppResult } from '../app-types.js';
import { toContextDocument } from '../retrieval-context.js';
import { type RunState, refusal } from './run-state.js';

/**
 * Stage 2, retrieve: passages for the (redacted) query from the app's knowledge base, after any supplied
 * documents, then the guardrails on retrieved text. Returns the refusal when a guardrail blocks.
 */
export async function retrieveStage(s: RunState): Promise<AppResult | undefined> {
  const knowledge = s.parts.knowledge;
  if (knowledge) {
    const { base, queryVar, k, mode, filter } = knowledge;
    // Placeholders mean nothing to search; the values behind them never reach the index.
    const query = withoutPlaceholders(String(s.vars[queryVar] ?? ''));
    const hits = await base.retriever.retrieve(query, {
      k,
      mode,
      filter,
      span: s.trace.root,
      signal: s.ctx.signal,
    });
    s.documents = [...s.documents, ...hits.map(toContextDocument)];
  }
  if (!s.guard || !s.documents.length) return undefined;
  const checked = await s.guard.retrieved(s.documents, s.trace.root, s.ctx.signal);
  s.documents = checked.docs;
  return checked.blocked ? refusal(s, checked.blocked) : undefined;
}
