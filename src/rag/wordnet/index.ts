export { nounKin } from './kin.js';
export { isPersonNoun } from './persons.js';
export { isDictionaryWord, isOrdinaryWord, type Place, placeOf } from './places.js';
export { type DictionaryCase, dictionaryCase, lowerParts } from './word-case.js';
