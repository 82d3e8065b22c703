/**
 * @module What every stage of a request's guardrails shares: the declared guardrails, how to reach a judge
 * route, the redaction map and the decision log.
 */
import type { GuardrailConfig, Provider } from '../../core/index.js';
import type { DecisionLog } from './decision-log.js';

export interface NamedGuardrail {
  name: string;
  config: GuardrailConfig;
}

export interface GuardDeps {
  root: string;
  provider(name: string): Promise<Provider>;
}

/** The state of one request's guardrails. */
export interface GuardContext {
  deps: GuardDeps;
  log: DecisionLog;
  /** Every placeholder of the request and the value it hides (one numbering for the whole request). */
  redactions: Map<string, string>;
  /**
   * The placeholders that hide values the user sent (inputs and history): the answer gets these back.
   * Values masked in passages, tool results or the answer stay masked for the user too.
   */
  userValues: Map<string, string>;
  /** Re-asks used per output guardrail. */
  reasks: Map<string, number>;
}

export const DEFAULT_BLOCK_MESSAGE = "I'm sorry, I can't help with that request.";

/** The refusal a blocking guardrail gives. */
export const refusalOf = (g: NamedGuardrail): string => g.config.message ?? DEFAULT_BLOCK_MESSAGE;
