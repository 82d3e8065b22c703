export { nounKin } from './kin.js';
export { isPersonNoun } from './persons.js';
export { isDictionaryWord, isOrdinaryWord, type Place, placeOf } from './places.js';
export { type SpellingDictionary, spellingDictionary } from './spell-words.js';
export { type DictionaryCase, dictionaryCase, lowerParts, senseCount } from './word-case.js';
