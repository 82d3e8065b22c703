/**
 * @module Whether a word the knowledge base never uses may be its everyday name for a thing the passages do
 * name: WordNet's kin of the word ("helmet" for "hat") said by a passage. "Pets" beside a hostel's rules, or a
 * "union" beside "final dues", names a thing the base lacks.
 */
import { escapeRegExp } from '../../core/index.js';
import { nounKin } from '../wordnet/index.js';

/**
 * The words (as written in `question`) WordNet knows as nouns whose kin none of `texts` says; not a word that
 * goes with a name before it ("the Menu tab", "the Fernway app"), which the name tells.
 */
export function kinUnsaid(words: readonly string[], texts: readonly string[], question: string): string[] {
  const said = texts.join('\n').toLowerCase();
  return words.filter((word) => {
    if (afterName(question, word)) return false;
    const kin = nounKin(word);
    return kin !== undefined && !saysAny(said, [...kin]);
  });
}

// Whether the text says any of the words or phrases whole, or as a plural ("helmet", "helmets"): one pass.
const saysAny = (text: string, phrases: string[]) =>
  new RegExp(`(?<![\\p{L}\\d])(?:${phrases.map(escapeRegExp).join('|')})(?:e?s)?(?![\\p{L}\\d])`, 'u').test(
    text,
  );

// Whether the word follows a capitalised word inside a sentence ("under the Menu tab").
const afterName = (question: string, word: string) =>
  new RegExp(`(?<=[\\p{L},;]\\s{1,3})\\p{Lu}[\\p{L}'’-]*\\s+${escapeRegExp(word)}(?![\\p{L}\\d])`, 'u').test(
    question,
  );
