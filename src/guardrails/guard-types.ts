import type { GuardrailStage } from '../core/index.js';

/** One guardrail's decision on one request, as traces, results and reports show it. */
export interface GuardrailDecision {
  name: string;
  check: string;
  stage: GuardrailStage;
  passed: boolean;
  score?: number;
  evidence: string[];
  /** What was done: nothing (passed), or the on-fail action taken. */
  action: 'none' | 'blocked' | 'redacted' | 'reasked' | 'fallback' | 'warned';
}
