/**
 * @module Table rows that cannot answer. A question that names values from two columns ("the first aider on
 * the late shift at Bellshill") needs one row that holds both; rows that each hold one of them (Bellshill's
 * early shift, Northampton's late shift) answer a question nobody asked.
 */
import { escapeRegExp, groupBy, tokenize } from '../../core/index.js';
import { withEquivalents } from '../normalise/index.js';

/** One table row as the loaders write it: its table (source and headers) and its cells' words by header. */
export interface TableRow {
  table: string;
  cells: Map<string, Set<string>>;
}

interface Sourced {
  text: string;
  source?: string;
}

// A cell as the loaders write it: a short header, a colon, a value.
const CELL = /^([^:·\n]{1,40}):\s+(.+)$/;

/** The table rows in a passage: "Caption · Header: value · …" lines, or a record of "header: value" lines. */
export function rowsIn(passage: Sourced): TableRow[] {
  const lines = passage.text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const record = lines.length >= 3 && lines.every((l) => CELL.test(l));
  if (record) return [toRow(passage.source, lines)];
  return lines
    .map((l) => l.split(' · '))
    .filter((parts) => parts.length >= 3)
    .map((parts) =>
      toRow(
        passage.source,
        parts.filter((p) => CELL.test(p)),
        parts[0],
      ),
    )
    .filter((r) => r.cells.size >= 2);
}

function toRow(source: string | undefined, cells: string[], caption?: string): TableRow {
  const byHeader = new Map<string, Set<string>>();
  for (const cell of cells) {
    const [, header, value] = cell.match(CELL)!;
    // A date's other forms are its cell's words too: "2027-08-20" is in August, on a Friday.
    byHeader.set(header!.trim().toLowerCase(), new Set(tokenize(withEquivalents(value!))));
  }
  // One table per file and caption: rows drop their empty cells, so their headers may differ.
  const named = caption && !CELL.test(caption) ? caption : '';
  return { table: `${source ?? ''}#${named}`, cells: byHeader };
}

/**
 * The terms that pick rows of a retrieved table ("late" in its shift column, "Bellshill" in its site column)
 * when no retrieved row of that table is picked by every such column; undefined when one is. A row is picked
 * by a column when it holds one of the terms that pick by it: "late and early shifts at Bellshill" asks for
 * two rows, either of which will do. The terms must pick by two columns or more.
 */
export function rowsMissing(
  terms: string[],
  rows: TableRow[],
  opts: { captionPicksNothing?: boolean } = {},
): string[] | undefined {
  const tables = groupBy(rows, (row) => row.table);
  for (const group of tables.values()) {
    const byColumn = new Map<string, string[]>();
    // A word that names a column asks for that column ("the mileage rate" of a table with a "rate" column),
    // whatever some of its cells say ("1.5 × base rate"): it picks no row.
    const headers = new Set(group.flatMap((r) => [...r.cells.keys()].flatMap((h) => tokenize(h))));
    if (opts.captionPicksNothing) for (const w of tableNameWords(group[0]!.table)) headers.add(w);
    for (const t of terms.filter((t) => !headers.has(t))) {
      const column = pickingColumn(t, group);
      if (column) byColumn.set(column, [...(byColumn.get(column) ?? []), t]);
    }
    if (byColumn.size < 2) continue;
    const picked = (r: TableRow) => [...byColumn.values()].every((ts) => ts.some((t) => rowSays(r, t)));
    if (!group.some(picked)) return [...byColumn.values()].flat();
  }
  return undefined;
}

/**
 * The terms that pick rows of a retrieved table the question names by its caption or file name ("the dental
 * hours at Pocatello" of "Patient hours by clinic and service") when no retrieved row holds them all: the
 * passage that covers the question best may be another table's row that shares its words ("dental_van" in a
 * holidays file). The words that name the table name no row of it. A passage of prose that holds them all
 * (`prose`: each one's words, read only when needed) may say what the rows do not.
 */
export function namedTableMissing(
  terms: string[],
  rows: TableRow[],
  prose: () => Set<string>[],
): string[] | undefined {
  const named = rows.filter((r) => tableNameWords(r.table).some((w) => terms.includes(w)));
  const picks = rowsMissing(terms, named, { captionPicksNothing: true });
  if (!picks) return undefined;
  // Said in a longer form counts: this only keeps an answer from being declined.
  const said = (words: Set<string>) => picks.every((t) => [...words].some((w) => sameStart(w, t)));
  const rowWords = (r: TableRow) => new Set([...r.cells.values()].flatMap((v) => [...v]));
  return rows.some((r) => said(rowWords(r))) || prose().some(said) ? undefined : picks;
}

/** The text of a passage outside its table rows: its prose, and a note under a table. */
export function proseOf(passage: Sourced): string {
  const record = rowsIn(passage).length === 1 && !passage.text.includes(' · ');
  if (record) return '';
  return passage.text
    .split('\n')
    .filter((l) => l.split(' · ').filter((p) => CELL.test(p.trim())).length < 2)
    .join('\n');
}

// Two words of one root as far as a lenient reading goes: equal, or one the other cut short, of five letters or more
// ("dental" and "dentalcare"; not "Southport" and "Southampton").
const sameStart = (a: string, b: string) => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short === long || (short.length >= MIN_CUT && long.startsWith(short));
};
const MIN_CUT = 5;

// A table's caption, or its file's name when it has none ("holidays-2027.csv").
function tableNameWords(table: string): string[] {
  const [source = '', caption = ''] = table.split('#');
  const file = source.replace(/^.*\//, '').replace(/\.\w+$/, '');
  return tokenize(caption || file.replace(/[-_]/g, ' '));
}

// The column that holds a term in some rows and not in others: the term picks rows by it. A cell of prose (a
// "Notes" cell of a dozen words) names no row: a word in it picks nothing.
function pickingColumn(term: string, rows: TableRow[]): string | undefined {
  const columns = new Set(
    rows.flatMap((r) => [...r.cells].filter(([, v]) => v.has(term) && v.size <= PROSE_CELL).map(([h]) => h)),
  );
  return [...columns].find((h) => rows.some((r) => r.cells.has(h) && !r.cells.get(h)!.has(term)));
}

const PROSE_CELL = 8;

const rowHas = (row: TableRow, term: string) => [...row.cells.values()].some((v) => v.has(term));

// A row says a term when it holds the term or, in a cell that names (not a cell of prose), a word derived from
// the same root: the "Blast chilling" row is the blast chiller's ("chiller" and "chill" as stems), though only the
// other rows' notes say "chiller". A root is a word of five letters or more ("care" is no root of "career", "part"
// none of "party"), never a number.
const rowSays = (row: TableRow, term: string) =>
  rowHas(row, term) ||
  [...row.cells.values()].some((v) => v.size <= PROSE_CELL && [...v].some((w) => sameRoot(w, term)));

function sameRoot(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return (
    short.length >= MIN_ROOT &&
    !/\d/.test(long) &&
    long.length - short.length <= MAX_SUFFIX &&
    long.startsWith(short)
  );
}

const MIN_ROOT = 5;
const MAX_SUFFIX = 3;

/**
 * The terms that ask for a column a retrieved table does not have: two headers of one pattern that differ in
 * two places ("Weekday night standby", "Weekend day standby"), the question taking its word for one place from
 * one header and for the other from the other ("a weekend night standby"), and no header holding them all.
 * Words of one place from both headers ("weekday and weekend") ask for two columns, which is no miss.
 */
export function columnMissing(terms: string[], rows: TableRow[]): string[] | undefined {
  const headers = [...new Set(rows.flatMap((r) => [...r.cells.keys()]))].map((h) => tokenize(h));
  for (const [i, a] of headers.entries())
    for (const b of headers.slice(i + 1)) {
      if (!crossed(a, b, terms)) continue;
      const wanted = [...new Set([...a, ...b].filter((t) => terms.includes(t)))];
      if (!headers.some((h) => wanted.every((t) => h.includes(t)))) return wanted;
    }
  return undefined;
}

function crossed(a: string[], b: string[], terms: string[]): boolean {
  if (a.length !== b.length) return false;
  // Both headers asked for whole ("the weekday night and weekend day standby") is two columns, not a cross.
  if (a.every((w) => terms.includes(w)) || b.every((w) => terms.includes(w))) return false;
  const differ = a.flatMap((w, k) => (w !== b[k] ? [k] : []));
  if (differ.length < 2 || differ.length === a.length) return false;
  const fromA = differ.filter((k) => terms.includes(a[k]!));
  const fromB = differ.filter((k) => terms.includes(b[k]!));
  return fromA.some((k) => fromB.some((l) => l !== k));
}

/**
 * The word of a question that names a row no retrieved passage holds, by the noun the table names its rows
 * with: "the departure clean time for a family room", where the first column is "Room type" and no passage
 * says "family". Only the word right before that noun counts ("family" in "family room"), and only when
 * `absent` says no passage holds it.
 */
export function rowNotHeld(
  question: string,
  rows: TableRow[],
  absent: (term: string) => boolean,
): string | undefined {
  const firstHeaders = rows.map((r) => r.cells.keys().next().value).filter((h) => h !== undefined);
  const rowNouns = new Set(firstHeaders.flatMap((h) => tokenize(h)));
  // Word by word, stop words kept in place: "the range for my band" has no word right before "band". A word
  // joined by hyphens is its last part after a name ("the Rathcormac agri-store" names a store).
  const words = (question.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).map((w) => tokenize(w));
  const first = words.map((w) => w[0] ?? '');
  const last = words.map((w) => w.at(-1) ?? '');
  return first.find(
    (w, i) =>
      w &&
      rowNouns.has(last[i + 1] ?? '') &&
      !rowNouns.has(w) &&
      !OPENS_CLAUSE.has(w) &&
      !RELATES.has(w) &&
      absent(w),
  );
}

// Words that say how a thing stands to the row's thing rather than name one ("per tonne above task", "below
// grade 3").
const RELATES = new Set(
  'above below beyond over under past within without across around near beside besides except plus minus'
    .split(' ')
    .map((w) => tokenize(w)[0] ?? w),
);

// Words that open a clause rather than name a row ("Once Level 2 is declared…", "When level 3 is reached…").
const OPENS_CLAUSE = new Set(
  [
    'once',
    'when',
    'whenever',
    'if',
    'after',
    'before',
    'since',
    'until',
    'while',
    'as',
    'because',
    'unless',
    'then',
    'so',
    'but',
    'and',
    'or',
  ].map((w) => tokenize(w)[0] ?? w),
);

/**
 * The number a question gives a table's numbered columns that none of them has: headers "5 days a week",
 * "4 days a week" and "3 days a week", and a question about "2 days a week". Only headers: every retrieved row
 * carries all of its table's columns, while a row the retrieval missed may hold a number the others lack.
 */
export function numberedColumnMissing(question: string, rows: TableRow[]): string | undefined {
  const series = new Map<string, { before: string; after: string; numbers: Set<string> }>();
  for (const header of new Set(rows.flatMap((r) => [...r.cells.keys()]))) {
    const m = header.match(NUMBERED_HEADER);
    if (!m || !`${m[1]}${m[3]}`.trim()) continue;
    const [, before = '', number = '', after = ''] = m;
    const key = `${before}#${after}`;
    const s = series.get(key) ?? { before, after, numbers: new Set<string>() };
    s.numbers.add(number);
    series.set(key, s);
  }
  for (const { before, after, numbers } of series.values()) {
    if (numbers.size < 2) continue;
    const asked = [...question.toLowerCase().matchAll(seriesPattern(before, after))].map((m) => m[1]!);
    if (asked.length && !asked.some((n) => numbers.has(n))) return `${before}${asked[0]}${after}`.trim();
  }
  return undefined;
}

// A header made of words around one whole number: "5 days a week", "year 2", "band 3 rate".
const NUMBERED_HEADER = /^([\p{L}\s]*?)(\d+)([\p{L}\s]*)$/u;

const seriesPattern = (before: string, after: string) => {
  const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).map(escapeRegExp).join('\\s+');
  const pre = before.trim() ? `${words(before)}\\s*` : '';
  const post = after.trim() ? `\\s*${words(after)}` : '';
  return new RegExp(`(?<![\\p{L}\\p{N}])${pre}(\\d+)${post}(?![\\p{L}\\p{N}])`, 'gu');
};
