import { type ResponseRow, toStoredResponse } from '../rows.js';
import type { ResponseStore } from '../store.js';
import type { PgSql } from './pg-client.js';

/** Stored Responses API answers in PostgreSQL; a save resolves once committed (the next request continues it). */
export function createPgResponseStore(sql: PgSql): ResponseStore {
  return {
    async save(r) {
      await sql`
        INSERT INTO responses (id, created_at, model, conversation, body, upstream)
        VALUES (${r.id}, ${r.createdAt}, ${r.model}, ${JSON.stringify(r.conversation)}, ${JSON.stringify(r.body)},
          ${r.upstream ?? null})
        ON CONFLICT (id) DO UPDATE SET created_at = excluded.created_at, model = excluded.model,
          conversation = excluded.conversation, body = excluded.body, upstream = excluded.upstream`;
    },
    async get(id) {
      const [row] = await sql<ResponseRow[]>`SELECT * FROM responses WHERE id = ${id}`;
      return row ? toStoredResponse(row) : undefined;
    },
    async remove(id) {
      return (await sql`DELETE FROM responses WHERE id = ${id}`).count > 0;
    },
  };
}
