#!/usr/bin/env node
// The knowledge index on PostgreSQL beside the SQLite one, on the same machine in the same run: BM25 quality
// and speed on BEIR SciFact (nDCG@10, Recall@100, ingest docs/s, query p50/p99 at k = 100) for the in-memory
// engine and for PostgreSQL in the same modes, and exact vector search (random 384-dimensional vectors, one
// per SciFact chunk) by sqlite-vec and by PostgreSQL (vectors held in memory, and read page by page). Nothing is
// tuned on these figures (SciFact has test queries only). Needs a PostgreSQL server: --pg <url> (default
// TANDEM_TEST_PG or postgres://postgres@127.0.0.1:5432/test); works in a scratch schema it drops at the end.
// Usage: npm run bench:retrieval:postgres [-- --data <dir> --pg <url>]
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { seededRandom } from '../seeded-random.mjs';
import { arg, dist, loadScifact, measure, percentile, scifactEntries } from './scifact.mjs';

const PG_URL = arg('--pg', process.env.TANDEM_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test');
const DIMS = 384;
const { openSqliteStore } = await dist('store/index.js');
const rag = await dist('rag/index.js');
const metrics = await dist('rag/metrics.js');

const schema = `bench_${randomBytes(4).toString('hex')}`;
const admin = postgres(PG_URL, { onnotice: () => {}, max: 1 });
await admin.unsafe(`CREATE SCHEMA "${schema}"`);
const sql = postgres(PG_URL, { onnotice: () => {}, connection: { search_path: `"${schema}"` } });
let bases = 0;

async function sqliteIndex(opts) {
  const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'tandem-bench-pg-')), 'tandem.db'));
  return rag.openSqliteKnowledgeIndex(store.database, 'scifact', { lexicalEngine: 'memory', ...opts });
}

const pgIndex = (opts) => rag.openPostgresKnowledgeIndex(sql, `scifact-${++bases}`, opts);

function textSystem(index, searchOptions = {}) {
  return {
    async ingest(corpus) {
      await index.upsert(scifactEntries(corpus, rag.chunkDocument));
      await index.optimize();
    },
    search: async (text, k) => (await index.searchText(text, { k, ...searchOptions })).map((h) => h.doc.id),
  };
}

async function vectorRun(name, index, entries, queries) {
  const t0 = performance.now();
  await index.upsert(entries);
  await index.optimize();
  const ingestMs = performance.now() - t0;
  for (const q of queries.slice(0, 10)) await index.searchVector(q, { k: 10 });
  const times = [];
  const results = [];
  for (const q of queries) {
    const t = performance.now();
    results.push((await index.searchVector(q, { k: 10 })).map((h) => h.chunk.id));
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { name, ingestMs, p50: percentile(times, 50), p99: percentile(times, 99), results };
}

const pad = (s, n) => String(s).padEnd(n);
try {
  const data = loadScifact();
  console.log(
    `SciFact: ${data.corpus.length} documents, ${data.queries.length} ${data.split} queries (node ${process.version})\n`,
  );
  const rm3 = { expansion: { method: 'rm3', fbDocs: 10, fbTerms: 10, originalWeight: 0.5 } };
  const title2 = { fieldWeights: { title: 2, headings: 1, text: 1 } };
  const modes = [
    ['BM25', {}, {}],
    ['BM25 + RM3', {}, rm3],
    ['BM25, title x2', title2, {}],
  ];
  const rows = [];
  for (const [mode, indexOptions, searchOptions] of modes) {
    rows.push(
      await measure(
        `SQLite (memory) ${mode}`,
        textSystem(await sqliteIndex(indexOptions), searchOptions),
        data,
        metrics,
      ),
    );
    rows.push(
      await measure(
        `PostgreSQL ${mode}`,
        textSystem(await pgIndex(indexOptions), searchOptions),
        data,
        metrics,
      ),
    );
  }
  console.log(
    `${pad('text search', 34)}${pad('nDCG@10', 9)}${pad('R@100', 8)}${pad('ingest docs/s', 15)}${pad('query p50 ms', 14)}p99 ms`,
  );
  for (const r of rows)
    console.log(
      `${pad(r.name, 34)}${pad(r.ndcg10.toFixed(4), 9)}${pad(r.r100.toFixed(4), 8)}${pad(Math.round(r.docsPerSec), 15)}${pad(r.p50.toFixed(3), 14)}${r.p99.toFixed(3)}`,
    );

  const next = seededRandom(384);
  const vector = () => Float32Array.from({ length: DIMS }, () => next() * 2 - 1);
  const entries = scifactEntries(data.corpus, rag.chunkDocument).map((e) => ({
    ...e,
    vectors: e.chunks.map(vector),
  }));
  const queries = Array.from({ length: 200 }, vector);
  const runs = [
    await vectorRun('sqlite-vec (exact)', await sqliteIndex({}), entries, queries),
    await vectorRun('PostgreSQL, vectors in memory', await pgIndex({}), entries, queries),
    await vectorRun(
      'PostgreSQL, read page by page',
      await pgIndex({ vectorCacheBytes: 0 }),
      entries,
      queries,
    ),
  ];
  const chunks = entries.reduce((n, e) => n + e.chunks.length, 0);
  console.log(
    `\n${pad(`vector search (${chunks} x ${DIMS}, k 10)`, 34)}${pad('ingest s', 10)}${pad('query p50 ms', 14)}${pad('p99 ms', 9)}same top 10 as sqlite-vec`,
  );
  for (const r of runs) {
    const same = r.results.filter((ids, i) => ids.join() === runs[0].results[i].join()).length;
    console.log(
      `${pad(r.name, 34)}${pad((r.ingestMs / 1000).toFixed(2), 10)}${pad(r.p50.toFixed(3), 14)}${pad(r.p99.toFixed(3), 9)}${same}/${queries.length}`,
    );
  }
} finally {
  await sql.end({ timeout: 5 });
  await admin.unsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.end({ timeout: 5 });
}
