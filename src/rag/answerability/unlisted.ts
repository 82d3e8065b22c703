/**
 * @module Two near misses a word count cannot see, because the question's words all match: a code of a series
 * the knowledge base lists, but not that one ("S2" where the grades are S1, M1, TM1–TM3), and a figure asked
 * for a year later than any the passages give ("the TM2 rate from April 2027" where the table is from 2026).
 */
import type { Grounding } from '../../core/index.js';
import { covered, type Judged, SENTENCE_SHARE, type TermStats, verdict } from './judged.js';
import { questionContext } from './question.js';

// A grade, band or level code: one to three capitals and a number ("S2", "TM4", "D1").
const CODE = /\b([A-Z]{1,3})(\d{1,2})\b/g;
// The highest number tried for a series' other members ("W1" … "W12").
const SERIES_MAX = 12;

/** A code the question asks about that the knowledge base never names, when it names others of its series. */
export function unlistedCode(c: Judged, stats: TermStats): Grounding | undefined {
  const { asked } = questionContext(c.question);
  for (const [code, prefix, digits] of asked.matchAll(CODE)) {
    if (stats.df(code.toLowerCase()) > 0) continue;
    const others = seriesNamed(prefix!, Number(digits), stats);
    if (others.length)
      return verdict(false, `the knowledge base names ${others.join(', ')} but never ${code}`, 0, c.expects);
  }
  return undefined;
}

/** The words `unlistedCode` looks up: each code's own and its series' others ("s1" … "s12" for "S2"). */
export function seriesWords(question: string): string[] {
  return [...question.matchAll(CODE)].flatMap(([, prefix]) =>
    Array.from({ length: SERIES_MAX + 1 }, (_, n) => `${prefix}${n}`.toLowerCase()),
  );
}

function seriesNamed(prefix: string, asked: number, stats: TermStats): string[] {
  const named: string[] = [];
  for (let n = 0; n <= SERIES_MAX; n++)
    if (n !== asked && stats.df(`${prefix}${n}`.toLowerCase()) > 0) named.push(`${prefix}${n}`);
  return named;
}

// A year named in a question ("for peak 2027", "from April 2027").
const YEAR = /\b(20\d\d)\b(?!-\d)/g;
// Questions that look up a figure: the figure for another year is not it. A yes/no or how-to question
// ("can I carry days into 2027?") is answered by a rule that holds from year to year.
const LOOKUPS = new Set(['amount', 'count', 'duration', 'date', 'time']);

/** A figure asked for a year later than every year the retrieved passages name, and not named by them. */
export function yearBeyond(c: Judged): Grounding | undefined {
  if (!LOOKUPS.has(c.expects)) return undefined;
  const asked = [...questionContext(c.question).asked.matchAll(YEAR)].map((m) => Number(m[1]));
  if (!asked.length) return undefined;
  // Only the passages about the question: a calendar retrieved beside the pay table may run into 2027.
  const topic = c.terms.filter((t) => !/^20\d\d$/.test(t));
  const coverages = c.sets.map((s) => covered(topic, s, c.weight));
  const best = Math.max(...coverages);
  const named = c.passages
    .filter((_, i) => coverages[i]! >= best * SENTENCE_SHARE)
    .flatMap((p) =>
      [...`${p.title ?? ''} ${p.source ?? ''} ${p.text}`.matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1])),
    );
  if (!named.length) return undefined;
  const latest = Math.max(...named);
  const beyond = asked.find((y) => y > latest);
  return beyond === undefined
    ? undefined
    : verdict(
        false,
        `no retrieved passage gives figures for ${beyond} (the latest year they name is ${latest})`,
        0,
        c.expects,
      );
}
