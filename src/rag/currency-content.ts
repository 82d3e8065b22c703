/**
 * @module Editions by what they say: a document that dates itself ("PAYROLL CIRCULAR PC-2025-01 … Effective:
 * 01/01/2025", "These rules apply from 1st August 2023") is an older edition of a document of a later stated
 * year that says most of what it says ("Rates from 1 January 2027": the same allowances, the same grades), even
 * when their titles share no words ("Allowances and deductions 2025" and "Pay and deductions"). Words are weighed
 * by how rare they are in the base, so what every page says (the organisation's name, "staff") counts for
 * little and what one policy says (its allowances, its kinds of overall) counts for much. Only dated documents
 * are read, so a base of thousands of undated pages costs nothing here.
 */
import { DATA_FILE } from './currency.js';
import { applies, editionYearStated, ownStatus, topicWords, YEARS } from './currency-editions.js';
import type { IndexedDocument, KnowledgeIndex } from './knowledge-index.js';

/** What the judgement by content reads: the text of each dated file and how rare each of its words is. */
export interface ContentEvidence {
  /** Each candidate file's text (a data file's rows together), by source. */
  texts: Map<string, string>;
  /** How many chunks of the base hold each word, and how many chunks there are. */
  df: Map<string, number>;
  chunks: number;
}

/** A file that dates itself: the year it states and the documents it holds (a data file's rows). */
interface DatedFile {
  source: string;
  year: number;
  docs: IndexedDocument[];
}

/** The files the judgement by content compares: every one with a year of its own, by source. */
export function datedFiles(docs: IndexedDocument[]): Map<string, DatedFile> {
  const bySource = new Map<string, IndexedDocument[]>();
  for (const d of docs) bySource.set(d.source, [...(bySource.get(d.source) ?? []), d]);
  const dated = new Map<string, DatedFile>();
  for (const [source, held] of bySource) {
    const year = yearOfFile(source, held);
    if (year) dated.set(source, { source, year, docs: held });
  }
  return dated;
}

// The year a file states: a data file's by its name ("travel-and-subsistence-rates-2027.csv"), a document's by
// its edition (its title, its fields, its opening) or else the one year its title or its file's name carries.
function yearOfFile(source: string, docs: IndexedDocument[]): number | undefined {
  const name = source.replace(/#.*$/, '').split('/').at(-1)!;
  const only = (text: string) => {
    const years = new Set(text.match(YEARS) ?? []);
    return years.size === 1 ? Number([...years][0]) : undefined;
  };
  if (DATA_FILE.test(name)) return only(name);
  const doc = docs[0]!;
  return editionYearStated(doc) ?? only(doc.title ?? '') ?? only(name);
}

/**
 * The older editions the content shows, with the source of the edition that replaces each: a dated file that
 * gives no status of its own is older than the file of a later year (come by `now`) that applies and says the
 * most of what it says, when that is most of it, weighed by rarity, and clearly more than any other says.
 */
export function olderByContent(
  docs: IndexedDocument[],
  evidence: ContentEvidence,
  now: Date,
): Map<string, string> {
  const files = [...datedFiles(docs).values()].filter((f) => evidence.texts.has(f.source));
  const words = new Map(files.map((f) => [f.source, weighedWords(evidence.texts.get(f.source)!, evidence)]));
  const later = laterFilesByWord(files, words, now);
  const older = new Map<string, string>();
  for (const f of files) {
    if (DATA_FILE.test(f.source) || f.docs.some((d) => ownStatus(d) !== undefined)) continue;
    const [best, next] = sharesOfLater(f, words.get(f.source)!, later, words);
    if (!best || best.share < MIN_SHARE || (next && best.share - next.share < MARGIN)) continue;
    for (const d of f.docs) older.set(d.id, best.file.source);
  }
  return older;
}

// For each word, the files that say it and could replace another: they apply and their year has come.
function laterFilesByWord(
  files: DatedFile[],
  words: Map<string, Map<string, number>>,
  now: Date,
): Map<string, DatedFile[]> {
  const byWord = new Map<string, DatedFile[]>();
  for (const f of files.filter((f) => f.year <= now.getFullYear() && f.docs.every(applies)))
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
  const total = [...words.values()].reduce((sum, weight) => sum + weight, 0);
  return likeliest
    .map(([file]) => ({
      file,
      share: total ? sharedWeight(words, wordsOfFile.get(file.source)!) / total : 0,
    }))
    .sort((a, b) => b.share - a.share);
}

const FEW_FILES = 64;
const LIKELIEST = 5;

// The weight of the words of `words` that `theirs` says too.
function sharedWeight(words: Map<string, number>, theirs: Map<string, number>): number {
  let shared = 0;
  for (const [w, weight] of words) if (theirs.has(w)) shared += weight;
  return shared;
}

// Most of what the older file says, weighed, must be said again by the later one, and clearly less by any other
// (two later files that each say much of it name neither). Over the eighteen development corpora an older edition
// shares 0.48 to 0.97 with its replacement, and a file that applies at most 0.28 with any later one.
const MIN_SHARE = 0.45;
const MARGIN = 0.15;

/** The words of a text, each with its weight: the rarer in the base, the heavier. */
function weighedWords(text: string, evidence: ContentEvidence): Map<string, number> {
  const weights = new Map<string, number>();
  for (const w of topicWords(text.slice(0, MAX_TEXT)))
    if (!weights.has(w)) weights.set(w, Math.log((evidence.chunks + 1) / (evidence.df.get(w) || 1)));
  return weights;
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

/** The words to look up in the base for the judgement by content: every distinct word of the texts. */
export function wordsOf(texts: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const w of topicWords(text.slice(0, MAX_TEXT))) words.add(w);
  return [...words];
}

/** What the judgement by content needs from the index: the dated files' texts and how rare their words are. */
export async function contentEvidence(
  index: Pick<KnowledgeIndex, 'documentTexts' | 'termStats'>,
  docs: IndexedDocument[],
): Promise<ContentEvidence | undefined> {
  const files = [...datedFiles(docs).values()];
  // Nothing to judge unless a document is dated before another file.
  const years = files.map((f) => f.year);
  if (!files.some((f) => !DATA_FILE.test(f.source) && f.year < Math.max(...years))) return undefined;
  // A data file's first rows say what it lists; a file's text is read up to MAX_TEXT characters.
  const byDoc = await index.documentTexts(files.flatMap((f) => f.docs.slice(0, MAX_ROWS).map((d) => d.id)));
  const texts = new Map(files.map((f) => [f.source, textOf(f, byDoc)] as const));
  const { chunks, df } = await index.termStats(wordsOf(texts.values()));
  return { texts, df, chunks };
}
