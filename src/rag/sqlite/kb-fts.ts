/**
 * @module What the FTS5 table of a knowledge base holds for each chunk (title, headings and text, each with
 * its normalised equivalents and derivational stems), and the format it was written in, so a table written by an older version is
 * rewritten from the chunks before FTS5 ranks with it.
 */
import type { KbState } from './kb-state.js';

const FORMAT_KEY = 'ftsFormat';

/** Writes one chunk's row of the FTS5 table. */
export function insertFtsRow(
  state: KbState,
  rowid: number | bigint,
  title: string,
  headings: string[],
  text: string,
) {
  const { ftsColumn } = state.analyzer;
  state.stmt.insFts.run(rowid, ftsColumn(title), ftsColumn(headings.join(' ')), ftsColumn(text));
}

/**
 * Makes sure the FTS5 table is in the current format: an empty base is marked so; a base written in another
 * format is rewritten now when `rewrite` (FTS5 ranks it), else marked unknown, so the first base opened with
 * FTS5 ranking rewrites it (rows written meanwhile are in the new format, the old ones are not).
 */
export function syncFtsFormat(state: KbState, rewrite: boolean): void {
  const { stmt, name, db } = state;
  const { format } = state.analyzer;
  const stored = (stmt.getMeta.get(name, FORMAT_KEY) as { value: string } | undefined)?.value;
  if (stored === format) return;
  const empty = (stmt.countChunks.get(name) as { n: number }).n === 0;
  if (!empty && !rewrite) {
    if (stored !== undefined) stmt.delMeta.run(name, FORMAT_KEY);
    return;
  }
  db.transaction(() => {
    if (!empty) {
      db.prepare(`DELETE FROM ${state.fts}`).run();
      let page = stmt.ftsSource.all(name, -1) as FtsSource[];
      while (page.length) {
        for (const r of page) insertFtsRow(state, r.rowid, r.title ?? '', JSON.parse(r.headings), r.text);
        page = stmt.ftsSource.all(name, page.at(-1)!.rowid) as FtsSource[];
      }
    }
    stmt.setMeta.run(name, FORMAT_KEY, format);
  })();
}

interface FtsSource {
  rowid: number;
  title: string | null;
  headings: string;
  text: string;
}
