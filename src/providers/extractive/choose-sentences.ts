/**
 * @module Which sentences answer a question: for each part of the question, the sentences that cover it best,
 * preferring one that holds the kind of fact asked for (an amount for "how much", a length of time for "how
 * long", a table row for a lookup), never a heading or a pointer ("see the announcement") on its own.
 */
import { splitSentences, tokenize } from '../../core/index.js';
import {
  type AnswerType,
  contentTerms,
  expectedAnswerType,
  holdsAnswerType,
  holdsTimeOfDay,
  namesLengthAsked,
  narrowRow,
  newNames,
  pointsAtPerson,
  type Quantity,
  questionParts,
  questionQuantities,
  rangeFit,
  saysWhen,
  withAntecedent,
  withoutPurpose,
} from '../../rag/index.js';
import type { Passage } from './collect-passages.js';
import { listedProcedure, preferSteps, STEPS_SENTENCES_MAX } from './procedure-steps.js';
import { keyOf, type RankedSentence, rankSentences } from './rank-sentences.js';
import {
  isAboutDocument,
  isHeadingOrPointer,
  isHistoryRowUnasked,
  isRecordUnasked,
  SCOPE_ASKED,
} from './sentence-kinds.js';

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
    before = untaken(answerPart(asked, passages, opts, limit, taken), taken);
    if (!before.length && opts.relaxed)
      before = untaken(onItsBest(answerPart(asked, passages, opts.relaxed, limit, taken)), taken);
    for (const s of before) taken.add(keyOf(s));
    byPart.push(before.map((s) => ({ ...s, partBest: before[0]!.passageIndex })));
  });
  // Every part's best sentence first, then each part's next, until the answer is as long as it may be.
  return withSentenceBeforeNeeded(inTurns(byPart, max), max).sort(inAnswerOrder);
}

// "Examples: theft of cargo; sleeping on night watch; …" shows what the sentence before it says ("Gross misconduct
// can lead to dismissal for a first offence."): quoted alone, the examples say what counts, not what follows. The
// best such sentence brings its claim in, in place of the answer's last sentence when the answer is full; a claim is a
// sentence of its own (it opens with a capital), not the tail of one cut at an abbreviation ("cl. 4.2 of the Code.").
// A sentence that points back at the time the one before says ("…by then…") brings that one in the same way.
function withSentenceBeforeNeeded(chosen: ChosenSentence[], max: number): ChosenSentence[] {
  const at = chosen.findIndex(
    (s) =>
      !s.placedAt &&
      s.sentenceIndex > 0 &&
      (OPENS_WITH_EXAMPLES.test(s.text) || POINTS_BACK_IN_TIME.test(s.text)),
  );
  const leaning = chosen[at];
  if (!leaning || at >= max - 1) return chosen;
  const claim = { ...leaning, sentenceIndex: leaning.sentenceIndex - 1 };
  const text = splitSentences(leaning.passage.text)[claim.sentenceIndex];
  if (!text || !/^\W*\p{Lu}/u.test(text) || /:\s*$/.test(text)) return chosen;
  if (chosen.some((s) => keyOf(s) === keyOf(claim))) return chosen;
  return [...chosen.slice(0, max - 1), { ...claim, text }];
}

// "Mistakes reported by then are fixed in that Friday's pay": "then" is the time the sentence before says ("Tell
// Payroll by Tuesday 4.00pm if your payslip is wrong"), which is the answer.
const POINTS_BACK_IN_TIME =
  /\b(?:by|until|till|before|after|from|since) then\b|\bby that (?:time|date|day)\b/i;

const OPENS_WITH_EXAMPLES =
  /^\W*(?:examples?\s*(?:include\b|:)|for example\b|for instance\b|e\.g\.|such as\b)/i;

// A procedure is quoted from its passage whatever was taken; two parts that ask for it ("how do I buy extra days,
// and how do I book them?") quote it once.
const untaken = (chosen: RankedSentence[], taken: Set<string>) => chosen.filter((s) => !taken.has(keyOf(s)));

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
        !isHistoryRowUnasked(s.text, part) &&
        !isRecordUnasked(s.text, part) &&
        (aboutScope || !isAboutDocument(s.text)) &&
        !taken.has(keyOf(s)),
    ),
    questionQuantities(part),
    opts.minScore,
  );
  // Sentences are ranked by closeness (rare words weigh less); whether one is close enough to quote at all is
  // told by its plain score.
  const best = ranked[0]?.closeness ?? 0;
  const close = ranked.filter((s) => s.score >= opts.minScore && s.closeness >= best * 0.6);
  const near = [...close, ...namingTheLength(part, ranked, type).filter((s) => !close.includes(s))];
  if (!near.length) {
    // A procedure found by what its document is about needs no sentence of its own that repeats the question.
    const listed = type === 'steps' ? listedProcedure(withoutPurpose(part), passages) : undefined;
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
    ? namedFirst(whenSaidFirst(preferRows(clocked.length ? clocked : typed, type), type), type)
    : near.filter((s) => s.closeness >= best * 0.7 + 1e-9 || s === near[0]);
  return type === 'steps'
    ? preferSteps(withoutPurpose(part), pool, ranked, passages, limit)
    : pool.slice(0, limit);
}

// A length asked for by its name ("the standard lead time for the seat cover fabric") is answered by a sentence that
// names it and gives one ("our standard lead time is 7 weeks"), however little else of the question it says: what
// the length is of, its document says elsewhere (the letter's subject line).
function namingTheLength(part: string, ranked: RankedSentence[], type: AnswerType): RankedSentence[] {
  return ranked.filter((s) => namesLengthAsked(s.text, part) && holdsAnswerType(s.text, type, part));
}

// "When does the bonus land?": a sentence that says when ("paid on Friday 15 January") before one that holds only
// a length of time ("30 hours or more a week"), which answers "when" only when nothing says a day or a date.
function whenSaidFirst(typed: RankedSentence[], type: string): RankedSentence[] {
  if (type !== 'date') return typed;
  // Only among the closest: a sentence that says a day but less of the question is not moved up.
  const top = Math.max(...typed.map((s) => s.closeness));
  const said = typed.filter((s) => s.closeness >= top * WHEN_CLOSE && saysWhen(s.text));
  return [...said, ...typed.filter((s) => !said.includes(s))];
}

const WHEN_CLOSE = 0.9;

// "Who runs the Freeport agent office?": a sentence that names a person by a title or a cell of its own ("Name: Mrs
// Yvette Darville · Role: Freeport Agent"; not "Site name: Freeport Agent Office") before one that only names places
// and offices, when nearly as close.
function namedFirst(typed: RankedSentence[], type: string): RankedSentence[] {
  if (type !== 'person') return typed;
  const top = Math.max(...typed.map((s) => s.closeness));
  const named = typed.filter((s) => s.closeness >= top * NAMED_CLOSE && PERSON_NAMED.test(s.text));
  return [...named, ...typed.filter((s) => !named.includes(s))];
}

const NAMED_CLOSE = 0.6;
const PERSON_NAMED =
  /\b(?:Mr|Mrs|Ms|Miss|Dr|Mx|Sra|Mme|M\.|Capt|Captain)\.?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+)?|(?:^|·\s*)(?:[Nn]ame|[Nn]om|[Nn]ombre|[Nn]ome|[Hh]eld by)\s*:\s*\p{Lu}/u;

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
