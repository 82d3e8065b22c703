/**
 * @module Writes to one knowledge base in PostgreSQL: documents replaced with all their chunks, postings,
 * document frequencies, lengths and vectors in one transaction; removals the same way. The base's row is
 * locked first, so writers of one base take turns (and BM25's counts stay exact) while other bases and
 * every reader go on.
 */
import { TandemError } from '../../core/index.js';
import type { IndexEntry, MetadataChange } from '../knowledge-index.js';
import type { PgKb } from './pg-kb-base.js';
import { writePgvectors } from './pg-kb-pgvector.js';
import type { PgQuery } from './pg-kb-schema.js';
import { chunkTerms, PostingColumns } from './pg-kb-terms.js';

// Rows per INSERT: large enough to keep round trips few, small enough to keep each message modest.
const CHUNKS_PER_INSERT = 500;
const POSTINGS_PER_INSERT = 20_000;

/** Replaces the entries' documents (a later entry with the same id wins, as one after another would). */
export async function upsertEntries(kb: PgKb, entries: IndexEntry[]): Promise<void> {
  const latest = [...new Map(entries.map((e) => [e.doc.id, e])).values()];
  await kb.sql.begin(async (tx) => {
    const dimensions = await lockBase(tx, kb);
    const dims = vectorSize(kb.name, dimensions, latest);
    const removed = await removeDocs(
      tx,
      kb,
      latest.map((e) => e.doc.id),
    );
    await insertDocs(tx, kb, latest);
    const added = await insertChunks(tx, kb, latest);
    await updateBase(tx, kb, {
      chunks: added.chunks - removed.chunks,
      length: added.length - removed.length,
      vectors: added.vectors - removed.vectors,
      dims,
    });
  });
}

/** Removes documents with all their chunks. */
export async function removeEntries(kb: PgKb, ids: string[]): Promise<void> {
  await kb.sql.begin(async (tx) => {
    await lockBase(tx, kb);
    const removed = await removeDocs(tx, kb, ids);
    await updateBase(tx, kb, { chunks: -removed.chunks, length: -removed.length, vectors: -removed.vectors });
  });
}

/** Replaces documents' metadata; their chunks, postings and vectors are unchanged. */
export async function setDocumentMetadata(kb: PgKb, changes: MetadataChange[]): Promise<void> {
  // The base's generation is left alone: nothing caches documents' metadata here, and no search index changes.
  await kb.sql.begin(async (tx) => {
    await lockBase(tx, kb);
    await tx`UPDATE ${kb.t.documents} AS d SET metadata = x.metadata
      FROM unnest(${changes.map((c) => c.id)}::text[], ${changes.map((c) => JSON.stringify(c.metadata))}::text[])
        AS x(id, metadata)
      WHERE d.kb = ${kb.id} AND d.id = x.id`;
  });
}

/** Writes postings (in several INSERTs when there are many). */
export async function insertPostings(tx: PgQuery, kb: PgKb, cols: PostingColumns): Promise<void> {
  for (let at = 0; at < cols.size; at += POSTINGS_PER_INSERT) {
    const [term, rowid, title, headings, text, length] = cols.slice(at, at + POSTINGS_PER_INSERT);
    await tx`INSERT INTO ${kb.t.postings} (kb, term, rowid, tf_title, tf_headings, tf_text, length)
      SELECT ${kb.id}, * FROM unnest(${term}::text[], ${rowid}::bigint[], ${title}::int[], ${headings}::int[],
        ${text}::int[], ${length}::int[])`;
  }
}

/** Adds to the document frequencies of terms. */
export async function addDocFreqs(tx: PgQuery, kb: PgKb, df: Map<string, number>): Promise<void> {
  if (!df.size) return;
  // In one order, so two writers could never lock the same terms crosswise.
  const terms = [...df.keys()].sort();
  await tx`INSERT INTO ${kb.t.terms} (kb, term, df)
    SELECT ${kb.id}, * FROM unnest(${terms}::text[], ${terms.map((t) => df.get(t)!)}::int[])
    ON CONFLICT (kb, term) DO UPDATE SET df = ${kb.t.terms}.df + excluded.df`;
}

async function lockBase(tx: PgQuery, kb: PgKb): Promise<number | undefined> {
  const [row] = await tx<{ dimensions: number | null }[]>`
    SELECT dimensions FROM ${kb.t.bases} WHERE id = ${kb.id} FOR UPDATE`;
  return row?.dimensions ?? undefined;
}

interface Counts {
  chunks: number;
  length: number;
  vectors: number;
}

// Deletes the documents' chunks and postings and takes their terms out of the document frequencies.
async function removeDocs(tx: PgQuery, kb: PgKb, ids: string[]): Promise<Counts> {
  const { t, id } = kb;
  const [gone] = await tx<{ rowids: string[]; chunks: number; length: number; vectors: number }[]>`
    WITH gone AS (DELETE FROM ${t.chunks} WHERE kb = ${id} AND doc_id = ANY(${ids}::text[])
      RETURNING rowid, length, embedding IS NOT NULL AS vec)
    SELECT coalesce(array_agg(rowid), '{}') AS rowids, count(*)::int AS chunks,
      coalesce(sum(length), 0)::float8 AS length, count(*) FILTER (WHERE vec)::int AS vectors FROM gone`;
  await tx`DELETE FROM ${t.documents} WHERE kb = ${id} AND id = ANY(${ids}::text[])`;
  if (gone!.chunks) {
    // A term whose last chunk goes leaves kb_terms; the others count one less per chunk gone. The two touch
    // different rows, so one statement does both.
    await tx`
      WITH gone AS (DELETE FROM ${t.postings} WHERE rowid = ANY(${gone!.rowids}::bigint[]) RETURNING term),
      n AS (SELECT term, count(*)::int AS n FROM gone GROUP BY term),
      dropped AS (DELETE FROM ${t.terms} s USING n WHERE s.kb = ${id} AND s.term = n.term AND s.df <= n.n)
      UPDATE ${t.terms} s SET df = s.df - n.n FROM n WHERE s.kb = ${id} AND s.term = n.term AND s.df > n.n`;
  }
  return { chunks: gone!.chunks, length: gone!.length, vectors: gone!.vectors };
}

async function insertDocs(tx: PgQuery, kb: PgKb, entries: IndexEntry[]): Promise<void> {
  const docs = entries.map((e) => e.doc);
  await tx`INSERT INTO ${kb.t.documents} (kb, id, source, hash, title, metadata, chunks, ingested_at)
    SELECT ${kb.id}, *, ${Date.now()}::bigint FROM unnest(
      ${docs.map((d) => d.id)}::text[], ${docs.map((d) => d.source)}::text[], ${docs.map((d) => d.hash)}::text[],
      ${docs.map((d) => (d.title ? pgText(d.title) : null))}::text[],
      ${docs.map((d) => JSON.stringify(d.metadata))}::text[], ${entries.map((e) => e.chunks.length)}::int[])`;
}

// One row of a chunk: what kb_chunks holds, with the chunk's terms for the postings.
interface ChunkRow {
  entry: IndexEntry;
  at: number;
  terms: ReturnType<typeof chunkTerms>;
}

async function insertChunks(tx: PgQuery, kb: PgKb, entries: IndexEntry[]): Promise<Counts> {
  const rows: ChunkRow[] = [];
  for (const entry of entries) {
    const titleTerms = kb.analyzer.terms(entry.doc.title ?? '');
    entry.chunks.forEach((c, at) => {
      rows.push({ entry, at, terms: chunkTerms(kb.analyzer, titleTerms, c.headings, c.text) });
    });
  }
  const cols = new PostingColumns();
  const counts: Counts = { chunks: rows.length, length: 0, vectors: 0 };
  for (let i = 0; i < rows.length; i += CHUNKS_PER_INSERT) {
    const page = rows.slice(i, i + CHUNKS_PER_INSERT);
    const rowids = await insertChunkPage(tx, kb, page);
    page.forEach((r, j) => {
      cols.add(rowids[j]!, r.terms);
      counts.length += r.terms.length;
    });
    const withVectors = page.flatMap((r, j) => (r.entry.vectors?.[r.at] ? [j] : []));
    counts.vectors += withVectors.length;
    if (kb.pgvector && withVectors.length)
      await writePgvectors(
        tx,
        kb,
        withVectors.map((j) => rowids[j]!),
        withVectors.map((j) => page[j]!.entry.vectors![page[j]!.at]!),
      );
  }
  await insertPostings(tx, kb, cols);
  await addDocFreqs(tx, kb, cols.df);
  return counts;
}

// Inserts a page of chunks; their rowids, in the page's order.
async function insertChunkPage(tx: PgQuery, kb: PgKb, page: ChunkRow[]): Promise<number[]> {
  const chunk = (r: ChunkRow) => r.entry.chunks[r.at]!;
  const vector = (r: ChunkRow) => {
    const v = r.entry.vectors?.[r.at];
    return v ? Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex') : null;
  };
  const inserted = await tx<{ rowid: string; id: string }[]>`
    INSERT INTO ${kb.t.chunks} (kb, id, doc_id, ord, text, headings, page, tokens, length, embedding)
    SELECT ${kb.id}, id, doc_id, ord, text, headings, page, tokens, length, decode(embedding, 'hex')
    FROM unnest(${page.map((r) => chunk(r).id)}::text[], ${page.map((r) => r.entry.doc.id)}::text[],
      ${page.map((r) => chunk(r).ord)}::int[], ${page.map((r) => pgText(chunk(r).text))}::text[],
      ${page.map((r) => JSON.stringify(chunk(r).headings))}::text[], ${page.map((r) => chunk(r).page ?? null)}::int[],
      ${page.map((r) => chunk(r).tokens)}::int[], ${page.map((r) => r.terms.length)}::int[],
      ${page.map(vector)}::text[]) WITH ORDINALITY
      AS x(id, doc_id, ord, text, headings, page, tokens, length, embedding, n)
    ORDER BY n
    RETURNING rowid, id`;
  // RETURNING promises no order: rowids are matched by chunk id (ORDER BY n numbers them as given, as
  // SQLite does writing one after another).
  const byId = new Map(inserted.map((r) => [r.id, Number(r.rowid)]));
  return page.map((r) => byId.get(chunk(r).id)!);
}

async function updateBase(
  tx: PgQuery,
  kb: PgKb,
  d: { chunks: number; length: number; vectors: number; dims?: number },
): Promise<void> {
  await tx`UPDATE ${kb.t.bases} SET chunks = chunks + ${d.chunks}, total_length = total_length + ${d.length},
    vectors = vectors + ${d.vectors}, dimensions = coalesce(dimensions, ${d.dims ?? null}::int),
    generation = generation + 1 WHERE id = ${kb.id}`;
}

// The size of the entries' vectors; vectors of another size than the base's mean the embedder changed.
function vectorSize(name: string, stored: number | undefined, entries: IndexEntry[]): number | undefined {
  let dims = stored;
  for (const e of entries)
    for (const v of e.vectors ?? []) {
      if (!v) continue;
      dims ??= v.length;
      if (v.length !== dims) throw dimensionsChanged(name, dims, v.length);
    }
  return dims;
}

function dimensionsChanged(name: string, held: number, got: number): TandemError {
  return new TandemError(
    'STORE_ERROR',
    `knowledge base "${name}" holds ${held}-dimensional vectors, got ${got}`,
    {
      hint: `The embedder changed. Run \`tandem ingest ${name} --rebuild\` to embed everything again.`,
    },
  );
}

// PostgreSQL text cannot hold U+0000 (a PDF's extraction may leave one); it is dropped, nothing else is.
function pgText(s: string): string {
  return s.includes('\0') ? s.replaceAll('\0', '') : s;
}
