import { withoutPlaceholders } from '../../core/index.js';
import { assessGrounding } from '../../rag/index.js';
import type { AppResult } from '../app-types.js';
import { retrieveInConversation } from '../query-of.js';
import { toContextDocument } from '../retrieval-context.js';
import { fixedAnswer, type RunState, refusal } from './run-state.js';

/**
 * Stage 2, retrieve: passages for the (redacted) query from the app's knowledge base, after any supplied
 * documents, then the guardrails on retrieved text, then the answerability verdict (`grounded`). Returns the
 * run's result when a guardrail ends it here.
 */
export async function retrieveStage(s: RunState): Promise<AppResult | undefined> {
  const knowledge = s.parts.knowledge;
  // The question itself, to tell whether retrieval read it otherwise (with the conversation, a slip corrected).
  const asked = knowledge ? withoutPlaceholders(String(s.vars[knowledge.queryVar] ?? '')) : '';
  const found = knowledge
    ? await retrieveInConversation(knowledge, s.vars, s.history, { span: s.trace.root, signal: s.ctx.signal })
    : undefined;
  if (found) s.documents = [...s.documents, ...found.hits.map(toContextDocument)];
  if (s.guard && s.documents.length) {
    const checked = await s.guard.retrieved(s.documents, s.trace.root, s.ctx.signal);
    s.documents = checked.docs;
    if (checked.blocked) return refusal(s, checked.blocked);
  }
  if (!found) return undefined;
  // Judged on the passages the guardrails kept, with the word counts retrieval already read, on the question
  // as retrieval read it (with the conversation, slips of the keyboard corrected).
  const verdict = assessGrounding(found.query, s.documents, found.stats, { written: found.written });
  s.grounding = found.query === asked ? verdict : { ...verdict, question: found.query };
  s.trace.root.set({ grounded: s.grounding.grounded, groundingReason: s.grounding.reason });
  return undefined;
}

/**
 * The `grounded` guardrails on the run's verdict, after the prompt rendered (so bad inputs are still reported
 * as such) and before any model call: the run's result when one blocks or answers a fixed message.
 */
export function groundingStage(s: RunState): AppResult | undefined {
  if (!s.grounding) return undefined;
  const next = s.guard?.grounding(s.grounding, s.trace.root);
  if (!next || next.kind === 'continue') return undefined;
  if (next.kind === 'block') return refusal(s, next.message);
  if (next.route) {
    s.answerRoute = next.route;
    return undefined;
  }
  return fixedAnswer(s, next.message!);
}
