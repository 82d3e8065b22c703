/**
 * @module Editions: a title that names its edition's year is an older edition when a document of the same topic
 * that applies states a later one; with what the judgement across documents shares about a document's own
 * status, its years and its topic words.
 */
import { tokenize } from '../core/index.js';
import { EDITION_SAID, JUDGED_FROM } from './currency.js';
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
 * older edition when another document that applies says the topic words of that title in its own ("Hybrid work
 * arrangements") and states a later edition: in its title, in a field that dates an edition ("benefit_year:
 * 2027", "effective: 2027-01-01") or in its opening ("2026 edition"). A title of four topic words or more may lose
 * one in the later edition ("OVERTIME, SHIFT ALLOWANCE AND INCENTIVES - 2025" and "Pay, Overtime and Shift
 * Allowances"); a shorter one must be said whole ("Holiday calendar Penang 2025" is no edition of "Holiday calendar
 * Kedah 2027"). A bare year is no edition ("Annual leave calendar 2026", "review_year: 2028") unless the
 * document's opening states that year's edition too ("NIGHT DIFFERENTIAL AND HOLIDAY PAY - 2025" over "Effective
 * January 1, 2025"), and then only an edition whose year has come replaces it. Each current document is read
 * once and indexed by its title's words, so a base of thousands of documents is judged at once.
 */
export function olderEditions(docs: IndexedDocument[], now: Date): Map<string, string> {
  const byWord = new Map<string, Edition[]>();
  for (const n of docs) {
    const edition = n.title && applies(n) ? editionOf(n, editionYearStated(n)) : undefined;
    for (const w of edition?.words ?? []) byWord.set(w, [...(byWord.get(w) ?? []), edition!]);
  }
  const older = new Map<string, string>();
  for (const d of docs) {
    const own = d.title && !ownStatus(d) ? editionOf(d, ownEditionYear(d)) : undefined;
    if (!own) continue;
    // A title's bare year ("HOLIDAY CALENDAR 2026") is replaced only by an edition whose year has come.
    const bare = !titleEditionYear(d.title!);
    const later = sharingTitle(own, byWord)
      .filter((e) => e.doc.source !== d.source && e.year > own.year && (!bare || e.year <= now.getFullYear()))
      .sort((a, b) => b.year - a.year);
    if (later[0]) older.set(d.id, later[0].doc.source);
  }
  return older;
}

// The editions whose titles say the words of `own`'s title: all of them, or all but one of four or more.
function sharingTitle(own: Edition, byWord: Map<string, Edition[]>): Edition[] {
  const shared = new Map<Edition, number>();
  for (const w of own.words) for (const e of byWord.get(w) ?? []) shared.set(e, (shared.get(e) ?? 0) + 1);
  const needed = own.words.size >= LOOSE_TITLE_WORDS ? own.words.size - 1 : own.words.size;
  return [...shared].filter(([, n]) => n >= needed).map(([e]) => e);
}

const LOOSE_TITLE_WORDS = 4;

interface Edition {
  doc: IndexedDocument;
  year: number;
  words: Set<string>;
}

// A document of an edition year, with the topic words of its title (its edition phrase set aside).
function editionOf(doc: IndexedDocument, year: number | undefined): Edition | undefined {
  if (!year) return undefined;
  const words = topicWords(doc.title!.replace(ORGANISATION_FIRST, '').replace(TITLE_EDITION, ' '));
  if (words.length < OPENING_WORDS) return undefined;
  return { doc, year, words: new Set(words) };
}

const TITLE_EDITION =
  /\b((?:19|20)\d\d)\s+(?:edition|benefit year|policy year|plan year|tax year)\b|\b(?:edition|benefit year|policy year|plan year)\s*:?\s*((?:19|20)\d\d)\b/i;
// Metadata fields that state an edition or when it takes effect ("benefit_year: 2027", "effective: 2027-01-01");
// not when a document was reviewed, nor when a thing it speaks of starts.
const EDITION_FIELD =
  /^(?:edition|benefit_year|policy_year|plan_year|effective|effective_from|effective_date|valid_from|rates_from|coverage_from)$/i;

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

// The latest edition a document states for itself: by its title, its edition fields or its opening.
function editionYearStated(doc: IndexedDocument): number | undefined {
  const fields = Object.entries(doc.metadata)
    .filter(([k]) => EDITION_FIELD.test(k) || k === EDITION_SAID)
    .flatMap(([, v]) => (String(v).match(YEARS) ?? []).map(Number));
  const years = [titleEditionYear(doc.title ?? ''), ...fields].filter((y): y is number => Boolean(y));
  return years.length ? Math.max(...years) : undefined;
}

/** The words both titles must open with: two say what the document is ("group health"), one may be any policy's. */
export const OPENING_WORDS = 2;
