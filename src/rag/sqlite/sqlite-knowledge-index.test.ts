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

// What every backend promises is tested in ../knowledge-index.test.ts; here, what is SQLite's own.
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
