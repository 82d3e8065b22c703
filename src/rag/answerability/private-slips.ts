/**
 * @module Slips of the words a private question asks with ("What is Kwame Asiedu's personasl mobile number?",
 * "how much salpary does …", "his mobiel number"): read as those words before the private check, so a slip of
 * the keyboard does not let a request for a colleague's data through. The general spelling correction reads a
 * slip as the word the knowledge base uses most, which may be another ("personals").
 */
import { slipsOf, wrongKeysOf } from '../../core/index.js';
import { isDictionaryWord } from '../wordnet/index.js';

/** The question with each word no dictionary has that is one slip from a word of `vocabulary` read as that word. */
export function withPrivateSlipsRead(question: string, vocabulary: ReadonlySet<string>): string {
  let read = 0;
  return question.replace(SLIPPABLE, (word) => {
    // A pasted page has many words no dictionary has: a question's first few are read, as the correction does.
    if (vocabulary.has(word) || isDictionaryWord(word) || ++read > MAX_READ) return word;
    const meant = [...slipsOf(word), ...wrongKeysOf(word)].find((w) => vocabulary.has(w));
    return meant ?? word;
  });
}

const MAX_READ = 20;

// A word in lower case of five letters or more: shorter ones have too many words one slip away.
const SLIPPABLE = /(?<![\p{L}'’-])\p{Ll}{5,}(?![\p{L}-])/gu;
