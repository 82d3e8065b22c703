/**
 * @module What the readings of South Asian languages typed in Latin letters share (roman-hindustani.ts for Hindi
 * and Urdu, roman-reading.ts for Bengali and Nepali): sentences, a sentence asked in English, the longest phrase of
 * a word list at a token, and words dropped with the sentence's end kept.
 */

/** Sentences end at ? or !, and at a full stop that ends no amount, time or title ("Rs. 2,000", "10.30", "Mr."). */
export function sentencesOf(text: string): string[] {
  return text
    .split(
      /(?<=[?!])\s*|(?<=(?<!\b(?:Rs|Mr|Mrs|Ms|Dr|No|St|Sr|Jr|vs|etc|Capt|Cpt|Sgt|Lt|Cdr|Prof|Ing|Lic|Sra|Mme|Rev|Fr|Insp|ext|approx))\.)\s+/i,
    )
    .filter((s) => s.trim());
}

/** A word of asking in English: a sentence with one asks in English unless the language's own words say otherwise. */
export const ENGLISH_ASKING =
  /\b(?:what|how|when|where|who|which|why|can|could|do|does|did|is|are|was|were|will|would|should|may|must)\b/i;

/** A phrase of a word list found at a token: its English and how many tokens it takes. */
export interface PhraseFound {
  english: string;
  length: number;
}

/**
 * The longest phrase of `phrases` whose words the tokens from `at` spell (as `spelled` reads each), looking at most
 * `window` tokens ahead and taking phrases of at least `minWords` words.
 */
export function longestPhraseAt(
  phrases: ReadonlyArray<readonly [string, string]>,
  tokens: string[],
  at: number,
  spelled: (token: string) => string,
  { window, minWords }: { window: number; minWords: number },
): PhraseFound | undefined {
  const lower = tokens.slice(at, at + window).map(spelled);
  let best: PhraseFound | undefined;
  for (const [words, english] of phrases) {
    const parts = words.split(' ');
    if (
      parts.length >= minWords &&
      parts.every((p, j) => lower[j] === p) &&
      (!best || parts.length > best.length)
    )
      best = { english, length: parts.length };
  }
  return best;
}

/** The words of a reading without those `drop` says to leave out, the sentence's end kept where a dropped one had it. */
export function dropKeepingEnd(read: string, drop: (word: string) => boolean): string {
  const kept: string[] = [];
  for (const w of read.split(/\s+/)) {
    const word = w.replace(/[^\p{L}]/gu, '');
    if (!drop(word)) kept.push(w);
    // "… nikalte hain?": the question mark stays on the word before.
    else if (kept.length && /[?.!]$/.test(w)) kept.push(`${kept.pop()}${/[?.!]+$/.exec(w)![0]}`);
  }
  return kept.join(' ');
}

/**
 * A table of "english: form form …; english: form …" lines as entries, a line holding one topic's meanings: how the
 * Samoan, Tongan, Wolof and Kabuverdianu readers write their word lists.
 */
export const meaningTable = (lines: readonly string[], parted = ' '): Array<[string, string]> =>
  lines.flatMap((line) =>
    line.split('; ').flatMap((meaning) => {
      const [english, forms] = meaning.split(': ') as [string, string];
      return forms.split(parted).map((form): [string, string] => [form.trim(), english]);
    }),
  );

/** A line of "English own" pairs ("January sanuali February fepueli …") as a word list reads them: [own, English]. */
export const pairsOwnFirst = (line: string): Array<[string, string]> =>
  (line.match(/\S+ \S+/g) ?? []).map((pair) => {
    const [english, own] = pair.split(' ') as [string, string];
    return [own, english];
  });

/** Pairs of [English, own] ("Monday", "monite") turned as a word list reads them: [own, English]. */
export const ownFirst = (pairs: ReadonlyArray<readonly [string, string]>): Array<[string, string]> =>
  pairs.map(([english, own]): [string, string] => [own, english]);

/** A token without the marks around it ("lami?" as "lami"), digits kept ("C2?" as "C2"). */
export const bareToken = (token: string) => token.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');

/** A token without the marks around it, its apostrophes kept ("ka'?" as "ka'"): a Bantu word may hold one. */
export const bareWord = (token: string) => token.replace(/^[^\p{L}']+|[^\p{L}']+$/gu, '');

/** Every word of a reader's phrases ("bel" of "gat bel"): words the lists know, though no list has each alone. */
export const phraseWords = (phrases: ReadonlyArray<readonly [string, string]>): ReadonlySet<string> =>
  new Set(phrases.flatMap(([words]) => words.split(' ')));

/** Whether a word is a reader's: listed by its word lists, or a word of one of its phrases. */
export function listedOrInPhrases(
  isListed: (word: string) => boolean,
  phrases: ReadonlyArray<readonly [string, string]>,
): (word: string) => boolean {
  const words = phraseWords(phrases);
  return (word) => isListed(word) || words.has(word);
}
