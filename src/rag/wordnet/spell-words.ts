/**
 * @module The words of an English spelling dictionary (Hunspell's en_US, read by nspell), for telling a word
 * that is merely missing from WordNet ("whenever", "wellies", "burnout", "physio") from a slip of the keyboard
 * ("computre"). British spellings are read as American ones first. Loaded on first need, once per process
 * (about 250 ms and 20 MB): only a question with a word that neither its knowledge base nor WordNet knows asks.
 */
import { americanSpelling } from '../../core/index.js';

/** Tells whether a lower-case word is an English word, in any spelling. */
export type IsSpelledWord = (word: string) => boolean;

let loading: Promise<IsSpelledWord> | undefined;

/** The spelling dictionary's test for a word, loaded once. */
export function spelledWords(): Promise<IsSpelledWord> {
  loading ??= load();
  return loading;
}

async function load(): Promise<IsSpelledWord> {
  const [{ default: nspell }, { default: english }] = await Promise.all([
    import('nspell'),
    import('dictionary-en'),
  ]);
  const speller = nspell({ aff: Buffer.from(english.aff), dic: Buffer.from(english.dic) });
  return (word) => speller.correct(word) || speller.correct(americanSpelling(word));
}
