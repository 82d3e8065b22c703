import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { TraceRecord } from '../store.js';
import { migrate } from './migrate.js';
import { migrations } from './migrations.js';
import { openSqliteStore } from './sqlite-store.js';
import { createSqliteTraceStore, traceListSql } from './sqlite-traces.js';

const file = () => join(mkdtempSync(join(tmpdir(), 'tandem-store-')), '.tandem', 'tandem.db');

function trace(id: string, name: string, status: 'ok' | 'error' = 'ok'): TraceRecord {
  return {
    id,
    name,
    kind: 'app',
    status,
    startedAt: 1_700_000_000_000,
    durationMs: 12.5,
    usage: { inputTokens: 10, outputTokens: 4, totalTokens: 14 },
    costUsd: 0.002,
    input: { vars: { q: 'hi' } },
    output: { text: 'hello' },
    spans: [
      {
        id: `${id}-root`,
        traceId: id,
        name,
        kind: 'app',
        startedAt: 1,
        durationMs: 12.5,
        status,
        attributes: { prompt: 'p' },
      },
      {
        id: `${id}-m`,
        traceId: id,
        parentId: `${id}-root`,
        name: 'model x',
        kind: 'model',
        startedAt: 2,
        durationMs: 10,
        status: 'ok',
        attributes: {},
        usage: { inputTokens: 10, outputTokens: 4, totalTokens: 14 },
        costUsd: 0.002,
      },
    ],
  };
}

// What every backend must do is in ../store-contract.test.ts; these are SQLite's own promises.
describe('sqlite store', () => {
  it('creates the file with WAL and applies every migration once', async () => {
    const path = file();
    const store = openSqliteStore(path);
    expect(store.database.pragma('journal_mode', { simple: true })).toBe('wal');
    await store.close();
    const again = openSqliteStore(path); // reopening must not re-run migrations
    const rows = again.database.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
    expect(rows).toEqual(migrations.map((m) => ({ version: m.version })));
    await again.close();
  });

  it('refuses a database written by a newer tandem', async () => {
    const path = file();
    (await openSqliteStore(path)).close();
    const db = new Database(path);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, ?, 0)').run('future');
    db.close();
    expect(() => openSqliteStore(path)).toThrow(/written by a newer tandem/);
  });
});

describe('trace writes off the main thread', () => {
  it('commits each batch from the worker before write() resolves, and nothing is lost across a reopen', async () => {
    const path = file();
    const store = openSqliteStore(path, { tracesOffThread: true });
    const changesHere = () => store.database.prepare('SELECT total_changes() AS n').get() as { n: number };
    const before = changesHere().n;
    await store.traces.write([trace('t1', 'a'), trace('t2', 'b', 'error')]);
    expect(changesHere().n).toBe(before); // the rows were written by the other connection
    // Read back on the main connection at once: the worker's commit is visible.
    expect(await store.traces.get('t1')).toMatchObject({
      name: 'a',
      spans: [{ id: 't1-root' }, { id: 't1-m' }],
    });
    const writes = Array.from({ length: 50 }, (_, i) => store.traces.write([trace(`u${i}`, 'c')]));
    await Promise.all(writes);
    await store.close();
    const again = openSqliteStore(path);
    expect((await again.traces.list({ limit: 100 })).length).toBe(52);
    expect((await again.traces.get('t2'))?.status).toBe('error');
    await again.close();
  });

  it('commits a stored response from the worker before save() resolves, readable at once', async () => {
    const store = openSqliteStore(file(), { tracesOffThread: true });
    const changesHere = () => store.database.prepare('SELECT total_changes() AS n').get() as { n: number };
    const before = changesHere().n;
    const record = {
      id: 'resp_1',
      createdAt: 1_700_000_000,
      model: 'up',
      conversation: [{ role: 'user', content: 'Hi' }],
      body: { id: 'resp_1', output: [] },
      upstream: 'up',
    };
    await store.responses.save(record);
    expect(changesHere().n).toBe(before);
    expect(await store.responses.get('resp_1')).toEqual(record);
    await store.close();
  });

  it('falls back to the main connection when the worker fails', async () => {
    const db = new Database(':memory:');
    migrate(db, ':memory:');
    const broken = {
      run: () => Promise.reject(new Error('the write worker stopped')),
      close: async () => {},
    };
    const traces = createSqliteTraceStore(db, broken);
    await traces.write([trace('t1', 'a')]);
    await traces.write([trace('t2', 'a')]);
    expect((await traces.list({})).map((t) => t.id)).toEqual(['t2', 't1']);
  });

  it('reads each filtered page of traces as one range of an index, in order (no sort of what matched)', () => {
    const db = new Database(':memory:');
    migrate(db, ':memory:');
    const plan = (filter: Parameters<typeof traceListSql>[0]) => {
      const { sql, args } = traceListSql(filter);
      return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>)
        .map((r) => r.detail)
        .join('\n');
    };
    const day = { since: 1_700_000_000_000, until: 1_700_086_400_000 };
    for (const [filter, index] of [
      [{ name: 'support', ...day }, 'traces_name'],
      [{ name: 'support', before: 'tr_1' }, 'traces_name'],
      [{ apiKey: 'key_1' }, 'traces_api_key'],
      [{ status: 'error' }, 'traces_status'],
      [{ ...day }, 'traces_started'],
    ] as const) {
      expect(plan(filter)).toContain(`USING INDEX ${index}`);
      expect(plan(filter)).not.toContain('TEMP B-TREE');
    }
    db.close();
  });
});
