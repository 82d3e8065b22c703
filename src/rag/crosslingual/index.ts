/**
 * @module English words for text in another language: a knowledge base with site notes in German, French,
 * Spanish, Portuguese, Italian or Dutch is searched and checked with an English question through a general
 * workplace glossary ("Essenszuschuss" is also "meal" and "subsidy"). Only text written in one of those
 * languages is glossed, and only with that language's words, so an English page is never read as another; only
 * the names of holidays ("Corpo de Deus", "San Jorge") are glossed in any text, as calendars write them so.
 */

export { englishGlosses, GLOSSARY_VERSION, withGlosses } from './glosses.js';
export type { GlossLanguage } from './language.js';
export { languagesOf } from './language.js';
