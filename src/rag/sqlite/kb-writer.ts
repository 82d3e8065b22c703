/**
 * @module Writes to one knowledge base: documents replaced with all their chunks, full text and vectors
 * in one transaction; removals the same way.
 */
import { TandemError } from '../../core/index.js';
import type { IndexEntry, MetadataChange } from '../knowledge-index.js';
import { writeFtsRow } from './kb-fts.js';
import { bumpGeneration, type KbState, useVectors } from './kb-state.js';

/** Upsert and remove for the base in `state`. */
export function createKbWriter(state: KbState): {
  upsert(entries: IndexEntry[]): void;
  remove(ids: string[]): void;
  setMetadata(changes: MetadataChange[]): void;
} {
  const { db, stmt, name } = state;
  const removeDocs = (ids: string[]) => {
    for (const id of ids) {
      for (const { rowid } of stmt.docRows.all(name, id) as { rowid: number }[]) {
        stmt.delFts.run(rowid);
        state.vecStmt?.del.run(BigInt(rowid));
      }
      stmt.delChunks.run(name, id);
      stmt.delDoc.run(name, id);
    }
  };
  const insertEntry = ({ doc, chunks, vectors }: IndexEntry) => {
    const meta = JSON.stringify(doc.metadata);
    stmt.insDoc.run(name, doc.id, doc.source, doc.hash, doc.title ?? null, meta, chunks.length, Date.now());
    if (vectors?.length) ensureVectorTable(state, vectors[0]!.length);
    chunks.forEach((c, i) => {
      const headings = JSON.stringify(c.headings);
      const row = stmt.insChunk.run(name, c.id, doc.id, c.ord, c.text, headings, c.page ?? null, c.tokens);
      writeFtsRow(state, row.lastInsertRowid, doc.title ?? '', c.headings, c.text);
      if (vectors?.[i]) state.vecStmt!.ins.run(BigInt(row.lastInsertRowid), vectors[i]);
    });
  };
  return {
    upsert: db.transaction((entries: IndexEntry[]) => {
      for (const entry of entries) {
        removeDocs([entry.doc.id]);
        insertEntry(entry);
      }
      bumpGeneration(state);
    }),
    remove: db.transaction((ids: string[]) => {
      removeDocs(ids);
      bumpGeneration(state);
    }),
    // Hits carry their document's metadata from a cache kept per generation: a new one reads it again.
    setMetadata: db.transaction((changes: MetadataChange[]) => {
      for (const c of changes) stmt.setDocMeta.run(JSON.stringify(c.metadata), name, c.id);
      bumpGeneration(state);
    }),
  };
}

// The vector table is made with the first vectors; vectors of another size mean the embedder changed.
function ensureVectorTable(state: KbState, dims: number): void {
  if (state.dimensions === dims) return;
  if (state.dimensions !== undefined) {
    throw new TandemError(
      'STORE_ERROR',
      `knowledge base "${state.name}" holds ${state.dimensions}-dimensional vectors, got ${dims}`,
      {
        hint: `The embedder changed. Run \`tandem ingest ${state.name} --rebuild\` to embed everything again.`,
      },
    );
  }
  state.db.exec(
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${state.vec} USING vec0(embedding float[${dims}] distance_metric=cosine)`,
  );
  state.stmt.setMeta.run(state.name, 'dimensions', String(dims));
  useVectors(state, dims);
}
