/** @module What the coordinator of a fanned-out run and its workers exchange, whatever carries it (Redis or IPC). */
import type { EvalResultRecord } from '../../store/index.js';

/** What a worker needs to run one sample. */
export interface SampleJob {
  runId: string;
  /** The suite file, relative to the project (workers load the same project). */
  suite: string;
  /** The suite's content hash: a worker whose copy differs refuses the job. */
  suiteHash: string;
  variant: string;
  caseId: string;
  sample: number;
  noCache: boolean;
}

/** What a finished job hands back: the graded sample, and which worker ran it. */
export interface SampleJobResult {
  result: EvalResultRecord;
  worker: string;
}

/** A job that finished (or failed) and was collected. */
export type Collected =
  | { ok: true; id: string; job: SampleJob; value: SampleJobResult; retaken: boolean }
  | { ok: false; id: string; job: SampleJob; reason: string };

/** The queue, as a coordinator uses it. */
export interface SampleQueue {
  /** Adds the jobs not already there (by id); failed leftovers of an earlier try are replaced. */
  enqueue(jobs: SampleJob[]): Promise<void>;
  /** The finished and failed jobs of `runId` (at most `max` per call); they stay until `release`d. */
  collect(runId: string, max?: number): Promise<Collected[]>;
  /** Takes collected jobs off the queue, once their results are saved (a coordinator killed before that
   * finds them again on --resume, instead of losing them). */
  release(ids: string[]): Promise<void>;
  /** Removes the run's jobs that no worker has started; returns how many. */
  cancelWaiting(runId: string): Promise<number>;
  /** The ids of the run's jobs waiting or running. */
  outstanding(runId: string): Promise<Set<string>>;
  /** How many workers are connected to the queue. */
  workers(): Promise<number>;
  close(): Promise<void>;
}
