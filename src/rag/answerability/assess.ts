/**
 * @module The answerability signal: can the retrieved passages answer this question? Three tests, each with a
 * reason a person can read: a key word of the question that the knowledge base never mentions (in any
 * wording it knows), too little of the question covered by the best passages, and passages that hold no fact
 * of the kind asked for (no amount for "how much", no date for "when"). A request for a named person's private
 * data is never grounded. The place check is `place-check.ts`; what the checks share, `judged.ts`.
 */
import type { Grounding } from '../../core/index.js';
import { CLITIC, levenshtein, tokenize } from '../../core/index.js';
import { languagesOf, ownStemSpellings } from '../crosslingual/index.js';
import { currencyBeforeSource, monthNumber } from '../normalise/index.js';
import { isOrdinaryWord } from '../wordnet/index.js';
import { withAntecedent, withTopicBefore } from './antecedent.js';
import { amountOfAsked, asksIfThereIs, existenceAsked, propertyAsked } from './asked-of.js';
import { partHoldsType, quantityBeyond } from './holds-type.js';
import {
  covered,
  has,
  isProper,
  type Judged,
  known,
  type PassageText,
  passageStats,
  pct,
  phrasesSaidOtherwise,
  type TermStats,
  verdict,
  weigher,
  wordOf,
} from './judged.js';
import { kinUnsaid } from './kin-said.js';
import { unlistedMobile } from './mobile-unlisted.js';
import { askedInOtherLanguage } from './other-language.js';
import { placeAwareWords } from './passage-words.js';
import { absentPlace, unknownSite } from './place-check.js';
import { privatePersonAsked } from './private-request.js';
import {
  contentTerms,
  expectedAnswerType,
  isNumberTerm,
  questionContext,
  questionExamples,
  questionParts,
  topicTerms,
} from './question.js';
import { pastedOnly, saidAside } from './said-aside.js';
import { asksSecret, givesSecret, secretNamed } from './secret-asked.js';
import {
  columnMissing,
  namedTableMissing,
  numberedColumnMissing,
  proseOf,
  rowNotHeld,
  rowsIn,
  rowsMissing,
} from './table-rows.js';
import { dayBeyondRows, quarterUnnamed, unlistedCode, weekBeyondPassages, yearBeyond } from './unlisted.js';
import { isEverydayWord, timeFrameStems, topicalStems, withoutFrame } from './word-roles.js';
import { yearNotStated } from './year-stated.js';

export type { PassageText, TermStats } from './judged.js';

export interface GroundingOptions {
  /** Below this share of the question's weighted key words in the best passage, a question is not grounded. */
  minCoverage?: number;
  /** With a word the knowledge base never uses, the rest of the question must be covered this well. */
  restCoverage?: number;
  /** The question as the asker wrote it, before it was read into English: tells a question asked in another language. */
  written?: string;
}

const DEFAULT_MIN_COVERAGE = 0.55;
const DEFAULT_REST_COVERAGE = 0.9;
// How much a word of the context before the question counts, next to a word of the question itself (tuned on
// the development sets: 0.25 declined a long story before a short question; 0, ignoring it, declined more).
const CONTEXT_WEIGHT = 0.1;

/** Whether `passages` can answer `question`; `corpus` (the whole knowledge base) sharpens the unknown-word test. */
export function assessGrounding(
  question: string,
  passages: PassageText[],
  corpus?: TermStats,
  opts: GroundingOptions = {},
): Grounding {
  const expects = expectedAnswerType(question);
  const person = privatePersonAsked(question);
  if (person) return verdict(false, `asks for private information about ${person}`, 0, expects);
  if (!passages.length) return verdict(false, 'no passage was retrieved', 0, expects);
  const mobile = unlistedMobile(question, passages, expects);
  if (mobile) return mobile;
  const pasted = pastedOnly(question);
  const terms = asIndexed(
    withoutFrame(contentTerms(question).filter((t) => !isEverydayWord(t) && !pasted.has(t))),
    question,
    corpus,
  );
  if (!terms.length) return verdict(true, 'the question has no key words to check', 1, expects);
  const wordsOf = placeAwareWords(question);
  const languages = passages.map((p) => languagesOf(p.text));
  const sets = passages.map((p, i) => wordsOf(`${p.title ?? ''} ${p.text}`, languages[i]!));
  const stats = corpus ?? passageStats(sets);
  // Context the asker gives ("I'm off to Paris for a workshop — …") counts less: a passage need not repeat it.
  const context = contextOnly(question, terms);
  const rarity = weigher(stats);
  const weight = (t: string) => rarity(t) * (context.has(t) ? CONTEXT_WEIGHT : 1);
  let topical: Set<string> | undefined;
  const ctx: Judged = {
    question,
    terms,
    context,
    passages,
    languages,
    sets,
    wordsOf,
    weight,
    share: (t) => stats.df(t) / Math.max(1, stats.chunks),
    expects,
    topical: () => (topical ??= topicalStems(question)),
  };
  const unknown =
    corpus && !askedInOtherLanguage(opts.written ?? question)
      ? unknownWords(ctx, stats, opts.restCoverage ?? DEFAULT_REST_COVERAGE)
      : {};
  if (unknown.declined) return unknown.declined;
  const absent =
    (corpus && (unlistedCode(ctx, stats) ?? absentPlace(ctx, stats) ?? unknownSite(ctx, stats))) ||
    yearBeyond(ctx) ||
    quarterUnnamed(ctx) ||
    dayBeyondRows(ctx) ||
    weekBeyondPassages(ctx);
  if (absent) return absent;
  const judged = partsCovered(ctx, opts.minCoverage ?? DEFAULT_MIN_COVERAGE, unknown.unanswered);
  const { note, words } = unknown.note ? unknown : unknownNames(ctx, corpus);
  if (!note || !judged.grounded) return judged;
  return {
    ...judged,
    reason: `${note}; ${judged.reason}`,
    ...(words ? { unknown: words } : {}),
    ...(unknown.unanswered ? { unanswered: unknown.unanswered } : {}),
  };
}

// A word of a question in another language is read as its stem there ("werkdag" for "werkdagen"), as the base's pages
// in that language are indexed; a page too short to tell its language (a table row) is indexed only as written, so
// where the base knows the word only as typed, it is read so.
function asIndexed(terms: string[], question: string, corpus: TermStats | undefined): string[] {
  const typed = ownStemSpellings(question);
  if (!corpus || !typed.size) return terms;
  return terms.map((t) => {
    const asTyped = typed.has(t) ? tokenize(typed.get(t)!)[0] : undefined;
    return asTyped && corpus.df(t) === 0 && corpus.df(asTyped) > 0 ? asTyped : t;
  });
}

// Names the knowledge base never mentions do not decline a question (a wider rule may cover "Munich"), but
// the reason says so: a person reading "covers 100%" should know a name of the question was not found.
function unknownNames(c: Judged, corpus: TermStats | undefined): { note?: string; words?: string[] } {
  if (!corpus) return {};
  const names = c.terms.filter((t) => isProper(t, c.question) && !known(t, corpus) && !c.context.has(t));
  if (!names.length) return {};
  const words = names.map((t) => wordOf(t, c.question));
  const listed = words.map((w) => `"${w}"`).join(', ');
  return { note: `the knowledge base never mentions the name ${listed} (a wider rule may cover it)`, words };
}

// Only the whole knowledge base can say a word is never used; a few passages cannot. A word it never uses
// ("dental" in "who provides dental insurance?") makes a question unanswerable unless the rest of the
// question is covered by one passage almost entirely ("version" in "which Android version does the app need?").
function unknownWords(
  c: Judged,
  stats: TermStats,
  restCoverage: number,
): { declined?: Grounding; note?: string; words?: string[]; unanswered?: string[] } {
  // A wording of several words counts only said together, in one passage: "clothing" in one document and
  // "policy" in another do not say "dress code" ("clothing policy").
  const viaPhrase = phrasesSaidOtherwise(
    c.terms,
    (w) => stats.df(w) > 0,
    (wording) => c.sets.some((s) => wording.every((w) => s.has(w))),
  );
  // A word naming the kind of answer ("afternoon" in "when's the afternoon one?") says nothing of the topic.
  const topics = new Set(questionParts(c.question).flatMap((p) => topicTerms(p)));
  const aside = saidAside(c.question);
  const spelt = spellings(c.question);
  const wordOf = (t: string) => spelt.get(t) ?? t;
  const proper = properTerms(c.question);
  const candidates = c.terms.filter(
    (t) =>
      topics.has(t) &&
      !known(t, stats) &&
      !viaPhrase.has(t) &&
      !proper.has(t) &&
      !isNumberTerm(t) &&
      // A month says when, not what: "a week off in august" asks about leave, whether or not the base names August.
      !monthNumber.has(wordOf(t).toLowerCase()) &&
      !c.context.has(t) &&
      !aside.has(t) &&
      !isAskingWordTypo(wordOf(t), c.question),
  );
  if (!candidates.length) return {};
  // A word read as its own language's stem ("mol") is topical as typed ("molen").
  const topicalWords = c.topical();
  const topical = {
    has: (t: string) => topicalWords.has(t) || tokenize(wordOf(t)).some((w) => topicalWords.has(w)),
  };
  const unknown = candidates.filter((t) => topical.has(t));
  if (!unknown.length) return {};
  // "hatid-sundo" is two stems and one word: named once.
  const named = [...new Set(unknown.map((t) => wordOf(t)))];
  const words = named.map((w) => `"${w}"`).join(', ');
  const unknownSet = new Set(unknown);
  const rest = c.terms.filter((t) => !unknownSet.has(t));
  const covers = rest.length ? Math.max(...c.sets.map((s) => covered(rest, s, c.weight))) : 0;
  // The rest must also say as much as the unknown word would: a few words the base uses everywhere (its own
  // name, "policy", "office") do not outweigh a word it never uses.
  const says = rest.reduce((sum, t) => sum + c.weight(t), 0) >= rarestWeight(stats) * unknown.length;
  // The rest must name a thing too: "wear" alone says nothing of "jeans", the thing asked about.
  const namesThing = rest.some((t) => topical.has(t) && !c.context.has(t) && c.weight(t) > 0);
  // A word WordNet knows whose kin no passage says either ("pets" beside a hostel's rules) names a thing the
  // base lacks; "hat" beside "safety helmet" is its everyday name for one it has.
  const kinSaid = () =>
    !kinUnsaid(
      named,
      c.passages.map((p) => p.text),
      c.question,
    ).length;
  if (
    covers >= restCoverage &&
    says &&
    namesThing &&
    !unknown.some(
      (t) =>
        propertyAsked(c.question).has(t) ||
        existenceAsked(c.question).has(t) ||
        amountOfAsked(c.question).has(t),
    ) &&
    kinSaid()
  )
    return {
      note: `the knowledge base never mentions ${words}, but one passage covers the rest`,
      words: named,
    };
  // A question of several parts whose unknown words are all in some of them ("How long does a gift card last, and
  // can I add a personal note?"): the other parts are answered, and those are left unanswered.
  const unanswered = partsAskingUnknown(c.question, unknownSet);
  if (unanswered)
    return {
      note: `the knowledge base never mentions ${words}, asked in "${unanswered.join('", "')}", which is left unanswered`,
      words: named,
      unanswered,
    };
  const declined = verdict(false, `the knowledge base never mentions ${words}`, 0, c.expects);
  return { declined: { ...declined, unknown: named } };
}

// The parts of a question of two or more that hold its unknown words, when some part holds none; else undefined.
function partsAskingUnknown(question: string, unknown: Set<string>): string[] | undefined {
  const parts = questionParts(question);
  if (parts.length < 2) return undefined;
  const asking = parts.filter((p) => contentTerms(p).some((t) => unknown.has(t)));
  // The first part asks what the question is about; a later one asks something beside it ("and can I add a note?"),
  // unless it asks whether there is a thing the base never names ("and is there a prize draw?"): that is declined.
  if (asking.some(asksIfThereIs)) return undefined;
  return asking.length && !asking.includes(parts[0]!) ? asking : undefined;
}

// The stemmed words the question capitalises past its first word (names: isProper, read once).
function properTerms(question: string): Set<string> {
  const words = question.split(/\s+/).slice(1);
  return new Set(words.filter((w) => /^\p{Lu}/u.test(w)).flatMap((w) => tokenize(w)));
}

// Each stemmed word of the question with its spelling there, read once (the first spelling of a stem wins, as
// `wordOf` finds it): a question of thousands of words is not searched again for each of them.
function spellings(question: string): Map<string, string> {
  // A word of another language is read as its stem there ("molen" as "mol"): named as typed.
  const spelt = ownStemSpellings(question);
  // Named without its clitic: "the shower gel's only a third full" never mentions "gel", not "gel's".
  for (const word of question.match(/[\p{L}\p{N}'’-]+/gu) ?? [])
    for (const term of tokenize(word)) if (!spelt.has(term)) spelt.set(term, word.replace(CLITIC, ''));
  return spelt;
}

// "Wich days…", "Wat is…", "Shoud I…": a word of asking misspelt where a question or clause opens is no topic
// the knowledge base lacks. Only there, and only a slip of one letter: "mould" in "tell them about mould" is
// no slip of "would".
function isAskingWordTypo(word: string, question: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  const opensClause = question
    .split(/[.?!,;:]/)
    .some((clause) => clause.trim().split(/\s+/)[0]?.toLowerCase() === w);
  return opensClause && w.length >= 3 && ASKING_WORDS.some((f) => levenshtein(f, w) === 1);
}

const ASKING_WORDS = 'what which where when whose should could would will shall'.split(' ');

// The weight of a word in one chunk only: what a word the base never uses would weigh at least.
const rarestWeight = (stats: TermStats) => Math.log(1 + (stats.chunks - 0.5) / 1.5);

// Each part of the question covered by some passage, and a passage about it holding the kind of fact asked for.
function partsCovered(c: Judged, min: number, unanswered: string[] = []): Grounding {
  let worst = { coverage: 1, part: c.question };
  const parts = questionParts(c.question).filter((p) => !unanswered.includes(p));
  for (const [i, asked] of parts.entries()) {
    const { part, all, coverage, terms: partTerms } = readPart(c, asked, parts[i - 1], min);
    if (!all.length) continue;
    if (coverage < worst.coverage) worst = { coverage, part };
    const typed = typedAsked(c, part, partTerms, coverage, i > 0 ? parts[i - 1] : undefined, min);
    if (!typed.ok) return verdict(false, typed.reason, coverage, c.expects);
    const beyond = quantityBeyond(part, partTerms, c) ?? yearNotStated(part, partTerms, c);
    if (beyond) return verdict(false, beyond, coverage, c.expects);
    if (asksSecret(part) && !c.passages.some((p) => givesSecret(p.text)))
      return verdict(false, `no passage gives the ${secretNamed(part)} itself`, coverage, c.expects);
    const mismatch = tableMismatch(part, all, c);
    if (mismatch) return verdict(false, mismatch, coverage, c.expects);
  }
  const share = `the best passage covers ${pct(worst.coverage)} of the key words the knowledge base uses`;
  if (worst.coverage >= min) return verdict(true, share, worst.coverage, c.expects);
  // The words that counted: not an everyday one ("quicker"), which the coverage leaves out too.
  const missing = withoutFrame(topicTerms(worst.part).filter((t) => !isEverydayWord(t)))
    .filter((t) => !c.sets.some((s) => has(t, s)))
    .map((t) => `"${wordOf(t, c.question)}"`);
  const why = missing.length ? `; no retrieved passage mentions ${missing.join(', ')}` : '';
  return verdict(false, `${share}${why}`, worst.coverage, c.expects);
}

// Whether a part's answer is in the passages in the shape it asks for. A part that names next to nothing of its own
// ("… and how much can I request a month?", as a reading of "¿y cuánto puedo pedir al mes?" leaves it) asks about
// the topic of the part before: when its own words find no answer of that shape, that topic's words count too.
function typedAsked(
  c: Judged,
  part: string,
  terms: string[],
  coverage: number,
  before: string | undefined,
  min: number,
) {
  const typed = partHoldsType(part, terms, c, coverage);
  // Two words that may name a topic ("sick leave") are a topic of the part's own.
  const elliptical = terms.length <= ELLIPTICAL_TERMS && !terms.some((t) => c.topical().has(t));
  if (typed.ok || !before || !elliptical) return typed;
  const topic = readPart(c, before, undefined, min).terms;
  const joined = partHoldsType(part, [...new Set([...terms, ...topic])], c, coverage);
  return joined.ok ? joined : typed;
}

const ELLIPTICAL_TERMS = 2;

const REFERS_BACK = /\b(?:it|its|them|this|that|these|those)\b/i;
const LIMIT_WORDS = new Set(tokenize('max maximum min minimum limit limits cap ceiling'));

// A part and its coverage; below the bar, a part that refers back ("…, and how long have we got to fill it
// in?") is read with the part before it, whose topic "it" is.
function readPart(c: Judged, asked: string, before: string | undefined, min: number) {
  const read = (part: string) => {
    const amounts = amountsNamed(part);
    const all = withoutFrame(topicTerms(part).filter((t) => !isEverydayWord(t) && !amounts.has(t)));
    return { part, all, ...(all.length ? partCoverage(c, all, min) : { coverage: 1, terms: all }) };
  };
  const own = read(asked);
  // Only a part that says next to nothing of its own and points at a thing ("fill it in"): "is there a prize
  // draw?" asks about something new.
  // Words of talk do not count as its own: "what should I do when it goes off?" says nothing but "it".
  // The tagger that tells them loads only for such a part.
  // So does one that asks only for a limit ("…? is there a max?"): a limit of what the part before asked about.
  const onlyLimit = own.all.length > 0 && own.all.every((t) => LIMIT_WORDS.has(t));
  if (own.coverage >= min || !(REFERS_BACK.test(asked) || onlyLimit)) return own;
  if (own.all.length > 1 && own.all.some((t) => c.topical().has(t))) return own;
  const joined = onlyLimit && before ? withTopicBefore(asked, before) : withAntecedent(asked, before);
  if (joined === asked) return own;
  const withBefore = read(joined);
  return withBefore.coverage > own.coverage ? withBefore : own;
}

const NAMED_AMOUNT = new RegExp(`${currencyBeforeSource()}\\s?(\\d[\\d,]*(?:\\.\\d+)?)`, 'gu');

// An amount the asker names ("a $40 cab ride", "£12 down") is a value a rule answers by its threshold ("$75
// or more"), not a word a passage must repeat.
function amountsNamed(part: string): Set<string> {
  const found = [...part.matchAll(NAMED_AMOUNT)].map((m) => m[1]!);
  return new Set(found.flatMap((a) => tokenize(a)));
}

// The best passage's share of a part's key words. Below the bar, the words of casual talk (verbs, adverbs:
// "whenever", "hang on to") are set aside and only the words that may name the topic are weighed: the tagger
// that tells them apart loads only for such a question.
function partCoverage(c: Judged, terms: string[], min: number): { coverage: number; terms: string[] } {
  const best = (ts: string[]) => Math.max(...c.sets.map((s) => covered(ts, s, c.weight)));
  const plain = best(terms);
  if (plain >= min) return { coverage: plain, terms };
  const topical = c.topical();
  const focused = terms.filter((t) => topical.has(t));
  if (!focused.length || focused.length === terms.length) return { coverage: plain, terms };
  const coverage = best(focused);
  return coverage > plain ? { coverage, terms: focused } : { coverage: plain, terms };
}

// A table is the answer when the best passage is its row: then one retrieved row must hold every value the
// question picks rows by ("late" and "Bellshill"), or the table answers for another row; and one column must
// hold the words the question picks a column by ("weekend night"), or it answers for another column; and a row
// the question names by the table's own word for its rows ("a family room" where rows are room types) must
// be among the passages, or the table has no row for it.
function tableMismatch(part: string, terms: string[], c: Judged): string | undefined {
  // A series of numbered columns ("5 days a week", "4 days a week") is asked about by its own words, whichever
  // passage covers the question best.
  // A passage of prose that says the phrase ("… in year 3") may answer what the table's columns do not.
  const numbered = numberedColumnMissing(part, c.passages.flatMap(rowsIn));
  const said = (phrase: string) =>
    c.passages.some((p) => p.text.toLowerCase().replace(/\s+/g, ' ').includes(phrase));
  if (numbered && !said(numbered)) return `no retrieved table has a column for "${numbered}"`;
  const coverages = c.sets.map((s) => covered(terms, s, c.weight));
  const best = c.passages[coverages.indexOf(Math.max(...coverages))]!;
  const bestRows = rowsIn(best);
  if (!bestRows.length) return undefined;
  const tables = new Set(bestRows.map((r) => r.table));
  const rows = c.passages.flatMap(rowsIn).filter((r) => tables.has(r.table));
  // Words most of the knowledge base uses ("shift", "work") say too little to pick a row by.
  // Nor does a verb ("when does the course start?" is answered by a row where it "begins"): rows are picked by
  // the things they name.
  const topical = c.topical();
  // "this year" says when it is asked, not which row ("is the station open on Women's Day this year?").
  const framing = timeFrameStems(c.question);
  const tellingUpTo = (share: number) =>
    terms.filter((t) => c.share(t) <= share && !c.context.has(t) && topical.has(t) && !framing.has(t));
  const telling = tellingUpTo(COMMON_WORD_SHARE);
  const listed = (picks: string[]) => picks.map((t) => `"${wordOf(t, c.question)}"`).join(', ');
  // The words each passage says outside its table rows (a note under a table says what no row holds). A yes/no
  // question is answered by the rows there are ("Is there dental at Pocatello?": its rows say what there is).
  const prose = () => c.passages.map((p, i) => c.wordsOf(proseOf(p), c.languages[i]!));
  const named = () =>
    expectedAnswerType(part) === 'yes-no'
      ? undefined
      : namedTableMissing(tellingUpTo(NAMED_TABLE_WORD_SHARE), c.passages.flatMap(rowsIn), prose);
  // A word the table's caption says is said of every row ("Premium added to the hourly rate, by site"): it picks none.
  const picks = rowsMissing(telling, rows, { captionPicksNothing: true }) ?? named();
  if (picks) return `no retrieved table row holds ${listed(picks)} together`;
  const column = columnMissing(telling, rows);
  if (column) return `no column of the table holds ${listed(column)} together`;
  // A row's word another document uses ("Washington, DC" in a per diem table) is still no row of this table.
  const sources = new Set(rows.map((r) => r.table.replace(/#.*$/, '')));
  const tableSets = c.sets.filter((_, i) => sources.has(c.passages[i]!.source ?? ''));
  // A word of a phrase the table says another way ("adha" of "Eid ul Adha" where the row says "Eid ul Azha").
  const otherwise = phrasesSaidOtherwise(c.terms, (w) => tableSets.some((s) => s.has(w)));
  const inTable = (t: string) => otherwise.has(t) || tableSets.some((s) => has(t, s));
  // The asker's story may name the row ("I'm … in Washington state."): here its names count too (not its
  // numbers, "11 years", which a band of years holds, nor its ordinary words, "the new year").
  const fromStory = (t: string) =>
    c.context.has(t) &&
    terms.includes(t) &&
    c.share(t) <= COMMON_WORD_SHARE &&
    !isNumberTerm(t) &&
    !isOrdinaryWord(wordOf(t, c.question).toLowerCase());
  // A number said as a quantity ("7 years in company") is judged by the bands that hold it (quantityBeyond), not
  // as a word a row must say; any other number ("a 5 bedroom flat") still must be.
  const measured = new Set([...part.matchAll(NUMBER_WITH_UNIT)].map((m) => m[1]!));
  const unheld = rowNotHeld(
    part,
    rows,
    (t) => (telling.includes(t) || fromStory(t)) && !inTable(t) && !measured.has(t),
  );
  return unheld && `no retrieved row of the table is for ${listed([unheld])}`;
}

const COMMON_WORD_SHARE = 0.15;
const NUMBER_WITH_UNIT =
  /(?<![\p{L}\p{N}.,])(\d+)\s*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|km|kilomet(?:re|er)s?|miles?|kg|kilos?|met(?:re|er)s?)(?![\p{L}])/giu;
// In a table the question names by its caption, a word may pick rows though a quarter of the base uses it
// ("dental" in a health network's handbook), so long as it picks by a column.
const NAMED_TABLE_WORD_SHARE = 0.3;

// What the asker tells before asking, and the examples they give ("like a phone charger"): words a passage
// need not repeat.
function contextOnly(question: string, terms: string[]): Set<string> {
  const { context, asked } = questionContext(question);
  const { examples, rest } = questionExamples(asked);
  if (!context && !examples) return new Set();
  const askedTerms = new Set(contentTerms(rest));
  return new Set(
    contentTerms(`${context} ${examples}`).filter((t) => terms.includes(t) && !askedTerms.has(t)),
  );
}
