/**
 * @module Which sentences answer a question: for each part of the question, the sentences that cover it best,
 * preferring one that holds the kind of fact asked for (an amount for "how much", a length of time for "how
 * long", a table row for a lookup), never a heading or a pointer ("see the announcement") on its own.
 */
import { splitSentences, tokenize } from '../../core/index.js';
import {
  alternativesOf,
  contentTerms,
  expectedAnswerType,
  holdsAnswerType,
  holdsTimeOfDay,
  narrowRow,
  newNames,
  pointsAtPerson,
  type Quantity,
  questionParts,
  questionQuantities,
  rangeFit,
  withAntecedent,
  withGlosses,
} from '../../rag/index.js';
import type { Passage } from './collect-passages.js';
import { type RankedSentence, rankSentences } from './rank-sentences.js';

export interface ChoiceOptions {
  maxSentences: number;
  minScore: number;
  minTerms: number;
  /** A sentence need match only this share of the question's words, when below `minTerms` (default: all). */
  termShare?: number;
  /**
   * The bars for a part that nothing clears (the app found the question answerable): its best passage's
   * sentences that clear these instead.
   */
  relaxed?: Omit<ChoiceOptions, 'relaxed'>;
}

/** The sentences to quote, in the order they appear in the passages; empty when nothing answers. */
export function chooseSentences(
  question: string,
  passages: Passage[],
  opts: ChoiceOptions,
): ChosenSentence[] {
  const parts = questionParts(question);
  // The parts share the answer's sentences, rounded up: with three for two parts, the first may quote its
  // second-best sentence too (often what it asks, when the best only shares its words).
  const perPart = Math.max(1, Math.ceil(opts.maxSentences / parts.length));
  // A procedure is quoted whole, up to STEPS_MAX steps (STEPS_SENTENCES_MAX sentences): its first three steps
  // alone are not how to do it.
  const steps = parts.some((p) => expectedAnswerType(p) === 'steps');
  const max = Math.max(opts.maxSentences, parts.length, steps ? STEPS_SENTENCES_MAX : 0);
  // Each part gets sentences of its own: one another part already quotes does not answer this one too.
  const taken = new Set<string>();
  const byPart: ChosenSentence[][] = [];
  let before: RankedSentence[] = [];
  parts.forEach((part, i) => {
    const asked = whoIsMeant(part, before, question) ?? withAntecedent(part, parts[i - 1]);
    const limit = expectedAnswerType(asked) === 'steps' ? Math.max(perPart, STEPS_SENTENCES_MAX) : perPart;
    before = answerPart(asked, passages, opts, limit, taken);
    if (!before.length && opts.relaxed)
      before = onItsBest(answerPart(asked, passages, opts.relaxed, limit, taken));
    for (const s of before) taken.add(keyOf(s));
    byPart.push(before.map((s) => ({ ...s, partBest: before[0]!.passageIndex })));
  });
  // Every part's best sentence first, then each part's next, until the answer is as long as it may be.
  return inTurns(byPart, max).sort(inAnswerOrder);
}

// On weaker evidence, one passage per part only: its best one's sentences, not every passage that shares a word.
const onItsBest = (ranked: RankedSentence[]) =>
  ranked.filter((s) => s.passageIndex === ranked[0]?.passageIndex);

/** A sentence chosen to answer a part of the question, and which passage that part's best sentence is in. */
export type ChosenSentence = RankedSentence & { partBest: number };

// The order sentences are quoted in: their passages' order, and a step continued elsewhere after its list.
function inAnswerOrder(a: RankedSentence, b: RankedSentence): number {
  const place = (s: RankedSentence) => s.placedAt ?? [s.passageIndex, s.sentenceIndex];
  return place(a)[0] - place(b)[0] || place(a)[1] - place(b)[1];
}

// A sentence two passages both hold (chunks that overlap, a page said twice) is quoted once; a step a procedure
// repeats ("- Click Next.") is its own.
function inTurns<T extends { text: string; passageIndex: number }>(lists: T[][], max: number): T[] {
  const out: T[] = [];
  const said = new Map<string, number>();
  for (let rank = 0; out.length < max && lists.some((l) => rank < l.length); rank++)
    for (const list of lists) {
      const s = list[rank];
      if (!s || out.length >= max) continue;
      const from = said.get(sameText(s.text));
      if (from !== undefined && from !== s.passageIndex) continue;
      said.set(sameText(s.text), s.passageIndex);
      out.push(s);
    }
  return out;
}

const sameText = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

// "Who runs the tronc, and what's her extension?": a part asking how to reach "her" or "them" asks about whom
// the part before was answered with ("Ilse Varga"), so it is read with the one name its best sentence quotes
// (two names, and "her" could be either).
function whoIsMeant(part: string, before: RankedSentence[], question: string): string | undefined {
  if (!before[0] || !pointsAtPerson(part) || expectedAnswerType(part) !== 'contact') return undefined;
  const names = [...new Set(newNames(before[0].text, question))];
  return names.length === 1 ? `${part} ${names[0]}` : undefined;
}

// The kinds of fact a sentence must hold to answer a part at all. A "who" part is not answered by a sentence
// that only says the role it asks about ("*Health and Safety Manager, revision F*").
const STRICT = new Set(['amount', 'count', 'duration', 'date', 'time', 'contact', 'reason', 'person']);

// The most steps of one procedure quoted (a list longer than this is more than one question's answer), and
// the most sentences they may take: a step may say two things ("4. Take the spill kit. Put on its gloves.").
const STEPS_MAX = 8;
const STEPS_SENTENCES_MAX = 16;

const keyOf = (s: RankedSentence) => `${s.passageIndex}:${s.sentenceIndex}`;

function answerPart(
  part: string,
  passages: Passage[],
  opts: ChoiceOptions,
  limit: number,
  taken: Set<string>,
): RankedSentence[] {
  const type = expectedAnswerType(part);
  // One shared word ("name" in "What is your CEO's name?") is not an answer; most questions need two.
  const aboutScope = SCOPE_ASKED.test(part);
  const ranked = inBand(
    rankSentences(part, passages).filter(
      (s) =>
        s.matched >= Math.min(opts.minTerms, Math.ceil(s.of * (opts.termShare ?? 1))) &&
        !isHeadingOrPointer(s) &&
        (aboutScope || !isAboutDocument(s.text)) &&
        !taken.has(keyOf(s)),
    ),
    questionQuantities(part),
    opts.minScore,
  );
  // Sentences are ranked by closeness (rare words weigh less); whether one is close enough to quote at all is
  // told by its plain score.
  const best = ranked[0]?.closeness ?? 0;
  const near = ranked.filter((s) => s.score >= opts.minScore && s.closeness >= best * 0.6);
  if (!near.length) {
    // A procedure found by what its document is about needs no sentence of its own that repeats the question.
    const listed = type === 'steps' ? listedProcedure(part, passages) : undefined;
    return listed ? listed.slice(0, limit) : [];
  }
  // Sentences nearly as relevant as the best one; among them, those holding the kind of fact asked for first.
  const typed = near.filter((s) => holdsAnswerType(s.text, type, part));
  // A sentence without a number is no answer to "how many" or "how much": better none than a neighbour's. But
  // the best sentence's own neighbour may say it ("The window is open from 05-01-2027 to 31-01-2027. Please
  // upload the proofs in Saathi.").
  if (!typed.length && STRICT.has(type))
    return NEIGHBOURED.has(type) ? nextToBest(near[0]!, ranked, type, part) : [];
  // "What hours is the desk open?" is answered by the hours it opens, before the "1 hour" it takes to respond.
  const hours = (type === 'time' || type === 'date') && ASKS_HOURS.test(part);
  const clocked = hours ? typed.filter((s) => holdsTimeOfDay(s.text)) : [];
  const pool = typed.length
    ? preferRows(clocked.length ? clocked : typed, type)
    : near.filter((s) => s.closeness >= best * 0.7 + 1e-9 || s === near[0]);
  return type === 'steps' ? preferSteps(part, pool, ranked, passages, limit) : pool.slice(0, limit);
}

// Hours asked for: "what hours…", "opening hours", "shift hours", "what time does it open / close".
const ASKS_HOURS =
  /\b(?:what|which) hours\b|\b(?:opening|office|shift|working|desk|service) hours\b|\b(?:open|opens|close|closes)\b/i;

// How far from the best sentence, in its passage, a sentence holding the kind of fact asked for may stand; and
// the kinds of fact a neighbour may hold (a name or a phone number beside the best sentence is often another's).
const NEIGHBOUR_REACH = 2;
const NEIGHBOURED = new Set(['amount', 'count', 'duration', 'date', 'time']);

// The sentence next to the best one (within NEIGHBOUR_REACH, nearest first) that holds the kind of fact asked
// for and shares a word of the question: the same paragraph's answer to what the best sentence is about.
function nextToBest(
  best: RankedSentence,
  ranked: RankedSentence[],
  type: ReturnType<typeof expectedAnswerType>,
  part: string,
): RankedSentence[] {
  const distance = (s: RankedSentence) => Math.abs(s.sentenceIndex - best.sentenceIndex);
  // A word of the question in its own text, not only in its passage's title.
  const asked = new Set(contentTerms(part));
  const saysAsked = (s: RankedSentence) => tokenize(s.text).some((t) => asked.has(t));
  const near = ranked
    .filter((s) => s.passageIndex === best.passageIndex && s !== best && distance(s) <= NEIGHBOUR_REACH)
    .filter((s) => holdsAnswerType(s.text, type, part) && saysAsked(s))
    .sort((a, b) => distance(a) - distance(b) || b.score - a.score);
  return near.slice(0, 1);
}

// "How do I…?" is answered by what to do: the items of the first retrieved numbered or bulleted list about the
// question, from its first item (passages in retrieval order: within one document every sentence shares the
// title's words, so sentence scores cannot tell the procedure from its neighbours); else the best sentence
// that starts with what to do and the sentences after it; before sentences that only mention the subject.
function preferSteps(
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

function listedProcedure(part: string, passages: Passage[]): RankedSentence[] | undefined {
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
  const numbers = steps.map((s) => stepNumber(s.text)).filter((n) => n !== undefined);
  const number = numbers.length ? Math.max(...numbers) : undefined;
  if (number === undefined || !docOf(last.passage)) return [];
  const used = new Set(steps.map((s) => s.passage));
  for (const [passageIndex, passage] of passages.entries()) {
    if (used.has(passage) || docOf(passage) !== docOf(last.passage)) continue;
    const sentences = splitSentences(passage.text);
    const from = sentences.findIndex((t) => stepNumber(t) === number + 1);
    // The chunks overlap, so the steps before it may be this list's own ("5. Spread…"); a step 1 is another's.
    if (from < 0 || sentences.slice(0, from).some((t) => stepNumber(t) === 1)) continue;
    return quoted(passage, passageIndex, of, from, listEnd(sentences, from)).map((s, i) => ({
      ...s,
      placedAt: [last.passageIndex, last.sentenceIndex + 1 + i] as [number, number],
    }));
  }
  return [];
}

// Where a numbered list that runs from `from` ends: after its last step and at most one sentence of that step,
// not at a heading in capitals.
function listEnd(sentences: string[], from: number): number {
  let end = from + 1;
  for (let i = from + 1; i < sentences.length; i++) if (stepNumber(sentences[i]!) !== undefined) end = i + 1;
  const after = sentences[end];
  return after !== undefined && !/^[^\p{Ll}]{8,}/u.test(after) ? end + 1 : end;
}

// The number a step opens with ("6. Sweep…", "6) Sweep…"), if any; a table row's is its step cell's ("4. If you
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
  const number = cell ? cell[1] : /^\s*(\d{1,2})[.)]\s/.exec(text)?.[1];
  return number === undefined ? undefined : Number(number);
}

// A row's cell that numbers its step: under a "Step" (or "No.", "#", "Stage") column.
const STEP_CELL = /^(?:step|no\.?|#|number|stage)\s*:\s*(\d{1,2})\b/i;

// The best-ranked sentence that says what to do, and the sentences of its passage after it.
function stepsFrom(ranked: RankedSentence[]): RankedSentence[] | undefined {
  const best = ranked[0]?.closeness ?? 0;
  const first = ranked.find((s) => STEP.test(s.text) && s.closeness >= best * STEP_SHARE);
  if (!first) return undefined;
  const following = splitSentences(first.passage.text)
    .slice(first.sentenceIndex + 1)
    .map((text, i) => ({
      ...first,
      text,
      sentenceIndex: first.sentenceIndex + 1 + i,
      score: 0,
      closeness: 0,
      matched: 0,
    }));
  return [first, ...following];
}

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
const NUMBERED_CLAUSE = /^\s*\d+\.\d+(?:\.\d+)*\s+\p{Lu}/u;
const isListed = (text: string) => LIST_ITEM.test(text) || NUMBERED_CLAUSE.test(text);

// A question that names a quantity ("6 years' service") is answered by the table row whose band holds it, not
// by its neighbours that share its words ("Under 6 months"): when such a row is relevant enough, the rows
// whose bands miss the quantity go, and it leads (it is the answer, though its neighbours share more words). A row with a band per column keeps that column.
function inBand(ranked: RankedSentence[], quantities: Quantity[], minScore: number): RankedSentence[] {
  if (!quantities.length) return ranked;
  const fits = ranked.map((s) => rangeFit(s.text, quantities));
  if (!ranked.some((s, i) => fits[i] === 1 && s.score >= minScore)) return ranked;
  const fitting = ranked
    .filter((_, i) => fits[i] === 1)
    .map((s) => ({ ...s, text: narrowRow(s.text, quantities) }));
  return [...fitting, ...ranked.filter((_, i) => fits[i] === 0)];
}

// For a lookup (an amount, a count, a length of time), a table row that covers the question well beats prose.
function preferRows(sentences: RankedSentence[], type: string): RankedSentence[] {
  if (!['amount', 'count', 'duration', 'date', 'time'].includes(type)) return sentences;
  const top = sentences[0]!.closeness;
  const rows = sentences.filter((s) => isTableRow(s.text) && s.closeness >= top * 0.85);
  return rows.length ? [...rows, ...sentences.filter((s) => !rows.includes(s))] : sentences;
}

const isTableRow = (text: string) => / · [^·:]+: /.test(text);

// A sentence about the document itself ("1.1 This procedure applies to every till…", "This policy explains how
// to report sickness…", "This page lists what you need before Day 1") shares the topic's words but answers nothing, unless the question asks what the document
// covers or whom it applies to.
const ABOUT_DOCUMENT =
  /^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:this|these|the following) (?:policy|policies|procedure|procedures|guide|guidance|page|document|handbook|section|scheme|rules|notes?|notice|memo|circular|version|edition)\b[^.]{0,40}?\b(?:(?:explains?|describes?|sets? out|outlines?|lists?|summari[sz]es?) (?:how|what|when|who|which|the|our|your)|tells? you|(?:replaces?|supersedes?|updates?) (?:the|our|all|any|an?|version)\b|(?:applies|apply) to|covers? (?:all|every|any|the|our|staff|employees|colleagues|how|what)|(?:is|are) for (?:all|every|any|the|our|staff|employees|colleagues|anyone))\b/i;
const SCOPE_ASKED =
  /\b(?:apply|applies|cover|covers|covered|who (?:is|are) (?:it|this) for|eligible|include[sd]?|replaced?|replaces|superseded?|supersedes)\b/i;
const LISTING = /\b(?:lists?|sets? out|outlines?|summari[sz]es?|describes?)\b/i;
// Not when what it lists follows a colon ("This section lists what to bring on Day 1: your NBI clearance…").
const isAboutDocument = (text: string) => {
  const m = ABOUT_DOCUMENT.exec(text);
  if (!m) return false;
  return !(LISTING.test(m[0]) && /:\s+\S/.test(text.slice(m.index + m[0].length)));
};

// A heading repeated as a sentence, a label ending in a colon, a memo's header (who wrote to whom, when and on
// what) or a pointer elsewhere answers nothing.
function isHeadingOrPointer(s: RankedSentence): boolean {
  const text = s.text.trim();
  if (/:\s*$/.test(text) || isMemoHeader(text)) return true;
  if (s.passage.title?.split(' › ').some((h) => h.trim().toLowerCase() === text.toLowerCase())) return true;
  return (
    /^(?:see|refer to|read|visit|check|consult)\b|\bfor (?:more|further) (?:information|details)\b|\bsee (?:the|our|this) \w+|\b(?:follow|set out|given|listed|explained)\b[^.]{0,40}\bin (?:the|their|its|your) (?:own )?(?:local |site )+notes\b|\b(?:is|are) (?:set out |listed |given )?(?:on|in) the [^.]{0,40}\b(?:page|policy|procedure|guide|intranet|website|handbook)\b/i.test(
      text,
    ) && !/\d/.test(text)
  );
}

// "To : All employees · From : Payroll Team · Date : 05-01-2027 · Subject : …": three fields of a memo or letter
// head at least, each opening a line or a "·"-joined item; two when the sentence opens with one ("To: All Eldoret
// staff Date: 10/03/2027").
const isMemoHeader = (text: string) => {
  if ((text.match(MEMO_FIELD) ?? []).length >= MEMO_FIELDS) return true;
  // Its lines joined into one sentence, a field stands after a space.
  return MEMO_OPENING.test(text) && (text.match(MEMO_FIELD_ANYWHERE) ?? []).length >= 2;
};
const MEMO_OPENING = /^\s*(?:to|from|date|subject|ref|re|cc|attn|memo no)\s*:/i;
const MEMO_FIELD_ANYWHERE = /(?:^|\s)(?:to|from|date|subject|ref|re|cc|attn|memo no)\s*:/gi;
const MEMO_FIELD = /(?:^|\n|·)[^\S\n]*(?:to|from|date|subject|ref|re|cc|attn|memo no)[^\S\n]*:/gi;
const MEMO_FIELDS = 3;
