/**
 * @module Editions of one code: documents that give the same document code but no versions to compare ("Policy
 * HR-09 · Effective: 01/03/2028" and "GUEST TIPS AND THE STAFF CHRISTMAS FUND (HR-09) · Effective 1 July 2025")
 * are editions of one document, and the one that took effect last (and has taken effect) replaces the others.
 */
import { groupBy } from '../core/index.js';
import { EDITION_FROM, EDITION_SAID } from './currency.js';
import {
  CODE_SAID,
  compareVersions,
  TITLE_CODE_SAID,
  TITLE_VERSION_SAID,
  VERSION_SAID,
} from './currency-codes.js';
import { topicWords } from './currency-editions.js';
import { isoDay } from './in-force-until.js';
import type { IndexedDocument } from './knowledge-index.js';

/** The documents a later edition of the same code replaces, each with the source of the one that replaces it. */
export function olderCodedEditions(
  docs: IndexedDocument[],
  applies: (doc: IndexedDocument) => boolean,
  saysOwnStatus: (doc: IndexedDocument) => boolean,
  now: Date,
): Map<string, string> {
  const today = isoDay(now);
  const byCode = groupBy(docs, (d) => {
    const code = d.metadata[CODE_SAID];
    return typeof code === 'string' ? code : undefined;
  });
  const older = new Map<string, string>();
  for (const group of byCode.values()) {
    // Versions say which is later where every edition gives one (see `olderVersions`).
    if (new Set(group.map((d) => d.source)).size < 2 || group.every((d) => VERSION_SAID in d.metadata))
      continue;
    const latest = latestInEffect(group.filter(applies), today);
    if (!latest) continue;
    for (const d of group)
      if (
        d.source !== latest.source &&
        !saysOwnStatus(d) &&
        compareEditions(d, latest) < 0 &&
        sameDocument(d.title, latest.title)
      )
        older.set(d.id, latest.source);
  }
  return older;
}

/**
 * The documents whose capitals title gives a code and a line below it a revision ("HR-PO-07  INCAPACIDADES Y
 * SUBSIDIOS" over "Edicion 2") that a document of that code gives a higher version of, each with the source of the
 * one that replaces it: only when their titles name the same document (a form titled with its policy's code is
 * no revision of it).
 */
export function olderTitledRevisions(
  docs: IndexedDocument[],
  applies: (doc: IndexedDocument) => boolean,
  saysOwnStatus: (doc: IndexedDocument) => boolean,
): Map<string, string> {
  const older = new Map<string, string>();
  const versioned = docs.filter(
    (d) =>
      typeof d.metadata[CODE_SAID] === 'string' && typeof d.metadata[VERSION_SAID] === 'string' && applies(d),
  );
  for (const d of docs) {
    const [code, revision] = [d.metadata[TITLE_CODE_SAID], d.metadata[TITLE_VERSION_SAID]];
    if (typeof code !== 'string' || typeof revision !== 'string' || saysOwnStatus(d)) continue;
    const later = versioned.filter(
      (v) =>
        v.metadata[CODE_SAID] === code &&
        compareVersions(revision, v.metadata[VERSION_SAID] as string) < 0 &&
        sameDocument(nameAfter(d.title, code), v.title),
    );
    if (new Set(later.map((v) => v.source)).size === 1) older.set(d.id, later[0]!.source);
  }
  return older;
}

// What a title names after its code ("INCAPACIDADES Y SUBSIDIOS" in "GUARIA MEDICAL — HR-PO-07  INCAPACIDADES Y
// SUBSIDIOS"), without the organisation's name before it.
const nameAfter = (title: string | undefined, code: string) =>
  title?.includes(code) ? title.slice(title.indexOf(code) + code.length) : title;

// The one document that took effect last among those in effect by today (one still to come replaces nothing
// yet); none when two tie or one says no day or year.
function latestInEffect(group: IndexedDocument[], today: string): IndexedDocument | undefined {
  if (!group.length || !group.every((d) => editionOf(d) !== undefined)) return undefined;
  const inEffect = group.filter((d) => {
    const since = editionOf(d)!;
    return since.day ? since.day <= today : since.year <= Number(today.slice(0, 4));
  });
  const [first, second] = inEffect.sort((a, b) => compareEditions(b, a));
  return second && !(compareEditions(first!, second) > 0) ? undefined : first;
}

// A code names one document only when the titles agree ("GUEST TIPS AND THE STAFF CHRISTMAS FUND (HR-09)" and "Staff
// Christmas Fund and Tips Policy - HR-09"): "Annual Leave Request Form (HR-04)" is the policy's form, not its
// edition, and "Forklift Pre-Start Checklist - FL-01" names the machine. Most of the shorter title's topic words
// shared, and one kind of document.
function sameDocument(a: string | undefined, b: string | undefined): boolean {
  const [x, y] = [new Set(topicWords(withoutCode(a))), new Set(topicWords(withoutCode(b)))];
  if (!x.size || !y.size || KIND.test(a ?? '') !== KIND.test(b ?? '')) return false;
  // The shorter title's words, said by the longer one (which may open with the organisation's name).
  const shared = [...x].filter((w) => y.has(w));
  // A title of one long word (a compound: "Frysehusinstruks", "Staplerordnung") names one document as two words do.
  const compound = Math.min(x.size, y.size) === 1 && shared.length === 1 && shared[0]!.length >= COMPOUND;
  return (shared.length >= 2 || compound) && shared.length / Math.min(x.size, y.size) >= SHARED_TOPIC;
}

const COMPOUND = 10;

const SHARED_TOPIC = 0.6;
// Kinds of document that go with a policy without being one.
const KIND =
  /(?:\b(?:forms?|checklists?|templates?|requests?|registers?|logs?|guides?|faqs?)\b|tjekliste|sjekkliste|checkliste|kontrollista|blanket|skema|obrazec|obrazac|kontrolni seznam|kontrolna lista|formular)/i;
const withoutCode = (title: string | undefined) =>
  (title ?? '').replace(/\b[A-Z]{2,4}(?:-[A-Z0-9]{1,7}){1,3}\b/g, ' ');

// When a document took effect: its day when it says one, else its edition's year.
function editionOf(d: IndexedDocument): { year: number; day?: string } | undefined {
  const day = d.metadata[EDITION_FROM];
  const year = d.metadata[EDITION_SAID];
  if (typeof day === 'string') return { year: Number(day.slice(0, 4)), day };
  return typeof year === 'number' ? { year } : undefined;
}

// Days where both say one, else years: negative when `a` took effect first.
function compareEditions(a: IndexedDocument, b: IndexedDocument): number {
  const [x, y] = [editionOf(a), editionOf(b)];
  if (!x || !y) return Number.NaN;
  if (x.day && y.day) return x.day < y.day ? -1 : x.day > y.day ? 1 : 0;
  return x.year - y.year;
}
