export { type CheckVerdict, contentCheck } from './checks/content-checks.js';
export { detectInjection, type InjectionResult, type InjectionSignal } from './checks/injection.js';
export {
  findPii,
  luhn,
  PII_KINDS,
  type PiiFinding,
  type PiiKind,
  redact,
  unredact,
} from './checks/pii/index.js';
export { describe } from './describe-guardrail.js';
export {
  type AppGuard,
  createGuard,
  DEFAULT_BLOCK_MESSAGE,
  type GuardDeps,
  type GuardedInput,
  type NamedGuardrail,
  type OutputNext,
  type RequestGuard,
} from './guard.js';
export type { GuardrailDecision } from './guard-types.js';
