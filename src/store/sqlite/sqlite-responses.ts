import type Database from 'better-sqlite3';
import { type ResponseRow, toStoredResponse } from '../rows.js';
import type { ResponseStore, StoredResponse } from '../store.js';
import type { WriteOp, WriteWorker } from './write-worker.js';

/** The insert a response is saved with (also run by the write worker, at the index it is given). */
export const INSERT_RESPONSE =
  'INSERT OR REPLACE INTO responses (id, created_at, model, conversation, body, upstream) VALUES (?, ?, ?, ?, ?, ?)';

/**
 * Stored Responses API answers in SQLite. With a write worker, a save is committed by the worker's
 * connection (a served Responses call otherwise spent most of its extra CPU inserting on the event loop);
 * it still resolves only once committed, so the next request can continue the conversation.
 */
export function createSqliteResponseStore(
  db: Database.Database,
  writer?: { worker: WriteWorker; statement: number },
): ResponseStore {
  const insert = db.prepare(INSERT_RESPONSE);
  const select = db.prepare('SELECT * FROM responses WHERE id = ?');
  const remove = db.prepare('DELETE FROM responses WHERE id = ?');
  let worker = writer;
  return {
    async save(r) {
      const params = paramsOf(r);
      if (worker) {
        try {
          return await worker.worker.run([[worker.statement, params] as WriteOp]);
        } catch {
          // The thread is gone: this connection takes over, nothing is dropped.
          worker = undefined;
        }
      }
      insert.run(params);
    },
    async get(id) {
      const row = select.get(id) as ResponseRow | undefined;
      return row ? toStoredResponse(row) : undefined;
    },
    async remove(id) {
      return remove.run(id).changes > 0;
    },
  };
}

function paramsOf(r: StoredResponse): unknown[] {
  return [
    r.id,
    r.createdAt,
    r.model,
    JSON.stringify(r.conversation),
    JSON.stringify(r.body),
    r.upstream ?? null,
  ];
}
