// Ranking parity: on one fixed corpus, the PostgreSQL index returns the same top 10 as the SQLite index's
// in-memory BM25 engine, with the same scores (1e-6), under each option that changes ranking, and the same
// nearest vectors as sqlite-vec.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { usePgTestSchema } from '../../../test/support/pg-test-schema.js';
import { describeWithPostgres } from '../../../test/support/services.js';
import type { MetadataFilter } from '../../core/index.js';
import { openSqliteStore, type SqliteStore } from '../../store/index.js';
import type { ChunkHit, IndexEntry, KnowledgeIndex, TextSearchOptions } from '../knowledge-index.js';
import { openSqliteKnowledgeIndex } from '../sqlite/sqlite-knowledge-index.js';
import { openPostgresKnowledgeIndex, type PostgresIndexOptions } from './postgres-knowledge-index.js';

// A seeded generator (mulberry32): the corpus is the same on every run.
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'refund refunds refunded invoice invoices billing payment payments card cards delivery deliveries parcel ' +
  'parcels locker lockers courier couriers return returns returned exchange warranty repair repairs battery ' +
  'screen laptop laptops phone phones tablet account accounts password passwords login security employee ' +
  'employees employment employer manager managers leave holiday holidays vacation allowance annual sick ' +
  'office offices austria austrian europe european america american training budget engineer engineers ' +
  'contract contracts notice period salary salaries pension bonus expense expenses travel hotel flight ' +
  'flights mileage receipt receipts approval approve approved policy policies guideline guidelines ' +
  'customer customers complaint complaints escalation support ticket tickets response time hours days ' +
  'weeks months subscription subscriptions plan plans upgrade downgrade cancel cancellation renewal trial ' +
  'discount coupon voucher price prices tax vat shipping international domestic express standard tracking'
).split(' ');

function sentence(next: () => number, n: number): string {
  return Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
}

const DIMS = 16;

/** ~70 documents of one to five chunks, titles, headings, a few dates and amounts, and a vector each. */
function corpus(): IndexEntry[] {
  const next = random(20260525);
  return Array.from({ length: 70 }, (_, d) => {
    const id = `doc-${String(d).padStart(3, '0')}`;
    const title = next() < 0.8 ? sentence(next, 1 + Math.floor(next() * 3)) : undefined;
    const chunks = Array.from({ length: 1 + Math.floor(next() * 5) }, (_, ord) => {
      const extra = next() < 0.2 ? ` Due on ${1 + (d % 28)} May 2026, £${(d + 1) * 150}.` : '';
      return {
        id: `${id}#${ord}`,
        docId: id,
        ord,
        text: `${sentence(next, 8 + Math.floor(next() * 60))}.${extra}`,
        headings: next() < 0.6 ? [sentence(next, 2)] : [],
        tokens: 40,
      };
    });
    const vectors = chunks.map(() => Float32Array.from({ length: DIMS }, () => next() * 2 - 1));
    const metadata = { team: ['billing', 'people', 'logistics'][d % 3]!, tier: d % 4 };
    return {
      doc: { id, source: `${id}.md`, hash: id, metadata, ...(title ? { title } : {}) },
      chunks,
      vectors,
    };
  });
}

const QUERIES = [
  ...Array.from({ length: 30 }, (_, i) => {
    const next = random(1000 + i);
    return sentence(next, 1 + Math.floor(next() * 6));
  }),
  'How much is the Austrian employee training budget?',
  'What is due on 12 May 2026?',
  'who pays £1,500 for travel',
  'refund for a returned laptop with a broken screen',
];

/** Top-10 lists agree: same chunks in the same order, scores within 1e-6 (ties may come in either order). */
function expectSameRanking(pg: ChunkHit[], sqlite: ChunkHit[], label: string): void {
  const key = (hits: ChunkHit[]) =>
    hits
      .map((h) => ({ id: h.chunk.id, score: h.score }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  const [p, s] = [key(pg), key(sqlite)];
  expect(p.length, label).toBe(s.length);
  p.forEach((hit, i) => {
    expect(Math.abs(hit.score - s[i]!.score), `${label}: score at ${i + 1}`).toBeLessThan(1e-6);
    // Scores this close are a tie, which the engines may break differently.
    if (
      Math.abs(hit.score - (p[i + 1]?.score ?? -1)) > 1e-9 &&
      Math.abs(hit.score - (p[i - 1]?.score ?? -1)) > 1e-9
    )
      expect(hit.id, `${label}: chunk at ${i + 1}`).toBe(s[i]!.id);
  });
  expect(
    pg.map((h) => h.chunk.id),
    `${label}: order`,
  ).toEqual(p.map((h) => h.id));
}

const stores: SqliteStore[] = [];

async function sqliteIndex(opts: PostgresIndexOptions): Promise<KnowledgeIndex> {
  const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'tandem-parity-')), 'tandem.db'));
  stores.push(store);
  const { stemming, fieldWeights } = opts;
  const index = await openSqliteKnowledgeIndex(store.database, 'kb', {
    lexicalEngine: 'memory',
    stemming,
    fieldWeights,
  });
  await index.upsert(corpus());
  await index.optimize();
  return index;
}

describeWithPostgres('the PostgreSQL index ranks as the in-memory BM25 engine does', () => {
  const pg = usePgTestSchema('kbparity');
  let written = false;
  async function pgIndex(opts: PostgresIndexOptions = {}): Promise<KnowledgeIndex> {
    const index = await openPostgresKnowledgeIndex(pg.sql, 'kb', opts);
    if (!written) {
      await index.upsert(corpus());
      written = true;
    }
    await index.optimize();
    return index;
  }
  afterAll(async () => {
    for (const s of stores.splice(0)) await s.close();
  });
  beforeAll(async () => {
    await pgIndex();
  });

  const configurations: Array<[string, PostgresIndexOptions, Omit<TextSearchOptions, 'k'>]> = [
    ['default options', {}, {}],
    ['Porter stemming', { stemming: 'porter' }, {}],
    ['title x2, headings x0.5', { fieldWeights: { title: 2, headings: 0.5, text: 1 } }, {}],
    ['title weighted 0', { fieldWeights: { title: 0, headings: 1, text: 1 } }, {}],
    ['RM3 expansion', {}, { expansion: { method: 'rm3', fbDocs: 10, fbTerms: 10, originalWeight: 0.5 } }],
    ['a metadata filter', {}, { filter: { team: ['billing', 'people'], tier: [1, 2] } as MetadataFilter }],
  ];

  it.each(configurations)('with %s', async (label, opts, search) => {
    const [postgres, sqlite] = [await pgIndex(opts), await sqliteIndex(opts)];
    let compared = 0;
    for (const query of QUERIES) {
      const expansions: string[][] = [];
      const onExpansion = (terms: Array<{ term: string; weight: number }>) =>
        expansions.push(terms.map((t) => `${t.term}:${t.weight.toFixed(9)}`));
      const p = await postgres.searchText(query, { k: 10, ...search, onExpansion });
      const s = await sqlite.searchText(query, { k: 10, ...search, onExpansion });
      expectSameRanking(p, s, `${label}: "${query}"`);
      if (search.expansion) expect(expansions[0], `${label}: "${query}" expanded`).toEqual(expansions[1]);
      compared += p.length;
    }
    expect(compared).toBeGreaterThan(QUERIES.length * 5); // the queries do find things
  });

  it('finds the same nearest vectors as sqlite-vec, from memory and read page by page', async () => {
    const sqlite = await sqliteIndex({});
    const cached = await pgIndex();
    const paged = await pgIndex({ vectorCacheBytes: 0 });
    const next = random(7);
    for (let q = 0; q < 20; q++) {
      const vector = Float32Array.from({ length: DIMS }, () => next() * 2 - 1);
      const filter = q % 2 ? ({ team: 'people' } as MetadataFilter) : undefined;
      const s = await sqlite.searchVector(vector, { k: 10, filter });
      expectSameRanking(await cached.searchVector(vector, { k: 10, filter }), s, `vector ${q}`);
      expectSameRanking(await paged.searchVector(vector, { k: 10, filter }), s, `vector ${q}, paged`);
    }
  });
});
