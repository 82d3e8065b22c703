/** @module The shapes every per-language lexicon shares. */

/** What an injection phrase tries to do, in a fixed order (a classifier's feature vector can follow it). */
export const LEXICON_CATEGORIES = [
  'override',
  'persona',
  'extraction',
  'forged-marker',
  'addressed-to-ai',
  'exfiltration',
  'payload-splitting',
  'authority',
  'secrecy',
] as const;
export type LexiconCategory = (typeof LEXICON_CATEGORIES)[number];

/** The lexicon languages; `any` holds markers that belong to no language (`<|im_start|>`, `[INST]`). */
export const LEXICON_LANGS = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'zh', 'any'] as const;
export type LexiconLang = (typeof LEXICON_LANGS)[number];

/**
 * Patterns run on normalised, accent-folded text (`normaliseForDetection`, then `fold`): lower-case, no
 * accents, single spaces. Keep repetitions bounded (`[^.!?\n]{0,40}`) so no pattern backtracks badly.
 */
export type LexiconEntry = [LexiconCategory, RegExp, cues?: string];
// `cues`: `|`-separated substrings, one of which every match contains; a pattern runs only when the text
// holds a cue (a substring search costs far less than a regex scan). No cues: the pattern always runs.

export interface Lexicon {
  lang: LexiconLang;
  /** Words so common in the language (function words, the imperatives of its phrases) that a text without any of
   * them cannot hold its phrases. */
  gate?: RegExp;
  entries: LexiconEntry[];
}

export interface LexiconHit {
  category: LexiconCategory;
  lang: LexiconLang;
  /** The matched text, from the normalised text. */
  evidence: string;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
}
