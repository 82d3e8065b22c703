export { type CheckVerdict, contentCheck } from './checks/content-checks.js';
export { detectInjection, type InjectionResult, type InjectionSignal } from './checks/injection.js';
export { findPii, luhn, PII_KINDS, type PiiFinding, type PiiKind, redact, unredact } from './checks/pii.js';
export {
  createGuard,
  DEFAULT_BLOCK_MESSAGE,
  describe,
  type GuardDeps,
  type NamedGuardrail,
  type OutputNext,
  type RequestGuard,
} from './guard.js';
export type { GuardrailDecision } from './guard-types.js';
