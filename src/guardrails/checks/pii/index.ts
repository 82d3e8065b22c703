export { findPii } from './find-pii.js';
export { PII_KINDS, type PiiFinding, type PiiKind } from './kinds.js';
export { luhn } from './numbers.js';
export { type Redaction, redact, unredact } from './redact.js';
