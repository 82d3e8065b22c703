/**
 * @module How many chunks of a knowledge base contain each of some words, from the full-text index's own
 * vocabulary (FTS5 stores Porter stems, the same stems tandem's tokenizer makes): what the answerability check
 * needs to tell a word the base never mentions from one it does.
 */
import type { KbState } from './kb-state.js';

/** A reader of document frequencies for stemmed words (the fts5vocab table lives in the connection's temp schema). */
export function createTermStatsReader(state: KbState) {
  const vocab = `${state.fts}_vocab`;
  state.db.exec(
    `CREATE VIRTUAL TABLE IF NOT EXISTS temp.${vocab} USING fts5vocab(main, ${state.fts}, 'row')`,
  );
  const lookup = state.db.prepare(
    `SELECT term, doc FROM temp.${vocab} WHERE term IN (SELECT value FROM json_each(?))`,
  );
  return (terms: string[]): { chunks: number; df: Map<string, number> } => {
    const chunks = (state.stmt.countChunks.get(state.name) as { n: number }).n;
    const rows = lookup.all(JSON.stringify([...new Set(terms)])) as Array<{ term: string; doc: number }>;
    return { chunks, df: new Map(rows.map((r) => [r.term, r.doc])) };
  };
}
