/**
 * @module Copies of one file: a name with a year or a version beside the same name without one, yearly copies
 * of one name, and the file-name helpers the judgement across documents reads names with. The latest copy that
 * applies replaces the rest (see `olderCopies`).
 */
import { groupBy } from '../core/index.js';
import {
  applies,
  OPENING_WORDS,
  topicWords,
  YEAR,
  YEARS,
  yearBegins,
  yearSpanIn,
} from './currency-editions.js';
import { DATA_FILE } from './currency-stored.js';
import { isoDay } from './in-force-until.js';
import type { IndexedDocument } from './knowledge-index.js';

/** A source without its record's "#…" part. */
export const pathOf = (source: string) => source.replace(/#.*$/, '');
/** A source's folder, with its last "/". */
export const folderOf = (source: string) => pathOf(source).replace(/[^/]*$/, '');
/** A source's file name, lower case. */
export const fileName = (source: string) => pathOf(source).split('/').at(-1)!.toLowerCase();
/** What sets a title's parts apart ("JADE HARBOUR — CLAIMS AND ALLOWANCES", "Policy: Leave", "A | B", "A - B"). */
export const TITLE_SEPARATOR = /\s?:\s|\s[—–|]\s|\s-\s/;
/** A file name without its extension. */
export const stem = (name: string) => name.replace(/\.[a-z0-9]+$/i, '');
const extensionOf = (name: string) => name.slice(stem(name).length);

// A version that ends a file's name ("-v3", "_version2", "-rev-4"): an older copy of the file without one.
const VERSION_SUFFIX = '(?<![\\p{L}\\d])(?:v|version|rev)[-_ ]?(\\d{1,2}(?:\\.\\d{1,2})?)$';
const VERSIONED = new RegExp(VERSION_SUFFIX, 'iu');
const VERSION_AT_END = new RegExp(`[-_ ]*${VERSION_SUFFIX}`, 'iu');
// Whether a file's name carries a year or a version.
const dated = (name: string) => YEAR.test(name) || VERSIONED.test(name);

// A file with a year in its name is an older copy of the same file without one: the same name and kind of
// file in the same folder, and the same title when both have one ("bank-holidays.md", an explainer, is no newer
// copy of "bank-holidays-2026.md", a calendar, when their titles differ). The copy without a year must apply
// itself. Copies that all carry a year are judged by `earlierYears`.
/** The older copies among documents, each with the source of the copy that replaces it. */
export function olderCopies(docs: IndexedDocument[], now: Date): Map<string, string> {
  const bySource = groupBy(docs, (d) => d.source);
  const older = new Map<string, string>();
  for (const sources of copiesOfOneName(bySource.keys())) {
    if (sources.length < 2) continue;
    const undated = sources.filter((s) => !dated(stem(fileName(s))));
    // Versions decide only between copies of no year: "handbook-2026-v1" is after "handbook-2025-v3".
    const versionsOnly = sources.every((s) => versionOf(s) !== undefined && !YEAR.test(stem(fileName(s))));
    const judged = versionsOnly
      ? lowerVersions(sources, bySource)
      : undated.length
        ? olderThanUndated(sources, undated, bySource)
        : earlierYears(sources, bySource, now);
    for (const [id, by] of judged) older.set(id, by);
  }
  return older;
}

// The version that ends a file's name ("crew-rotation-v2.1.md" is [2, 1]: v1.10 is after v1.9), if it has one.
function versionOf(source: string): [number, number] | undefined {
  const version = stem(fileName(source)).match(VERSIONED)?.[1];
  if (version === undefined) return undefined;
  const [major, minor = '0'] = version.split('.');
  return [Number(major), Number(minor)];
}

const compareVersions = (a: [number, number], b: [number, number]) => a[0] - b[0] || a[1] - b[1];

// Copies of one name that each end with a version ("…-v2.1.md", "…-v3.md") and carry one title: the highest
// version replaces the rest, when it applies.
function lowerVersions(sources: string[], bySource: Map<string, IndexedDocument[]>): Map<string, string> {
  const highest = sources.map((s) => versionOf(s)!).reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));
  const newest = sources.filter((s) => compareVersions(versionOf(s)!, highest) === 0);
  const lower = new Map<string, string>();
  const newer = newest.length === 1 ? bySource.get(newest[0]!)! : [];
  if (!newer.length || !newer.every(applies)) return lower;
  for (const s of sources.filter((s) => compareVersions(versionOf(s)!, highest) < 0))
    for (const d of bySource.get(s)!) if (sameTitle(d, newer[0]!)) lower.set(d.id, newest[0]!);
  return lower;
}

/** A source's folder, its name without its year or version, and its kind of file: what copies of one name share. */
export function nameKeyOf(source: string): string {
  const name = fileName(source);
  return `${folderOf(source)}${withoutYear(stem(name).replace(VERSION_AT_END, ''))}${extensionOf(name)}`;
}

// Sources grouped by their folder, their name without its year or version, and their kind of file.
function copiesOfOneName(sources: Iterable<string>): string[][] {
  return [...groupBy(sources, nameKeyOf).values()];
}

// The copies with a year of a name that one copy without a year carries, when that copy applies.
function olderThanUndated(
  sources: string[],
  undated: string[],
  bySource: Map<string, IndexedDocument[]>,
): Map<string, string> {
  const older = new Map<string, string>();
  if (undated.length !== 1 || !bySource.get(undated[0]!)!.every(applies)) return older;
  const newer = bySource.get(undated[0]!)![0]!;
  for (const s of sources.filter((s) => s !== undated[0]))
    for (const d of bySource.get(s)!)
      if (sameTitle(d, newer) || laterEdition(d, newer)) older.set(d.id, newer.source);
  return older;
}

// Copies of one name, each with its year, are a series when they say nothing more ("holiday-calendar-2026.csv",
// "-2027.csv": each calendar is for its year) or when their titles carry their years too ("Holiday calendar 2026"
// and "Holiday calendar 2027"); copies that carry one title without a year ("Group Benefits Summary" in
// "benefits-summary-2026.md" and "-2027.md") are editions of one document, and the latest year's replaces the rest.
// In a series, the latest year that has come (by `now`) replaces the years before it: "rents-2026-27.csv" replaces
// "rents-2025-26.csv" once 2026 has come, and a 2027 calendar replaces nothing in 2026.
function earlierYears(
  sources: string[],
  bySource: Map<string, IndexedDocument[]>,
  now: Date,
): Map<string, string> {
  // A span's first year ("rents-2025-26"), or a name's latest.
  const yearIn = (s: string) =>
    yearSpanIn(stem(fileName(s)))?.first ??
    (stem(fileName(s)).match(YEARS) ?? []).reduce(
      (most, y) => Math.max(most, Number(y)),
      Number.NEGATIVE_INFINITY,
    );
  // A data file's years are its rows' (a term's dates, a rent): the latest that has come applies.
  if (sources.every((s) => DATA_FILE.test(s))) return pastYears(sources, bySource, yearIn, now);
  const latest = sources.reduce((most, s) => Math.max(most, yearIn(s)), Number.NEGATIVE_INFINITY);
  const newest = sources.filter((s) => yearIn(s) === latest);
  const newer = newest.length === 1 ? bySource.get(newest[0]!)! : [];
  const oneTitle = (d: IndexedDocument) => Boolean(d.title) && !YEAR.test(d.title!);
  if (!Number.isFinite(latest) || !newer.length || !newer.every((d) => applies(d) && oneTitle(d)))
    return pastYears(sources, bySource, yearIn, now);
  const earlier = new Map<string, string>();
  for (const s of sources.filter((s) => yearIn(s) < latest))
    for (const d of bySource.get(s)!)
      if (oneTitle(d) && sameTitle(d, newer[0]!)) earlier.set(d.id, newest[0]!);
  return earlier;
}

// A series' years before the latest one that has come, replaced by that one's copy when it applies. Only a data
// file's (a rate table, a calendar, a price list) or a page's whose title names its file's year ("Benefits 2032"
// in "benefits-2032.html": a plan year's benefits): a yearly report, a newsletter or a dated note stays true of its
// year, and is no older copy of the next.
function pastYears(
  sources: string[],
  bySource: Map<string, IndexedDocument[]>,
  yearIn: (source: string) => number,
  now: Date,
): Map<string, string> {
  const past = new Map<string, string>();
  const yearly = (s: string) =>
    DATA_FILE.test(s) || bySource.get(s)!.every((d) => titledForYear(d, yearIn(s)));
  if (!sources.every(yearly)) return past;
  const today = isoDay(now);
  const come = sources.filter(
    (s) => Number.isFinite(yearIn(s)) && yearBegins(fileName(s), yearIn(s)) <= today,
  );
  const latest = come.reduce((most, s) => Math.max(most, yearIn(s)), Number.NEGATIVE_INFINITY);
  const current = come.filter((s) => yearIn(s) === latest);
  if (current.length !== 1 || !bySource.get(current[0]!)!.every(applies)) return past;
  for (const s of sources.filter((s) => yearIn(s) < latest))
    for (const d of bySource.get(s)!) past.set(d.id, current[0]!);
  return past;
}

// A document whose title names the year its file's name does, and is no record of that year (a report, minutes,
// an annual review, its awards) nor a dated note (a circular, a memo, a notice): by the part of its title that names
// the year (not a site's name beside it: "Pay dates 2032 | Staff Notices", "Quillnet · Benefits 2032"), its file's
// name, or its folder's when the name is the year alone ("annual-report/2032.html"; not "notices/pay-dates-2032").
function titledForYear(doc: IndexedDocument, year: number): boolean {
  const part = (doc.title ?? '')
    .split(/\s+[|·]\s+/)
    .find((p) => (p.match(YEARS) ?? []).map(Number).includes(year));
  if (!part) return false;
  const name = withoutYear(stem(fileName(doc.source)));
  const folder = folderOf(doc.source).split('/').at(-2) ?? '';
  return !RECORD_OF_YEAR.test(`${part} ${(name || folder).replace(/[-_.]+/g, ' ')}`);
}

const RECORD_OF_YEAR =
  /\b(?:reports?|newsletters?|minutes|bulletins?|accounts|results|surveys?|statements?|digest|magazine|recap|retrospective|year in review|review of the year|annual review|pay gap|awards?|circulars?|memos?|memoranda|notices?|letters?|announcements?)\b/i;

const SEPARATED_YEAR = new RegExp(`[-_ .]*(?:${YEAR.source}|${VERSION_SUFFIX})[-_ .]*`, 'u');

// A file's name without its year, a policy year's span or its version suffix.
function withoutYear(name: string): string {
  const span = yearSpanIn(name);
  const named = span
    ? `${name.slice(0, span.at)}-${name.slice(span.at + span.length)}`
    : name.replace(SEPARATED_YEAR, '-');
  return named.replace(/[-_ .]{2,}/g, '-').replace(/^[-_ .]+|[-_ .]+$/g, '');
}

// The copy without a year names a later one in its title, under the same opening words: "Group Health Insurance
// (GHI) and other covers – policy year 2026-27" beside "group-health-insurance-2025-26.md", titled "Group Health
// Insurance (Mediclaim)". An explainer without a year ("Bank holidays explained") names none.
function laterEdition(older: IndexedDocument, newer: IndexedDocument): boolean {
  const yearsIn = (text: string) => (text.match(YEARS) ?? []).map(Number);
  const newest = Math.max(...yearsIn(newer.title ?? ''));
  const oldest = Math.max(...yearsIn(`${fileName(older.source)} ${older.title ?? ''}`));
  const opening = (t: string | undefined) =>
    topicWords(t ?? '')
      .slice(0, OPENING_WORDS)
      .join(' ');
  // Math.max of no years is -Infinity: both must name a year.
  return (
    Number.isFinite(newest) &&
    Number.isFinite(oldest) &&
    newest > oldest &&
    opening(older.title).split(' ').length === OPENING_WORDS &&
    opening(older.title) === opening(newer.title)
  );
}

// Titles that agree once years are set aside; a document without a title agrees with any.
function sameTitle(a: IndexedDocument, b: IndexedDocument): boolean {
  if (!a.title || !b.title) return true;
  const words = (t: string) => topicWords(t.replace(YEARS, ' ')).join(' ');
  return words(a.title) === words(b.title);
}
