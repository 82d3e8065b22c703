import { APPROVAL_COLUMNS, type ApprovalRow, toApproval } from '../rows.js';
import type { ApprovalStore } from '../store.js';
import type { PgSql } from './pg-client.js';
import { pgText } from './pg-text.js';

/** Playbook approvals in PostgreSQL. */
export function createPgApprovalStore(sql: PgSql): ApprovalStore {
  return {
    async add(r) {
      const approvedAt = Date.now();
      const decision = r.decision ?? 'approved';
      await sql`
        INSERT INTO approvals (app, prompt, version, app_version, reviewed, by, role, decision, note, approved_at)
        VALUES (${r.app}, ${r.prompt}, ${r.version}, ${r.appVersion ?? null},
          ${r.reviewed ? JSON.stringify(r.reviewed) : null}, ${pgText(r.by)}, ${pgText(r.role)}, ${decision},
          ${pgText(r.note)}, ${approvedAt})`;
      return { ...r, decision, approvedAt };
    },
    async list(filter = {}) {
      const set = Object.entries(filter).filter(([, v]) => v !== undefined);
      // Columns come from a fixed map, values are parameters.
      const where = set.reduce(
        (acc, [k, v], i) =>
          sql`${acc} ${i ? sql`AND` : sql`WHERE`} ${sql(APPROVAL_COLUMNS[k as keyof typeof APPROVAL_COLUMNS])} = ${v as string}`,
        sql``,
      );
      const rows = await sql<
        ApprovalRow[]
      >`SELECT * FROM approvals ${where} ORDER BY approved_at DESC, id DESC`;
      return rows.map(toApproval);
    },
  };
}
