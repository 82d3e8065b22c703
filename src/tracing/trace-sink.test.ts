import { describe, expect, it } from 'vitest';
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

describe('batchingSink', () => {
  it('writes batches after one that failed, and reports the failure to the flush that wrote it', async () => {
    const { store, written } = flakyStore();
    const sink = batchingSink(store, { maxBatch: 2, flushMs: 60_000 });
    await sink.write(trace('t1'));
    await expect(sink.write(trace('t2'))).rejects.toThrow('connection lost'); // the batch [t1, t2]
    await sink.write(trace('t3'));
    await sink.write(trace('t4'));
    await sink.write(trace('t5'));
    await sink.flush();
    expect(written).toEqual([['t3', 't4'], ['t5']]);
  });
});
