// README's client compatibility table, docs/compatibility.json and the declared matrix cannot drift apart:
// the JSON is written only by a full test run whose results changed (test/support/compat-reporter.ts), and
// README's table only by `npm run compat`. These checks read committed files, never this run's results, so
// they pass or fail the same way on every machine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compatSectionOf, renderCompatTable } from '../../scripts/compat-table.mjs';
import { type CompatDocument, compatDocument, recordedResult } from '../support/compat-document.js';

const ROOT = join(import.meta.dirname, '..', '..');
const doc = JSON.parse(readFileSync(join(ROOT, 'docs', 'compatibility.json'), 'utf8')) as CompatDocument;

describe("README's client compatibility table", () => {
  it('is what `npm run compat` renders from docs/compatibility.json', () => {
    const section = compatSectionOf(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    expect(section, 'README.md differs from docs/compatibility.json: run `npm run compat`').toBe(
      renderCompatTable(doc),
    );
  });

  it('records every cell the matrix declares, with its labels, as test/support/compat-matrix.ts has them', () => {
    // Rebuilt from the recorded results and today's declaration: a cell added, dropped or relabelled since
    // the file was written shows here until a full run rewrites it.
    const rebuilt = compatDocument((cell) => recordedResult(doc, cell), doc.recorded);
    expect(
      rebuilt,
      'the matrix changed since docs/compatibility.json was written: run the whole suite, then `npm run compat`',
    ).toEqual(doc);
  });
});
