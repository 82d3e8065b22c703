import type Database from 'better-sqlite3';
import type { ApprovalRecord, ApprovalStore } from '../store.js';

interface Row {
  app: string;
  prompt: string;
  version: string;
  app_version: string | null;
  reviewed: string | null;
  by: string;
  note: string | null;
  approved_at: number;
}

// Filter fields → columns; a fixed map, so no caller-given key reaches the SQL text.
const COLUMNS = { app: 'app', prompt: 'prompt', version: 'version', appVersion: 'app_version' } as const;

/** Playbook approvals in SQLite. */
export function createSqliteApprovalStore(db: Database.Database): ApprovalStore {
  const toRecord = (r: Row): ApprovalRecord => ({
    app: r.app,
    prompt: r.prompt,
    version: r.version,
    ...(r.app_version ? { appVersion: r.app_version } : {}),
    ...(r.reviewed ? { reviewed: JSON.parse(r.reviewed) as Record<string, unknown> } : {}),
    by: r.by,
    ...(r.note ? { note: r.note } : {}),
    approvedAt: r.approved_at,
  });
  return {
    async add(r) {
      const approvedAt = Date.now();
      db.prepare(
        `INSERT INTO approvals (app, prompt, version, app_version, reviewed, by, note, approved_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        r.app,
        r.prompt,
        r.version,
        r.appVersion ?? null,
        r.reviewed ? JSON.stringify(r.reviewed) : null,
        r.by,
        r.note ?? null,
        approvedAt,
      );
      return { ...r, approvedAt };
    },
    async list(filter = {}) {
      const where: string[] = [];
      const args: unknown[] = [];
      for (const [k, v] of Object.entries(filter)) {
        if (v === undefined) continue;
        where.push(`${COLUMNS[k as keyof typeof COLUMNS]} = ?`);
        args.push(v);
      }
      const sql = `SELECT * FROM approvals ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY approved_at DESC, id DESC`;
      return (db.prepare(sql).all(...args) as Row[]).map(toRecord);
    },
  };
}
