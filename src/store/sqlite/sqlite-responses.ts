import type Database from 'better-sqlite3';
import type { ResponseStore, StoredResponse } from '../store.js';

interface Row {
  id: string;
  created_at: number;
  model: string;
  conversation: string;
  body: string;
  upstream: string | null;
}

/** Stored Responses API answers in SQLite. */
export function createSqliteResponseStore(db: Database.Database): ResponseStore {
  const insert = db.prepare(
    'INSERT OR REPLACE INTO responses (id, created_at, model, conversation, body, upstream) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const select = db.prepare('SELECT * FROM responses WHERE id = ?');
  const remove = db.prepare('DELETE FROM responses WHERE id = ?');
  return {
    async save(r) {
      insert.run(
        r.id,
        r.createdAt,
        r.model,
        JSON.stringify(r.conversation),
        JSON.stringify(r.body),
        r.upstream ?? null,
      );
    },
    async get(id) {
      const row = select.get(id) as Row | undefined;
      return row ? toRecord(row) : undefined;
    },
    async remove(id) {
      return remove.run(id).changes > 0;
    },
  };
}

function toRecord(r: Row): StoredResponse {
  return {
    id: r.id,
    createdAt: r.created_at,
    model: r.model,
    conversation: JSON.parse(r.conversation) as unknown[],
    body: JSON.parse(r.body) as Record<string, unknown>,
    ...(r.upstream ? { upstream: r.upstream } : {}),
  };
}
