/**
 * @module How many chunks of a knowledge base contain each of some words, from the FTS5 table's own
 * vocabulary (FTS5 stores Porter stems, the stems tandem's tokenizer makes): what the answerability check needs
 * to tell a word the base never mentions from one it does, when FTS5 ranks the base.
 */
import type Database from 'better-sqlite3';
import type { KbState } from './kb-state.js';

/** A reader of document frequencies for stemmed words (its fts5vocab table is made in the temp schema on first use). */
export function createTermStatsReader(state: KbState) {
  let lookup: Database.Statement | undefined;
  return (terms: string[]): { chunks: number; df: Map<string, number> } => {
    if (!lookup) {
      const vocab = `${state.fts}_vocab`;
      state.db.exec(
        `CREATE VIRTUAL TABLE IF NOT EXISTS temp.${vocab} USING fts5vocab(main, ${state.fts}, 'row')`,
      );
      lookup = state.db.prepare(
        `SELECT term, doc FROM temp.${vocab} WHERE term IN (SELECT value FROM json_each(?))`,
      );
    }
    const chunks = (state.stmt.countChunks.get(state.name) as { n: number }).n;
    const rows = lookup.all(JSON.stringify([...new Set(terms)])) as Array<{ term: string; doc: number }>;
    return { chunks, df: new Map(rows.map((r) => [r.term, r.doc])) };
  };
}
