/**
 * @module Where a PostgreSQL store lives, read from its URL: what postgres.js connects to, how the URL may be
 * shown (never with its password), and the schema tandem's tables go in.
 */
import { TandemError } from '../../core/index.js';

export interface PgTarget {
  /** The URL for postgres.js, without tandem's own `schema` parameter (the server would refuse it). */
  url: string;
  /** The URL as messages show it: no password, in the userinfo or in the query. */
  shown: string;
  /** The schema from `?schema=name` or `options=-c search_path=name`; absent: the server's default path. */
  schema?: string;
  /** True when tandem sets the search path itself (from `?schema=`). */
  setsSearchPath: boolean;
}

// Unquoted-identifier rules, so the name means the same in search_path, messages and psql.
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** Reads a postgres:// or postgresql:// URL; a bad `?schema=` is a STORE_ERROR naming the rule. */
export function parsePgUrl(raw: string): PgTarget {
  const q = raw.indexOf('?');
  const base = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const fromParam = params.get('schema') ?? undefined;
  params.delete('schema');
  const shownParams = new URLSearchParams(params);
  shownParams.delete('password');
  if (fromParam !== undefined) shownParams.set('schema', fromParam);
  const shown = withQuery(withoutPassword(base), shownParams);
  const schema = fromParam ?? schemaFromOptions(params.get('options'));
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new TandemError('STORE_ERROR', `the store URL ${shown} names the schema "${schema}"`, {
      hint: 'A schema name is letters, digits and _ (not starting with a digit, at most 63), e.g. ?schema=tandem',
    });
  }
  return {
    url: withQuery(base, params),
    shown,
    ...(schema !== undefined ? { schema } : {}),
    setsSearchPath: fromParam !== undefined,
  };
}

/** `search_path` as the server reads it: the schema quoted and alone, so nothing lands in `public`. */
export const searchPathOf = (schema: string): string => `"${schema}"`;

function withoutPassword(base: string): string {
  // scheme://user:password@host… → scheme://user@host…; the last @ ends the userinfo (a password may hold @).
  const start = base.indexOf('://') + 3;
  const at = base.lastIndexOf('@');
  if (start < 3 || at < start) return base;
  const userinfo = base.slice(start, at);
  const colon = userinfo.indexOf(':');
  return colon < 0 ? base : `${base.slice(0, start)}${userinfo.slice(0, colon)}${base.slice(at)}`;
}

function withQuery(base: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

function schemaFromOptions(options: string | null): string | undefined {
  const m = options ? /search_path\s*=\s*"?([^\s,"]+)/.exec(options) : null;
  return m?.[1];
}
