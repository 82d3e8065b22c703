/**
 * @module The FTS5 table of a knowledge base: what it holds for each chunk (title, headings and text, each
 * with its normalised equivalents and derivational stems) and the format it was written in. It is kept only
 * while FTS5 ranks the base: with the in-memory engine ingest does not write it (nobody reads it) and it is
 * marked stale, so the first time FTS5 ranks the base it is rewritten from the chunks, as is a table written
 * by an older version or under another analysis.
 */
import type { KbState } from './kb-state.js';

const FORMAT_KEY = 'ftsFormat';

/** Writes one chunk's row of the FTS5 table, when FTS5 ranks the base. */
export function writeFtsRow(
  state: KbState,
  rowid: number | bigint,
  title: string,
  headings: string[],
  text: string,
): void {
  if (!state.ftsLive) return;
  const { ftsColumn } = state.analyzer;
  state.stmt.insFts.run(rowid, ftsColumn(title), ftsColumn(headings.join(' ')), ftsColumn(text));
}

/**
 * With `live` (FTS5 ranks the base), brings the table to the current format, rewriting it from the chunks
 * when it was written in another or left stale; without, marks it stale, as writes stop keeping it.
 */
export function syncFtsFormat(state: KbState, live: boolean): void {
  const { stmt, name, db } = state;
  const { format } = state.analyzer;
  const stored = (stmt.getMeta.get(name, FORMAT_KEY) as { value: string } | undefined)?.value;
  state.ftsLive = live;
  if (!live) {
    if (stored !== undefined) stmt.delMeta.run(name, FORMAT_KEY);
    return;
  }
  if (stored === format) return;
  db.transaction(() => {
    db.prepare(`DELETE FROM ${state.fts}`).run();
    let page = stmt.ftsSource.all(name, -1) as FtsSource[];
    while (page.length) {
      for (const r of page) writeFtsRow(state, r.rowid, r.title ?? '', JSON.parse(r.headings), r.text);
      page = stmt.ftsSource.all(name, page.at(-1)!.rowid) as FtsSource[];
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
