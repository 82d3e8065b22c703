export * from './config/index.js';
export { type ErrorCode, formatLocation, isTandemError, type SourceLocation, TandemError } from './errors.js';
export { sha256, stableStringify } from './hash.js';
export { newId } from './ids.js';
export { importModule } from './module/import-module.js';
export { closest, levenshtein } from './text/closest.js';
export { splitSentences } from './text/sentences.js';
export { stem, tokenize } from './text/tokenize.js';
export * from './types.js';
