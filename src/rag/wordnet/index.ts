export { type Place, placeOf } from './places.js';
