/**
 * Throwaway PostgreSQL schemas for tests: each test (or suite) gets a schema of its own, so vitest's
 * parallel workers and repeated runs never see each other's rows; drop them when done.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { PG_URL } from './services.js';

/** A fresh schema name (lower-case, unquoted-identifier safe) and the store URL that puts tables in it. */
export function freshPgSchema(prefix = 't'): { schema: string; url: string } {
  const schema = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  return { schema, url: pgUrlWithSchema(schema) };
}

/** PG_URL with `?schema=` (or `&schema=`) set to `schema`. */
export function pgUrlWithSchema(schema: string, base = PG_URL): string {
  return `${base}${base.includes('?') ? '&' : '?'}schema=${schema}`;
}

/** Runs `fn` on a short-lived admin connection to the test database (outside any store). */
export async function withPgAdmin<T>(fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(PG_URL, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Drops the schemas and everything in them. */
export async function dropPgSchemas(schemas: string[]): Promise<void> {
  if (!schemas.length) return;
  await withPgAdmin(async (sql) => {
    for (const s of schemas) await sql.unsafe(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  });
}
