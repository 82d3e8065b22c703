/**
 * @module Per-language injection lexicons (en fr de es it pt nl zh, and language-free markers) and the scan
 * that runs them. All lexicons run on every text: together they cost less than detecting the language would
 * (see the report in the commit that added them), and attacks mix languages.
 */
import { escapeRegExp } from '../../../../core/index.js';
import { fold } from '../normalise.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { markers } from './markers.js';
import { nl } from './nl.js';
import { pt } from './pt.js';
import type { Lexicon, LexiconCategory, LexiconHit, LexiconLang } from './types.js';
import { zh } from './zh.js';

export type { Lexicon, LexiconCategory, LexiconEntry, LexiconHit, LexiconLang } from './types.js';
export { LEXICON_CATEGORIES, LEXICON_LANGS } from './types.js';

/** Every lexicon, language-free markers first. */
export const LEXICONS: readonly Lexicon[] = [markers, en, fr, de, es, it, pt, nl, zh];

export interface ScanOptions {
  /** Only these languages (`any`, the markers, is always included). Default: `likelyLanguages(text)`. */
  langs?: readonly LexiconLang[];
  /** Run every pattern of every language, skipping the cue and language prefilters (for tests and audits). */
  exhaustive?: boolean;
  /** At most this many hits per pattern (default 3): repeats add little and cost time on long texts. */
  maxHitsPerPattern?: number;
}

interface Compiled {
  lang: LexiconLang;
  category: LexiconCategory;
  re: RegExp;
  cues: string[] | undefined;
}

// Each pattern once more with the `g` flag, so one `exec` loop finds every hit.
const COMPILED: Compiled[] = LEXICONS.flatMap((lex) =>
  lex.entries.map(([category, re, cues]) => ({
    lang: lex.lang,
    category,
    re: new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`),
    cues: cues?.split('|'),
  })),
);

// All cues in one alternation, longest first: one scan tells which cues a text holds (a substring search per
// cue would cost as much as the patterns it saves).
const CUES = new RegExp(
  [...new Set(COMPILED.flatMap((c) => c.cues ?? []))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|'),
  'g',
);

function cuesIn(text: string): string[] {
  return [...new Set(text.match(CUES) ?? [])];
}

// A longer cue found at a position stands for the shorter cues it contains (`rules` for `rule`).
function hasCue(found: string[], cues: string[] | undefined): boolean {
  return !cues || cues.some((c) => found.some((f) => f.includes(c)));
}

/**
 * The lexicon languages whose common words occur in `text` (folded), English and `any` always: a cheap sniff
 * (a few µs) that also works on mixed-language text, where a language detector (franc: ~1 ms on 2 KB) would
 * name only the main language.
 */
export function likelyLanguages(text: string): LexiconLang[] {
  return LEXICONS.filter((lex) => !lex.gate || lex.gate.test(text)).map((lex) => lex.lang);
}

/**
 * Finds injection phrases in text already passed through `normaliseForDetection`; matching is also
 * accent-insensitive (`precedentes` matches `précédentes`). Spans are offsets into `normalisedText`.
 */
export function scanLexicons(normalisedText: string, opts: ScanOptions = {}): LexiconHit[] {
  // Lower-casing again is cheap insurance for a caller who skipped the normaliser.
  const folded = fold(normalisedText).toLowerCase();
  // Folding keeps one unit per letter; should some rare letter change length, match the unfolded text.
  const text = folded.length === normalisedText.length ? folded : normalisedText;
  const max = opts.maxHitsPerPattern ?? 3;
  const langs = new Set(
    opts.langs ?? (opts.exhaustive ? LEXICONS.map((l) => l.lang) : likelyLanguages(text)),
  );
  langs.add('any');
  const hits: LexiconHit[] = [];
  const found = cuesIn(text);
  for (const { lang, category, re, cues } of COMPILED) {
    if (!langs.has(lang) || (!opts.exhaustive && !hasCue(found, cues))) continue;
    re.lastIndex = 0;
    for (let n = 0, m = re.exec(text); m && n < max; n++, m = re.exec(text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      hits.push({ category, lang, evidence: normalisedText.slice(start, end).trim(), start, end });
    }
  }
  return withoutEchoes(hits);
}

// `ignore … instructions` reads the same in English and French: one claim in one place counts once, for the
// lexicon listed first (markers, then English).
function withoutEchoes(hits: LexiconHit[]): LexiconHit[] {
  const kept: LexiconHit[] = [];
  for (const h of hits) {
    const echo = kept.some(
      (k) => k.category === h.category && k.lang !== h.lang && k.start < h.end && h.start < k.end,
    );
    if (!echo) kept.push(h);
  }
  return kept;
}
