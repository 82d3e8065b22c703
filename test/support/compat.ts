/**
 * Registers the cells of the client compatibility matrix (test/support/compat-matrix.ts) as tests: each is
 * named for people and tagged (`meta.compat`) for test/support/compat-reporter.ts, which writes a full run's
 * results to docs/compatibility.json; `npm run compat` renders README's table from that file.
 */
import { describe, it } from 'vitest';
import {
  type CompatCell,
  cellKey,
  expectationOf,
  FEATURES,
  type FeatureOf,
  ROWS,
  type RowId,
  type TargetKind,
} from './compat-matrix.js';

export { TARGET_KINDS, type TargetKind } from './compat-matrix.js';

/**
 * Registers the test of one cell. A refused cell's test checks the client shows the 400; the test's name
 * says so, so a reader of the test output knows which kind of pass it is.
 */
export function compat<R extends RowId>(
  row: R,
  feature: FeatureOf<R>,
  target: TargetKind,
  fn: () => Promise<void>,
): void {
  const cell: CompatCell = { row, feature, target };
  const expectation = expectationOf(cell);
  if (expectation === 'n/a')
    throw new Error(`compat: ${cellKey(cell)} is declared not applicable in test/support/compat-matrix.ts`);
  const name = `${FEATURES[feature].label} over the ${target}${expectation === 'refused' ? ' is refused with a 400' : ''}`;
  it(name, { meta: { compat: cell } }, fn);
}

/** Groups a row's cells under one title: the client, the endpoint and how it is called. */
export function compatRow(row: RowId, fn: () => void): void {
  const { client, endpoint, how } = ROWS[row];
  describe(`${client} on ${endpoint} (${how})`, fn);
}
