export { isOrdinaryWord, type Place, placeOf } from './places.js';
