/**
 * @module One error class with a closed set of stable codes; the CLI and the HTTP layer map codes, never messages.
 */

/** Stable error codes. Adding one forces a decision in every `Record<ErrorCode, …>` mapping. */
export type ErrorCode =
  | 'CONFIG_NOT_FOUND'
  | 'CONFIG_INVALID'
  | 'CONFIG_ENV_MISSING'
  | 'PROMPT_NOT_FOUND'
  | 'PROMPT_INVALID'
  | 'INPUT_INVALID'
  | 'APP_NOT_FOUND'
  | 'PROVIDER_NOT_FOUND'
  | 'PROVIDER_AUTH'
  | 'PROVIDER_RATE_LIMITED'
  | 'PROVIDER_TIMEOUT'
  | 'PROVIDER_ERROR'
  | 'PROVIDER_BAD_RESPONSE'
  | 'PROVIDER_UNSUPPORTED'
  | 'OUTPUT_INVALID'
  | 'TOOL_NOT_FOUND'
  | 'TOOL_INVALID'
  | 'TOOL_STEP_LIMIT'
  | 'SCRIPT_INVALID'
  | 'DOCUMENT_INVALID'
  | 'SUITE_INVALID'
  | 'KNOWLEDGE_NOT_FOUND'
  | 'STORE_ERROR'
  | 'NOT_FOUND'
  | 'USAGE'
  | 'GATE_FAILED'
  | 'ABORTED';

/** Where in a user's file an error was found. Lines and columns are 1-based. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
  /** Dotted field path inside the file, e.g. `providers.openai.baseUrl`. */
  path?: string;
}

export interface TandemErrorOptions {
  hint?: string;
  where?: SourceLocation;
  retryable?: boolean;
  /** HTTP status reported by an upstream, when there was one. */
  status?: number;
  /** Milliseconds the upstream asked us to wait (Retry-After). */
  retryAfterMs?: number;
  cause?: unknown;
  /** Further errors found in the same pass (e.g. every invalid field of a config file). */
  related?: TandemError[];
}

/** The error every tandem module throws; `code` is stable, `hint` says how to fix it. */
export class TandemError extends Error {
  readonly hint?: string;
  readonly where?: SourceLocation;
  readonly retryable: boolean;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly related: TandemError[];

  constructor(
    readonly code: ErrorCode,
    message: string,
    opts: TandemErrorOptions = {},
  ) {
    super(message, { cause: opts.cause });
    this.name = 'TandemError';
    this.hint = opts.hint;
    this.where = opts.where;
    this.retryable = opts.retryable ?? false;
    this.status = opts.status;
    this.retryAfterMs = opts.retryAfterMs;
    this.related = opts.related ?? [];
  }
}

/** True for a TandemError, also across duplicated package copies (checks the name and code, not the prototype). */
export function isTandemError(err: unknown): err is TandemError {
  return err instanceof TandemError || (err instanceof Error && err.name === 'TandemError' && 'code' in err);
}

/** Formats a location as `file:line:column path` for messages. */
export function formatLocation(where: SourceLocation): string {
  let out = where.file;
  if (where.line !== undefined) out += `:${where.line}`;
  if (where.line !== undefined && where.column !== undefined) out += `:${where.column}`;
  if (where.path) out += ` ${where.path}`;
  return out;
}
