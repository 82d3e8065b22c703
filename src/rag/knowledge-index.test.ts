// The KnowledgeIndex contract: the same tests on every backend (SQLite with its in-memory BM25 engine,
// SQLite with FTS5, PostgreSQL), each opened through a factory. Backend-specific tests live beside each
// implementation (sqlite/sqlite-knowledge-index.test.ts, postgres/postgres-knowledge-index.test.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { usePgTestSchema } from '../../test/support/pg-test-schema.js';
import { describeWithPostgres } from '../../test/support/services.js';
import { openSqliteStore, type SqliteStore } from '../store/index.js';
import type { Chunk } from './document.js';
import type { EmbeddingCache, IndexEntry, KnowledgeIndex } from './knowledge-index.js';
import {
  createPostgresEmbeddingCache,
  openPostgresKnowledgeIndex,
} from './postgres/postgres-knowledge-index.js';
import { createSqliteEmbeddingCache, openSqliteKnowledgeIndex } from './sqlite/sqlite-knowledge-index.js';

interface IndexOptions {
  stemming?: 'porter' | 'derivational';
  fieldWeights?: { title: number; headings: number; text: number };
}

/** One place indexes live in (a SQLite file, a PostgreSQL schema): reopening a name there finds its data. */
interface Place {
  open(name: string, opts?: IndexOptions): Promise<KnowledgeIndex>;
  cache(): EmbeddingCache;
}

interface Backend {
  /** Whether searchText takes `expansion` (FTS5 cannot, and says so). */
  expands: boolean;
  place(): Place;
}

function sqliteBackend(lexicalEngine: 'memory' | 'fts5'): Backend {
  const stores: SqliteStore[] = [];
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
  });
  return {
    expands: lexicalEngine === 'memory',
    place() {
      const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'tandem-kb-')), 'tandem.db'));
      stores.push(store);
      return {
        open: (name, opts) => openSqliteKnowledgeIndex(store.database, name, { lexicalEngine, ...opts }),
        cache: () => createSqliteEmbeddingCache(store.database),
      };
    },
  };
}

function postgresBackend(): Backend {
  const pg = usePgTestSchema('kbc');
  let places = 0;
  return {
    expands: true,
    place() {
      // Every place is a set of base names in the suite's one schema: bases share the tables, keyed by name.
      const tag = `place${++places}`;
      return {
        open: (name, opts) => openPostgresKnowledgeIndex(pg.sql, `${tag}/${name}`, opts),
        cache: () => {
          const cache = createPostgresEmbeddingCache(pg.sql);
          return {
            get: (model, hashes) => cache.get(`${tag}/${model}`, hashes),
            set: (model, entries) => cache.set(`${tag}/${model}`, entries),
          };
        },
      };
    },
  };
}

function entry(
  id: string,
  text: string,
  more: Partial<IndexEntry['doc']> = {},
  vector?: number[],
): IndexEntry {
  const chunk: Chunk = { id: `${id}#0`, docId: id, ord: 0, text, headings: [], tokens: 10 };
  return {
    doc: { id, source: `${id}.md`, hash: id, metadata: {}, ...more },
    chunks: [chunk],
    ...(vector ? { vectors: [Float32Array.from(vector)] } : {}),
  };
}

const holidays = [
  entry('spring', 'date,office,holiday\n2026-05-25,Leeds,Spring bank holiday'),
  entry('christmas', 'date,office,holiday\n2026-12-25,Leeds,Christmas Day'),
  entry('early-may', 'date,office,holiday\n2026-05-04,Leeds,Early May bank holiday'),
  entry('training', 'An Engineer (G2) has a training budget of £1,800 a year.'),
];

const ids = (hits: Array<{ doc: { id: string } }>) => hits.map((h) => h.doc.id);

function contract(backend: Backend) {
  it('finds a date and an amount asked for in other words, and shows the text as it was written', async () => {
    const index = await backend.place().open('kb');
    await index.upsert(holidays);
    await index.optimize();
    const [date] = await index.searchText('Which holiday closes the office on 25th May 2026?', { k: 3 });
    expect(date!.doc.id).toBe('spring');
    expect(date!.chunk.text).toBe('date,office,holiday\n2026-05-25,Leeds,Spring bank holiday');
    const [amount] = await index.searchText('who gets 1800 pounds?', { k: 1 });
    expect(amount!.doc.id).toBe('training');
    expect(await index.searchText('the of and', { k: 3 })).toEqual([]);
  });

  it("gives the chunk after each chunk in its document, and a document's whole text, for a procedure that goes on past its scope", async () => {
    const index = await backend.place().open('kb');
    const chunk = (docId: string, ord: number, text: string): Chunk => ({
      id: `${docId}#${ord}`,
      docId,
      ord,
      text,
      headings: [],
      tokens: 10,
    });
    await index.upsert([
      {
        doc: {
          id: 'claims',
          source: 'claims.txt',
          hash: 'c',
          title: 'Expenses',
          metadata: { team: 'finance' },
        },
        chunks: [
          chunk('claims', 0, '1.1 This procedure explains how to claim money back.'),
          chunk('claims', 1, '2.1 Install Ledgerline. 2.2 Photograph each receipt.'),
          chunk('claims', 2, '3.1 Your manager approves the claim.'),
        ],
      },
      entry('other', 'Leave requests go to your manager.'),
    ]);
    const next = await index.nextChunks(['claims#0', 'claims#2', 'other#0', 'missing#0']);
    // Only the first has a next chunk: the last of a document, an unknown id and a one-chunk document have none.
    expect([...next.keys()]).toEqual(['claims#0']);
    const hit = next.get('claims#0')!;
    expect([hit.chunk.id, hit.chunk.ord, hit.chunk.text, hit.score]).toEqual([
      'claims#1',
      1,
      '2.1 Install Ledgerline. 2.2 Photograph each receipt.',
      0,
    ]);
    expect(hit.doc).toMatchObject({
      id: 'claims',
      source: 'claims.txt',
      title: 'Expenses',
      metadata: { team: 'finance' },
    });
    expect((await index.nextChunks([])).size).toBe(0);
    // A document's whole text, its chunks in order (what the judgement of editions by content reads).
    const texts = await index.documentTexts(['other', 'claims', 'missing']);
    expect(Object.fromEntries(texts)).toEqual({
      claims:
        '1.1 This procedure explains how to claim money back.\n\n2.1 Install Ledgerline. 2.2 Photograph each receipt.\n\n3.1 Your manager approves the claim.',
      other: 'Leave requests go to your manager.',
    });
    expect((await index.documentTexts([])).size).toBe(0);
  });

  it('counts the chunks that use a word (stemmed as tandem stems it), for the answerability check', async () => {
    const index = await backend.place().open('kb');
    await index.upsert([
      entry('pause', 'You can pause deliveries for up to eight weeks.'),
      entry('graz', 'Staff in Austria get 25 days of leave.'),
      entry('leave', 'Leave requests go to your manager.'),
    ]);
    await index.optimize();
    // "paus" is how "pause" is stemmed; "leav" is in two chunks; "dental" in none.
    const { chunks, df } = await index.termStats(['paus', 'leav', 'dental']);
    expect([chunks, df.get('paus'), df.get('leav'), df.get('dental') ?? 0]).toEqual([3, 1, 2, 0]);
  });

  it('joins a word and its derivations under derivational stemming, and not under Porter alone', async () => {
    const docs = [
      entry('graz', 'The office in Austria opens at 8:00.'),
      entry('leeds', 'The office in Leeds opens at 9:00 for every employee.'),
    ];
    const derivational = await backend.place().open('kb');
    await derivational.upsert(docs);
    const [austrian] = await derivational.searchText('When does the Austrian office open?', { k: 1 });
    expect(austrian!.doc.id).toBe('graz');
    const [employment] = await derivational.searchText('employment', { k: 2 });
    expect(employment!.doc.id).toBe('leeds');
    const porter = await backend.place().open('kb', { stemming: 'porter' });
    await porter.upsert(docs);
    expect(await porter.searchText('Austrian', { k: 1 })).toEqual([]);
  });

  it('reads a base written under one stemming with the stemming it is reopened with', async () => {
    const place = backend.place();
    const porter = await place.open('kb', { stemming: 'porter' });
    await porter.upsert([
      entry('graz', 'The office in Austria opens at 8:00.'),
      entry('x', 'Parking rules.'),
    ]);
    expect(await porter.searchText('Austrian', { k: 1 })).toEqual([]);
    const derivational = await place.open('kb', { stemming: 'derivational' });
    expect(ids(await derivational.searchText('Austrian', { k: 1 }))).toEqual(['graz']);
    expect((await derivational.termStats(['austria'])).df.get('austria')).toBe(1);
  });

  it('ranks by field weights: a title worth three times its text lifts the chunk whose title matches', async () => {
    const docs = [
      entry('refunds', 'Ask the desk about money returned.', { title: 'Refunds' }),
      entry('orders', 'Orders, refunds of orders and refunds of fees are described here.', {
        title: 'Orders',
      }),
    ];
    const place = backend.place();
    const plain = await place.open('kb');
    await plain.upsert(docs);
    expect(ids(await plain.searchText('refunds', { k: 2 }))).toEqual(['orders', 'refunds']);
    // The same base reopened with other weights: nothing stored under the old weights is used.
    const titled = await place.open('kb', { fieldWeights: { title: 3, headings: 1, text: 1 } });
    expect(ids(await titled.searchText('refunds', { k: 2 }))).toEqual(['refunds', 'orders']);
  });

  it('lists documents by source with what was stored, and replaces a document with all its chunks', async () => {
    const index = await backend.place().open('kb');
    const before = Date.now();
    await index.upsert([
      entry('b', 'Bravo text about invoices.', { source: 'b.md', metadata: { team: 'billing', n: 2 } }),
      entry('a', 'Alpha text about refunds.', { source: 'a.md', title: 'Alpha', hash: 'h1' }),
    ]);
    const docs = await index.documents();
    expect(docs.map((d) => [d.id, d.source, d.hash, d.title, d.metadata, d.chunks])).toEqual([
      ['a', 'a.md', 'h1', 'Alpha', {}, 1],
      ['b', 'b.md', 'b', undefined, { team: 'billing', n: 2 }, 1],
    ]);
    expect(docs[0]!.ingestedAt).toBeGreaterThanOrEqual(before);
    const two: IndexEntry = {
      doc: { id: 'a', source: 'a.md', hash: 'h2', metadata: {} },
      chunks: ['Alpha now covers parcels.', 'And lockers.'].map((text, ord) => ({
        id: `a#${ord}`,
        docId: 'a',
        ord,
        text,
        headings: ['Alpha', 'Delivery'],
        page: 3,
        tokens: 5,
      })),
    };
    await index.upsert([two]);
    expect(await index.searchText('refunds', { k: 5 })).toEqual([]);
    const [hit] = await index.searchText('lockers', { k: 5 });
    expect(hit!.chunk).toEqual({
      id: 'a#1',
      docId: 'a',
      ord: 1,
      text: 'And lockers.',
      headings: ['Alpha', 'Delivery'],
      page: 3,
      tokens: 5,
    });
    expect(await index.stats()).toEqual({ documents: 2, chunks: 3, vectors: 0 });
    expect((await index.documents()).find((d) => d.id === 'a')?.hash).toBe('h2');
  });

  it('removes documents with their chunks, from search, counts and term statistics', async () => {
    const index = await backend.place().open('kb');
    await index.upsert(holidays);
    await index.remove(['spring', 'early-may', 'never-indexed']);
    await index.optimize();
    expect(ids(await index.searchText('bank holiday', { k: 5 }))).toEqual(['christmas']);
    expect(await index.stats()).toEqual({ documents: 2, chunks: 2, vectors: 0 });
    const { chunks, df } = await index.termStats(['holidai', 'bank']);
    expect([chunks, df.get('holidai'), df.get('bank') ?? 0]).toEqual([2, 1, 0]);
  });

  it('keeps the bases of one store apart', async () => {
    const place = backend.place();
    const one = await place.open('one');
    const two = await place.open('two');
    await one.upsert([entry('d', 'Lockers at the depot.')]);
    await two.upsert([entry('d', 'Parcels at the depot.')]);
    expect(ids(await one.searchText('parcels', { k: 3 }))).toEqual([]);
    expect((await two.searchText('depot', { k: 3 }))[0]!.chunk.text).toBe('Parcels at the depot.');
    await two.remove(['d']);
    expect((await one.stats()).documents).toBe(1);
  });

  it('keeps only chunks whose document metadata matches a filter', async () => {
    const index = await backend.place().open('kb');
    await index.upsert([
      entry('uk', 'Refunds take five days.', { metadata: { region: 'uk', tier: 1, public: true } }),
      entry('at', 'Refunds take ten days.', { metadata: { region: 'at', tier: 2, public: false } }),
      entry('us', 'Refunds take three days.', { metadata: { region: 'us', tier: 3 } }),
    ]);
    const search = (filter: Record<string, string | number | boolean | Array<string | number>>) =>
      index.searchText('refunds days', { k: 5, filter }).then((h) => ids(h).sort());
    expect(await search({ region: 'at' })).toEqual(['at']);
    expect(await search({ region: ['uk', 'us'] })).toEqual(['uk', 'us']);
    expect(await search({ tier: 2 })).toEqual(['at']);
    expect(await search({ public: true })).toEqual(['uk']);
    expect(await search({ region: 'uk', tier: 3 })).toEqual([]);
    expect(await search({ region: 'fr' })).toEqual([]);
  });

  it("replaces a document's metadata, chunks unchanged: hits, filters and the document list see the new one", async () => {
    const index = await backend.place().open('kb');
    await index.upsert([
      entry('old', 'The hotel cap is £160 a night.', { metadata: { owner: 'Finance' } }),
      entry('new', 'The hotel cap is £190 a night.'),
    ]);
    expect(
      (await index.searchText('hotel cap', { k: 2 })).find((h) => h.doc.id === 'old')!.doc.metadata,
    ).toEqual({
      owner: 'Finance',
    });
    await index.setMetadata([{ id: 'old', metadata: { owner: 'Finance', status: 'superseded' } }]);
    const hits = await index.searchText('hotel cap', { k: 2 });
    expect(hits.find((h) => h.doc.id === 'old')!.doc.metadata).toEqual({
      owner: 'Finance',
      status: 'superseded',
    });
    expect(ids(await index.searchText('hotel cap', { k: 2, filter: { status: 'superseded' } }))).toEqual([
      'old',
    ]);
    // A document that declares no status is a current one.
    expect(ids(await index.searchText('hotel cap', { k: 2, filter: { status: 'current' } }))).toEqual([
      'new',
    ]);
    // So is one whose status is empty, or a word tandem does not know.
    await index.upsert([
      entry('blank', 'The hotel cap is £200 a night.', { metadata: { status: null } }),
      entry('closed', 'The hotel cap is £210 a night.', { metadata: { status: 'closed' } }),
    ]);
    const current = await index.searchText('hotel cap', { k: 4, filter: { status: 'current' } });
    expect(ids(current).sort()).toEqual(['blank', 'closed', 'new']);
    const either = await index.searchText('hotel cap', {
      k: 4,
      filter: { status: ['current', 'superseded'] },
    });
    expect(ids(either).sort()).toEqual(['blank', 'closed', 'new', 'old']);
    expect((await index.documents()).find((d) => d.id === 'old')!.metadata.status).toBe('superseded');
    expect(await index.stats()).toMatchObject({ documents: 4, chunks: 4 });
  });

  it('finds the nearest vectors by cosine, scores them 1 − cosine distance and gives stored vectors back', async () => {
    const index = await backend.place().open('kb');
    await index.upsert([
      entry('north', 'Due north.', { metadata: { side: 'n' } }, [0, 2, 0]),
      entry('east', 'Due east.', { metadata: { side: 'e' } }, [3, 0, 0]),
      entry('ne', 'North-east.', { metadata: { side: 'e' } }, [1, 1, 0]),
      entry('plain', 'No vector here.'),
    ]);
    await index.optimize();
    const hits = await index.searchVector(Float32Array.from([1, 0.1, 0]), { k: 2 });
    expect(ids(hits)).toEqual(['east', 'ne']);
    expect(hits[0]!.score).toBeCloseTo(1 / Math.sqrt(1.01), 5);
    expect(hits[1]!.score).toBeCloseTo(1.1 / Math.sqrt(2 * 1.01), 5);
    const filtered = await index.searchVector(Float32Array.from([0, 1, 0]), { k: 3, filter: { side: 'e' } });
    expect(ids(filtered)).toEqual(['ne', 'east']);
    const stored = await index.vectors(['ne#0', 'plain#0', 'missing#0']);
    expect([...stored.keys()]).toEqual(['ne#0']);
    expect([...stored.get('ne#0')!]).toEqual([1, 1, 0]);
    expect(await index.stats()).toEqual({ documents: 4, chunks: 4, vectors: 3, dimensions: 3 });
    await expect(index.upsert([entry('wide', 'Four numbers.', {}, [1, 2, 3, 4])])).rejects.toMatchObject({
      code: 'STORE_ERROR',
      message: expect.stringContaining('holds 3-dimensional vectors, got 4'),
    });
    expect((await index.stats()).documents).toBe(4); // the failed upsert left nothing behind
  });

  it('finds nothing by vector in a base without vectors', async () => {
    const index = await backend.place().open('kb');
    await index.upsert(holidays);
    expect(await index.searchVector(Float32Array.from([1, 0]), { k: 3 })).toEqual([]);
  });

  it('expands a query by RM3, finding a chunk that shares no word with it (or says it cannot)', async () => {
    const index = await backend.place().open('kb');
    await index.upsert([
      entry('vacation', 'Vacation allowance: annual leave is 25 days, and unused annual leave carries over.'),
      entry('booking', 'Annual leave: book annual leave in the HR system before you take leave.'),
      ...Array.from({ length: 20 }, (_, i) =>
        entry(`p${i}`, `Parking permit ${i} for site ${String.fromCharCode(97 + i)}lpha bay`),
      ),
    ]);
    await index.optimize();
    const expansion = { method: 'rm3', fbDocs: 10, fbTerms: 10, originalWeight: 0.5 } as const;
    const seen: string[][] = [];
    const search = index.searchText('vacation allowance', {
      k: 5,
      expansion,
      onExpansion: (terms) => seen.push(terms.map((t) => t.term)),
    });
    if (!backend.expands) {
      await expect(search).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
      return;
    }
    expect(ids(await search)).toEqual(['vacation', 'booking']);
    expect(seen[0]).toEqual(expect.arrayContaining(['vacat', 'allow', 'annual', 'leav']));
    expect(ids(await index.searchText('vacation allowance', { k: 5 }))).toEqual(['vacation']);
  });

  it('caches embeddings by model and hash', async () => {
    const cache = backend.place().cache();
    await cache.set('m1', [
      ['h1', Float32Array.from([0.5, -1])],
      ['h2', Float32Array.from([2, 3])],
    ]);
    await cache.set('m1', [['h2', Float32Array.from([4, 5])]]);
    const got = await cache.get('m1', ['h1', 'h2', 'h3']);
    expect([...got].map(([h, v]) => [h, [...v]])).toEqual([
      ['h1', [0.5, -1]],
      ['h2', [4, 5]],
    ]);
    expect((await cache.get('m2', ['h1'])).size).toBe(0);
  });
}

describe('the SQLite index with the in-memory BM25 engine', () => contract(sqliteBackend('memory')));
describe('the SQLite index with FTS5', () => contract(sqliteBackend('fts5')));
describeWithPostgres('the PostgreSQL index', () => contract(postgresBackend()));
