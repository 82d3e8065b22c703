/**
 * @module The decisions of one request's guardrails, each recorded once in order and as a `guardrail` span.
 */
import type { SpanHandle } from '../../core/index.js';
import type { CheckVerdict } from '../checks/content-checks.js';
import type { GuardrailDecision } from '../guard-types.js';
import type { NamedGuardrail } from './guard-context.js';

/** Appends decisions to a list and mirrors each as a span under `span`. */
export interface DecisionLog {
  readonly decisions: GuardrailDecision[];
  record(
    g: NamedGuardrail,
    stage: GuardrailDecision['stage'],
    verdict: CheckVerdict,
    action: GuardrailDecision['action'],
    span?: SpanHandle,
  ): GuardrailDecision;
  /** True when `g` has a decision at `stage` already (a passing guardrail is recorded once, at the end). */
  has(g: NamedGuardrail, stage: GuardrailDecision['stage']): boolean;
}

/** A new, empty log for one request. */
export function createDecisionLog(): DecisionLog {
  const decisions: GuardrailDecision[] = [];
  return {
    decisions,
    record(g, stage, verdict, action, span) {
      const d: GuardrailDecision = {
        name: g.name,
        check: g.config.check,
        stage,
        passed: verdict.passed,
        ...(verdict.score !== undefined ? { score: verdict.score } : {}),
        evidence: verdict.evidence,
        action,
      };
      decisions.push(d);
      const s = span?.child(`guardrail ${g.name}`, 'guardrail', {
        guardrail: g.name,
        check: d.check,
        stage,
        passed: d.passed,
        ...(d.score !== undefined ? { score: d.score } : {}),
        evidence: d.evidence,
        action,
      });
      s?.end(d.passed ? {} : { status: action === 'blocked' ? 'error' : 'ok' });
      return d;
    },
    has: (g, stage) => decisions.some((d) => d.name === g.name && d.stage === stage),
  };
}
