/**
 * @module PostgreSQL failures as tandem errors: a store that cannot be reached (down, wrong host, wrong
 * password, no such database) is a STORE_ERROR naming the URL without its password and what to check.
 */
import { TandemError } from '../../core/index.js';

// Node's socket errors and postgres.js's own connection states.
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

const STORE_SETTING = 'TANDEM_STORE (or store.url in tandem.yaml)';

/** The hint for a connection failure, by its code; undefined when the error is not one. */
function connectionHint(code: string): string | undefined {
  if (UNREACHABLE.has(code))
    return `Check that PostgreSQL runs and is reachable at that host and port, or correct ${STORE_SETTING}.`;
  if (code.startsWith('28') || code.startsWith('SASL') || code === 'AUTH_TYPE_NOT_IMPLEMENTED')
    return `Check the user and password in ${STORE_SETTING}.`;
  if (code === '3D000')
    return `Create the database (createdb <name>) or name another one in ${STORE_SETTING}.`;
  if (code === '53300') return 'The server has no free connection: raise max_connections or use a pooler.';
  if (code.startsWith('08') || code.startsWith('57P'))
    return 'The server closed the connection (restarting or shutting down); try again in a moment.';
  return undefined;
}

/** A connection failure as a STORE_ERROR naming `shown`; any other error as it is. */
export function connectionError(err: unknown, shown: string): unknown {
  if (err instanceof TandemError) return err;
  const code = String((err as { code?: unknown }).code ?? '');
  const hint = connectionHint(code);
  if (!hint) return err;
  return new TandemError(
    'STORE_ERROR',
    `cannot reach the PostgreSQL store at ${shown}: ${(err as Error).message}`,
    { hint, cause: err, retryable: true },
  );
}

/** Any failure while preparing the store (connecting, creating the schema, migrating) as a STORE_ERROR. */
export function openError(err: unknown, shown: string): TandemError {
  const mapped = connectionError(err, shown);
  if (mapped instanceof TandemError) return mapped;
  const code = String((err as { code?: unknown }).code ?? '');
  return new TandemError(
    'STORE_ERROR',
    `cannot prepare the PostgreSQL store at ${shown}: ${(err as Error).message}`,
    {
      hint:
        code === '42P07'
          ? 'Tables of that name exist there already: give tandem a schema of its own, e.g. ?schema=tandem'
          : code === '42501'
            ? 'The user lacks a privilege it needs (CREATE on the database or schema): grant it, or use a schema it owns.'
            : `Check ${STORE_SETTING}.`,
      cause: err,
    },
  );
}

/**
 * Wraps each method of `target` so a lost connection surfaces as a STORE_ERROR with the URL; the methods
 * are all async, so the wrapper only adds a rejection handler.
 */
export function withConnectionErrors<T extends object>(target: T, shown: string): T {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(target)) {
    out[name] =
      typeof value === 'function'
        ? (...args: unknown[]) =>
            (value as (...a: unknown[]) => Promise<unknown>)(...args).catch((err: unknown) => {
              throw connectionError(err, shown);
            })
        : value;
  }
  return out as T;
}
