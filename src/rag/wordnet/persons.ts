/** @module Whether a word names a kind of person ("leader", "nurse", "trainee"), by WordNet's noun.person file. */
import { senses } from './wordnet.js';

// WordNet's lexicographer file for nouns that denote people.
const NOUN_PERSON = 18;

/**
 * Whether WordNet has a lower-case noun as a kind of person ("engineer", "porter"), not "brook" or "field"; a
 * person it knows by that name ("Wood", the painter) is no kind of person.
 */
export function isPersonNoun(lemma: string): boolean {
  return senses(lemma, 'noun').some((s) => s.lexFile === NOUN_PERSON && s.words.includes(lemma));
}
