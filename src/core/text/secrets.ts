/**
 * @module What an API key or token looks like: well-known key formats, then long random-looking tokens after
 * a secret-ish word. Shared by the PII guardrail and by traces, which never store a secret a user pasted.
 */

/** The patterns, global (use with matchAll / replace). */
export const SECRET_PATTERNS: readonly RegExp[] = [
  /\b(?:sk|pk|rk)-(?:proj-|ant-|live-|test-)?[A-Za-z0-9_-]{16,}\b/g,
  /\bAKIA[0-9A-Z]{16}\b/g,
  /\bgh[pousr]_[A-Za-z0-9]{30,}\b/g,
  /\bxox[baprs]-[A-Za-z0-9-]{10,}\b/g,
  /\bAIza[0-9A-Za-z_-]{35}\b/g,
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g,
  /\btdm_[A-Za-z0-9_-]{20,}/g,
  /(?<=\b(?:api[_-]?key|secret|token|password|passwd)\s*[:=]\s*["']?)[A-Za-z0-9_\-+/=]{12,}/gi,
];

/** The text with every secret replaced by `[secret]`. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const re of SECRET_PATTERNS) out = out.replace(re, '[secret]');
  return out;
}

/** A JSON-like value with secrets redacted in every string it holds. */
export function redactSecretsDeep<T>(value: T): T {
  if (typeof value === 'string') return redactSecrets(value) as T;
  if (Array.isArray(value)) return value.map(redactSecretsDeep) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactSecretsDeep(v)])) as T;
  }
  return value;
}
