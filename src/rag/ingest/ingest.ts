/**
 * @module Incremental ingest: hashes every source file, and loads, chunks, embeds and indexes only files
 * that were added or changed; removes what was deleted. A file that fails to load is reported and keeps
 * its previous version in the index, so nothing already ingested is lost.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { groupBy, type KnowledgeBaseConfig, sha256, TandemError } from '../../core/index.js';
import { chunkDocument } from '../chunk/chunk-document.js';
import { ownSignal } from '../currency.js';
import { currencyAcross } from '../currency-across.js';
import { contentEvidence } from '../currency-content.js';
import { ownStatus } from '../currency-editions.js';
import { EXPIRED, judgedFrom } from '../currency-stored.js';
import type { LoadedDocument } from '../document.js';
import type { Embedder } from '../embedder.js';
import type { IndexEntry, IndexedDocument, KnowledgeIndex } from '../knowledge-index.js';
import { LOADERS_VERSION, loadFile } from '../loaders/load-file.js';
import { findSourceFiles } from './find-source-files.js';

export interface IngestProgress {
  done: number;
  total: number;
  source: string;
}

export interface IngestReport {
  knowledge: string;
  files: number;
  added: string[];
  updated: string[];
  removed: string[];
  unchanged: number;
  failed: Array<{ source: string; error: string; hint?: string }>;
  /** Indexed, but with front-matter fields tandem could not use (`status: obsolet`), each said to be fixed. */
  warnings: Array<{ source: string; warning: string }>;
  /** Documents whose status another document decided this time: superseded by `from`, or current again. */
  /** A document judged superseded by another (`from`), or past the last day it said it applies (`inForceUntil`). */
  /** Documents whose judged status changed; `byContent` when judged by what they say alike, not by a name or date. */
  statuses: Array<{
    source: string;
    status: 'superseded' | 'current';
    from?: string;
    inForceUntil?: string;
    byContent?: boolean;
    /** Superseded by what the file says of itself, not by another document: which signal ("its file name"). */
    declared?: string;
  }>;
  /** Files whose documents are all superseded now, by any signal (their own or another document's). */
  superseded: number;
  documents: number;
  chunks: number;
  /** Chunks embedded by calling the embedder (the rest came from the cache). */
  embedded: number;
  durationMs: number;
}

export interface IngestOptions {
  root: string;
  name: string;
  config: KnowledgeBaseConfig;
  index: KnowledgeIndex;
  embedder?: Embedder;
  /** Re-read every file even when its hash is unchanged. */
  rebuild?: boolean;
  /** Accept sources that match no files (the index is emptied) instead of stopping with an error. */
  allowEmpty?: boolean;
  onProgress?: (p: IngestProgress) => void;
  signal?: AbortSignal;
}

/** Brings the index of one knowledge base up to date with its source files. */
export async function ingest(o: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const indexed = await o.index.documents();
  const files = await findSourceFiles({
    root: o.root,
    name: o.name,
    config: o.config,
    indexedFiles: new Set(indexed.map((d) => d.source)).size,
    allowEmpty: o.allowEmpty,
  });
  const bySource = groupBy(indexed, (d) => d.source);
  const report = emptyReport(o.name, files.length);
  for (const [done, source] of files.entries()) {
    if (o.signal?.aborted) throw new TandemError('ABORTED', 'ingest stopped; files finished so far are kept');
    o.onProgress?.({ done, total: files.length, source });
    const previous = bySource.get(source) ?? [];
    bySource.delete(source);
    await ingestFile(o, source, previous, report);
  }
  // What is indexed but no longer among the sources was deleted or moved.
  for (const [source, docs] of bySource) {
    await o.index.remove(docs.map((d) => d.id));
    report.removed.push(source);
  }
  // What documents say of each other ("This policy replaces the 2023 version") is judged once all are in.
  await judgeCurrency(o.index, indexed, report, judgedAsOf(o.config.asOf), o.config.judgeByContent !== false);
  o.onProgress?.({ done: files.length, total: files.length, source: '' });
  await o.index.optimize();
  report.documents = (await o.index.stats()).documents;
  report.durationMs = performance.now() - started;
  return report;
}

// The day dates in documents are judged on: the knowledge base's `asOf` (at noon, so the day is the same in
// every time zone), else now.
const judgedAsOf = (asOf: string | undefined) => (asOf ? new Date(`${asOf}T12:00:00`) : new Date());

// Writes what documents say of each other; reports what differs from before this ingest (a file read again
// loses its judged status until now, which is no change to report) and a `supersedes:` that names nothing.
async function judgeCurrency(
  index: KnowledgeIndex,
  before: IndexedDocument[],
  report: IngestReport,
  now: Date,
  byContent: boolean,
): Promise<void> {
  const documents = await index.documents();
  const content = byContent ? await contentEvidence(index, documents) : undefined;
  const { changes, judged, judgedByContent, unresolved } = currencyAcross(documents, now, content);
  await index.setMetadata(changes);
  // A change's metadata is the document's whole metadata: one without a status took the judged one away.
  const changed = new Map(changes.map((c) => [c.id, c.metadata]));
  const status = (d: IndexedDocument) => (changed.get(d.id) ?? d.metadata).status;
  const sources = new Set(documents.map((d) => d.source));
  const current = new Set(documents.filter((d) => status(d) !== 'superseded').map((d) => d.source));
  report.superseded = [...sources].filter((s) => !current.has(s)).length;
  const was = new Map(before.map((d) => [d.id, judgedFrom(d.metadata)]));
  const seen = new Set<string>();
  for (const d of documents) {
    const from = judged.get(d.id);
    if (was.get(d.id) === from || seen.has(d.source)) continue;
    seen.add(d.source);
    report.statuses.push({
      ...statusChange(d.source, from),
      ...(judgedByContent.has(d.id) ? { byContent: true } : {}),
    });
  }
  // A file read now that says of itself it is superseded (front matter, an "(old)" name, an archive folder, a banner).
  const read = new Set([...report.added, ...report.updated]);
  for (const d of documents)
    if (read.has(d.source) && !seen.has(d.source) && ownStatus(d) === 'superseded') {
      seen.add(d.source);
      report.statuses.push({ source: d.source, status: 'superseded', declared: ownSignal(d.source) });
    }
  for (const u of unresolved)
    report.warnings.push({
      source: u.source,
      warning: `${u.field}: "${u.reference}" names no document of this knowledge base, so nothing is marked superseded by it; write the file name (as in sources) or the title of the document it replaces`,
    });
}

// What a report says of a document whose judged status changed: superseded, by what or until when; or current.
function statusChange(source: string, from: string | undefined): IngestReport['statuses'][number] {
  if (!from) return { source, status: 'current' };
  if (from.startsWith(EXPIRED))
    return { source, status: 'superseded', inForceUntil: from.slice(EXPIRED.length) };
  return { source, status: 'superseded', from };
}

function emptyReport(knowledge: string, files: number): IngestReport {
  return {
    knowledge,
    files,
    added: [],
    updated: [],
    removed: [],
    unchanged: 0,
    failed: [],
    warnings: [],
    statuses: [],
    superseded: 0,
    documents: 0,
    chunks: 0,
    embedded: 0,
    durationMs: 0,
  };
}

// One file: skipped when unchanged, else loaded, chunked, embedded and indexed; a failure is reported
// with the file and the ingest goes on (only an abort stops it).
async function ingestFile(
  o: IngestOptions,
  source: string,
  previous: IndexedDocument[],
  report: IngestReport,
): Promise<void> {
  try {
    const bytes = await readFile(join(o.root, source));
    // The loaders' version and the knowledge base's reading settings are part of the hash: a file read differently
    // by a newer tandem, or after its `csv:`, `json:` or `chunking:` settings changed, is read again.
    const hash = `${sha256(bytes)}:${LOADERS_VERSION}:${readingKey(o.config, source)}`;
    if (!o.rebuild && previous.length && previous.every((d) => d.hash === hash)) {
      report.unchanged++;
      // A field to fix is reported on every ingest until it is fixed, not only on the one that read the file.
      for (const d of previous)
        for (const warning of storedWarnings(d)) report.warnings.push({ source, warning });
      return;
    }
    const docs = await loadFile(join(o.root, source), source, o.config);
    const entries: IndexEntry[] = [];
    for (const doc of docs) entries.push(await indexEntry(o, doc, source, hash, report));
    // One transaction per file: a crash leaves each file either fully old or fully new.
    await o.index.upsert(entries);
    // Records that disappeared from a JSON or CSV file.
    const gone = previous.filter((p) => !docs.some((d) => d.id === p.id)).map((p) => p.id);
    if (gone.length) await o.index.remove(gone);
    (previous.length ? report.updated : report.added).push(source);
  } catch (err) {
    if (err instanceof TandemError && err.code === 'ABORTED') throw err;
    const e = err as TandemError;
    report.failed.push({
      source,
      error: e.message.startsWith(source) ? e.message.slice(source.length + 2) : e.message,
      ...(e.hint ? { hint: e.hint } : {}),
    });
  }
}

// What in a knowledge base's settings decides how a file is read and chunked, as a short hash: `csv:` for a CSV
// file, `json:` for a JSON one, `chunking:` for all.
function readingKey(config: KnowledgeBaseConfig, source: string): string {
  const csv = /\.csv$/i.test(source) ? config.csv : undefined;
  const json = /\.(?:json|jsonl|ndjson)$/i.test(source) ? config.json : undefined;
  return sha256(JSON.stringify([csv ?? null, json ?? null, config.chunking ?? null])).slice(0, 12);
}

async function indexEntry(
  o: IngestOptions,
  doc: LoadedDocument,
  source: string,
  hash: string,
  report: IngestReport,
): Promise<IndexEntry> {
  const chunks = chunkDocument(doc, o.config.chunking);
  let vectors: Float32Array[] | undefined;
  if (o.embedder && chunks.length) {
    const texts = chunks.map((c) => embeddingText(doc.title, c.headings, c.text));
    const embedded = await o.embedder.embed(texts, o.signal);
    vectors = embedded.vectors;
    report.embedded += chunks.length - embedded.cached;
  }
  report.chunks += chunks.length;
  const warnings = doc.warnings ?? [];
  for (const warning of warnings) report.warnings.push({ source, warning });
  const title = doc.title ? { title: doc.title } : {};
  const metadata = warnings.length ? { ...doc.metadata, [WARNINGS_KEY]: warnings } : doc.metadata;
  return {
    doc: { id: doc.id, source, hash, ...title, metadata },
    chunks,
    ...(vectors ? { vectors } : {}),
  };
}

// Where a document's warnings are kept with it in the index, so an unchanged file still reports them.
const WARNINGS_KEY = 'ingestWarnings';

function storedWarnings(doc: IndexedDocument): string[] {
  const stored = doc.metadata?.[WARNINGS_KEY];
  return Array.isArray(stored) ? stored.filter((w): w is string => typeof w === 'string') : [];
}

/** What is embedded for a chunk: its document title and headings give the bare text its context. */
export function embeddingText(title: string | undefined, headings: string[], text: string): string {
  const head = [title, ...headings].filter(Boolean).join(' › ');
  return head ? `${head}\n\n${text}` : text;
}
