/**
 * @module The words of an English spelling dictionary (Hunspell's en_US, read by nspell), for telling a word
 * that is merely missing from WordNet ("whenever", "wellies", "burnout", "physio") or a name typed in lower case
 * ("francis") from a slip of the keyboard ("computre"). A British spelling is read in its American form too.
 * Loaded on first need, once per process (about 300 ms and 30 MB): only a question with a word that neither
 * its knowledge base nor WordNet knows asks.
 */
import { americanSpelling } from '../../core/index.js';

/** What the spelling dictionary knows of a lower-case word. */
export interface SpellingDictionary {
  /** An English word in lower case, in either spelling. */
  isWord(word: string): boolean;
  /** A name the dictionary writes with a capital ("francis", "gordon"). */
  isName(word: string): boolean;
}

let loading: Promise<SpellingDictionary> | undefined;

/** The spelling dictionary, loaded once. */
export function spellingDictionary(): Promise<SpellingDictionary> {
  loading ??= load().catch(() => KNOWS_EVERY_WORD);
  return loading;
}

// Without its dictionary (a broken install) every word is taken as known, so that nothing is corrected.
const KNOWS_EVERY_WORD: SpellingDictionary = { isWord: () => true, isName: () => true };

async function load(): Promise<SpellingDictionary> {
  const [{ default: nspell }, { default: english }] = await Promise.all([
    import('nspell'),
    import('dictionary-en'),
  ]);
  const speller = nspell({ aff: Buffer.from(english.aff), dic: Buffer.from(english.dic) });
  return {
    isWord: (word) => speller.correct(word) || speller.correct(americanSpelling(word)),
    isName: (word) => speller.correct(word.charAt(0).toUpperCase() + word.slice(1)),
  };
}
