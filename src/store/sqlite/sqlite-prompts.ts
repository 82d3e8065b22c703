import type Database from 'better-sqlite3';
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

/** Prompt versions and labels in SQLite. */
export function createSqlitePromptStore(db: Database.Database): PromptStore {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO prompt_versions (name, version, source, partials, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const byPrefix = db.prepare(
    'SELECT * FROM prompt_versions WHERE name = ? AND version >= ? AND version < ? ORDER BY version LIMIT 2',
  );
  // The label and its move in one transaction: no move without its record, no record of a move not made.
  const moveLabel = db.transaction(
    (name: string, label: string, version: string, move: { by: string; note?: string }) => {
      const before = db
        .prepare('SELECT version FROM prompt_labels WHERE name = ? AND label = ?')
        .get(name, label) as { version: string } | undefined;
      const at = Date.now();
      db.prepare(
        `INSERT INTO prompt_labels (name, label, version, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (name, label) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at`,
      ).run(name, label, version, at);
      db.prepare(
        'INSERT INTO label_moves (name, label, version, previous, by, note, moved_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(name, label, version, before?.version ?? null, move.by, move.note ?? null, at);
    },
  );
  return {
    async saveVersion({ name, version, source, partials }) {
      return (
        insert.run(name, version, source, partials ? JSON.stringify(partials) : null, Date.now()).changes > 0
      );
    },
    async getVersion(name, prefix) {
      const p = prefix.toLowerCase();
      if (p.length < 4) return undefined;
      const rows = byPrefix.all(name, p, `${p}\uffff`) as VersionRow[];
      if (rows.length > 1 && rows[0]!.version !== p) {
        throw new TandemError('USAGE', `version prefix "${prefix}" of prompt "${name}" is ambiguous`, {
          hint: 'Give more characters of the version hash (see `tandem prompts list`).',
        });
      }
      return rows[0] ? toVersion(rows[0]) : undefined;
    },
    async listVersions(name) {
      const rows = (
        name
          ? db
              .prepare('SELECT * FROM prompt_versions WHERE name = ? ORDER BY created_at DESC, rowid DESC')
              .all(name)
          : db.prepare('SELECT * FROM prompt_versions ORDER BY name, created_at DESC, rowid DESC').all()
      ) as VersionRow[];
      return rows.map(toVersion);
    },
    async setLabel(name, label, version, move) {
      moveLabel(name, label, version, move ?? { by: 'unknown' });
    },
    async labelMoves(name, label) {
      const rows = (
        label === undefined
          ? db.prepare('SELECT * FROM label_moves WHERE name = ? ORDER BY id DESC').all(name)
          : db
              .prepare('SELECT * FROM label_moves WHERE name = ? AND label = ? ORDER BY id DESC')
              .all(name, label)
      ) as LabelMoveRow[];
      return rows.map(toLabelMove);
    },
    async getLabel(name, label) {
      const row = db.prepare('SELECT * FROM prompt_labels WHERE name = ? AND label = ?').get(name, label) as
        | LabelRow
        | undefined;
      return row ? toLabel(row) : undefined;
    },
    async listLabels(name) {
      const rows = (
        name
          ? db.prepare('SELECT * FROM prompt_labels WHERE name = ? ORDER BY label').all(name)
          : db.prepare('SELECT * FROM prompt_labels ORDER BY name, label').all()
      ) as LabelRow[];
      return rows.map(toLabel);
    },
  };
}
