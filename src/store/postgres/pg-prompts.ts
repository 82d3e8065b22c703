import { TandemError } from '../../core/index.js';
import {
  type LabelMoveRow,
  type LabelRow,
  toLabel,
  toLabelMove,
  toVersion,
  type VersionRow,
} from '../rows.js';
import type { PromptStore } from '../store.js';
import type { PgSql } from './pg-client.js';
import { pgText } from './pg-text.js';

/** Prompt versions and labels in PostgreSQL. */
export function createPgPromptStore(sql: PgSql): PromptStore {
  return {
    async saveVersion({ name, version, source, partials }) {
      const res = await sql`
        INSERT INTO prompt_versions (name, version, source, partials, created_at)
        VALUES (${name}, ${version}, ${source}, ${partials ? JSON.stringify(partials) : null}, ${Date.now()})
        ON CONFLICT (name, version) DO NOTHING`;
      return res.count > 0;
    },
    async getVersion(name, prefix) {
      const p = prefix.toLowerCase();
      if (p.length < 4) return undefined;
      // A range on the "C"-collated key: the primary key's index serves it, and no character of the
      // prefix is a pattern (as it would be in LIKE).
      const rows = await sql<VersionRow[]>`
        SELECT * FROM prompt_versions WHERE name = ${name} AND version >= ${p} AND version < ${`${p}\uffff`}
        ORDER BY version LIMIT 2`;
      if (rows.length > 1 && rows[0]!.version !== p) {
        throw new TandemError('USAGE', `version prefix "${prefix}" of prompt "${name}" is ambiguous`, {
          hint: 'Give more characters of the version hash (see `tandem prompts list`).',
        });
      }
      return rows[0] ? toVersion(rows[0]) : undefined;
    },
    async listVersions(name) {
      const rows = name
        ? await sql<VersionRow[]>`
            SELECT * FROM prompt_versions WHERE name = ${name} ORDER BY created_at DESC, seq DESC`
        : await sql<VersionRow[]>`SELECT * FROM prompt_versions ORDER BY name, created_at DESC, seq DESC`;
      return rows.map(toVersion);
    },
    async setLabel(name, label, version, move = { by: 'unknown' }) {
      // The label and its move in one transaction; the row lock orders two moves of the same label.
      await sql.begin(async (tx) => {
        const [before] = await tx<{ version: string }[]>`
          SELECT version FROM prompt_labels WHERE name = ${name} AND label = ${label} FOR UPDATE`;
        const at = Date.now();
        await tx`
          INSERT INTO prompt_labels (name, label, version, updated_at) VALUES (${name}, ${label}, ${version}, ${at})
          ON CONFLICT (name, label) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at`;
        await tx`
          INSERT INTO label_moves (name, label, version, previous, by, note, moved_at)
          VALUES (${name}, ${label}, ${version}, ${before?.version ?? null}, ${pgText(move.by)},
            ${pgText(move.note)}, ${at})`;
      });
    },
    async labelMoves(name, label) {
      const rows =
        label === undefined
          ? await sql<LabelMoveRow[]>`SELECT * FROM label_moves WHERE name = ${name} ORDER BY id DESC`
          : await sql<LabelMoveRow[]>`
              SELECT * FROM label_moves WHERE name = ${name} AND label = ${label} ORDER BY id DESC`;
      return rows.map(toLabelMove);
    },
    async getLabel(name, label) {
      const [row] = await sql<
        LabelRow[]
      >`SELECT * FROM prompt_labels WHERE name = ${name} AND label = ${label}`;
      return row ? toLabel(row) : undefined;
    },
    async listLabels(name) {
      const rows = name
        ? await sql<LabelRow[]>`SELECT * FROM prompt_labels WHERE name = ${name} ORDER BY label`
        : await sql<LabelRow[]>`SELECT * FROM prompt_labels ORDER BY name, label`;
      return rows.map(toLabel);
    },
  };
}
