/**
 * @module What an API key or token looks like: well-known key formats, credentials in URLs, an AWS secret key
 * next to its access key id, then long random-looking values after a secret-ish word. Shared by the PII
 * guardrail and by traces, which never store a secret a user pasted. Each pattern takes the whole value (no
 * tail is left in clear) and asks for what real keys have (a digit, a long random run), so words that merely
 * start like a key (`sk-learn-pipeline`, `task-manager`) are left alone.
 */

// An AWS access key id, and the 40-character secret (its alphabet adds / and +) that goes with it. The secret
// is random base64, so it has upper and lower case: a 40-character git hash near a key id is no secret.
const AWS_ID = String.raw`\b(?:AKIA|ASIA)[0-9A-Z]{16}\b`;
const AWS_SECRET =
  '(?<![A-Za-z0-9/+])(?=[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=]))(?=[A-Za-z0-9/+]{0,39}[A-Z])(?=[A-Za-z0-9/+]{0,39}[a-z])[A-Za-z0-9/+]{40}';
// Within this many characters (a line or the next, as in a pasted credentials file), a 40-character run is
// the access key's secret.
const NEAR = String.raw`[^\n]{0,120}(?:\n[^\n]{0,120})?`;
const KEY_WORDS =
  'api[_-]?key|apikey|secret[_-]?(?:access[_-]?)?key|client[_-]secret|access[_-]token|auth[_-]token|secret|token|password|passwd';

/** The patterns, global (use with matchAll / replace), most specific first: an AWS secret before its key id. */
export const SECRET_PATTERNS: readonly RegExp[] = [
  // AWS secret access key after or before its access key id (AKIA… long-term, ASIA… temporary).
  // The 40-character run is looked for first: a lookbehind tried at every position costs a millisecond on 2 KB.
  new RegExp(`${AWS_SECRET}(?<=${AWS_ID}${NEAR}.{40})`, 'g'),
  new RegExp(`${AWS_SECRET}(?=${NEAR}${AWS_ID})`, 'g'),
  new RegExp(AWS_ID, 'g'),
  // OpenAI (sk-proj-, sk-svcacct-, sk-admin-, legacy sk-…) and Anthropic (sk-ant-api03-…): a digit and a
  // random run of 16 somewhere in the tail.
  // (The lookaheads stop at 256 characters, past any real key, so a run of "sk-sk-sk-…" stays linear.)
  /\bsk-(?=[\w-]{0,256}?[A-Za-z0-9]{16})(?=[\w-]{0,256}?\d)[\w-]{20,}/g,
  // Stripe secret, restricted and publishable keys.
  /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}/g,
  // GitHub: classic (ghp_, gho_, ghu_, ghs_, ghr_) and fine-grained tokens.
  /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/g,
  // Slack bot, user, app and refresh tokens.
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g,
  // Google API keys.
  /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g,
  // JSON Web Tokens.
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g,
  // tandem's own virtual keys.
  /\btdm_[A-Za-z0-9_-]{20,}/g,
  // Credentials in a URL: the password of user:password@, or a token alone before the @.
  /(?<=\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:)[^\s@/]{3,}(?=@)/gi,
  /(?<=\b[a-z][a-z0-9+.-]*:\/\/)(?=[^\s:@/]*\d)[A-Za-z0-9_-]{20,}(?=@)/gi,
  // A long value after a secret-ish name: api_key = "…", "client_secret": "…", password: …
  // Bounded spaces: an unbounded \s* in a lookbehind is tried at every position of a long run of spaces.
  new RegExp(
    `(?<=(?:\\b|_)(?:${KEY_WORDS})["']?[ \\t]{0,8}[:=][ \\t]{0,8}["']?)[A-Za-z0-9_\\-+/=]{12,}`,
    'gi',
  ),
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
