export { ageMs } from './age.js';
export { groupBy } from './collections/group-by.js';
export * from './config/index.js';
export { type ErrorCode, formatLocation, isTandemError, type SourceLocation, TandemError } from './errors.js';
export { sha256, stableStringify } from './hash.js';
export { newId } from './ids.js';
export { importModule } from './module/import-module.js';
export { staticPrefix } from './paths/static-prefix.js';
export { mulberry32, type Random, seededRandom } from './random.js';
export { closest, levenshtein, slipsOf, wrongKeysOf } from './text/closest.js';
export { IT_TERM, withDepartmentIT } from './text/department-it.js';
export { escapeRegExp } from './text/escape-regexp.js';
export { estimateTokens } from './text/estimate-tokens.js';
export { REDACTION_PLACEHOLDER, withoutPlaceholders } from './text/placeholders.js';
export { redactSecrets, redactSecretsDeep, SECRET_PATTERNS } from './text/secrets.js';
export { leadInOf, sentenceBefore, splitSentences } from './text/sentences.js';
export { americanSpelling } from './text/spellings.js';
export {
  americanWordsOf,
  CLITIC,
  queryTerms,
  stem,
  stopWords,
  TOKENIZE_VERSION,
  tokenize,
} from './text/tokenize.js';
export * from './types.js';
