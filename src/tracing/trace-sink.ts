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
  /** How writing to the store goes, for `/readyz`: traces waiting for the store to come back, and lost. */
  health?(): SinkHealth;
}

/** The state of a sink's writes. */
export interface SinkHealth {
  /** Traces whose write failed, kept to be written again (the store is down while there are any). */
  spooled: number;
  /** Traces dropped because the spool was full. */
  dropped: number;
  /** Why the last write failed, while it still fails. */
  lastError?: string;
}

/** Writes each trace to the store as it finishes. */
export function storeSink(traces: TraceStore): TraceSink {
  return { write: (t) => traces.write([t]), flush: async () => {} };
}

/**
 * Collects traces and writes them in batches (one transaction each), off the path of the run that made
 * them: at `maxBatch` traces or `flushMs` after the first unwritten one, and on flush(). A batch the store
 * refuses (a database briefly unreachable) is kept in a bounded spool and written again every `retryMs`,
 * so no trace a request finished with is lost when the store comes back; past `maxSpool` the oldest are
 * dropped, and counted. A crash can lose at most what was pending or spooled; callers that must not lose
 * one use storeSink.
 */
export function batchingSink(
  traces: TraceStore,
  opts: { maxBatch?: number; flushMs?: number; maxSpool?: number; retryMs?: number } = {},
): TraceSink {
  const maxBatch = opts.maxBatch ?? 64;
  const flushMs = opts.flushMs ?? 20;
  const maxSpool = opts.maxSpool ?? 10_000;
  const retryMs = opts.retryMs ?? 1000;
  let pending: TraceRecord[] = [];
  let spool: TraceRecord[] = [];
  let dropped = 0;
  let lastError: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  const keep = (batch: TraceRecord[], err: unknown) => {
    spool = [...batch, ...spool];
    if (spool.length > maxSpool) {
      dropped += spool.length - maxSpool;
      spool = spool.slice(spool.length - maxSpool);
    }
    lastError = (err as Error)?.message ?? String(err);
    retry ??= setTimeout(() => {
      retry = undefined;
      void flush().catch(() => {});
    }, retryMs);
    retry.unref();
  };
  const writeBatch = async (batch: TraceRecord[]) => {
    try {
      await traces.write(batch);
      lastError = undefined;
    } catch (err) {
      keep(batch, err);
      throw err;
    }
  };
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending.length && !spool.length) return writing;
    const batch = [...spool, ...pending];
    spool = [];
    pending = [];
    // After a failed batch the next ones are still written: the failure went to the flush that wrote it.
    writing = writing.catch(() => {}).then(() => writeBatch(batch));
    return writing;
  };
  return {
    write: async (t) => {
      pending.push(t);
      // A trace the store refuses is spooled: the run that made it is not failed for it.
      if (pending.length >= maxBatch) await flush().catch(() => {});
      else timer ??= setTimeout(() => void flush().catch(() => {}), flushMs);
    },
    flush: () => flush(),
    flushToStore: () => flush(),
    health: () => ({ spooled: spool.length, dropped, ...(lastError ? { lastError } : {}) }),
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
