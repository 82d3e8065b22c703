import type { TraceRecord, TraceStore } from '../store/index.js';

/** Where finished traces go. The CLI writes at once; a server can batch off the hot path. */
export interface TraceSink {
  write(trace: TraceRecord): Promise<void>;
  flush(): Promise<void>;
}

/** Writes each trace to the store as it finishes. */
export function storeSink(traces: TraceStore): TraceSink {
  return { write: (t) => traces.write([t]), flush: async () => {} };
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
