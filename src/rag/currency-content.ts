/**
 * @module Editions by what they say: a document that dates itself ("PAYROLL CIRCULAR PC-2025-01 … Effective:
 * 01/01/2025", "These rules apply from 1st August 2023") is an older edition of a document of a later stated
 * year that says most of what it says ("Rates from 1 January 2027": the same allowances, the same grades), even
 * when their titles share no words ("Allowances and deductions 2025" and "Pay and deductions"). Words are weighed
 * by how rare they are in the base, so what every page says (the organisation's name, "staff") counts for
 * little and what one policy says (its allowances, its kinds of overall) counts for much. Only dated documents
 * are read, so a base of thousands of undated pages costs nothing here.
 */
import { groupBy, tokenize } from '../core/index.js';
import { EDITION_FROM } from './currency.js';
import { fileName } from './currency-copies.js';
import { applies, editionYearStated, ownStatus, topicWords, YEARS, yearBegins } from './currency-editions.js';
import { DATA_FILE } from './currency-stored.js';
import { TABLE_FROM } from './currency-tables.js';
import { isoDay } from './in-force-until.js';
import type { IndexedDocument, KnowledgeIndex } from './knowledge-index.js';

/** What the judgement by content reads: the words of each dated file and how rare each is. */
export interface ContentEvidence {
  /** Each candidate file's distinct topic words (a data file's rows together), by source. */
  words: Map<string, string[]>;
  /** The words each file's title or name gives that its text writes as a name ("Corby" in "at the Corby depot"). */
  names?: Map<string, string[]>;
  /** How many chunks of the base hold each word, and how many chunks there are. */
  df: Map<string, number>;
  chunks: number;
}

/** A file that dates itself: the year it states, the day that year begins for it, and its documents (a data file's rows). */
interface DatedFile {
  source: string;
  year: number;
  from: string;
  docs: IndexedDocument[];
}

/** The files the judgement by content compares: every one with a year of its own, by source. */
export function datedFiles(docs: IndexedDocument[]): Map<string, DatedFile> {
  const bySource = groupBy(docs, (d) => d.source);
  const dated = new Map<string, DatedFile>();
  for (const [source, held] of bySource) {
    const year = yearOfFile(source, held);
    if (year) dated.set(source, { source, year, from: fromOf(source, held[0]!, year), docs: held });
  }
  return dated;
}

// The day a file's year begins: the day its opening says its edition takes effect ("This edition takes effect on 1
// December 2027"), or the one its name's year begins on.
function fromOf(source: string, first: IndexedDocument, year: number): string {
  const said = first.metadata[EDITION_FROM] ?? first.metadata[TABLE_FROM];
  if (typeof said === 'string' && said.startsWith(String(year))) return said;
  return yearBegins(fileName(source), year);
}

// The year a file states: a data file's by its name ("travel-and-subsistence-rates-2027.csv") or its rows' day, a document's by
// its edition (its title, its fields, its opening) or else the one year its title or its file's name carries.
function yearOfFile(source: string, docs: IndexedDocument[]): number | undefined {
  const name = fileName(source);
  const only = (text: string) => {
    const years = new Set(text.replace(LAW_YEAR, ' ').match(YEARS) ?? []);
    return years.size === 1 ? Number([...years][0]) : undefined;
  };
  // A table whose name carries no year may date its rows ("effective_from: 2030-01-01").
  if (DATA_FILE.test(name)) return only(name) ?? yearOfTable(docs[0]!);
  const doc = docs[0]!;
  return editionYearStated(doc) ?? only(doc.title ?? '') ?? only(name);
}

const yearOfTable = (row: IndexedDocument) => {
  const day = row.metadata[TABLE_FROM];
  return typeof day === 'string' ? Number(day.slice(0, 4)) || undefined : undefined;
};

// A law's year is no year of the document that names it ("A guide to the Equality Act 2010",
// "equality-act-2010-guide.md"); a title's own "Dress Code 2025" or "Travel Regulations 2025" is its year.
const LAW_YEAR =
  /(?<![a-z])(?:act|acts|directive|convention|treaty|ordinance|decree|statute)(?:[\s_-]+of)?,?[\s_-]+(?:19|20)\d\d(?!\d)/gi;

/**
 * The older editions the content shows, with the source of the edition that replaces each: a dated file that
 * gives no status of its own is older than the file of a later year (come by `now`) that applies and says the
 * most of what it says, when that is most of it, weighed by rarity, and clearly more than any other says.
 */
export function olderByContent(
  docs: IndexedDocument[],
  evidence: ContentEvidence,
  now: Date,
  nameKeyOf: (source: string) => string = (source) => source,
): Map<string, string> {
  const files = [...datedFiles(docs).values()].filter((f) => evidence.words.has(f.source));
  const words = new Map(files.map((f) => [f.source, weighedWords(evidence.words.get(f.source)!, evidence)]));
  const later = laterFilesByWord(files, words, now);
  const judge = (f: DatedFile, rivalsLeftOut: ReadonlySet<string>) => {
    if (DATA_FILE.test(f.source) || f.docs.some((d) => ownStatus(d) !== undefined)) return undefined;
    // Copies of one name, each of its year ("annual-report-2025.md", "-2026.md"), are a series: judged by their
    // names (`earlierYears`), never as editions by what they say alike.
    const shares = sharesOfLater(f, words.get(f.source)!, later, words).filter(
      (s) => !rivalsLeftOut.has(s.file.source) && nameKeyOf(s.file.source) !== nameKeyOf(f.source),
    );
    const [best, next] = shares;
    if (!best || best.share < MIN_SHARE || (next && best.share - next.share < MARGIN)) return undefined;
    if (forOtherScopes(f.source, best.file.source, evidence, words)) return undefined;
    // The later file is an edition of the same thing, not a handbook that takes in a short policy among much else
    // (a data file of a later year may list more rows than the notice it replaces).
    return best.back < MIN_SHARE_BACK && !DATA_FILE.test(best.file.source) ? undefined : best.file.source;
  };
  const older = new Map<string, string>();
  const judged = new Map(files.map((f) => [f.source, judge(f, new Set())]));
  // The oldest of three editions: a rival that is itself an older edition is no rival ("rules-2023" shares most
  // with both "rules-2025" and "rules-2027"; the 2025 one is older than the 2027 one).
  const olderSources = new Set([...judged].filter(([, by]) => by).map(([source]) => source));
  for (const f of files) {
    const by = judged.get(f.source) ?? (olderSources.size ? judge(f, olderSources) : undefined);
    if (by) for (const d of f.docs) older.set(d.id, by);
  }
  return older;
}

// Two files that each name a place, site or group the other never says are for different ones ("Corby depot: lone
// working rules" and "Kettering depot: lone working rules"), however alike their words.
function forOtherScopes(
  older: string,
  later: string,
  evidence: ContentEvidence,
  words: Map<string, Map<string, number>>,
): boolean {
  const namesOnlyIn = (a: string, b: string) =>
    (evidence.names?.get(a) ?? []).some((name) => !words.get(b)!.has(name));
  return namesOnlyIn(older, later) && namesOnlyIn(later, older);
}

// For each word, the files that say it and could replace another: they apply and their year has come.
function laterFilesByWord(
  files: DatedFile[],
  words: Map<string, Map<string, number>>,
  now: Date,
): Map<string, DatedFile[]> {
  const byWord = new Map<string, DatedFile[]>();
  // A FAQ or a register in JSON answers questions or lists documents: it is no edition of a policy.
  const today = isoDay(now);
  const replacing = files.filter(
    (f) => f.from <= today && f.docs.every(applies) && !STRUCTURED.test(f.source),
  );
  for (const f of replacing)
    for (const w of words.get(f.source)!.keys()) {
      const files = byWord.get(w);
      if (files) files.push(f);
      else byWord.set(w, [f]);
    }
  return byWord;
}

// The files of a later year than `older`, each with the share of its weighed words they say too, most first.
// Files are first found by the words few files say (a later edition says those too) and only the likeliest are
// weighed word by word: in a base of thousands of dated files, words every notice says are not gone through for
// every pair.
function sharesOfLater(
  older: DatedFile,
  words: Map<string, number>,
  later: Map<string, DatedFile[]>,
  wordsOfFile: Map<string, Map<string, number>>,
) {
  const found = new Map<DatedFile, number>();
  for (const [w, weight] of words) {
    const saying = later.get(w) ?? [];
    if (saying.length > FEW_FILES) continue;
    for (const f of saying)
      if (f.year > older.year && f.source !== older.source) found.set(f, (found.get(f) ?? 0) + weight);
  }
  const likeliest = [...found].sort((a, b) => b[1] - a[1]).slice(0, LIKELIEST);
  const total = totalWeight(words);
  return likeliest
    .map(([file]) => {
      const theirs = wordsOfFile.get(file.source)!;
      const theirTotal = totalWeight(theirs);
      return {
        file,
        share: total ? sharedWeight(words, theirs) / total : 0,
        back: theirTotal ? sharedWeight(theirs, words) / theirTotal : 0,
      };
    })
    .sort((a, b) => b.share - a.share);
}

const STRUCTURED = /\.(?:json|jsonl|ndjson)$/i;
const FEW_FILES = 64;
const LIKELIEST = 5;

const totalWeight = (words: Map<string, number>) =>
  [...words.values()].reduce((sum, weight) => sum + weight, 0);

// The weight of the words of `words` that `theirs` says too.
function sharedWeight(words: Map<string, number>, theirs: Map<string, number>): number {
  let shared = 0;
  for (const [w, weight] of words) if (theirs.has(w)) shared += weight;
  return shared;
}

// Most of what the older file says, weighed, must be said again by the later one, and clearly less by any other
// (two later files that each say much of it name neither); and the later one must say back a good part of what it
// says itself. Over the development corpora an older edition shares 0.48 to 0.97 with its replacement, which says
// back 0.34 to 0.79 of its own; a file that applies shares at most 0.28 with any later one.
const MIN_SHARE = 0.45;
const MARGIN = 0.15;
const MIN_SHARE_BACK = 0.25;

/** A file's distinct words, each with its weight: the rarer in the base, the heavier. */
function weighedWords(words: string[], evidence: ContentEvidence): Map<string, number> {
  return new Map(words.map((w) => [w, Math.log((evidence.chunks + 1) / (evidence.df.get(w) || 1))]));
}

// A file's words are read from its first 200,000 characters (a data file's from its first 2,000 rows): an edition
// says what it is about long before that.
const MAX_TEXT = 200_000;
const MAX_ROWS = 2_000;

// A file's text, its documents' in order, up to MAX_TEXT characters.
function textOf(file: DatedFile, byDoc: Map<string, string>): string {
  let text = '';
  for (const d of file.docs.slice(0, MAX_ROWS)) {
    if (text.length >= MAX_TEXT) break;
    text += `${byDoc.get(d.id) ?? ''}\n\n`;
  }
  return text.slice(0, MAX_TEXT);
}

/** A text's distinct topic words, read from its first MAX_TEXT characters. */
export function distinctWords(text: string): string[] {
  return [...new Set(topicWords(text.slice(0, MAX_TEXT)))];
}

/** What the judgement by content needs from the index: the dated files' words and how rare they are. */
export async function contentEvidence(
  index: Pick<KnowledgeIndex, 'documentTexts' | 'termStats'>,
  docs: IndexedDocument[],
): Promise<ContentEvidence | undefined> {
  const files = [...datedFiles(docs).values()];
  // Nothing to judge unless a document is dated before another file.
  const latest = files.reduce((most, f) => Math.max(most, f.year), Number.NEGATIVE_INFINITY);
  if (!files.some((f) => !DATA_FILE.test(f.source) && f.year < latest)) return undefined;
  // A data file's first rows say what it lists; a file's text is read up to MAX_TEXT characters, a file at a time,
  // and only its words are kept.
  const words = new Map<string, string[]>();
  const names = new Map<string, string[]>();
  for (const f of files) {
    const byDoc = await index.documentTexts(f.docs.slice(0, MAX_ROWS).map((d) => d.id));
    const text = textOf(f, byDoc);
    words.set(f.source, distinctWords(text));
    names.set(f.source, namesGiven(f, text));
  }
  const { chunks, df } = await index.termStats([...new Set([...words.values()].flat())]);
  return { words, df, chunks, names };
}

// The words of a file's title and file name that its text writes as a name, capitalised inside a sentence ("the
// Corby depot", "Kettering staff"): the place, site or group the file is for.
function namesGiven(f: DatedFile, text: string): string[] {
  const written = new Set([...text.slice(0, MAX_TEXT).matchAll(NAME_INSIDE)].flatMap((m) => tokenize(m[1]!)));
  const own = tokenize(`${f.docs[0]!.title ?? ''} ${fileName(f.source)}`);
  return [...new Set(own.filter((w) => written.has(w)))];
}

// A capitalised word after a word in lower case: a name inside a sentence, not a sentence's first word.
const NAME_INSIDE = /(?<=\p{Ll}[,;]? )(\p{Lu}\p{Ll}{2,})/gu;
