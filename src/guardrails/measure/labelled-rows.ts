/**
 * @module Reading a JSONL file of labelled rows: the text to check, and what a person said about it (a row-level
 * `label`, or the PII values it holds). A bad row is reported by line and skipped, never fatal, so one typo
 * in a thousand rows does not hide the other 999.
 */
import { PII_KINDS, type PiiKind } from '../checks/pii/index.js';

export const ROW_LABELS = ['injection', 'benign'] as const;
export type RowLabel = (typeof ROW_LABELS)[number];

/** A labelled PII value, located in the row's text. */
export interface GoldSpan {
  kind: PiiKind;
  value: string;
  start: number;
  end: number;
}

/** One usable row of a labelled file. */
export interface LabelledRow {
  /** The row's `id`, or `line N` when it has none. */
  id: string;
  /** 1-based line in the file. */
  line: number;
  text: string;
  label?: RowLabel;
  pii?: GoldSpan[];
  /** Where the text comes from (`user`, `retrieved`…), its language and category, when the row says. */
  on?: string;
  lang?: string;
  category?: string;
}

/** A row that was skipped, and why. */
export interface RowProblem {
  line: number;
  message: string;
}

/**
 * The rows of a JSONL file's `content` worth checking, the lines that were not, and the fields the rows have
 * (in order of first use), so a file without the text field can say which fields it does have.
 */
export function parseLabelledRows(
  content: string,
  opts: { field?: string } = {},
): { rows: LabelledRow[]; problems: RowProblem[]; fields: string[] } {
  const rows: LabelledRow[] = [];
  const problems: RowProblem[] = [];
  const fields = new Set<string>();
  // Editors on Windows save UTF-8 with a byte order mark, which JSON.parse refuses.
  content
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((raw, i) => {
      if (!raw.trim()) return;
      const parsed = parseRow(raw, i + 1, opts.field ?? 'text', fields);
      if (typeof parsed === 'string') problems.push({ line: i + 1, message: parsed });
      else rows.push(parsed);
    });
  return { rows, problems, fields: [...fields] };
}

// A row, or what is wrong with it; the fields of a JSON object go into `fields`.
function parseRow(raw: string, line: number, field: string, fields: Set<string>): LabelledRow | string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return `invalid JSON: ${(err as Error).message}`;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const o = value as Record<string, unknown>;
  for (const key of Object.keys(o)) fields.add(key);
  const text = o[field];
  if (text === undefined) return `no "${field}" field`;
  if (typeof text !== 'string') return `"${field}" is not a string`;
  const label = o.label;
  if (label !== undefined && !ROW_LABELS.includes(label as RowLabel))
    return `label ${JSON.stringify(label)} is not allowed: use ${ROW_LABELS.join(' or ')}`;
  const pii = o.pii === undefined ? undefined : goldSpans(o.pii, text);
  if (typeof pii === 'string') return pii;
  return {
    id: typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : `line ${line}`,
    line,
    text,
    ...(label !== undefined ? { label: label as RowLabel } : {}),
    ...(pii ? { pii } : {}),
    ...optionalStrings(o, ['on', 'lang', 'category']),
  };
}

// The labelled values with their place in the text; a value labelled twice is the next occurrence.
function goldSpans(pii: unknown, text: string): GoldSpan[] | string {
  if (!Array.isArray(pii)) return 'pii must be a list of { type, value }';
  const spans: GoldSpan[] = [];
  for (const [i, p] of pii.entries()) {
    const { type, value } = (p ?? {}) as { type?: unknown; value?: unknown };
    if (!PII_KINDS.includes(type as PiiKind))
      return `pii[${i}].type ${JSON.stringify(type)} is not a PII kind: use ${PII_KINDS.join(', ')}`;
    if (typeof value !== 'string' || !value) return `pii[${i}].value must be a non-empty string`;
    const after = spans.filter((s) => s.value === value).at(-1)?.end ?? 0;
    const start = text.indexOf(value, after);
    if (start < 0) return `pii[${i}].value ${JSON.stringify(value)} is not in the text`;
    spans.push({ kind: type as PiiKind, value, start, end: start + value.length });
  }
  return spans;
}

function optionalStrings(o: Record<string, unknown>, keys: Array<'on' | 'lang' | 'category'>) {
  const out: Partial<Record<'on' | 'lang' | 'category', string>> = {};
  for (const k of keys) if (typeof o[k] === 'string') out[k] = o[k];
  return out;
}
