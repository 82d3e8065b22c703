import { randomBytes } from 'node:crypto';

/** A time-sortable id: 12 hex chars of milliseconds, then 10 random hex chars, with an optional prefix. */
export function newId(prefix = ''): string {
  return prefix + Date.now().toString(16).padStart(12, '0') + randomBytes(5).toString('hex');
}
