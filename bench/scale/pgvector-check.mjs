#!/usr/bin/env node
// The PostgreSQL knowledge index's pgvector path, checked by hand (CI's server has no pgvector): on a server
// that offers the `vector` extension, the same corpus goes into an index that uses pgvector (an HNSW index
// per base) and into one on a scratch database owned by a scratch role that may not install it (so tandem
// falls back to exact search there), and this prints what
// agrees: top-k ids against the exact path, updates, deletions, filters, k beyond HNSW's default ef_search,
// a zero query, a second base of another vector size, a base too large for HNSW (3,072 dimensions), where the
// extension went, and query p50/p99 exact vs pgvector. Without pgvector it says so and checks nothing.
// Needs tandem's build (npm run build) and a superuser on --pg (default TANDEM_TEST_PG or
// postgres://postgres@127.0.0.1:5432/test) whose server lets the scratch role in as the superuser gets in
// (trust, say); works in a scratch schema, database and role it drops at the end.
// Usage: node bench/scale/pgvector-check.mjs [--pg <url>] [--n 10000] [--dims 384] [--queries 200] [--clusters 64]
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { arg, dist, percentile } from '../retrieval/scifact.mjs';
import { seededRandom } from '../seeded-random.mjs';

const PG_URL = arg('--pg', process.env.TANDEM_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test');
const N = Number(arg('--n', '10000'));
const DIMS = Number(arg('--dims', '384'));
const QUERIES = Number(arg('--queries', '200'));
// 0: no clusters, every coordinate drawn alike (HNSW's hardest case; embeddings are rarely like that).
const CLUSTERS = Number(arg('--clusters', '64'));

const quiet = { onnotice: () => {}, max: 4 };
const admin = postgres(PG_URL, quiet);
const [offered] = await admin`SELECT default_version FROM pg_available_extensions WHERE name = 'vector'`;
if (!offered) {
  console.log(
    `pgvector check: NOT RUN. The server at ${PG_URL} offers no "vector" extension; nothing checked.`,
  );
  await admin.end();
  process.exit(0);
}
const rag = await dist('rag/index.js');

const tag = randomBytes(4).toString('hex');
const schema = `pgv_check_${tag}`;
const exactDb = `pgv_check_exact_${tag}`;
const role = `pgv_check_${tag}`;
await admin.unsafe(`CREATE SCHEMA "${schema}"`);
await admin.unsafe(`CREATE ROLE "${role}" LOGIN NOSUPERUSER`);
await admin.unsafe(`CREATE DATABASE "${exactDb}" OWNER "${role}"`);
// The index's pool sees only the scratch schema, as a tandem deployment with its own schema would.
const sql = postgres(PG_URL, { ...quiet, connection: { search_path: `"${schema}"` } });
const exactUrl = new URL(PG_URL);
exactUrl.pathname = `/${exactDb}`;
exactUrl.username = role;
const exactSql = postgres(exactUrl.href, quiet);

let failures = 0;
// Recall is only reported for --clusters 0: HNSW is approximate, and iid coordinates are its worst case.
const check = (ok, what) => {
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
};

const next = seededRandom(20260525);
const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
const centroids = Array.from({ length: CLUSTERS }, () => Float32Array.from({ length: DIMS }, normal));
const near = (dims = DIMS) => {
  const c = centroids[Math.floor(next() * centroids.length)] ?? [];
  return Float32Array.from({ length: dims }, (_, i) => (i < c.length ? c[i] : normal()) + 0.8 * normal());
};
const entry = (i, vector, group = i % 10) => ({
  doc: { id: `d${i}`, source: `d${i}.md`, hash: `h${i}`, metadata: { group } },
  chunks: [{ id: `d${i}#0`, docId: `d${i}`, ord: 0, text: `chunk ${i}`, headings: [], tokens: 2 }],
  vectors: [vector],
});

async function load(index, entries) {
  for (let at = 0; at < entries.length; at += 1000) await index.upsert(entries.slice(at, at + 1000));
  await index.optimize();
}
const ids = (hits) => hits.map((h) => h.doc.id);
const overlap = (a, b) => a.filter((x) => b.includes(x)).length / Math.max(1, b.length);

try {
  const corpus = Array.from({ length: N }, (_, i) => entry(i, near()));
  const queries = Array.from({ length: QUERIES }, () => near());

  let t0 = performance.now();
  const pgv = await rag.openPostgresKnowledgeIndex(sql, 'check');
  await load(pgv, corpus);
  const pgvIngest = performance.now() - t0;
  t0 = performance.now();
  const exact = await rag.openPostgresKnowledgeIndex(exactSql, 'check');
  await load(exact, corpus);
  const exactIngest = performance.now() - t0;

  const [ext] = await admin`SELECT extnamespace::regnamespace::text AS ns, extversion FROM pg_extension
    WHERE extname = 'vector'`;
  check(
    ext?.ns === 'public',
    `extension vector ${ext?.extversion} created in schema ${ext?.ns} (not ${schema})`,
  );
  const [col] = await admin`SELECT format_type(atttypid, atttypmod) AS type FROM pg_attribute
    WHERE attrelid = ${`"${schema}".kb_chunks`}::regclass AND attname = 'vec'`;
  check(col?.type === 'vector', `kb_chunks.vec is of type ${col?.type}`);
  const hnsw =
    await admin`SELECT indexname FROM pg_indexes WHERE schemaname = ${schema} AND indexdef ILIKE '%hnsw%'`;
  check(hnsw.length === 1, `HNSW index: ${hnsw.map((r) => r.indexname).join(', ') || 'none'}`);
  const [noExt] = await exactSql`SELECT count(*)::int AS n FROM pg_extension WHERE extname = 'vector'`;
  const [noVec] = await exactSql`SELECT count(*)::int AS n FROM pg_attribute
    WHERE attrelid = 'kb_chunks'::regclass AND attname = 'vec'`;
  check(
    noExt.n === 0 && noVec.n === 0,
    'a role that may not install pgvector opens, writes and searches exactly',
  );

  // Top-k against the exact path, and latency.
  const agreement = async (k, filter) => {
    let recall = 0;
    let same = 0;
    for (const q of queries) {
      const opts = filter ? { k, filter } : { k };
      const [a, b] = [ids(await pgv.searchVector(q, opts)), ids(await exact.searchVector(q, opts))];
      recall += overlap(a, b);
      if (a.join() === b.join()) same++;
    }
    return { recall: recall / queries.length, same: same / queries.length };
  };
  for (const k of [10, 100]) {
    const a = await agreement(k);
    check(
      a.recall >= 0.95 || !CLUSTERS,
      `k=${k}: recall vs exact ${(a.recall * 100).toFixed(1)}%, identical order ${(a.same * 100).toFixed(0)}% of ${QUERIES} queries`,
    );
  }
  const f = await agreement(10, { group: 3 });
  check(f.recall >= 0.95, `k=10 filtered to 1/10 of the base: recall ${(f.recall * 100).toFixed(1)}%`);
  const [few] = await Promise.all([pgv.searchVector(queries[0], { k: 10, filter: { group: 999 } })]);
  check(few.length === 0, 'a filter nothing passes: no hits');
  const k200 = await pgv.searchVector(queries[0], { k: 200 });
  check(k200.length === 200, `k=200 (beyond ef_search's default 40): ${k200.length} hits`);

  const time = async (index) => {
    for (const q of queries.slice(0, 10)) await index.searchVector(q, { k: 10 }); // warm: cache, plans
    const ms = [];
    for (const q of queries) {
      const s = performance.now();
      await index.searchVector(q, { k: 10 });
      ms.push(performance.now() - s);
    }
    ms.sort((a, b) => a - b);
    return `p50 ${percentile(ms, 50).toFixed(2)} ms, p99 ${percentile(ms, 99).toFixed(2)} ms`;
  };
  const [used] = await admin`SELECT coalesce(sum(idx_scan), 0)::int AS n FROM pg_stat_user_indexes
    WHERE schemaname = ${schema} AND indexrelname LIKE 'kb_chunks_vec_%'`;
  check(used.n > 0, `the HNSW index answered searches (idx_scan ${used.n}; statistics lag a moment)`);
  console.log(
    `     ${N} vectors of ${DIMS}, k=10: exact (in memory) ${await time(exact)}; pgvector HNSW ${await time(pgv)}`,
  );
  console.log(
    `     ingest + optimize: exact ${(exactIngest / 1000).toFixed(1)} s, pgvector ${(pgvIngest / 1000).toFixed(1)} s`,
  );

  // Updates and deletions.
  const moved = near();
  await pgv.upsert([entry(7, moved)]);
  await exact.upsert([entry(7, moved)]);
  const top = ids(await pgv.searchVector(moved, { k: 1 }));
  check(top[0] === 'd7', `a re-ingested document is found by its new vector (top: ${top[0]})`);
  const gone = corpus.slice(0, Math.floor(N / 2)).map((e) => e.doc.id);
  await pgv.remove(gone);
  await exact.remove(gone);
  await Promise.all([pgv.optimize(), exact.optimize()]);
  const after = await agreement(10);
  const stale = new Set(gone);
  let returned = 0;
  for (const q of queries.slice(0, 20))
    returned += ids(await pgv.searchVector(q, { k: 100 })).filter((id) => stale.has(id)).length;
  check(
    returned === 0 && (after.recall >= 0.95 || !CLUSTERS),
    `half the base removed: no removed id returned, recall ${(after.recall * 100).toFixed(1)}%`,
  );

  // Zero query: every row equally near; the exact path gives score 0 and row order.
  const zero = new Float32Array(DIMS);
  const [z1, z2] = [await pgv.searchVector(zero, { k: 3 }), await exact.searchVector(zero, { k: 3 })];
  check(
    ids(z1).join() === ids(z2).join() && z1.every((h) => h.score === 0),
    `zero query: ${ids(z1)} (exact: ${ids(z2)})`,
  );

  // Other vector sizes in the same table: a small one (indexed) and one too large for HNSW (scanned).
  for (const dims of [8, 3072]) {
    const base = Array.from({ length: 500 }, (_, i) => entry(i, near(dims)));
    const [a, b] = [
      await rag.openPostgresKnowledgeIndex(sql, `dims-${dims}`),
      await rag.openPostgresKnowledgeIndex(exactSql, `dims-${dims}`),
    ];
    await load(a, base);
    await load(b, base);
    let same = 0;
    for (const q of queries.slice(0, 20).map(() => near(dims)))
      if (ids(await a.searchVector(q, { k: 10 })).join() === ids(await b.searchVector(q, { k: 10 })).join())
        same++;
    check(same >= 19, `a base of ${dims} dimensions beside it: optimize() ok, same top 10 in ${same}/20`);
  }
  const indexes =
    await admin`SELECT indexname FROM pg_indexes WHERE schemaname = ${schema} AND indexdef ILIKE '%hnsw%' ORDER BY 1`;
  console.log(`     HNSW indexes now: ${indexes.map((r) => r.indexname).join(', ')}`);
} finally {
  await sql.end({ timeout: 5 });
  await exactSql.end({ timeout: 5 });
  await admin.unsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.unsafe(`DROP DATABASE IF EXISTS "${exactDb}"`);
  await admin.unsafe(`DROP ROLE IF EXISTS "${role}"`);
  await admin.end({ timeout: 5 });
}
console.log(failures ? `pgvector check: ${failures} FAILED` : 'pgvector check: all passed');
process.exit(failures ? 1 : 0);
