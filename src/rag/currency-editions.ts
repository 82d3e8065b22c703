/**
 * @module Editions: a title that names its edition's year is an older edition when a document of the same topic
 * that applies states a later one; with what the judgement across documents shares about a document's own
 * status, its years and its topic words.
 */
import { groupBy, tokenize } from '../core/index.js';
import { EDITION_FROM, EDITION_SAID } from './currency.js';
import { JUDGED_FROM } from './currency-stored.js';
import { EDITION_FIELD } from './edition-said.js';
import { isoDay } from './in-force-until.js';
import type { IndexedDocument } from './knowledge-index.js';
import { LEGAL_FORMS } from './loaders/legal-form.js';

/**
 * The status a document gives itself (its front matter, its name, title or opening); not one judged here, nor
 * a word tandem does not know (`status: closed` is warned about at ingest and counts as none).
 */
export function ownStatus(doc: IndexedDocument): string | undefined {
  const status = doc.metadata.status;
  const known = status === 'current' || status === 'superseded' || status === 'draft';
  return known && doc.metadata[JUDGED_FROM] === undefined ? status : undefined;
}

/** A document that applies may say what it replaces: not a draft, not a superseded one. */
export const applies = (doc: IndexedDocument) => {
  const own = ownStatus(doc);
  return own === undefined || own === 'current';
};

/** A year a name or a reference may carry (1950 to 2099: "room-2001" is more likely a room than a year). */
export const YEAR = /(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)/;
/** Every year a text carries (`YEAR`, global). */
export const YEARS = new RegExp(YEAR.source, 'g');

/**
 * The span of two years a name carries ("rents-2025-26.csv", "term-dates-2026/2027"), where it stands and how long
 * it is; none for a year and month ("2026-01").
 */
export function yearSpanIn(name: string): { first: number; at: number; length: number } | undefined {
  const span = name.match(YEAR_SPAN);
  if (!span) return undefined;
  const next = (Number(span[1]) + 1) % (span[2]!.length === 2 ? 100 : 10000);
  return Number(span[2]) === next
    ? { first: Number(span[1]), at: span.index!, length: span[0].length }
    : undefined;
}

// A policy or financial year names a span: "2025-26", "2025/2026" (the next year only: "2026-01" is a month).
const YEAR_SPAN = /(?<!\d)((?:19[5-9]|20\d)\d)[-/–](\d{2}|\d{4})(?!\d)/;

/**
 * The day a file named for a year begins to apply, as an ISO date: 1 January, or for a span of two years ("rents-
 * 2026-27.csv": a rent, school or financial year) 1 July of its first, since it begins on a day its name does not
 * say (April for a rent year, September for a school one) and a span still running must not be replaced early.
 */
export function yearBegins(name: string, year: number): string {
  return `${year}-${yearSpanIn(name)?.first === year ? '07' : '01'}-01`;
}

/** Words that say what a document is about, not what kind of document it is. */
export function topicWords(text: string): string[] {
  return tokenize(text).filter((w) => !/\d/.test(w) && !GENERIC.has(w));
}

const GENERIC = new Set(
  tokenize(
    'policy policies version edition revision rev document guide guidance guidelines guideline page procedure procedures handbook manual notes note intranet staff employee employees scheme rules standard old new current archived superseded v',
  ),
);

/**
 * The documents an edition of a later year replaces, with the source of the one that replaces each. A title that
 * names its edition's year ("HYBRID WORK GUIDELINES (2025 EDITION)", "Medical aid — 2026 benefit year") is an
 * older edition when another document that applies opens its title with the same two topic words, says every
 * topic word of that title in its own ("Hybrid work arrangements") and states a later edition: in its title, in
 * a field that dates an edition ("benefit_year: 2027", "effective: 2027-01-01") or in its opening ("2026
 * edition"). A title that lists three things or more ("OVERTIME, SHIFT ALLOWANCE AND INCENTIVES - 2025") is also
 * an older edition of one that lists all but one of them and adds at most one ("Pay, Overtime and Shift
 * Allowances"): a place or a group that tells two documents apart is no item of a list ("Holiday calendar Penang
 * 2025" is no edition of "Holiday calendar Kedah 2027"). A bare year is no edition ("Annual leave calendar 2026",
 * "review_year: 2028") unless the document's opening states that year's edition too ("NIGHT DIFFERENTIAL AND
 * HOLIDAY PAY - 2025" over "Effective January 1, 2025"), and then only an edition whose year has come replaces
 * it. Each current document is read once and indexed by its title's opening and its listed items, so a base of
 * thousands of documents is judged at once.
 */
export function olderEditions(docs: IndexedDocument[], now: Date): Map<string, string> {
  const ownTitle = withoutSiteName(docs);
  const editions = docs.flatMap((n) => {
    const edition = n.title && applies(n) ? editionOf(n, editionYearStated(n), ownTitle) : undefined;
    return edition ? [edition] : [];
  });
  const byOpening = groupBy(editions, (e) => e.opening);
  const byItem = groupBy(editions, (e) => e.items);
  const older = new Map<string, string>();
  const today = isoDay(now);
  for (const d of docs) {
    const own = d.title && !ownStatus(d) ? editionOf(d, ownEditionYear(d), ownTitle) : undefined;
    if (!own) continue;
    // A title's bare year ("HOLIDAY CALENDAR 2026") is replaced only by an edition whose year has come.
    const bare = !titleEditionYear(d.title!);
    const later = [...sameOpening(own, byOpening), ...sameList(own, byItem)]
      .filter((e) => e.doc.source !== d.source && e.year > own.year && (!bare || e.year <= now.getFullYear()))
      // An edition that says the day it takes effect replaces nothing before that day.
      .filter((e) => !(String(e.doc.metadata[EDITION_FROM] ?? '') > today))
      .sort((a, b) => b.year - a.year);
    if (later[0]) older.set(d.id, later[0].doc.source);
  }
  return older;
}

// The editions whose titles open as `own`'s does and say every word of it.
const sameOpening = (own: Edition, byOpening: Map<string, Edition[]>) =>
  (byOpening.get(own.opening) ?? []).filter((e) => [...own.words].every((w) => e.words.has(w)));

// The editions whose titles list all but one of the things `own`'s lists (three or more; all of them when it lists
// two: "Overtime and offshore allowance - 2025" of "Pay, overtime and offshore allowance"), and at most one more.
function sameList(own: Edition, byItem: Map<string, Edition[]>): Edition[] {
  if (own.items.length < 2) return [];
  const shared = new Map<Edition, number>();
  for (const item of own.items)
    for (const e of byItem.get(item) ?? []) shared.set(e, (shared.get(e) ?? 0) + 1);
  const needed = own.items.length >= MIN_LISTED ? own.items.length - 1 : own.items.length;
  return [...shared]
    .filter(([e, n]) => n >= needed && e.items.length - n <= 1 && e.rest === own.rest)
    .map(([e]) => e);
}

const MIN_LISTED = 3;

/**
 * Each document's title without the site's name that pages end their titles with ("Pay, overtime and offshore
 * allowance – Kajen – Havgaard Offshore Service", "… · Laman Kelip"): an ending after a dash, a middle dot or a bar
 * that the titles of SITE_TITLES documents or more share.
 */
function withoutSiteName(docs: IndexedDocument[]): (doc: IndexedDocument) => string {
  const endings = (title: string) => {
    const parts = title.split(TITLE_SEPARATOR);
    return parts.slice(1).map((_, i) => parts.slice(i + 1).join(' – '));
  };
  const shared = new Map<string, number>();
  for (const d of docs)
    for (const ending of new Set(endings(d.title ?? ''))) shared.set(ending, (shared.get(ending) ?? 0) + 1);
  // The ending most titles share, the longest of those (endings run longest first): "– Kajen – Havgaard" of eight
  // pages, not "– Esbjerg base – Havgaard" of three beside "– Emden base – Havgaard" of three, which tells the
  // two sites' pages apart.
  return (doc) => {
    const parts = (doc.title ?? '').split(TITLE_SEPARATOR);
    const counts = endings(doc.title ?? '').map((e) => shared.get(e) ?? 0);
    const most = Math.max(0, ...counts);
    const cut = most >= SITE_TITLES ? counts.indexOf(most) : -1;
    return cut < 0 ? (doc.title ?? '') : parts.slice(0, cut + 1).join(' – ');
  };
}

const TITLE_SEPARATOR = /\s+[–—·|]\s+/;
const SITE_TITLES = 3;

interface Edition {
  doc: IndexedDocument;
  year: number;
  opening: string;
  words: Set<string>;
  /** The things its title lists ("overtim", "shift allow", "incent"), when it lists some. */
  items: string[];
  /** The topic words after its title's first part ("Esbjerg base" of "Pay, … – Esbjerg base"): what a list's
   * editions must share. */
  rest: string;
}

// A document of an edition year, with the topic words of its title (its edition phrase and its site's name set
// aside).
function editionOf(
  doc: IndexedDocument,
  year: number | undefined,
  ownTitle: (doc: IndexedDocument) => string,
): Edition | undefined {
  if (!year) return undefined;
  const title = ownTitle(doc).replace(ORGANISATION_FIRST, '').replace(TITLE_EDITION, ' ');
  const words = topicWords(title);
  if (words.length < OPENING_WORDS) return undefined;
  return {
    doc,
    year,
    opening: words.slice(0, OPENING_WORDS).join(' '),
    words: new Set(words),
    items: itemsOf(title),
    // After a middle dot or a bar comes a site's name ("… · Laman Kelip"); after a dash, what the page is of.
    rest: topicWords(
      title
        .split(/\s+[·|]\s+/)[0]!
        .split(TITLE_SEPARATOR)
        .slice(1)
        .join(' '),
    ).join(' '),
  };
}

// The things a title lists, by commas and a last "and" or "&" ("Pay, Overtime and Shift Allowances"), each as its
// topic words; none when it lists nothing.
function itemsOf(title: string): string[] {
  // A page's title may end with its site's name ("… Allowances · Laman Kelip"): no item of the list.
  const own = title.split(TITLE_SEPARATOR)[0]!;
  const parts = own.split(/\s*,\s*|\s+(?:and|&)\s+/i).map((p) => topicWords(p).join(' '));
  return parts.length >= 2 && parts.every(Boolean) ? parts : [];
}

const TITLE_EDITION =
  /\b((?:19|20)\d\d)\s+(?:edition|benefit year|policy year|plan year|tax year)\b|\b(?:edition|benefit year|policy year|plan year)\s*:?\s*((?:19|20)\d\d)\b/i;
const titleEditionYear = (title: string) =>
  Number(title.match(TITLE_EDITION)?.slice(1).find(Boolean)) || undefined;

// The edition a title names: by an edition phrase, or by a bare year its opening states the edition of.
function ownEditionYear(doc: IndexedDocument): number | undefined {
  const named = titleEditionYear(doc.title!);
  if (named) return named;
  const said = doc.metadata[EDITION_SAID];
  return (doc.title!.match(YEARS) ?? []).map(Number).find((y) => y === said);
}

// The organisation's name a plain-text title opens with ("TANGLAW CONTACT SOLUTIONS, INC. — NIGHT DIFFERENTIAL…"):
// no topic of the document.
const ORGANISATION_FIRST = new RegExp(`^[^—]*\\b(?:${LEGAL_FORMS})\\.?\\s+—\\s+`, 'i');

/** The latest edition a document states for itself: by its title, its edition fields or its opening. */
export function editionYearStated(doc: IndexedDocument): number | undefined {
  const fields = Object.entries(doc.metadata)
    .filter(([k]) => EDITION_FIELD.test(k) || k === EDITION_SAID)
    .flatMap(([, v]) => (String(v).match(YEARS) ?? []).map(Number));
  const years = [titleEditionYear(doc.title ?? ''), ...fields].filter((y): y is number => Boolean(y));
  return years.length ? Math.max(...years) : undefined;
}

/** The words both titles must open with: two say what the document is ("group health"), one may be any policy's. */
export const OPENING_WORDS = 2;
