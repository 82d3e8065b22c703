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

/** A phrase's words joined by an apostrophe into one token ("konbyen'zour"), which a reading looks up in one step. */
export const joinedPhrase = (typed: string) => typed.replace(/ /g, "'");

/** A reader's phrases by their first word, the longest first, as a question's tokens are read. */
export function phrasesByFirst(phrases: ReadonlyArray<readonly [string, string]>): Map<string, string[][]> {
  const byFirst = new Map<string, string[][]>();
  for (const [typed] of [...phrases].sort(([a], [b]) => b.split(' ').length - a.split(' ').length)) {
    const words = typed.split(' ');
    byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), words]);
  }
  return byFirst;
}

/**
 * Each listed phrase of a question joined as one token ("konbyen zour" as "konbyen'zour"), the marks after its last
 * word kept: a question is then read in time that grows with its length, however many phrases are listed. A token
 * with a capital ("I" read from a pronoun, a name) is no word of a phrase.
 */
export function phraseJoiner(
  phrases: ReadonlyArray<readonly [string, string]>,
  spell: (word: string) => string,
): (question: string) => string {
  const byFirst = phrasesByFirst(phrases);
  const phraseAt = (tokens: string[], at: number) =>
    byFirst.get(spell(bareToken(tokens[at]!)))?.find((words) =>
      words.every((word, j) => {
        const token = tokens[at + j];
        const last = j === words.length - 1;
        return (
          token !== undefined && !/\p{Lu}/u.test(token) && spell(last ? bareToken(token) : token) === word
        );
      }),
    );
  return (question) => {
    const tokens = question.split(' ');
    const out: string[] = [];
    for (let at = 0; at < tokens.length; ) {
      const words = phraseAt(tokens, at);
      if (!words) {
        out.push(tokens[at++]!);
        continue;
      }
      const end = /[^\p{L}\d]*$/u.exec(tokens[at + words.length - 1]!)?.[0] ?? '';
      out.push(`${joinedPhrase(words.join(' '))}${end}`);
      at += words.length;
    }
    return out.join(' ');
  };
}
