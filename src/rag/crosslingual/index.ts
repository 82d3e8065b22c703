/**
 * @module English words for text in another language: a knowledge base with site notes in German, French,
 * Spanish, Portuguese, Italian, Dutch, the Scandinavian languages, Polish, Croatian, Lithuanian, Slovak, Slovene, Russian
 * or Greek is searched and checked with an English question through a general workplace glossary ("Essenszuschuss" is
 * also "meal" and "subsidy"), and a question's word of those languages the base does not write is read in English. Text written in one of those languages is glossed with that language's words, so an English page is
 * never read as another; in English text, only the names of holidays ("Corpo de Deus", "San Jorge") and the
 * words and phrases it keeps from those languages ("the lunsj in the kantina") are.
 */

export { cyrillicKey, KEYED, latinKey } from './cyrillic-keys.js';
export { englishOfLoanWord, foldedWords } from './glossary.js';
export { englishGlosses, GLOSSARY_VERSION, withGlosses } from './glosses.js';
export { GREEK_KEYED, greekKey, greekKeys, greeklishKey } from './greek-keys.js';
export type { GlossLanguage } from './language.js';
export { languagesOf } from './language.js';
export { inOwnStems, ownStemSpellings, stemsAsAsked } from './own-question.js';
export { serbianInLatin, writtenInSerbianCyrillic } from './serbian-latin.js';
