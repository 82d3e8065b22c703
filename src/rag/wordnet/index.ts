export { isDictionaryWord, isOrdinaryWord, type Place, placeOf } from './places.js';
