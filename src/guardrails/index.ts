export { type CheckVerdict, contentCheck } from './checks/content-checks.js';
export {
  detectInjection,
  type InjectionOptions,
  type InjectionResult,
  type InjectionSignal,
  type InjectionSource,
  type JudgeVerdict,
  judgeInjection,
} from './checks/injection/index.js';
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
export * from './measure/index.js';
export { type CheckFinding, type RedactableVerdict, runCheck } from './request/run-check.js';
