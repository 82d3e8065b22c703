import { describe, expect, it } from 'vitest';
import { waitFor } from '../../test/support/wait-for.js';
import type { TraceRecord, TraceStore } from '../store/index.js';
import { batchingSink } from './trace-sink.js';

const trace = (id: string): TraceRecord => ({
  id,
  name: 'a',
  kind: 'app',
  status: 'ok',
  startedAt: 0,
  durationMs: 1,
  usage: { inputTokens: 0, outputTokens: 0, totalTokens: 0 },
  costUsd: 0,
  spans: [],
});

/** A trace store whose first write fails (a database briefly unreachable) and later ones work. */
function flakyStore() {
  const written: string[][] = [];
  let calls = 0;
  const store = {
    async write(traces: TraceRecord[]) {
      if (calls++ === 0) throw new Error('connection lost');
      written.push(traces.map((t) => t.id));
    },
  } as TraceStore;
  return { store, written };
}

/** A trace store that fails while `down` says so (a database unreachable) and writes otherwise. */
function outageStore() {
  const written: string[][] = [];
  const state = { down: true };
  const store = {
    async write(traces: TraceRecord[]) {
      if (state.down) throw new Error('connection lost');
      written.push(traces.map((t) => t.id));
    },
  } as TraceStore;
  return { store, written, state };
}

describe('batchingSink', () => {
  it('keeps a batch the store refused and writes it with the next one; the run that made it is not failed', async () => {
    const { store, written } = flakyStore();
    const sink = batchingSink(store, { maxBatch: 2, flushMs: 60_000, retryMs: 60_000 });
    await sink.write(trace('t1'));
    await sink.write(trace('t2')); // the batch [t1, t2] fails: spooled, not thrown at the writer
    expect(sink.health!()).toEqual({ spooled: 2, dropped: 0, lastError: 'connection lost' });
    await sink.write(trace('t3'));
    await sink.write(trace('t4'));
    expect(written).toEqual([['t1', 't2', 't3', 't4']]);
    expect(sink.health!()).toEqual({ spooled: 0, dropped: 0 });
  });

  it('writes the spool again on its own once the store is back', async () => {
    const { store, written, state } = outageStore();
    const sink = batchingSink(store, { maxBatch: 1, flushMs: 60_000, retryMs: 5 });
    await sink.write(trace('t1'));
    await expect(sink.flushToStore!()).rejects.toThrow('connection lost'); // a caller that needs it stored
    state.down = false;
    await waitFor(() => (written.length ? written : undefined), { what: 'the retry' });
    expect(written).toEqual([['t1']]);
    expect(sink.health!().spooled).toBe(0);
  });

  it('holds at most maxSpool traces while the store is down, dropping the oldest and counting them', async () => {
    const { store, written, state } = outageStore();
    const sink = batchingSink(store, { maxBatch: 1, flushMs: 60_000, maxSpool: 3, retryMs: 60_000 });
    for (const id of ['t1', 't2', 't3', 't4', 't5']) await sink.write(trace(id));
    expect(sink.health!()).toMatchObject({ spooled: 3, dropped: 2 });
    state.down = false;
    await sink.flush();
    expect(written).toEqual([['t3', 't4', 't5']]);
    expect(sink.health!()).toEqual({ spooled: 0, dropped: 2 });
  });
});
