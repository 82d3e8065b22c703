/**
 * docs/compatibility.json: the declared matrix with each cell's result in one full test run, and when and
 * at which commit that run was. It carries its labels and legend too, so scripts/compat-table.mjs renders
 * README's table from this file alone.
 */
import {
  type CompatCell,
  expectationOf,
  FEATURES,
  type Feature,
  type FeatureSpec,
  ROWS,
  type RowId,
  TARGET_KINDS,
  TARGETS,
  type TargetKind,
} from './compat-matrix.js';

/** A cell in the document: its test passed, failed, passed as a refusal by design, or it does not apply. */
export type CellStatus = 'passed' | 'failed' | 'refused' | 'n/a';
/** A test's outcome in a run, or nothing when no test of the cell ran. */
export type CellResult = 'passed' | 'failed' | undefined;

/** The file's shape: labels and legend, then each row's cells by feature and target. */
export interface CompatDocument {
  $comment: string;
  recorded: { date: string; commit: string };
  targets: Record<TargetKind, string>;
  features: Record<string, FeatureSpec>;
  rows: Array<{
    id: string;
    client: string;
    endpoint: string;
    how: string;
    cells: Record<string, Record<TargetKind, CellStatus>>;
    notApplicable?: Partial<Record<TargetKind, string>>;
  }>;
}

const COMMENT =
  'Written by test/support/compat-reporter.ts after a full test run whose results differ from this file; README renders it with `npm run compat`. Do not edit by hand.';

/** The document for `resultOf` each declared cell; undefined when a declared cell has no result. */
export function compatDocument(
  resultOf: (cell: CompatCell) => CellResult,
  recorded: CompatDocument['recorded'],
): CompatDocument | undefined {
  let complete = true;
  const statusOf = (cell: CompatCell): CellStatus => {
    const expectation = expectationOf(cell);
    if (expectation === 'n/a') return 'n/a';
    const result = resultOf(cell);
    if (result === undefined) complete = false;
    if (result !== 'passed') return 'failed';
    return expectation === 'refused' ? 'refused' : 'passed';
  };
  const rows = (Object.keys(ROWS) as RowId[]).map((id) => {
    const row = ROWS[id];
    const cells = Object.fromEntries(
      row.features.map((feature: Feature) => [
        feature,
        Object.fromEntries(TARGET_KINDS.map((target) => [target, statusOf({ row: id, feature, target })])),
      ]),
    ) as Record<string, Record<TargetKind, CellStatus>>;
    const notApplicable = 'notApplicable' in row ? { notApplicable: row.notApplicable } : {};
    return { id, client: row.client, endpoint: row.endpoint, how: row.how, cells, ...notApplicable };
  });
  if (!complete) return undefined;
  return { $comment: COMMENT, recorded, targets: { ...TARGETS }, features: { ...FEATURES }, rows };
}

/** Whether two documents say the same, whenever they were recorded. */
export function sameResults(a: CompatDocument, b: CompatDocument): boolean {
  return JSON.stringify({ ...a, recorded: null }) === JSON.stringify({ ...b, recorded: null });
}

/** A cell's result as `doc` recorded it (a refusal that held counts as passed), to rebuild a document from it. */
export function recordedResult(doc: CompatDocument, cell: CompatCell): CellResult {
  const status = doc.rows.find((r) => r.id === cell.row)?.cells[cell.feature]?.[cell.target];
  if (status === 'passed' || status === 'refused') return 'passed';
  return status === 'failed' ? 'failed' : undefined;
}

/** The cells whose status differs between two documents, as "row feature target: before → after". */
export function changedCells(before: CompatDocument | undefined, after: CompatDocument): string[] {
  return after.rows.flatMap((row) =>
    Object.entries(row.cells).flatMap(([feature, targets]) =>
      Object.entries(targets).flatMap(([target, status]) => {
        const was =
          before?.rows.find((r) => r.id === row.id)?.cells[feature]?.[target as TargetKind] ?? 'absent';
        return was === status ? [] : [`${row.id} ${feature} ${target}: ${was} → ${status}`];
      }),
    ),
  );
}
