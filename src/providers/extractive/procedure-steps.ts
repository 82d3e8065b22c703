/**
 * @module A procedure quoted as the answer to "how do I…?": the steps of the first retrieved list about the question,
 * from its first item and with its continuation in the next passage, or the sentences that start with what to do.
 */
import { splitSentences, tokenize } from '../../core/index.js';
import { alternativesOf, contentTerms, withGlosses } from '../../rag/index.js';
import type { Passage } from './collect-passages.js';
import { keyOf, type RankedSentence } from './rank-sentences.js';
import { isAboutDocument } from './sentence-kinds.js';

// The most steps of one procedure quoted (a list longer than this is more than one question's answer), and
// the most sentences they may take: a step may say two things ("4. Take the spill kit. Put on its gloves.").
export const STEPS_MAX = 8;
export const STEPS_SENTENCES_MAX = 16;

// "How do I…?" is answered by what to do: the items of the first retrieved numbered or bulleted list about the
// question, from its first item (passages in retrieval order: within one document every sentence shares the
// title's words, so sentence scores cannot tell the procedure from its neighbours); else the best sentence
// that starts with what to do and the sentences after it; before sentences that only mention the subject.
/** The sentences that answer "how do I…?": the steps of the procedure asked about, from its first step. */
export function preferSteps(
  part: string,
  pool: RankedSentence[],
  ranked: RankedSentence[],
  passages: Passage[],
  limit: number,
): RankedSentence[] {
  const found = listedProcedure(part, passages) ?? stepsFrom(ranked);
  if (!found) return pool.slice(0, limit);
  // Up to STEPS_MAX steps, whatever sentences they take; sentences that only mention the subject fill the
  // answer up to STEPS_MAX sentences.
  const steps = found.slice(0, Math.min(STEPS_SENTENCES_MAX, sentencesOfSteps(found, STEPS_MAX)));
  const rest = pool.filter((s) => !steps.some((t) => keyOf(t) === keyOf(s)));
  return [...steps, ...rest].slice(0, Math.max(steps.length, Math.min(limit, STEPS_MAX)));
}

// How many sentences the first `max` steps of a list take (numbered or bulleted), with the sentences that go
// with each.
function sentencesOfSteps(list: RankedSentence[], max: number): number {
  let seen = 0;
  const over = list.findIndex((s) => isListed(s.text) && ++seen > max);
  return over < 0 ? list.length : over;
}

/** The first retrieved list of steps about the part, from its first item; undefined when none is. */
export function listedProcedure(part: string, passages: Passage[]): RankedSentence[] | undefined {
  const terms = contentTerms(part);
  // A document about the question whose passage lists no steps may list them in a later passage (its scope
  // restates the question; "2. MAKING A CLAIM" follows, retrieved as the next chunk): such a passage is taken
  // when none about the question by itself lists steps.
  const aboutDocs = new Set<string>();
  let continued: RankedSentence[] | undefined;
  for (const [passageIndex, passage] of passages.entries()) {
    const doc = docOf(passage);
    const own = about(passage, terms);
    const found = fromItsStart(stepsIn(passage, passageIndex, terms.length), passages, terms.length);
    const steps = found && withItsContinuation(found, passages, terms.length);
    if (steps && own) return sectionAsked(steps, passages, terms) ?? steps;
    if (steps && doc && aboutDocs.has(doc)) continued ??= steps;
    if (own && doc) aboutDocs.add(doc);
  }
  return continued && (sectionAsked(continued, passages, terms) ?? continued);
}

// The case a question asks what to do in, when a section's heading names it ("If you touch an aircraft" for
// "what do I do if my high-loader touches an aircraft?"), told in sentences rather than a numbered list, is its
// procedure: not the list of another section the question names less of ("Approaching the aircraft").
function sectionAsked(
  steps: RankedSentence[],
  passages: Passage[],
  terms: string[],
): RankedSentence[] | undefined {
  const listed = headingMatch(steps[0]!.passage, terms);
  const best = passages
    .map((passage, index) => ({ passage, index, match: caseMatch(passage, terms) }))
    .filter(
      (p) =>
        p.match > listed &&
        p.match >= MIN_HEADING_MATCH &&
        !p.passage.text.includes(' · ') &&
        !stepsIn(p.passage, p.index, terms.length),
    )
    .sort((a, b) => b.match - a.match)[0];
  return best && quoted(best.passage, best.index, terms.length, 0);
}

// A passage's own section heading: the last of its title's path.
const headingOf = (passage: Passage) => {
  const path = (passage.title ?? '').split(' › ');
  return path.length < 2 ? '' : path.at(-1)!;
};

// How many of the question's words a passage's own section heading says.
function headingMatch(passage: Passage, terms: string[]): number {
  const heading = new Set(tokenize(headingOf(passage)));
  return terms.filter((t) => heading.has(t)).length;
}

// As headingMatch, for a heading that names a case ("If you touch an aircraft", "When a guest falls ill").
const caseMatch = (passage: Passage, terms: string[]) =>
  CASE_HEADING.test(headingOf(passage)) ? headingMatch(passage, terms) : 0;

const CASE_HEADING = /^\s*(?:if|when|in case of|in the event of|after)\b/i;

const MIN_HEADING_MATCH = 2;

// Sentences of a passage from one of them, as quoted steps (ranked by nothing: their place is the list's).
function quoted(
  passage: Passage,
  passageIndex: number,
  of: number,
  from: number,
  to?: number,
): RankedSentence[] {
  const base = { passage, passageIndex, score: 0, closeness: 0, matched: 0, of };
  return splitSentences(passage.text)
    .slice(from, to)
    .map((text, i) => ({ ...base, sentenceIndex: from + i, text }));
}

// A passage's list from its first step, when it lists two steps or more. A numbered clause about the document
// itself ("1.1 This procedure explains…") is no step.
function stepsIn(passage: Passage, passageIndex: number, of: number): RankedSentence[] | undefined {
  const sentences = splitSentences(passage.text);
  const isStep = (t: string) => isListed(t) && !isAboutDocument(t);
  const first = sentences.findIndex(isStep);
  if (first < 0 || sentences.filter(isStep).length < 2) return undefined;
  return quoted(passage, passageIndex, of, first);
}

// A list found from its middle ("6. Sweep…", the next chunk retrieved first) is read from the passage of the
// same document where it begins: one whose list runs from step 1 up to the step before (a table of contents
// that merely numbers "4. Fire. 5. Spills." is no start), when that passage was retrieved too.
function fromItsStart(
  found: RankedSentence[] | undefined,
  passages: Passage[],
  of: number,
): RankedSentence[] | undefined {
  const first = found?.[0] && stepNumber(found[0].text);
  if (!found || first === undefined || first <= 1) return found;
  const doc = docOf(found[0]!.passage);
  const start = passages.findIndex(
    (p) => p !== found[0]!.passage && doc !== '' && docOf(p) === doc && numbersFromOne(p.text, first - 1),
  );
  return (start >= 0 && stepsIn(passages[start]!, start, of)) || found;
}

// Whether a text numbers its steps 1, 2, … up to `last`, in order.
function numbersFromOne(text: string, last: number): boolean {
  const numbers = splitSentences(text)
    .map(stepNumber)
    .filter((n) => n !== undefined);
  return numbers.includes(1) && numbers.indexOf(last) > numbers.indexOf(1);
}

const docOf = (p: Passage) => p.docId ?? p.source ?? '';

// The list, and where it goes on in other passages of its document, chunk after chunk.
function withItsContinuation(found: RankedSentence[], passages: Passage[], of: number): RankedSentence[] {
  const steps = [...found];
  for (let next = stepsAfter(steps, passages, of); next.length; next = stepsAfter(steps, passages, of))
    steps.push(...next);
  return steps;
}

// A numbered list cut where its passage ends ("… 5. Spread absorbent granules") goes on in another passage of
// the same document (the next chunk, retrieved after it): from the step numbered one more ("6. Sweep…"), when no
// step 1 comes before it there (another list of the document that starts again at 1 is not this one), to its
// last step and the one sentence that may go with it: what the passage says after the list is not a step.
// A bulleted list cannot be told to go on.
function stepsAfter(steps: RankedSentence[], passages: Passage[], of: number): RankedSentence[] {
  const last = steps[steps.length - 1]!;
  const label = lastLabel(steps);
  if (label === undefined || !docOf(last.passage)) return [];
  const [section, number] = label;
  const is = (t: string, n: number) => {
    const l = stepLabel(t);
    return l !== undefined && l[0] === section && l[1] === n;
  };
  const used = new Set(steps.map((s) => s.passage));
  for (const [passageIndex, passage] of passages.entries()) {
    if (used.has(passage) || docOf(passage) !== docOf(last.passage)) continue;
    const sentences = splitSentences(passage.text);
    const from = sentences.findIndex((t) => is(t, number + 1));
    // The chunks overlap, so the steps before it may be this list's own ("5. Spread…"); a step 1 is another's.
    if (from < 0 || sentences.slice(0, from).some((t) => is(t, 1))) continue;
    return quoted(passage, passageIndex, of, from, listEnd(sentences, from, section)).map((s, i) => ({
      ...s,
      placedAt: [last.passageIndex, last.sentenceIndex + 1 + i] as [number, number],
    }));
  }
  return [];
}

// Where a numbered list that runs from `from` ends: after its last step and at most one sentence of that step,
// not at a heading in capitals.
function listEnd(sentences: string[], from: number, section: string): number {
  let end = from + 1;
  for (let i = from + 1; i < sentences.length; i++)
    if (stepLabel(sentences[i]!)?.[0] === section) end = i + 1;
  const after = sentences[end];
  return after !== undefined && !/^[^\p{Ll}]{8,}/u.test(after) ? end + 1 : end;
}

// The number a step opens with ("6. Sweep…", "6) Sweep…", "Step 6. Sweep…"), if any; a table row's is its step cell's ("4. If you
// are exposed · Step: 3. Get evaluated" is step 3 of the table under heading 4).
function stepNumber(text: string): number | undefined {
  const cells = text.split(' · ');
  const cell =
    cells.length > 1
      ? cells
          .slice(1)
          .map((c) => STEP_CELL.exec(c))
          .find(Boolean)
      : undefined;
  const number = cell ? cell[1] : /^\s*(?:(?:step|stage)\s+)?(\d{1,2})[.):]\s/i.exec(text)?.[1];
  return number === undefined ? undefined : Number(number);
}

// A step's number with the section it is numbered in: ["", 6] for "6. Sweep…", ["2.", 5] for a numbered clause,
// "2.5 Add the expenses…" or "2.5. Add…" (the step after "2.4", not after "5.").
function stepLabel(text: string): [section: string, number: number] | undefined {
  const plain = stepNumber(text);
  if (plain !== undefined) return ['', plain];
  const clause = /^\s*((?:\d{1,2}\.)+)(\d{1,2})[.)]?\s+\p{Lu}/u.exec(text);
  return clause ? [clause[1]!, Number(clause[2])] : undefined;
}

// The label of the last numbered step of a list.
function lastLabel(steps: RankedSentence[]): [string, number] | undefined {
  for (let i = steps.length - 1; i >= 0; i--) {
    const label = stepLabel(steps[i]!.text);
    if (label) return label;
  }
  return undefined;
}

// A row's cell that numbers its step: under a "Step" (or "No.", "#", "Stage") column.
const STEP_CELL = /^(?:step|no\.?|#|number|stage)\s*:\s*(\d{1,2})\b/i;

// The best-ranked sentence that says what to do, and the sentences of its passage after it.
function stepsFrom(ranked: RankedSentence[]): RankedSentence[] | undefined {
  const best = ranked[0]?.closeness ?? 0;
  const found = ranked.find((s) => STEP.test(s.text) && s.closeness >= best * STEP_SHARE);
  if (!found) return undefined;
  const sentences = splitSentences(found.passage.text);
  // The best step may be one of the middle ("Step 2. If anybody is hurt…" for "nobody injured, what do we do?"):
  // the procedure is quoted from its first step, when its passage numbers the steps from 1 up to it.
  const start = firstOfList(sentences, found.sentenceIndex);
  const first =
    start === found.sentenceIndex ? found : { ...found, text: sentences[start]!, sentenceIndex: start };
  const following = sentences.slice(start + 1).map((text, i) => ({
    ...first,
    text,
    sentenceIndex: start + 1 + i,
    score: 0,
    closeness: 0,
    matched: 0,
  }));
  return [first, ...following];
}

// Where the numbered list that sentence `at` is a step of begins: the step numbered 1 before it, when every
// number up to its own comes in order between, each a step of a few sentences, and the steps up to it fit in what
// is quoted (the step that matched is always quoted: numbered sections of prose, "1. Purpose", are no steps to
// rewind to); else `at` itself.
/** Where the numbered list that sentence `at` is a step of begins, when it is to be quoted from there. */
export function firstOfList(sentences: string[], at: number): number {
  const number = stepNumber(sentences[at] ?? '');
  if (number === undefined || number <= 1 || number > STEPS_MAX) return at;
  let expected = number - 1;
  for (let i = at - 1; i >= 0 && expected >= 1; i--) {
    const n = stepNumber(sentences[i]!);
    if (n === undefined) continue;
    if (n !== expected) return at;
    if (n === 1) return at - i <= (number - 1) * SENTENCES_A_STEP ? i : at;
    expected--;
  }
  return at;
}

// The most sentences a step of a list rewound over may take ("Step 1. Stop. Put on the hazard lights. Make the
// people safe.").
const SENTENCES_A_STEP = 3;

// A step need not repeat the question's words as the best sentence does ("Open My Time Off" for "book a week off").
const STEP_SHARE = 0.4;

// Whether a passage (with its title) holds most of the question's key words.
function about(passage: Passage, terms: string[]): boolean {
  const words = new Set(tokenize(withGlosses(`${passage.title ?? ''} ${passage.text}`)));
  return (
    terms.filter((t) => words.has(t) || alternativesOf(t).some((a) => a.every((w) => words.has(w)))).length >=
    terms.length * STEP_COVERAGE
  );
}

// A procedure must hold this share of the question's key words to answer it.
const STEP_COVERAGE = 0.5;

const STEP_VERBS =
  'open|go|sign|log|choose|select|click|tap|fill|complete|submit|send|e-?mail|ask|call|phone|ring|book|enter|add|attach|upload|raise|contact|tell|report|find|write|put|check|take|print|press|follow|update|request|apply|register|download|scan|give|hand|return|record';
const LIST_ITEM = /^\s*(?:\d+(?:\.\d+)*[.)]|step \d+[:.]?|[-*•])\s+/i;
// A step opens with what to do, or with the case it is for ("If your box has not arrived by 21:00, report it…").
const STEP = new RegExp(
  `${LIST_ITEM.source}|^\\s*(?:${STEP_VERBS})\\b|^\\s*if\\b[^,.;]{1,120},\\s*(?:${STEP_VERBS})\\b`,
  'i',
);
// A numbered clause of a procedure ("2.1 Install Ledgerline…"), not a decimal ("1.5 times your rate").
const NUMBERED_CLAUSE = /^\s*\d+\.\d+(?:\.\d+)*[.)]?\s+\p{Lu}/u;
const isListed = (text: string) => LIST_ITEM.test(text) || NUMBERED_CLAUSE.test(text);
