/**
 * @module Two near misses a word count cannot see, because the question's words all match: a code of a series
 * the knowledge base lists, but not that one ("S2" where the grades are S1, M1, TM1–TM3), and a figure asked
 * for a year later than any the passages give ("the TM2 rate from April 2027" where the table is from 2026).
 */
import { type Grounding, splitSentences, tokenize } from '../../core/index.js';
import { holdsAnswerType } from './answer-shapes.js';
import { type AskedDate, askedDate, rangeOf } from './day-ranges.js';
import { covered, type Judged, SENTENCE_SHARE, type TermStats, verdict } from './judged.js';
import { quantityFit } from './quantity-fit.js';
import { type AnswerType, questionContext } from './question.js';
import { rowsIn, type TableRow } from './table-rows.js';

// A grade, band or level code: one to three capitals and a number ("S2", "TM4", "D1").
const CODE = /\b([A-Z]{1,3})(\d{1,2})\b/g;
// The highest number tried for a series' other members ("W1" … "W12").
const SERIES_MAX = 12;

/** A code the question asks about that the knowledge base never names, when it names others of its series. */
export function unlistedCode(c: Judged, stats: TermStats): Grounding | undefined {
  // Only a question that looks a figure up by the code: "is time on the M25 working time?" is not about a grade.
  if (!LOOKUPS.has(c.expects)) return undefined;
  const { asked } = questionContext(c.question);
  for (const m of asked.matchAll(CODE)) {
    const [code, prefix, digits] = m;
    // "P60" where the base says "P60s" is named; "P60" or "P45" is a form, not the 60th of a series P1–P4.
    const named = stats.df(code.toLowerCase()) > 0 || stats.df(`${code.toLowerCase()}s`) > 0;
    if (named || Number(digits) > SERIES_MAX || isRoad(asked, m.index!, prefix!)) continue;
    // "E2" where a retrieved table's rows are "E1–E3": named by the range that holds it.
    const asCode = [{ dimension: `code:${prefix}` as const, value: Number(digits) }];
    if (c.passages.some((p) => quantityFit(p.text, asCode) === 1)) continue;
    const others = seriesNamed(prefix!, Number(digits), stats);
    if (others.length)
      return verdict(false, `the knowledge base names ${others.join(', ')} but never ${code}`, 0, c.expects);
  }
  return undefined;
}

// "on the M6", "the A3": a road, not a grade (a grade asked as "the M1 rate" is left alone too).
const isRoad = (text: string, at: number, prefix: string) =>
  /^[MAB]$/.test(prefix) && /\bthe\s+$/i.test(text.slice(Math.max(0, at - 8), at));

/**
 * The words `unlistedCode` looks up: each code's own and its series' others ("s1" … "s12" for "S2"), in any case
 * ("s2" typed without capitals is read in capitals before the check).
 */
export function seriesWords(question: string): string[] {
  return [...question.toUpperCase().matchAll(CODE)].flatMap(([, prefix]) =>
    Array.from({ length: SERIES_MAX + 1 }, (_, n) => `${prefix}${n}`.toLowerCase()),
  );
}

function seriesNamed(prefix: string, asked: number, stats: TermStats): string[] {
  const named: string[] = [];
  for (let n = 0; n <= SERIES_MAX; n++)
    if (n !== asked && stats.df(`${prefix}${n}`.toLowerCase()) > 0) named.push(`${prefix}${n}`);
  return named;
}

// A year named in a question ("for peak 2027", "from April 2027"); not the end of a span ("2026-2027",
// "2026/27"), nor a year of the asker's own ("since 2019", "due in March 2027", "starting in May 2027").
const YEAR = /(?<![\d/-])\b(20\d\d)\b(?![-/]\d)/g;
// A span asked for ("the 2028/2029 session", "2028-29").
const ASKED_SPAN = /(?<![\d/-])\b(20\d\d)\s*[/–-]\s*(?:20)?\d\d\b(?![-/]\d)/g;
const OWN_YEAR =
  /\b(?:since|due|born|joined|joining|join|start|starts|starting|started|hired|begin|beginning|retire|retiring|leave|leaving)\b(?:\s+\S+){0,3}\s*$/i;
// A span a passage names ("2026/27", "2026-27": a leave or tax year, April to April) runs into its last year
// until April; a date ("2026-12-28") names its own year, and a year alone runs to its end.
const PASSAGE_YEAR = /\b(20\d\d)(?:\s*[/–-]\s*(?:20)?(\d\d)(?![-\d]))?/g;
const SPAN_END = 0.25;
function periodNamed(m: RegExpMatchArray): { end: number; label: string } {
  const first = Number(m[1]);
  if (m[2] && Number(`20${m[2]}`) === first + 1) return { end: first + 1 + SPAN_END, label: m[0] };
  return { end: first + 1, label: m[1]! };
}

// When in a year the question asks about: from April on ("from April 2027") after a leave year's end; a year
// alone or with January to March, at its start.
const LATE_MONTH = /\b(?:apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$/i;

// Questions that look up a figure: the figure for another year, or for another grade, is not it. A yes/no or
// how-to question ("can I carry days into 2027?") is answered by a rule that holds from year to year.
const LOOKUPS = new Set(['amount', 'count', 'duration', 'date', 'time']);
// A question for a list of days ("Which days are public holidays at Kulim in 2028?", "tell me the public
// holidays for 2028") looks up dates too; "will public holidays in 2028 still be paid double?" asks a rule.
const ASKS_DAYS = /\b(?:which|what)\s+(?:days|dates)\b/i;
const HOLIDAYS = /\b(?:public|bank|national|official)\s+holidays\b/i;
// Pay or work on holidays is a rule, whatever the year: "are staff paid double on public holidays in 2028?".
const HOLIDAY_RULE = /\b(?:paid|pay|double|work|worked|working|overtime|rate|rates|premium|allowance)\b/i;
const asksDays = (question: string) =>
  ASKS_DAYS.test(question) || (HOLIDAYS.test(question) && !HOLIDAY_RULE.test(question));

/** A figure asked for a year later than every year the retrieved passages name, and not named by them. */
export function yearBeyond(c: Judged): Grounding | undefined {
  if (!LOOKUPS.has(c.expects) && !asksDays(c.question)) return undefined;
  const text = questionContext(c.question).asked;
  const asked = [
    ...[...text.matchAll(YEAR)]
      .filter((m) => !OWN_YEAR.test(text.slice(0, m.index)))
      .map((m) => ({
        year: Number(m[1]),
        at: Number(m[1]) + (LATE_MONTH.test(text.slice(0, m.index)) ? SPAN_END : 0),
      })),
    // A session or leave year asked for ("2027/28") starts after the span the passages give ends ("2026-2027",
    // to April 2027), as a year asked from April does.
    ...[...text.matchAll(ASKED_SPAN)].map((m) => ({ year: Number(m[1]), at: Number(m[1]) + SPAN_END })),
  ];
  if (!asked.length) return undefined;
  // Only the passages about the question: a calendar retrieved beside the pay table may run into 2027.
  const topic = c.terms.filter((t) => !/^20\d\d$/.test(t));
  const coverages = c.sets.map((s) => covered(topic, s, c.weight));
  const best = Math.max(...coverages);
  const named = c.passages
    .filter((_, i) => coverages[i]! >= best * SENTENCE_SHARE)
    .flatMap((p) =>
      [...`${p.title ?? ''} ${p.source ?? ''} ${p.text}`.matchAll(PASSAGE_YEAR)].map(periodNamed),
    );
  if (!named.length) return undefined;
  const latest = named.reduce((a, b) => (b.end > a.end ? b : a));
  const beyond = asked.find((y) => y.at >= latest.end);
  return beyond === undefined
    ? undefined
    : verdict(
        false,
        `no retrieved passage gives figures for ${beyond.year} (the latest year they name is ${latest.label})`,
        0,
        c.expects,
      );
}

/**
 * A figure asked for a part of the year by its number ("the third-quarter bid window", "the PTA meeting for third
 * term", "the second semester's fees") that the passages about it never give, when they give another.
 */
export function quarterUnnamed(c: Judged): Grounding | undefined {
  if (!LOOKUPS.has(c.expects)) return undefined;
  const asked = periodsIn(questionContext(c.question).asked);
  if (!asked.size) return undefined;
  const topic = c.terms.filter((t) => !PERIOD_WORDS.has(t));
  const coverages = c.sets.map((s) => covered(topic, s, c.weight));
  const best = Math.max(...coverages);
  const about = c.passages.filter((_, i) => coverages[i]! >= best * SENTENCE_SHARE);
  const named = new Set(about.flatMap((p) => [...periodsIn(p.text)]));
  // A sentence that answers for every quarter ("paid in the month after each quarter ends") speaks for the one
  // asked; "Shifts are bid every quarter." gives no date for it.
  const forEvery = (text: string) =>
    splitSentences(text).some(
      (sentence) =>
        EVERY_PERIOD.test(sentence) &&
        // Its answer besides "every quarter" itself, which is a length of time.
        holdsAnswerType(sentence.replace(EVERY_PERIOD_ALL, ' '), c.expects as AnswerType, c.question),
    );
  if (about.some((p) => forEvery(p.text))) return undefined;
  // A part asked for that the passages leave out while they name another of its kind ("term 2", not "term 3").
  const othersOf = (period: string) =>
    [...named].filter((q) => q.startsWith(`${period.split(' ')[0]} `)).sort();
  const missing = [...asked].find((q) => !named.has(q) && othersOf(q).length);
  if (missing === undefined) return undefined;
  const [kind, number] = missing.split(' ') as [string, string];
  const them = othersOf(missing).map((q) => ORDINALS[Number(q.split(' ')[1]) - 1]);
  return verdict(
    false,
    `no retrieved passage gives the ${ORDINALS[Number(number) - 1]} ${kind} (they name the ${them.join(', ')})`,
    0,
    c.expects,
  );
}

const ORDINALS = ['first', 'second', 'third', 'fourth'];
const EVERY_PERIOD = /\b(?:every|each|per|a) (?:quarter|term|semester|trimester)\b|\bquarterly\b|\btermly\b/i;
const EVERY_PERIOD_ALL = new RegExp(EVERY_PERIOD.source, 'gi');
// "the third quarter", "third-quarter", "3rd quarter", "Q3" (not "Q3 2027" read as a grade: only before a year
// or alone); "third term", "Term 3", "the 2nd semester"; not "the first term of the contract".
const PERIOD =
  /\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(quarter|semester|trimester|term(?!\s+of\b))\b|(quarter|term|semester|trimester)\s+([1-4])\b(?![.,]?\d)|q([1-4])(?=\s+(?:of\s+)?(?:19|20)\d\d\b|\s*[?.,!]|\s*$)\b)/gi;
const PERIOD_WORDS = new Set(
  ['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th', 'q1', 'q2', 'q3', 'q4'].concat(
    tokenize('quarter term semester trimester'),
  ),
);

// The numbered parts of a year a text names, as "quarter 3", "term 1".
function periodsIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(PERIOD)) {
    const word = m[1]?.toLowerCase();
    const n = word ? ORDINALS.indexOf(word) + 1 || Number(word[0]) : Number(m[4] ?? m[5]);
    found.add(`${(m[2] ?? m[3])?.toLowerCase() ?? 'quarter'} ${n}`);
  }
  return found;
}

/** A day asked about ("after October 2, 2027") later than every retrieved row's range of days runs to. */
export function dayBeyondRows(c: Judged): Grounding | undefined {
  const asked = askedDay(questionContext(c.question).asked);
  if (!asked) return undefined;
  // Rows are picked by what the question says besides the day: a row that runs over it says the day too.
  const dayWords = new Set(asked.words);
  const topic = c.terms.filter((t) => !dayWords.has(t));
  const coverages = c.sets.map((s) => covered(topic, s, c.weight));
  const best = Math.max(...coverages);
  // The rows the question picks (as well covered as the best: another account's row says less of it) that each
  // run from one day to another (a schedule's "effective_from", "effective_to").
  const rows = c.passages.filter((_, i) => coverages[i]! >= best * PICKED_ROW).flatMap((p) => rowsIn(p));
  const ends = rows.map(rangeEnd);
  // Only rows that each say when they end: a row open at its end ("effective_from" alone) may run on.
  if (!ends.length || ends.some((end) => end === undefined)) return undefined;
  const last = (ends as string[]).sort().at(-1)!;
  if (asked.day < last || (asked.day === last && !asked.after)) return undefined;
  const when = `${asked.after ? 'after ' : ''}${asked.surface}`;
  return verdict(false, `the retrieved rows run only to ${last}; none gives ${when}`, 0, c.expects);
}

// The day a question asks about from ("after", "from", "beginning", "starting", "on"), with its year: "after"
// asks for the days that follow it.
function askedDay(text: string): (AskedDate & { day: string; after: boolean }) | undefined {
  const asked = askedDate(text);
  if (!asked?.day) return undefined;
  const before = text
    .slice(0, asked.at)
    .match(/(\p{L}+)\s+$/u)?.[1]
    ?.toLowerCase();
  if (!before || !DAY_ASKED_FROM.has(before)) return undefined;
  return { ...asked, day: asked.day, after: before === 'after' || before === 'beyond' };
}

// The last day of a row's range; undefined when its end is empty or it has no range.
function rangeEnd(row: TableRow): string | undefined {
  const { from, to } = rangeOf(row);
  return from ? to : undefined;
}

const PICKED_ROW = 0.95;
const DAY_ASKED_FROM = new Set(['after', 'beyond', 'from', 'starting', 'beginning', 'on', 'since']);

/**
 * A week asked for by its number ("Which team is on the vessel in week 40?") that no retrieved passage gives,
 * when they give weeks by number ("weeks: wk 23-25", "Week: 34"): a rota of weeks 21 to 28 says nothing of week
 * 40. Passages that number no week leave the question to the other checks.
 */
export function weekBeyondPassages(c: Judged): Grounding | undefined {
  const asked = questionContext(c.question).asked.match(WEEK_ASKED);
  if (!asked) return undefined;
  const week = Number(asked[1]);
  const given = c.passages.flatMap((p) => [...p.text.matchAll(WEEKS_GIVEN)]);
  if (given.length < MIN_WEEKS_GIVEN) return undefined;
  // A cycle of weeks that repeats ("a four-week cycle: week 1 Team A…") gives every week of the year.
  if (c.passages.some((p) => REPEATING.test(p.text))) return undefined;
  const spans = given.map((m) => [Number(m[1]), Number(m[2] ?? m[1])] as const);
  if (spans.some(([from, to]) => week >= from && week <= to)) return undefined;
  const weeks = spans.flat();
  const range = `${Math.min(...weeks)}–${Math.max(...weeks)}`;
  return verdict(false, `the retrieved passages give weeks ${range}; none gives week ${week}`, 0, c.expects);
}

// "in week 40", "wk 40", "uge 40" (Danish), "KW 40" (German).
const WEEK_ASKED = /\b(?:week|wk|uge|KW)\s*(\d{1,2})\b(?!\s*(?:-|–|to)\s*\d)/i;
// A week or a span of weeks a passage gives: "week 34", "wk 23-25", "weeks 24–26", "uge 24-26".
const WEEKS_GIVEN =
  /\b(?:weeks?|wks?|uge[rn]?|KW)\s*:?\s*(?:wk\s*)?(\d{1,2})(?:\s*(?:-|–|to)\s*(?:wk\s*)?(\d{1,2}))?\b/gi;
const REPEATING = /\b(?:repeats?|repeating|recurring|cycle|rotates|rotating|every (?:\w+ )?weeks)\b/i;
// The fewest weeks passages must give to be read as numbering weeks.
const MIN_WEEKS_GIVEN = 2;
