import type Database from 'better-sqlite3';
import { APPROVAL_COLUMNS, type ApprovalRow, toApproval } from '../rows.js';
import type { ApprovalStore } from '../store.js';

/** Playbook approvals in SQLite. */
export function createSqliteApprovalStore(db: Database.Database): ApprovalStore {
  return {
    async add(r) {
      const approvedAt = Date.now();
      const decision = r.decision ?? 'approved';
      db.prepare(
        `INSERT INTO approvals (app, prompt, version, app_version, reviewed, by, role, decision, note, approved_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        r.app,
        r.prompt,
        r.version,
        r.appVersion ?? null,
        r.reviewed ? JSON.stringify(r.reviewed) : null,
        r.by,
        r.role ?? null,
        decision,
        r.note ?? null,
        approvedAt,
      );
      return { ...r, decision, approvedAt };
    },
    async list(filter = {}) {
      const where: string[] = [];
      const args: unknown[] = [];
      for (const [k, v] of Object.entries(filter)) {
        if (v === undefined) continue;
        where.push(`${APPROVAL_COLUMNS[k as keyof typeof APPROVAL_COLUMNS]} = ?`);
        args.push(v);
      }
      const sql = `SELECT * FROM approvals ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY approved_at DESC, id DESC`;
      return (db.prepare(sql).all(...args) as ApprovalRow[]).map(toApproval);
    },
  };
}
