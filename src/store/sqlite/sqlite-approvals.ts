import type Database from 'better-sqlite3';
import type { ApprovalRecord, ApprovalStore } from '../store.js';

interface Row {
  app: string;
  prompt: string;
  version: string;
  by: string;
  note: string | null;
  approved_at: number;
}

/** Playbook approvals in SQLite. */
export function createSqliteApprovalStore(db: Database.Database): ApprovalStore {
  const toRecord = (r: Row): ApprovalRecord => ({
    app: r.app,
    prompt: r.prompt,
    version: r.version,
    by: r.by,
    ...(r.note ? { note: r.note } : {}),
    approvedAt: r.approved_at,
  });
  return {
    async add(r) {
      const approvedAt = Date.now();
      db.prepare(
        'INSERT INTO approvals (app, prompt, version, by, note, approved_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(r.app, r.prompt, r.version, r.by, r.note ?? null, approvedAt);
      return { ...r, approvedAt };
    },
    async list(filter = {}) {
      const where: string[] = [];
      const args: unknown[] = [];
      for (const [k, v] of Object.entries(filter)) {
        if (v === undefined) continue;
        where.push(`${k} = ?`);
        args.push(v);
      }
      const sql = `SELECT * FROM approvals ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY approved_at DESC, id DESC`;
      return (db.prepare(sql).all(...args) as Row[]).map(toRecord);
    },
  };
}
