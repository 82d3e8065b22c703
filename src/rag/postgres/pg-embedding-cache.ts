/**
 * @module The embedding cache in PostgreSQL: vectors by model and content hash, shared by every process
 * that ingests, so text embedded once is never embedded again.
 */
import type postgres from 'postgres';
import type { EmbeddingCache } from '../knowledge-index.js';
import { toFloat32 } from './pg-kb-rows.js';
import { checkSchemaName, ensureKbTables, tableNames } from './pg-kb-schema.js';

/** The embedding cache in `sql`'s database (in `schema` when given; its table is made on first use). */
export function createPostgresEmbeddingCache(
  sql: postgres.Sql,
  opts: { schema?: string } = {},
): EmbeddingCache {
  checkSchemaName(opts.schema);
  const { cache } = tableNames(sql, opts.schema);
  let ready: Promise<void> | undefined;
  const tables = () => {
    ready ??= ensureKbTables(sql, opts.schema).catch((err) => {
      ready = undefined; // a server that was down may be up for the next call
      throw err;
    });
    return ready;
  };
  return {
    async get(model, hashes) {
      if (!hashes.length) return new Map();
      await tables();
      const rows = await sql<{ hash: string; vector: Buffer }[]>`
        SELECT hash, vector FROM ${cache} WHERE model = ${model} AND hash = ANY(${hashes}::text[])`;
      return new Map(rows.map((r) => [r.hash, toFloat32(r.vector)]));
    },
    async set(model, entries) {
      if (!entries.length) return;
      await tables();
      // The last of one hash wins, as one write after another would; ON CONFLICT may not touch a row twice.
      const latest = [...new Map(entries).entries()];
      const hex = (v: Float32Array) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex');
      await sql`INSERT INTO ${cache} (model, hash, vector)
        SELECT ${model}, h, decode(v, 'hex') FROM unnest(${latest.map(([h]) => h)}::text[],
          ${latest.map(([, v]) => hex(v))}::text[]) AS x(h, v)
        ON CONFLICT (model, hash) DO UPDATE SET vector = excluded.vector`;
    },
  };
}
