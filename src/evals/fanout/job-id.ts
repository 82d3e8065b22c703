/** @module A sample's job id on the queue (kept apart from the queue's client, which loads only when used). */
import { sha256 } from '../../core/index.js';

/** The job id of a sample: stable (enqueuing twice never duplicates it), and free of the `:` BullMQ reserves. */
export const jobIdOf = (j: { runId: string; variant: string; caseId: string; sample: number }) =>
  `${j.runId}.${sha256(`${j.variant}\u0000${j.caseId}\u0000${j.sample}`).slice(0, 24)}`;
