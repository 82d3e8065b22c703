import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../../store/index.js';
import type { Chunk } from '../document.js';
import type { IndexEntry } from '../knowledge-index.js';
import { createAnalyzer } from '../lexical/analysis.js';
import { Bm25Engine } from '../lexical/bm25-engine.js';
import { openSqliteKnowledgeIndex } from './sqlite-knowledge-index.js';

const stores: SqliteStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

function newStore(file = join(mkdtempSync(join(tmpdir(), 'tandem-kb-')), 'tandem.db')): SqliteStore {
  const store = openSqliteStore(file);
  stores.push(store);
  return store;
}

function entry(id: string, text: string, title?: string): IndexEntry {
  const chunk: Chunk = { id: `${id}#0`, docId: id, ord: 0, text, headings: [], tokens: 10 };
  return {
    doc: { id, source: `${id}.md`, hash: id, metadata: {}, ...(title ? { title } : {}) },
    chunks: [chunk],
  };
}

const holidays = [
  entry('spring', 'date,office,holiday\n2026-05-25,Leeds,Spring bank holiday'),
  entry('christmas', 'date,office,holiday\n2026-12-25,Leeds,Christmas Day'),
  entry('early-may', 'date,office,holiday\n2026-05-04,Leeds,Early May bank holiday'),
  entry('training', 'An Engineer (G2) has a training budget of £1,800 a year.'),
];

describe.each(['memory', 'fts5'] as const)('the %s engine', (lexicalEngine) => {
  it('finds a date and an amount asked for in other words, and shows the text as it was written', async () => {
    const index = await openSqliteKnowledgeIndex(newStore().database, 'kb', { lexicalEngine });
    await index.upsert(holidays);
    await index.optimize();
    const [date] = await index.searchText('Which holiday closes the office on 25th May 2026?', { k: 3 });
    expect(date!.doc.id).toBe('spring');
    expect(date!.chunk.text).toBe('date,office,holiday\n2026-05-25,Leeds,Spring bank holiday');
    const [amount] = await index.searchText('who gets 1800 pounds?', { k: 1 });
    expect(amount!.doc.id).toBe('training');
  });

  it('counts the chunks that use a word (stemmed as tandem stems it), for the answerability check', async () => {
    const index = await openSqliteKnowledgeIndex(newStore().database, 'kb', { lexicalEngine });
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
    const derivational = await openSqliteKnowledgeIndex(newStore().database, 'kb', { lexicalEngine });
    await derivational.upsert(docs);
    const [austrian] = await derivational.searchText('When does the Austrian office open?', { k: 1 });
    expect(austrian!.doc.id).toBe('graz');
    const [employment] = await derivational.searchText('employment', { k: 2 });
    expect(employment!.doc.id).toBe('leeds');
    const porter = await openSqliteKnowledgeIndex(newStore().database, 'kb', {
      lexicalEngine,
      stemming: 'porter',
    });
    await porter.upsert(docs);
    expect(await porter.searchText('Austrian', { k: 1 })).toEqual([]);
  });

  it('ranks by field weights: a title worth three times its text lifts the chunk whose title matches', async () => {
    const docs = [
      entry('refunds', 'Ask the desk about money returned.', 'Refunds'),
      entry('orders', 'Orders, refunds of orders and refunds of fees are described here.', 'Orders'),
    ];
    const store = newStore();
    const plain = await openSqliteKnowledgeIndex(store.database, 'kb', { lexicalEngine });
    await plain.upsert(docs);
    expect((await plain.searchText('refunds', { k: 2 })).map((h) => h.doc.id)).toEqual(['orders', 'refunds']);
    // The same store reopened with other weights: the memory snapshot of the old weights is not used.
    const fieldWeights = { title: 3, headings: 1, text: 1 };
    const titled = await openSqliteKnowledgeIndex(store.database, 'kb', { lexicalEngine, fieldWeights });
    expect((await titled.searchText('refunds', { k: 2 })).map((h) => h.doc.id)).toEqual([
      'refunds',
      'orders',
    ]);
  });
});

describe('an index written by an earlier version', () => {
  it('rebuilds a snapshot analysed under another format instead of searching it', async () => {
    const store = newStore();
    const index = await openSqliteKnowledgeIndex(store.database, 'kb');
    await index.upsert(holidays);
    // What an earlier version saved: a snapshot of plain words at the current generation.
    const { generation } = store.database
      .prepare("SELECT value AS generation FROM kb_meta WHERE kb = 'kb' AND key = 'generation'")
      .get() as { generation: string };
    const texts = store.database.prepare("SELECT rowid, text FROM kb_chunks WHERE kb = 'kb'").all() as Array<{
      rowid: number;
      text: string;
    }>;
    store.database
      .prepare('INSERT OR REPLACE INTO kb_lexical (kb, generation, data) VALUES (?, ?, ?)')
      .run(
        'kb',
        Number(generation),
        Bm25Engine.build(texts.map((t) => ({ rowid: t.rowid, fields: [t.text] }))).serialize(),
      );
    const reopened = await openSqliteKnowledgeIndex(store.database, 'kb');
    const [hit] = await reopened.searchText('holiday on 25th May 2026', { k: 1 });
    expect(hit!.doc.id).toBe('spring');
    // …and saved in its place a snapshot of the current format.
    const { data } = store.database.prepare("SELECT data FROM kb_lexical WHERE kb = 'kb'").get() as {
      data: Buffer;
    };
    expect(
      Bm25Engine.deserialize(data, {
        analyze: createAnalyzer('derivational').terms,
        format: createAnalyzer('derivational').format,
        fieldWeights: [1, 1, 1], // title, headings, text: the defaults
      })?.size,
    ).toBe(holidays.length);
  });

  it('writes no FTS5 rows under the in-memory engine, and fills the table when FTS5 ranks the base', async () => {
    const store = newStore();
    const memory = await openSqliteKnowledgeIndex(store.database, 'kb', { lexicalEngine: 'memory' });
    await memory.upsert(holidays);
    const fts = (
      store.database
        .prepare("SELECT name FROM sqlite_master WHERE name LIKE 'kb_fts_%' AND type = 'table'")
        .get() as { name: string }
    ).name;
    const count = () => (store.database.prepare(`SELECT count(*) AS n FROM ${fts}`).get() as { n: number }).n;
    expect(count()).toBe(0);
    const ranked = await openSqliteKnowledgeIndex(store.database, 'kb', { lexicalEngine: 'fts5' });
    expect(count()).toBe(holidays.length);
    const [hit] = await ranked.searchText('holiday on 25th May 2026', { k: 1 });
    expect(hit!.doc.id).toBe('spring');
  });

  it('rewrites an FTS5 table of plain text before FTS5 ranks with it', async () => {
    const store = newStore();
    const index = await openSqliteKnowledgeIndex(store.database, 'kb', { lexicalEngine: 'memory' });
    await index.upsert(holidays);
    // What an earlier version wrote: the text alone, and no format mark.
    const fts = (
      store.database
        .prepare("SELECT name FROM sqlite_master WHERE name LIKE 'kb_fts_%' AND type = 'table'")
        .get() as { name: string }
    ).name;
    const rows = store.database.prepare("SELECT rowid, text FROM kb_chunks WHERE kb = 'kb'").all() as Array<{
      rowid: number;
      text: string;
    }>;
    store.database.prepare(`DELETE FROM ${fts}`).run();
    for (const r of rows)
      store.database
        .prepare(`INSERT INTO ${fts} (rowid, title, headings, text) VALUES (?, '', '', ?)`)
        .run(r.rowid, r.text);
    store.database.prepare("DELETE FROM kb_meta WHERE kb = 'kb' AND key = 'ftsFormat'").run();
    const reopened = await openSqliteKnowledgeIndex(store.database, 'kb', { lexicalEngine: 'fts5' });
    const [hit] = await reopened.searchText('holiday on 25th May 2026', { k: 1 });
    expect(hit!.doc.id).toBe('spring');
    const stored = store.database.prepare(`SELECT text FROM ${fts} WHERE text LIKE '%2026-05-25%'`).get() as {
      text: string;
    };
    expect(stored.text).toContain('d20260525');
  });
});
