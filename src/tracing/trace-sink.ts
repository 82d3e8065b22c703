import type { TraceRecord, TraceStore } from '../store/index.js';

/** Where finished traces go. The CLI writes at once; a server can batch off the hot path. */
export interface TraceSink {
  write(trace: TraceRecord): Promise<void>;
  flush(): Promise<void>;
  /**
   * Resolves once every trace written so far is in the store (exports elsewhere may still be queued), for
   * callers that save records pointing at traces. Without it, `flush` does that.
   */
  flushToStore?(): Promise<void>;
}

/** Writes each trace to the store as it finishes. */
export function storeSink(traces: TraceStore): TraceSink {
  return { write: (t) => traces.write([t]), flush: async () => {} };
}

/**
 * Collects traces and writes them in batches (one transaction each), off the path of the run that made
 * them: at `maxBatch` traces or `flushMs` after the first unwritten one, and on flush(). A crash can lose
 * at most the last `flushMs` of traces; callers that must not lose one use storeSink.
 */
export function batchingSink(
  traces: TraceStore,
  opts: { maxBatch?: number; flushMs?: number } = {},
): TraceSink {
  const maxBatch = opts.maxBatch ?? 64;
  const flushMs = opts.flushMs ?? 20;
  let pending: TraceRecord[] = [];
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending.length) return writing;
    const batch = pending;
    pending = [];
    // After a failed batch (a store briefly unreachable) the next ones are still written: the failure went
    // to the flush that wrote it, and must not stop every later batch.
    writing = writing.catch(() => {}).then(() => traces.write(batch));
    return writing;
  };
  return {
    write: async (t) => {
      pending.push(t);
      if (pending.length >= maxBatch) await flush();
      else timer ??= setTimeout(() => void flush().catch(() => {}), flushMs);
    },
    flush: () => flush(),
    flushToStore: () => flush(),
  };
}

/** Keeps traces in memory (tests, `--no-trace` runs). */
export function memorySink(): TraceSink & { traces: TraceRecord[] } {
  const traces: TraceRecord[] = [];
  return {
    traces,
    write: async (t) => {
      traces.push(t);
    },
    flush: async () => {},
  };
}
