#!/usr/bin/env node
// Retrieval benchmark on BEIR SciFact (../shared/data/scifact): quality (nDCG@10, Recall@100 against the
// published BM25 figures) and speed (ingest docs/s, query p50/p99) of tandem's BM25 index in its modes
// (default; Porter stemming alone; title weighted 2; RM3 query expansion; FTS5), side by side with MiniSearch
// and Orama on the same data in the same run. Peers are installed by the benchmark (bench/.peers), never as
// project dependencies. The shared copy has test queries only: a setting chosen by looking at its figures
// is tuned on the test set; tune on the train split instead (bench/retrieval/scifact_train.py writes it, then
// --data <its dir> --split train). Usage: npm run bench:retrieval [-- --data <dir>] [-- --split train]
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePeer } from '../peers.mjs';
import { dist, loadScifact, measure, scifactEntries } from './scifact.mjs';

const PEERS = { minisearch: '7.2.0', '@orama/orama': '3.1.18' };
const PUBLISHED = {
  'BEIR paper BM25': { ndcg10: 0.665 },
  'Anserini BM25 flat': { ndcg10: 0.6789, r100: 0.9253 },
  'Anserini BM25 multifield': { ndcg10: 0.6647, r100: 0.9076 },
};

function ensurePeers() {
  return createRequire(join(ensurePeer('retrieval', PEERS), 'package.json'));
}

// One tandem mode: the index's options (engine, stemming, field weights) and the search's (expansion).
async function tandemSystem(indexOptions, searchOptions = {}) {
  const { openSqliteStore } = await dist('store/index.js');
  const { openSqliteKnowledgeIndex, chunkDocument } = await dist('rag/index.js');
  const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'tandem-bench-retrieval-')), 'tandem.db'));
  const index = await openSqliteKnowledgeIndex(store.database, 'scifact', indexOptions);
  return {
    async ingest(corpus) {
      // What `tandem ingest` does for a JSONL source: the file's documents written in one transaction, then
      // the search index built (optimize).
      await index.upsert(scifactEntries(corpus, chunkDocument));
      await index.optimize();
    },
    async search(text, k) {
      return (await index.searchText(text, { k, ...searchOptions })).map((h) => h.doc.id);
    },
  };
}

function miniSearchSystem(req, stopWords) {
  const MiniSearch = req('minisearch');
  // MiniSearch's documented defaults (BM25+, its own tokenizer), plus the same stop words tandem drops; it has no stemmer.
  const ms = new MiniSearch({
    fields: ['title', 'text'],
    idField: '_id',
    processTerm: (t) => (stopWords.has(t.toLowerCase()) ? null : t.toLowerCase()),
  });
  return {
    ingest: async (corpus) => ms.addAll(corpus),
    search: async (text, k) =>
      ms
        .search(text, { combineWith: 'OR' })
        .slice(0, k)
        .map((r) => r.id),
  };
}

async function oramaSystem(req, stopWords) {
  const { create, insertMultiple, search } = req('@orama/orama');
  // Orama's English tokenizer with its stemmer (its documented setup for English), with tandem's stop words.
  const db = await create({
    schema: { _id: 'string', title: 'string', text: 'string' },
    components: { tokenizer: { language: 'english', stemming: true, stopWords: [...stopWords] } },
  });
  return {
    ingest: async (corpus) => insertMultiple(db, corpus, 500),
    search: async (text, k) =>
      (await search(db, { term: text, properties: ['title', 'text'], limit: k, threshold: 1 })).hits.map(
        (h) => h.document._id,
      ),
  };
}

const req = ensurePeers();
const data = loadScifact();
const metrics = await dist('rag/metrics.js');
const { stopWords } = await dist('core/text/tokenize.js');
console.log(
  `SciFact: ${data.corpus.length} documents, ${data.queries.length} ${data.split} queries (node ${process.version})\n`,
);
const rm3 = { expansion: { method: 'rm3', fbDocs: 10, fbTerms: 10, originalWeight: 0.5 } }; // Anserini's
const title2 = { fieldWeights: { title: 2, headings: 1, text: 1 } };
const modes = [
  ['tandem BM25 (memory, default)', {}],
  ['tandem BM25, Porter stems only', { stemming: 'porter' }],
  ['tandem BM25, title x2', title2],
  ['tandem BM25 + RM3', {}, rm3],
  ['tandem BM25 + RM3, title x2', title2, rm3],
  ['tandem FTS5 bm25', { lexicalEngine: 'fts5' }],
  ['tandem FTS5 bm25, title x2', { lexicalEngine: 'fts5', ...title2 }],
];
const tandemRows = [];
for (const [name, indexOptions, searchOptions] of modes)
  tandemRows.push(await measure(name, await tandemSystem(indexOptions, searchOptions), data, metrics));
const peers = [
  await measure('MiniSearch 7.2.0', miniSearchSystem(req, stopWords), data, metrics),
  await measure('Orama 3.1.18', await oramaSystem(req, stopWords), data, metrics),
];

const pad = (s, n) => String(s).padEnd(n);
const W = 34;
console.log(
  `${pad('system', W)}${pad('nDCG@10', 9)}${pad('R@100', 8)}${pad('ingest docs/s', 15)}${pad('query p50 ms', 14)}${pad('p99 ms', 8)}`,
);
for (const r of [...tandemRows, ...peers]) {
  console.log(
    `${pad(r.name, W)}${pad(r.ndcg10.toFixed(4), 9)}${pad(r.r100.toFixed(4), 8)}${pad(Math.round(r.docsPerSec), 15)}${pad(r.p50.toFixed(3), 14)}${pad(r.p99.toFixed(3), 8)}`,
  );
}
for (const [name, fig] of Object.entries(PUBLISHED))
  console.log(
    `${pad(`published: ${name}`, W)}${pad(fig.ndcg10.toFixed(4), 9)}${pad(fig.r100?.toFixed(4) ?? '–', 8)}`,
  );

const [t] = tandemRows;
const best = tandemRows.reduce((a, b) => (a.ndcg10 >= b.ndcg10 ? a : b));
const fastestQuery = peers.reduce((a, b) => (a.p50 < b.p50 ? a : b));
const fastestIngest = peers.reduce((a, b) => (a.docsPerSec > b.docsPerSec ? a : b));
const queryRatio = fastestQuery.p50 / t.p50;
const ingestRatio = t.docsPerSec / fastestIngest.docsPerSec;
if (data.split !== 'test') {
  console.log(`\nthe targets are for the test split; this was the ${data.split} split (for tuning)`);
  process.exit(0);
}
console.log('\ntargets');
console.log(
  `  nDCG@10 ≥ published BM25 0.665: ${t.ndcg10.toFixed(4)} ${t.ndcg10 >= 0.665 ? 'MET' : 'MISSED'}`,
);
console.log(
  `  nDCG@10 ≥ 0.70 with an offline mode (best: ${best.name}): ${best.ndcg10.toFixed(4)} ${best.ndcg10 >= 0.7 ? 'MET' : 'MISSED'}`,
);
console.log(
  `  query p50 ≥ 3x faster than the faster peer (${fastestQuery.name}): ${queryRatio.toFixed(2)}x ${queryRatio >= 3 ? 'MET' : 'MISSED'}`,
);
console.log(
  `  ingest at least as fast as the faster peer (${fastestIngest.name}): ${ingestRatio.toFixed(2)}x ${ingestRatio >= 1 ? 'MET' : 'MISSED'}`,
);
