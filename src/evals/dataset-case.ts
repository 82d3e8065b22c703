/**
 * @module The case a dataset row makes: its variables (lists and objects kept as they are, so a prompt can
 * iterate them), expected answer, sources and tags, and its assertions: the dataset's `assert:` for every
 * row, then the row's own, from `assertColumn` (a list of assertions) and `assertColumns` (a cell that is the
 * value of one). A row's assertions are checked with the suite's shapes; a mistake names file:line.
 */
import { type FieldPath, formatPath, TandemError } from '../core/index.js';
import type { DatasetRow } from './read-dataset.js';
import { suiteIssuesToError } from './suite-issues.js';
import {
  type AssertionSpec,
  type CaseSpec,
  type DatasetSpec,
  rowAssertionsSchema,
  type SuiteHas,
} from './suite-schema.js';

/** Where a row is: the dataset's path (relative to the project), the row's first line, its name in messages. */
export interface RowPlace {
  file: string;
  line: number;
  /** e.g. `tests/cases.csv row 3` */
  row: string;
}

/** The case of one row; throws SUITE_INVALID at file:line for a missing column or a wrong assertion. */
export function caseFromRow(
  d: DatasetSpec,
  values: DatasetRow['values'],
  at: RowPlace,
  has: SuiteHas,
): CaseSpec {
  const place = { file: at.file, line: at.line };
  checkColumns(d, values, at);
  const assertCols = new Set([
    ...(d.assertColumn ? [d.assertColumn] : []),
    ...Object.keys(d.assertColumns ?? {}),
  ]);
  const vars = d.vars
    ? Object.fromEntries(Object.entries(d.vars).map(([v, col]) => [v, values[col]]))
    : Object.fromEntries(Object.entries(values).filter(([col]) => !assertCols.has(col)));
  return {
    vars,
    ...(d.name ? { name: String(values[d.name]) } : {}),
    ...(d.expected ? { expected: asText(values[d.expected]) } : {}),
    ...(d.sources && values[d.sources] !== undefined ? { sources: asList(values[d.sources]) } : {}),
    assert: [...d.assert, ...rowAssertions(d, values, place, has)],
    tags: d.tags && values[d.tags] !== undefined ? asList(values[d.tags]) : [],
  };
}

function checkColumns(d: DatasetSpec, row: Record<string, unknown>, at: RowPlace): void {
  const missing = [...Object.values(d.vars ?? {}), d.expected, d.name].filter(
    (col): col is string => Boolean(col) && !(col! in row),
  );
  if (!missing.length) return;
  throw new TandemError(
    'SUITE_INVALID',
    `${at.row} has no column ${missing.map((m) => `"${m}"`).join(', ')}`,
    {
      where: { file: at.file, line: at.line },
      hint: `columns: ${Object.keys(row).join(', ')}`,
    },
  );
}

type Place = { file: string; line: number };

// The row's own assertions, validated as one list whose paths name the columns they came from.
function rowAssertions(
  d: DatasetSpec,
  row: Record<string, unknown>,
  place: Place,
  has: SuiteHas,
): AssertionSpec[] {
  const listed = d.assertColumn ? assertionList(row[d.assertColumn], d.assertColumn, place) : [];
  // Where each assertion was written (asserts[1], must_say), for the paths of its errors.
  const written: FieldPath[] = listed.map((_, j) => [d.assertColumn!, j]);
  const short = Object.entries(d.assertColumns ?? {}).flatMap(([col, type]) => {
    if (isEmpty(row[col])) return [];
    written.push([col]);
    return [{ type, value: cellValue(type, row[col]) }];
  });
  if (!listed.length && !short.length) return [];
  const raw = { assert: [...listed, ...short] };
  const schema = rowAssertionsSchema(has);
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (parsed.success) return parsed.data.assert;
  const locate = (path: FieldPath) => {
    const origin = typeof path[1] === 'number' ? written[path[1]] : undefined;
    // A value column is the value itself: its errors point at the column.
    const at = origin ? (origin.length === 1 ? origin : [...origin, ...path.slice(2)]) : path;
    return { ...place, path: formatPath(at) };
  };
  throw suiteIssuesToError(parsed.error.issues, raw, locate, schema);
}

// A cell of assertColumn: a list of assertions, or JSON text of one (a CSV cell); one assertion is a list of one.
function assertionList(cell: unknown, column: string, place: Place): unknown[] {
  if (isEmpty(cell)) return [];
  let value = cell;
  if (typeof cell === 'string') {
    try {
      value = JSON.parse(cell);
    } catch (err) {
      throw new TandemError('SUITE_INVALID', `column "${column}" is not JSON: ${(err as Error).message}`, {
        where: { ...place, path: column },
        hint: 'Write a JSON list of assertions, e.g. [{"type": "icontains", "value": "refund"}]',
      });
    }
  }
  return Array.isArray(value) ? value : [value];
}

// A list type takes a list: a text cell is split on | like sources and tags.
function cellValue(type: string, cell: unknown): unknown {
  return /-(any|all)$/.test(type) && typeof cell === 'string' ? asList(cell) : cell;
}

const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && !v.trim());

const asText = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function asList(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  return String(v)
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}
