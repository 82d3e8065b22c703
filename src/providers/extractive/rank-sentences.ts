import { leadInOf, splitSentences, tokenize } from '../../core/index.js';
import type { AskedDate, GlossLanguage } from '../../rag/index.js';
import {
  alternativesOf,
  askedDate,
  askedTerms,
  asSearched,
  besidePlaceNotes,
  contentTerms,
  expectedAnswerType,
  holdsAnswerType,
  languagesOf,
  opensByPointingBack,
  phrasesIn,
  placesAsked,
  questionContext,
  questionExamples,
  saysDayAsked,
  stemsAsAsked,
  withEquivalents,
  withGlosses,
} from '../../rag/index.js';
import type { Passage } from './collect-passages.js';
import { labelsNamed, letterLabels } from './letter-labels.js';

export interface RankedSentence {
  passage: Passage;
  passageIndex: number;
  sentenceIndex: number;
  text: string;
  /** Share of the question's weighted terms the sentence contains, 0..1. */
  score: number;
  /** The same share with rare words weighing less (the square root of their weight): what sentences are ranked by. */
  closeness: number;
  /** Distinct question terms the sentence contains. */
  matched: number;
  /** Distinct content terms of the question. */
  of: number;
  /** Where it stands in the answer when not at its own place: a step continued from another passage's list. */
  placedAt?: [passageIndex: number, sentenceIndex: number];
}

// A sentence's words as the index reads them (its dates and amounts in other forms, English words for another
// language's), and its words' stems in the language the question is asked in.
function sentenceWords(
  text: string,
  languages: GlossLanguage[],
  ownStems: (text: string) => string,
): Set<string> {
  return new Set(tokenize(`${withGlosses(withEquivalents(text), languages)} ${ownStems(text)}`));
}

/**
 * Scores every sentence of every passage by how much of the question it covers, each question term
 * weighted by its inverse document frequency over all sentences (rare words count more), and ranks them by
 * the same share with each weight's square root: among a few dozen sentences, a word that only one of them
 * says ("February" of "ten years with Kestrel in February") would otherwise outweigh the three other words a
 * closer sentence holds. The plain score still says whether a sentence is close enough to quote at all. A
 * sentence that says a word in another wording the thesaurus knows ("taxi" for "cab") covers it too.
 */
export function rankSentences(question: string, passages: Passage[]): RankedSentence[] {
  // Dates and amounts in any wording ("25th May 2026" meets "2026-05-25"), as the index reads them.
  // The words naming the kind of answer ("number" in "what number do I ring", "ahead" in "how far ahead")
  // are not what the answering sentence is about: it holds a number or a length of time instead.
  // Examples the asker gives ("like a phone charger") are not what the answer is about: a sentence naming
  // them is no better for it.
  const queryTerms = askedTerms(
    asSearched(withEquivalents(questionExamples(question).rest)),
    expectedAnswerType(question),
  );
  if (!queryTerms.length) return [];
  // A passage in another language is read with English words for what it says (its language is told by the
  // whole passage: one sentence has too few words to tell).
  const unasked = siteNotesUnasked(question);
  const dayAsked = askedDate(question);
  const elsewhere = besidePlaceNotes(question, passages);
  const ownStems = stemsAsAsked(question);
  const sentences = passages.flatMap((passage, passageIndex) => {
    const languages = languagesOf(passage.text);
    const weight =
      (languages.length && unasked(passage) ? FOREIGN_WEIGHT : 1) *
      (elsewhere(passage) ? OTHER_SITES_WEIGHT : 1);
    const texts = splitSentences(passage.text);
    return texts.map((text, sentenceIndex) => ({
      passage,
      passageIndex,
      sentenceIndex,
      // The line introducing the list the sentence is an item of (-1: none), in this passage.
      lead: leadInOf(texts, sentenceIndex),
      text,
      weight,
      terms: withDayAsked(
        sentenceWords(`${passage.title ?? ''} ${text}`, languages, ownStems),
        text,
        dayAsked,
      ),
    }));
  });
  const covers = coverage(
    question,
    sentences.map((s) => s.terms),
  );
  const idf = termWeights(
    question,
    queryTerms,
    sentences.map((s) => s.terms),
    covers,
  );
  const shareBy = (weights: Map<string, number>) => {
    const total = queryTerms.reduce((sum, t) => sum + weights.get(t)!, 0);
    return (terms: Set<string>) =>
      queryTerms.reduce((sum, t) => sum + (covers(terms, t) ? weights.get(t)! : 0), 0) / total;
  };
  const scoreOf = shareBy(idf);
  // The square root of each word's weight, the context's count-down included: a word of the context counts
  // about 0.7 of one asked (tuned on the development sets: the square root before the count-down, 0.5, lost
  // answers whose context names the row, "Edinburgh hotel here.", "I'm M1 now").
  const closenessOf = shareBy(new Map([...idf].map(([t, w]) => [t, Math.sqrt(w)])));
  // Only a sentence holding a fact of the kind asked for ("every 10 weeks" for "how often") leans on the one
  // before it to say what it is about; any other sentence must say so itself.
  const type = expectedAnswerType(question);
  // "A shift", "rating B": the letter the tokenizer drops tells equal rows apart.
  const letters = letterLabels(question);
  const holdsFact = (sentence: { text: string }) =>
    SHAPED.has(type) && holdsAnswerType(sentence.text, type, question);
  return sentences
    .map(({ terms, lead, weight, ...s }, i) => {
      // A list item is read with the line introducing its list ("Standard floats are:" for "- Bar: 150
      // pounds"), whatever is asked; another sentence with the one before it when it holds the fact asked for.
      const before =
        lead >= 0 ? sentences[i - s.sentenceIndex + lead] : holdsFact(s) ? sentences[i - 1] : undefined;
      const read = before
        ? withBefore(before, { ...s, terms }, scoreOf, lead < 0 && answersBefore(before.text, s.text))
        : undefined;
      return {
        ...s,
        score: weight * (read ? WITH_BEFORE * scoreOf(read) : scoreOf(terms)),
        closeness: weight * (read ? WITH_BEFORE * closenessOf(read) : closenessOf(terms)),
        matched: queryTerms.filter((t) => covers(read ?? terms, t)).length,
        of: queryTerms.length,
        named: namedByLabel(s.text, queryTerms, covers),
        lettered: labelsNamed(s.text, letters),
        literal: saidInText(s.text, s.passage.title, queryTerms),
      };
    })
    .filter((s) => s.score > 0)
    .sort(
      (a, b) =>
        b.closeness - a.closeness ||
        b.lettered - a.lettered ||
        b.named - a.named ||
        b.literal - a.literal ||
        a.passageIndex - b.passageIndex ||
        a.sentenceIndex - b.sentenceIndex,
    )
    .map(({ named, literal, lettered, ...s }) => s);
}

// Table rows that cover the question equally ("Rule: Daily driving · …twice a week" and "Rule: Weekly driving"
// for "how long in a week"): the row whose label, its first cell after the caption, names more of the question,
// and says less besides ("Director" before "Associate Director" for "as a Director").
function namedByLabel(text: string, queryTerms: string[], covers: Covers): number {
  const cells = text.split(' · ');
  if (cells.length < 2) return 0;
  const label = cells[0]!.includes(': ') ? cells[0]! : cells[1]!;
  const words = new Set(tokenize(withEquivalents(label.replace(/^[^:]*:\s*/, ''))));
  const named = queryTerms.filter((t) => covers(words, t)).length;
  // More words named first; of labels naming as many, the one with fewer other words.
  return named ? named + 1 / (1 + Math.max(0, words.size - named)) : 0;
}

type Covers = (terms: Set<string>, t: string) => boolean;

// Of sentences that cover the question equally, the one that says its words itself first, of the words its
// title does not say: "We do not accept cash or cheques." before the other sentences of "Payment methods", which
// cover "cash" only by their title's wording. A word the title says ("Resetting your password") every sentence
// under it covers, and repeating it answers nothing.
function saidInText(text: string, title: string | undefined, queryTerms: string[]): number {
  const own = new Set(tokenize(withEquivalents(text)));
  const titled = new Set(tokenize(withEquivalents(title ?? '')));
  return queryTerms.filter((t) => own.has(t) && !titled.has(t)).length;
}

// Each term weighted by its inverse document frequency over the sentences; the context's terms count less.
function termWeights(question: string, queryTerms: string[], sets: Array<Set<string>>, covers: Covers) {
  const idf = new Map<string, number>();
  for (const t of queryTerms) {
    // A term no passage contains weighs as much as the rarest one that does, not more: otherwise a stray
    // word in the question ("I'm moving house…") would outweigh everything the passages do match.
    const df = Math.max(1, sets.filter((set) => covers(set, t)).length);
    idf.set(t, Math.log(1 + (sets.length - df + 0.5) / (df + 0.5)));
  }
  // What the asker says about themselves before asking ("I joined two years ago. How many days…?") picks
  // among passages but is not what they ask: a sentence about it alone is not the answer.
  for (const t of contextOnly(question, queryTerms)) idf.set(t, idf.get(t)! * CONTEXT_WEIGHT);
  return idf;
}

interface Read {
  passage: Passage;
  text: string;
  terms: Set<string>;
}

// A sentence is also read with the one before it in its passage ("Every apprentice has a mentor… A Ridgeway
// College assessor visits every 10 weeks."), for a little less: what it says may lean on it. Not a table row,
// which says all it means, and not a sentence that shares no word with the question on its own unless it
// leans on the one before (it opens by pointing back, "His extension is 4419.", or answers an FAQ's question).
function withBefore(
  before: Read | undefined,
  sentence: Read,
  scoreOf: (terms: Set<string>) => number,
  leansOnBefore: boolean,
): Set<string> | undefined {
  if (before?.passage !== sentence.passage || isRow(before.text) || isRow(sentence.text)) return undefined;
  const own = scoreOf(sentence.terms);
  // "Daniel Okoro handles billing. His extension is 4419.": a sentence holding the fact asked for that leans
  // on the one before says nothing of the question itself, and is read with the sentence it leans on.
  if (!own && !leansOnBefore) return undefined;
  const joined = new Set([...before.terms, ...sentence.terms]);
  return WITH_BEFORE * scoreOf(joined) > own ? joined : undefined;
}

const isRow = (text: string) => text.includes(' · ');

// A table row that runs over the day asked ("picking_from: 2026-04-06 · picking_to: 2026-04-17" for "on April
// 10") says that day, as the answerability check reads it.
function withDayAsked(terms: Set<string>, text: string, asked: AskedDate | undefined): Set<string> {
  if (asked && isRow(text) && saysDayAsked(text, asked)) for (const w of asked.words) terms.add(w);
  return terms;
}

// A sentence that opens by pointing back ("His extension is 4419.") or that follows a question (an FAQ's "Can
// I transfer to another hotel? Yes, once you have completed 12 months' service.") says what it is about only
// with the sentence before it.
const answersBefore = (before: string, sentence: string) =>
  opensByPointingBack(sentence) || /\?\s*$/.test(before);

const SHAPED = new Set(['amount', 'duration', 'date', 'time', 'count', 'person', 'contact']);

// A sentence covers a term in its words or in a wording the thesaurus knows ("taxi" for "cab"); a place no
// sentence names, by a region it lies in or a place inside it ("Other European cities" for Milan). A place
// some sentence names ("Paris") is answered by that sentence, not by its region's row.
function coverage(question: string, sets: Array<Set<string>>): Covers {
  const unnamed = placesAsked(question).filter((p) => !sets.some((set) => set.has(p.term)));
  const places = new Map(unnamed.map((p) => [p.term, [...p.regions, ...p.regionAdjectives, ...p.parts]]));
  const holds = (terms: Set<string>, name: string[]) => name.every((w) => terms.has(w));
  // A phrase the thesaurus knows that no sentence says whole ("camp mess", "sick note") is covered, every word of
  // it, by a sentence that says it in one of its other wordings ("the dining halls", "a medical certificate"). One
  // a sentence says ("paid time off") is answered in its own words, not by every sentence that says "leave".
  const phrasesOf = phrasesByWord(question, sets);
  return (terms, t) =>
    terms.has(t) ||
    alternativesOf(t).some((alt) => holds(terms, alt)) ||
    (places.get(t) ?? []).some((name) => holds(terms, name)) ||
    (phrasesOf.get(t) ?? []).some((p) => p.alternatives.some((alt) => holds(terms, alt)));
}

// The question's thesaurus phrases that no sentence says whole, once each, by each of their words: a long question
// that repeats one is read once.
function phrasesByWord(
  question: string,
  sets: Array<Set<string>>,
): Map<string, ReturnType<typeof phrasesIn>> {
  const unique = new Map(phrasesIn(tokenize(question)).map((p) => [p.words.join(' '), p]));
  const byWord = new Map<string, ReturnType<typeof phrasesIn>>();
  for (const p of unique.values()) {
    if (sets.some((set) => p.words.every((w) => set.has(w)))) continue;
    for (const w of p.words) {
      const phrases = byWord.get(w);
      if (phrases) phrases.push(p);
      else byWord.set(w, [p]);
    }
  }
  return byWord;
}

const CONTEXT_WEIGHT = 0.5;
// Tuned on the development sets with the answerability check's own (`assess.ts`): 0.9 lost an answer, 0.6 gained less.
const WITH_BEFORE = 0.8;
// Notes in another language are written for the site they come from: asked about no place, and with no word
// of the question in their title or file name, they answer for the company as a whole only when nothing in
// English does as well.
const FOREIGN_WEIGHT = 0.8;
// Asked about a place whose own notes are retrieved, a passage that never names it is the rule elsewhere first.
const OTHER_SITES_WEIGHT = 0.6;

// Whether a passage in another language is a site's notes the question does not point at: it asks about no
// place, and no word of it is in the passage's title or file name.
function siteNotesUnasked(question: string): (passage: Passage) => boolean {
  if (placesAsked(question).length) return () => false;
  const asked = new Set(contentTerms(question));
  return (passage) => !tokenize(`${passage.source ?? ''} ${passage.title ?? ''}`).some((w) => asked.has(w));
}

// The question's terms that only its context or its examples ("like a phone charger") hold.
function contextOnly(question: string, terms: string[]): Set<string> {
  const { context, asked } = questionContext(question);
  const { examples, rest } = questionExamples(asked);
  if (!context && !examples) return new Set();
  const inAsked = new Set(contentTerms(withEquivalents(rest)));
  return new Set(
    contentTerms(withEquivalents(`${context} ${examples}`)).filter(
      (t) => terms.includes(t) && !inAsked.has(t),
    ),
  );
}

/** A sentence's place, as a key: its passage's index and its own. */
export const keyOf = (s: RankedSentence) => `${s.passageIndex}:${s.sentenceIndex}`;
