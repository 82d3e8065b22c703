/**
 * A vitest reporter for the client compatibility matrix. At the end of a run it collects the matrix tests'
 * outcomes (tagged `meta.compat` by test/support/compat.ts) and, only when the run covered every declared
 * cell and the results differ from docs/compatibility.json, rewrites that file with the run's date and
 * commit. So a partial run (one file, `-t`, a skipped test) never wipes rows, and a run with the same
 * results leaves the file, and git, alone. README's table is rendered from the file by `npm run compat`;
 * test/architecture/compat-table.test.ts tells when that is due.
 *
 * Under CI a changed result also fails the run: the committed table would no longer say what the tests do
 * (a fixed bug still shown as ✗, or a new failure shown as ✓), and a CI checkout is thrown away.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import {
  type CellResult,
  type CompatDocument,
  changedCells,
  compatDocument,
  sameResults,
} from './compat-document.js';
import { type CompatCell, cellKey, declaredCells } from './compat-matrix.js';

const ROOT = join(import.meta.dirname, '..', '..');
/** Where the results live, from the repository's root. */
export const COMPAT_FILE = 'docs/compatibility.json';

/** Where the reporter writes, how it speaks, and how it fails a CI run; vitest passes none of them. */
export interface CompatReporterOptions {
  file?: string;
  log?: (line: string) => void;
  /** Default: the CI environment variable is set. */
  ci?: boolean;
  fail?: () => void;
}

export default class CompatReporter implements Reporter {
  private readonly file: string;
  private readonly log: (line: string) => void;
  private readonly ci: boolean;
  private readonly fail: () => void;

  constructor(opts: CompatReporterOptions = {}) {
    this.file = opts.file ?? join(ROOT, COMPAT_FILE);
    this.log = opts.log ?? ((line) => process.stderr.write(`${line}\n`));
    this.ci = opts.ci ?? Boolean(process.env.CI);
    this.fail = opts.fail ?? (() => (process.exitCode = 1));
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const results = cellResults(modules);
    if (results.size === 0) return; // no matrix test in this run: nothing to say
    const declared = declaredCells();
    const missing = declared.filter((c) => results.get(cellKey(c)) === undefined);
    if (missing.length) {
      this.log(
        `compat: ${declared.length - missing.length} of ${declared.length} matrix cells ran; ${COMPAT_FILE} is left as it is (a full run records it)`,
      );
      return;
    }
    const next = compatDocument((c) => results.get(cellKey(c)), recordedNow());
    const previous = readDocument(this.file);
    if (!next || (previous && sameResults(previous, next))) return;
    writeFileSync(this.file, `${JSON.stringify(next, null, 2)}\n`);
    const changed = changedCells(previous, next);
    this.log(
      `compat: the matrix or its results changed; wrote ${COMPAT_FILE}. Run \`npm run compat\` to update README.`,
    );
    for (const line of changed.slice(0, 20)) this.log(`  ${line}`);
    if (changed.length > 20) this.log(`  … and ${changed.length - 20} more`);
    if (this.ci) {
      this.log(
        `compat: under CI this fails the run: commit ${COMPAT_FILE} and README from a full local run.`,
      );
      this.fail();
    }
  }
}

/** The document in `file`; undefined when there is none or it does not parse (it is then written anew). */
function readDocument(file: string): CompatDocument | undefined {
  try {
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CompatDocument) : undefined;
  } catch {
    return undefined;
  }
}

/** Each matrix cell's outcome in the run: failed if any of its tests failed, unset if none ran. */
function cellResults(modules: ReadonlyArray<TestModule>): Map<string, CellResult> {
  const out = new Map<string, CellResult>();
  for (const module of modules)
    for (const test of module.children.allTests()) {
      const cell: CompatCell | undefined = test.meta().compat;
      const state = test.result().state;
      if (!cell || (state !== 'passed' && state !== 'failed')) continue;
      const key = cellKey(cell);
      out.set(key, out.get(key) === 'failed' ? 'failed' : state);
    }
  return out;
}

/** Today's date and the commit checked out (with -dirty when the tree has changes), for the table's legend. */
function recordedNow(): CompatDocument['recorded'] {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['describe', '--always', '--dirty', '--abbrev=7'], { cwd: ROOT })
      .toString()
      .trim();
  } catch {
    // not a git checkout (a tarball): the date still says when
  }
  return { date: new Date().toISOString().slice(0, 10), commit };
}
