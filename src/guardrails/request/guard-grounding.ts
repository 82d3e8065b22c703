/**
 * @module The `grounded` guardrail: when the retrieved passages cannot answer the question (the answerability
 * signal says so), stop before any model call with a refusal (`block`), answer a fixed message or from
 * another route (`fallback`), or only record it (`warn`).
 */
import type { Grounding, SpanHandle } from '../../core/index.js';
import type { GuardContext, NamedGuardrail } from './guard-context.js';
import { refusalOf } from './guard-context.js';

/** What the app does after the grounded guardrails: go on, stop with a refusal, or answer otherwise. */
export type GroundingNext =
  | { kind: 'continue' }
  | { kind: 'block'; message: string }
  | { kind: 'fallback'; route?: string; message?: string };

/** Runs the `grounded` guardrails, in order, on the run's answerability verdict. */
export function guardGrounding(
  ctx: GuardContext,
  guardrails: NamedGuardrail[],
  grounding: Grounding,
  span?: SpanHandle,
): GroundingNext {
  const verdict = {
    passed: grounding.grounded,
    evidence: [grounding.reason],
    score: grounding.coverage,
  };
  for (const g of guardrails) {
    if (grounding.grounded) {
      ctx.log.record(g, 'retrieved', verdict, 'none', span);
      continue;
    }
    const action = g.config.action;
    if (action === 'warn') {
      ctx.log.record(g, 'retrieved', verdict, 'warned', span);
      continue;
    }
    if (action === 'fallback') {
      ctx.log.record(g, 'retrieved', verdict, 'fallback', span);
      return {
        kind: 'fallback',
        ...(g.config.fallback ? { route: g.config.fallback } : {}),
        ...(g.config.message ? { message: g.config.message } : {}),
      };
    }
    ctx.log.record(g, 'retrieved', verdict, 'blocked', span);
    return { kind: 'block', message: refusalOf(g) };
  }
  return { kind: 'continue' };
}
