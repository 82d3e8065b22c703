import { randomBytes } from 'node:crypto';

// A random per-process prefix plus a counter: unique across processes, sortable by time, and cheap enough
// for the many span ids a busy run makes (randomBytes per id showed up in profiles).
const processTag = randomBytes(4).toString('hex');
let counter = 0;

/** A time-sortable unique id: 12 hex chars of milliseconds, a process tag, a counter; with an optional prefix. */
export function newId(prefix = ''): string {
  counter = (counter + 1) % 0x1000000;
  return (
    prefix + Date.now().toString(16).padStart(12, '0') + processTag + counter.toString(16).padStart(6, '0')
  );
}
