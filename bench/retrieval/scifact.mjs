// SciFact for the retrieval benchmarks: the data (../shared/data/scifact by default), tandem's dist build,
// and one system measured (ingest, then every test query once, timed one by one).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The value after flag `name` on the command line, or `fallback`. */
export const arg = (name, fallback) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback;

/** Imports a module of tandem's build (dist/), building it first when there is none. */
export async function dist(path) {
  if (!existsSync(join(root, 'dist', 'index.js')))
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  return import(pathToFileURL(join(root, 'dist', path)).href);
}

function readJsonl(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

/** SciFact's corpus, the queries of one split (`--split`, test by default) that have judgements, and the judgements (query id → relevant doc ids). */
export function loadScifact(
  dataDir = arg('--data', join(root, '..', 'shared', 'data', 'scifact')),
  split = arg('--split', 'test'),
) {
  if (!existsSync(join(dataDir, 'corpus.jsonl')))
    throw new Error(`SciFact not found in ${dataDir} (pass --data <dir>)`);
  const corpus = readJsonl(join(dataDir, 'corpus.jsonl'));
  const queries = readJsonl(join(dataDir, 'queries.jsonl'));
  const qrels = new Map();
  const qrelsFile = join(dataDir, 'qrels', `${split}.tsv`);
  if (!existsSync(qrelsFile))
    throw new Error(
      `no ${split} judgements in ${dataDir} (bench/retrieval/scifact_train.py writes the train split)`,
    );
  for (const line of readFileSync(qrelsFile, 'utf8').split('\n').slice(1)) {
    const [q, d, score] = line.split('\t');
    if (!q || Number(score) <= 0) continue;
    if (!qrels.has(q)) qrels.set(q, new Set());
    qrels.get(q).add(d);
  }
  return { corpus, queries: queries.filter((q) => qrels.has(q._id)), qrels, split };
}

/** The index entries `tandem ingest` makes of SciFact's JSONL (one chunk per abstract at this size). */
export function scifactEntries(corpus, chunkDocument) {
  return corpus.map((d) => {
    const doc = {
      id: d._id,
      source: d._id,
      title: d.title,
      metadata: {},
      blocks: [{ text: d.text, headings: [] }],
    };
    return {
      doc: { id: d._id, source: 'corpus.jsonl', hash: 'h', title: d.title, metadata: {} },
      chunks: chunkDocument(doc, { size: 4096, overlap: 0 }),
    };
  });
}

export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Ingest speed, nDCG@10, Recall@100 and query latency of one system ({ ingest(corpus), search(text, k) }). */
export async function measure(name, system, data, metrics) {
  const t0 = performance.now();
  await system.ingest(data.corpus);
  const ingestMs = performance.now() - t0;
  // Warm-up on a few queries (JIT, page cache), then every query once, timed one by one.
  for (const q of data.queries.slice(0, 20)) await system.search(q.text, 100);
  const times = [];
  let ndcg = 0;
  let recall = 0;
  for (const q of data.queries) {
    const t = performance.now();
    const ids = await system.search(q.text, 100);
    times.push(performance.now() - t);
    const rel = data.qrels.get(q._id);
    ndcg += metrics.ndcgAtK(ids, rel, 10);
    recall += metrics.recallAtK(ids, rel, 100);
  }
  times.sort((a, b) => a - b);
  const n = data.queries.length;
  return {
    name,
    ndcg10: ndcg / n,
    r100: recall / n,
    docsPerSec: data.corpus.length / (ingestMs / 1000),
    p50: percentile(times, 50),
    p99: percentile(times, 99),
  };
}
