/**
 * @module Versions a document register lists: a register with a row per version of one document ("HR-08 · Loan and
 * Advance Policy · version 2 · Superseded" beside "HR-08 · version 3 · In force") says which version applies. A
 * document that gives that code and not the version in force (an older text that says "Policy: HR-08" and no
 * version) is superseded by the one document that gives the version in force. A register may name versions in
 * words ("Table of 1 April 2025" withdrawn, "2028 table" in force): a document whose line giving the code says a
 * withdrawn version's words, and not those of the one in force, is that withdrawn version.
 */
import { escapeRegExp, groupBy } from '../core/index.js';
import { type DocumentStatus, EDITION_FROM, EDITION_SAID } from './currency.js';
import { CODE, CODE_SAID, compareVersions, VERSION_SAID } from './currency-codes.js';
import { type LoadedDocument, openingOf } from './document.js';
import type { IndexedDocument } from './knowledge-index.js';
import { MONTH_PATTERN } from './normalise/index.js';

/** Where a register's row keeps the code, version and status it lists ("HR-08|2|superseded"). */
export const REGISTER_ROW = 'registerRow';

/** Where a register's row keeps a code, a version named in words and a status ("FIN-03|2028 table|current"). */
export const REGISTER_LABEL = 'registerLabel';

/** The code, version and status a register's row lists, as metadata to keep; none unless it lists all three. */
export function registerRow(
  doc: LoadedDocument,
  statuses: Array<DocumentStatus | undefined>,
): Record<string, string> {
  const text = doc.blocks.map((b) => b.text).join('\n');
  const code = text.match(CODE_FIELD)?.[1];
  const status = statuses.find((s) => s === 'current' || s === 'superseded');
  if (!code || !status) return {};
  const version = text.match(VERSION_FIELD)?.[1];
  if (version) return { [REGISTER_ROW]: `${code}|${version.replace(/^v/i, '')}|${status}` };
  const label = text.match(VERSION_LABEL)?.[1];
  return label ? { [REGISTER_LABEL]: `${code}|${plain(label)}|${status}` } : {};
}

const CODE_FIELD = new RegExp(
  `(?:^|\\n|·)[^\\S\\n]*(?:doc(?:ument)?[_ ]?(?:no|number|id|ref|code)|ref|reference|code)[^\\S\\n]*:[^\\S\\n]*(${CODE})(?![\\w-])`,
  'i',
);
// Its value may repeat the word ("version: Version 3"); a day of a month ("version: 1 April 2025", "01/04/2025",
// "1-Apr-2025") is a date.
const VERSION_FIELD = new RegExp(
  `(?:^|\\n|·)[^\\S\\n]*(?:version|revision|rev|issue|edition)[^\\S\\n]*:[^\\S\\n]*(?:(?:version|revision|rev|issue|edition)[^\\S\\n]+)?(v?\\d{1,3}(?:\\.\\d{1,3}){0,2})(?![\\w./-])(?![^\\S\\n]+(?:${MONTH_PATTERN})\\b)`,
  'i',
);

// A version named in words with a figure in them (a date or a year: "Table of 1 April 2025", "April 2028"), not a
// version number (VERSION_FIELD reads those).
const VERSION_LABEL =
  /(?:^|\n|·)[^\S\n]*(?:version|revision|issue|edition)[^\S\n]*:[^\S\n]*([^\n·|]*\d[^\n·|]*?)[^\S\n]*(?=\n|·|\||$)/i;

const plain = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The documents a register says are not the version in force, with what says so: for a code the register lists in
 * force at one version and superseded at another, each document giving that code at a lower version or at none, when
 * exactly one document gives the version in force (its source); when none does, each giving a version listed as
 * withdrawn (the register's row). A code listed withdrawn at every version withdraws every document giving it.
 */
export function registerVersions(
  docs: IndexedDocument[],
  applies: (doc: IndexedDocument) => boolean,
  saysOwnStatus: (doc: IndexedDocument) => boolean,
): Map<string, string> {
  const rows = docs.flatMap((d) => {
    const row = d.metadata[REGISTER_ROW];
    if (typeof row !== 'string') return [];
    const [code, version, status] = row.split('|') as [string, string, string];
    return [{ code, version, status, source: d.source }];
  });
  const older = new Map<string, string>();
  for (const [code, listed] of groupBy(rows, (r) => r.code)) {
    if (listed.every((r) => r.status === 'superseded')) {
      withdrawnWith(code, listed[0]!.source, docs, applies, saysOwnStatus, older);
      continue;
    }
    const inForce = [...new Set(listed.filter((r) => r.status === 'current').map((r) => r.version))];
    const withdrawn = listed.filter((r) => r.status === 'superseded');
    if (inForce.length !== 1 || !withdrawn.length) continue;
    const giving = docs.filter((d) => d.metadata[CODE_SAID] === code && applies(d));
    for (const [id, from] of olderThan(inForce[0]!, withdrawn, giving, saysOwnStatus)) older.set(id, from);
  }
  return older;
}

type RegisterRow = { version: string; source: string };

// Of the documents giving a code, those older than the version in force, with what says so: the one document at that
// version, for any lower version or none; where no document gives it ("RH-09 · version 3 · En vigueur" names a page
// that does not say it), the register's row, for a document at a version it lists as withdrawn ("RH-09 · version
// 2.1 · Remplacée").
function olderThan(
  inForce: string,
  withdrawn: RegisterRow[],
  giving: IndexedDocument[],
  saysOwnStatus: (doc: IndexedDocument) => boolean,
): Array<[string, string]> {
  const current = giving.filter((d) => sameVersion(d, inForce));
  const open = giving.filter((d) => !saysOwnStatus(d));
  if (current.length === 1)
    return open.filter((d) => d !== current[0] && isLower(d, inForce)).map((d) => [d.id, current[0]!.source]);
  if (current.length) return [];
  return open.flatMap((d) => {
    const row = withdrawn.find((r) => sameVersion(d, r.version));
    return row ? [[d.id, row.source] as [string, string]] : [];
  });
}

// Every version the register lists of a code withdrawn ("PQ-KAR-02 · version 2 · Abrogé"): a document that gives
// that code is withdrawn with it, told so by the register's row.
function withdrawnWith(
  code: string,
  rowSource: string,
  docs: IndexedDocument[],
  applies: (doc: IndexedDocument) => boolean,
  saysOwnStatus: (doc: IndexedDocument) => boolean,
  older: Map<string, string>,
): void {
  for (const d of docs)
    if (d.metadata[CODE_SAID] === code && applies(d) && !saysOwnStatus(d)) older.set(d.id, rowSource);
}

const versionOf = (d: IndexedDocument) =>
  typeof d.metadata[VERSION_SAID] === 'string' ? (d.metadata[VERSION_SAID] as string) : undefined;
const sameVersion = (d: IndexedDocument, version: string) =>
  versionOf(d) !== undefined && compareVersions(versionOf(d)!, version) === 0;
// No version at all is lower: the register lists the one in force, and this document does not give it.
const isLower = (d: IndexedDocument, version: string) =>
  versionOf(d) === undefined || compareVersions(versionOf(d)!, version) < 0;

/**
 * Where a document keeps the line among its first that gives its document code, after that code
 * (["FIN-03", "finance · fin-03 · table of 1 april 2025"]).
 */
export const CODE_LINE = 'codeLine';

/** The one line among a document's first that gives a document code set off by a middle dot or a bar, as metadata. */
export function codeLine(doc: LoadedDocument): Record<string, string[]> {
  const lines = openingOf(doc, LINE_OPENING).split('\n').slice(0, LINE_COUNT);
  const found = lines.map((l) => l.match(CODED_LINE)).filter((m) => m !== null);
  return found.length === 1 ? { [CODE_LINE]: [found[0]![1]!, plain(found[0]!.input!)] } : {};
}

const LINE_OPENING = 400;
const LINE_COUNT = 6;
// "Finance · FIN-03 · table of 1 April 2025": the code between separators, not a code a sentence mentions.
const CODED_LINE = new RegExp(`(?:^|[·|]\\s*)(${CODE})\\s*[·|]`);

/**
 * The documents a register's versions named in words say are withdrawn, with the id of the register's row in
 * force: for a code listed in force under one label and withdrawn under another, each document whose code line
 * gives the code and a withdrawn label but not the label in force.
 */
export function registerLabels(
  docs: IndexedDocument[],
  applies: (doc: IndexedDocument) => boolean,
  saysOwnStatus: (doc: IndexedDocument) => boolean,
): Map<string, string> {
  const rows = docs.flatMap((d) => {
    const row = d.metadata[REGISTER_LABEL];
    if (typeof row !== 'string') return [];
    const [code, label, status] = row.split('|') as [string, string, string];
    return [{ code: code.toLowerCase(), label, status, id: d.id }];
  });
  const older = new Map<string, string>();
  const inForceAtVersion = codesInForce(docs);
  for (const [code, listed] of groupBy(rows, (r) => r.code)) {
    // Listed withdrawn under every label it has ("HR-07 · July 2029 · Withdrawn", replaced by another code) and at
    // no version in force: each document giving that code is withdrawn with it, told so by the register's row.
    if (listed.every((r) => r.status === 'superseded')) {
      if (!inForceAtVersion.has(code)) withdrawnByLabel(code, listed, docs, applies, saysOwnStatus, older);
      continue;
    }
    const inForce = listed.filter((r) => r.status === 'current');
    const withdrawn = listed.filter((r) => r.status === 'superseded' && r.label !== inForce[0]?.label);
    if (inForce.length !== 1 || !withdrawn.length) continue;
    for (const d of docs) {
      const [own, line] = codeLineOf(d);
      if (!line || own!.toLowerCase() !== code || !applies(d) || saysOwnStatus(d) || REPLACING.test(line))
        continue;
      if (!saysWords(line, inForce[0]!.label) && withdrawn.some((r) => saysWords(line, r.label)))
        older.set(d.id, inForce[0]!.id);
    }
  }
  return older;
}

// A line that says what it replaces names the withdrawn version as its past ("… · replaces the table of 1 April
// 2025"), not as its own.
const REPLACING =
  /\b(?:replac|supersed|updat|amend|revis|withdr|cancel|succeed|previous|instead of|formerly|was\b)/i;

// Each document giving a code the register lists withdrawn under every label, told so by its row; not an edition of
// a later year than every label withdrawn ("HR-07 · July 2029 · Withdrawn" leaves the HR-07 of 2031).
function withdrawnByLabel(
  code: string,
  listed: Array<{ label: string; id: string }>,
  docs: IndexedDocument[],
  applies: (doc: IndexedDocument) => boolean,
  saysOwnStatus: (doc: IndexedDocument) => boolean,
  older: Map<string, string>,
): void {
  const years = listed.map((r) => Number(r.label.match(/\b(?:19|20)\d\d\b/)?.[0] ?? Number.NaN));
  const latest = years.some(Number.isNaN) ? Number.POSITIVE_INFINITY : Math.max(...years);
  for (const d of docs)
    if (ownCode(d) === code && applies(d) && !saysOwnStatus(d) && !(editionYear(d) > latest))
      older.set(d.id, listed[0]!.id);
}

/** The year a document says its edition is of or takes effect in; NaN when it says none. */
export function editionYear(d: IndexedDocument): number {
  const from = d.metadata[EDITION_FROM];
  const said = d.metadata[EDITION_SAID];
  return typeof from === 'string' ? Number(from.slice(0, 4)) : typeof said === 'number' ? said : Number.NaN;
}

// The codes a register's rows list in force at a version ("SAF-05|3|current"), lower case.
const codesInForce = (docs: IndexedDocument[]) =>
  new Set(
    docs.flatMap((d) => {
      const row = d.metadata[REGISTER_ROW];
      if (typeof row !== 'string') return [];
      const [code, , status] = row.split('|');
      return status === 'current' ? [code!.toLowerCase()] : [];
    }),
  );

/** Whether a register's row lists `code` in force, at a version or under a label ("HR-06|2031|current"). */
export const listsCodeInForce = (docs: IndexedDocument[], code: string) =>
  docs.some((d) =>
    [d.metadata[REGISTER_LABEL], d.metadata[REGISTER_ROW]].some(
      (row) =>
        typeof row === 'string' &&
        row.toLowerCase().startsWith(`${code.toLowerCase()}|`) &&
        row.endsWith('|current'),
    ),
  );

/** Whether a document is a register's row that lists a code with a version or a label. */
export const isRegisterRow = (d: IndexedDocument) =>
  REGISTER_LABEL in d.metadata || REGISTER_ROW in d.metadata;

const ownCode = (d: IndexedDocument) =>
  typeof d.metadata[CODE_SAID] === 'string' ? (d.metadata[CODE_SAID] as string).toLowerCase() : undefined;

const codeLineOf = (d: IndexedDocument): string[] => {
  const said = d.metadata[CODE_LINE];
  return Array.isArray(said) && said.length === 2 ? said.map(String) : [];
};

// The words as a whole in the line ("fin-03" not in "fin-031", "2025" not in "20250").
const saysWords = (line: string, words: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(words)}(?![\\p{L}\\p{N}-])`, 'u').test(line);
