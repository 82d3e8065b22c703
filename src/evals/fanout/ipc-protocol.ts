/** @module The messages a coordinator and its local worker processes exchange over their IPC channel. */
import type { SampleJob, SampleJobResult } from './types.js';

/** Coordinator to worker. */
export type ToWorker = { type: 'job'; id: string; job: SampleJob } | { type: 'stop' };

/** Worker to coordinator. */
export type FromWorker =
  | { type: 'ready'; name: string }
  | { type: 'done'; id: string; value: SampleJobResult }
  | { type: 'failed'; id: string; reason: string; refused: boolean }
  /** The worker cannot run at all (its project does not load); it exits after saying why. */
  | { type: 'fatal'; reason: string };
