/**
 * @module A question typed in another language than English, in Latin letters (or Cyrillic, for Serbian), read as the
 * English it asks: Catalan first (Cape Verdean Creole would take its "quant", Spanish its shared words), then Cape
 * Verdean Creole (Serbian would take its "sta" and "ki", Portuguese its "q" and "na"),
 * Wolof or Mandinka (Serbian would take its "jël"), Serbian or Croatian (its "da", "se" and "na" are Portuguese words too), Solomons Pijin (Bislama would take its "wanem taem" and "hu nao"), Vanuatu's Bislama (Krio would take its "lif" and "sik"), Sierra Leone's Krio and West Africa's
 * Pidgins (Belizean Kriol would read their "a de wok"), then the English creoles of the Caribbean and Belize (chat
 * Arabic would read their "fi" and "di" as its own), then Somali (Arabic would take its "ayaa"), then Arabic typed in
 * chat or in its own script (Spanish would take "el" and "la" of Arabizi as its own), then Tetum (Portuguese would
 * take its Portuguese loanwords and leave its own words as typed; it counts only with a word of asking of its own),
 * then Samoan (French and Spanish would read its "o le a" and "fa'afefea ona" badly), Tongan (French, Nepali and
 * Hindi or Urdu would take some of its questions), Sesotho (Albanian would take its "sa" and "ka") and siSwati,
 * Luxembourgish (French would take its "merci"), then Portuguese, Romanian, Seychelles Kreol (Haitian would take its
 * "konbyen", French read it as Mauritian), Haitian Creole (before French, whose Mauritian Kreol shares "ki", "pou" and "travay" with it), French
 * (with Mauritian Kreol) and Spanish, each of which checks for its neighbours' own words; then
 * Albanian (its "si", "del" and "me" are Spanish's too, so Spanish goes before it); then Dhivehi (it shares "tha", "kon"
 * and "ga" with the languages after it, and counts only with two words of its own), Bengali, Nepali (their words
 * of asking, "ki", "kon", "ke", are Hindi's and Urdu's words of grammar too), Hindi or Urdu, and last Indonesian or
 * Malay.
 */
import type { TermStats } from './assess.js';
import { readCatalanQuestion } from './catalan-question.js';
import { readFrenchQuestion } from './french-question.js';
import { readPortugueseQuestion } from './portuguese-question.js';
import { readAlbanian, withoutUnknownAlbanian } from './roman-albanian.js';
import { readArabic, withoutUnknownArabic } from './roman-arabic.js';
import { readRomanBengali, withoutUnknownBengali } from './roman-bengali.js';
import { readBislama, withoutUnknownBislama } from './roman-bislama.js';
import { readDhivehi, withoutUnknownDhivehi } from './roman-dhivehi.js';
import { readGilbertese, withoutUnknownGilbertese } from './roman-gilbertese.js';
import { readRomanHindustani, withoutUnknownHindustani } from './roman-hindustani.js';
import { readIndonesian, withoutUnknownIndonesian } from './roman-indonesian.js';
import { readKabuverdianu, withoutUnknownKabuverdianu } from './roman-kabuverdianu.js';
import { readKreyol, withoutUnknownKreyol } from './roman-kreyol.js';
import { readKrio, withoutUnknownKrio } from './roman-krio.js';
import { readKriol, withoutUnknownKriol } from './roman-kriol.js';
import { readLuxembourgish, withoutUnknownLuxembourgish } from './roman-luxembourgish.js';
import { readRomanNepali, withoutUnknownNepali } from './roman-nepali.js';
import { readPijin, withoutUnknownPijin } from './roman-pijin.js';
import { readSamoan, withoutUnknownSamoan } from './roman-samoan.js';
import { readSerbian, withoutUnknownSerbian } from './roman-serbian.js';
import { readSeselwa, withoutUnknownSeselwa } from './roman-seselwa.js';
import { readSesotho, withoutUnknownSesotho } from './roman-sesotho.js';
import { readShikomori, withoutUnknownShikomori } from './roman-shikomori.js';
import { readSomali, withoutUnknownSomali } from './roman-somali.js';
import { readSwati, withoutUnknownSwati } from './roman-swati.js';
import { readTetum, withoutUnknownTetum } from './roman-tetum.js';
import { readTongan, withoutUnknownTongan } from './roman-tongan.js';
import { readWolof, withoutUnknownWolof } from './roman-wolof.js';
import { readRomanianQuestion } from './romanian-question.js';
import { readSpanishQuestion } from './spanish-question.js';

// Each language's reading and its dropping of verb forms that neither English nor the base knows, in the order they
// are tried (see the module's comment); every reader's own test questions are read by this order as by their reader.
const LANGUAGES: Array<{ read: (q: string) => string; drop?: typeof withoutUnknownAlbanian }> = [
  // Catalan first: Cape Verdean Creole takes its "quant", Spanish, French and Portuguese its shared words.
  { read: readCatalanQuestion },
  // Cape Verdean Creole next: Serbian takes its "sta" and "ki", Portuguese its "q", "é", "pa" and "na".
  { read: readKabuverdianu, drop: withoutUnknownKabuverdianu },
  { read: readWolof, drop: withoutUnknownWolof },
  { read: readSerbian, drop: withoutUnknownSerbian },
  // Solomons Pijin before Bislama, which takes its "wanem taem", "hu nao" and "blo" questions and leaves "tumoro",
  // "duim", "garem" and "olketa" as typed.
  { read: readPijin, drop: withoutUnknownPijin },
  // Bislama before Krio and Arabic, which would take its "lif", "sik" and "yia" and read them badly.
  { read: readBislama, drop: withoutUnknownBislama },
  // Sierra Leone's Krio and West Africa's Pidgins before Belizean Kriol, which reads their "a de wok" badly.
  { read: readKrio, drop: withoutUnknownKrio },
  { read: readKriol, drop: withoutUnknownKriol },
  // Somali before Arabic, which takes its "ayaa" and reads the rest badly.
  { read: readSomali, drop: withoutUnknownSomali },
  { read: readArabic, drop: withoutUnknownArabic },
  { read: readTetum, drop: withoutUnknownTetum },
  // Gilbertese before Samoan, Tongan and Indonesian, which share its "te", "e", "i", "ko" and "ia": it asks for words
  // only Gilbertese writes, so it takes none of theirs.
  { read: readGilbertese, drop: withoutUnknownGilbertese },
  { read: readSamoan, drop: withoutUnknownSamoan },
  { read: readTongan, drop: withoutUnknownTongan },
  // Sesotho before Albanian, which would take its "sa" and "ka" and read them badly.
  { read: readSesotho, drop: withoutUnknownSesotho },
  // siSwati beside Sesotho: neither takes the other's questions.
  { read: readSwati, drop: withoutUnknownSwati },
  // Luxembourgish before French, which would take its chat's French words ("merci") and leave the rest as typed.
  { read: readLuxembourgish, drop: withoutUnknownLuxembourgish },
  { read: readPortugueseQuestion },
  { read: readRomanianQuestion },
  // Shikomori before French and Spanish, which take its French-mixed questions by "la", "les" and "pour" and leave its
  // own words ("ngudjolipvwa lini") as typed.
  { read: readShikomori, drop: withoutUnknownShikomori },
  // Seychelles Kreol before Haitian, which takes its "konbyen", "kouman" and "kapab", and French, which reads it as
  // Mauritian and leaves its own words ("ganny", "lapey") as typed.
  { read: readSeselwa, drop: withoutUnknownSeselwa },
  { read: readKreyol, drop: withoutUnknownKreyol },
  { read: readFrenchQuestion },
  { read: readSpanishQuestion },
  { read: readAlbanian, drop: withoutUnknownAlbanian },
  // Dhivehi before Bengali, Nepali, Hindi and Urdu, and Indonesian, whose small words it shares.
  { read: readDhivehi, drop: withoutUnknownDhivehi },
  { read: readRomanBengali, drop: withoutUnknownBengali },
  { read: readRomanNepali, drop: withoutUnknownNepali },
  { read: readRomanHindustani, drop: withoutUnknownHindustani },
  { read: readIndonesian, drop: withoutUnknownIndonesian },
];

// The first language that reads the question, with its reading.
function readingOf(question: string) {
  for (const language of LANGUAGES) {
    const read = language.read(question);
    if (read !== question) return { language, read };
  }
  return undefined;
}

/**
 * The question read in English when it is asked in Catalan, Cape Verdean Creole, Wolof or Mandinka, Serbian or Croatian, Solomons Pijin, Bislama, Krio or West African Pidgin, Belizean Kriol or Patois, Somali, Arabic, Tetum, Gilbertese, Samoan, Tongan, Sesotho, siSwati, Luxembourgish, Portuguese, Romanian, Shikomori, Seychelles Kreol, Haitian Creole, French or Kreol,
 * Spanish, Albanian, Dhivehi, Roman Bengali, Nepali, Hindi or Urdu, or Indonesian; else as it is.
 */
export function readRomanised(question: string): string {
  // A reading with nothing left in it ("On Mon?") asked nothing the reader knew: the question is kept as typed.
  const read = readingOf(question)?.read ?? question;
  return /\p{L}/u.test(read) ? read : question;
}

/** The reading without the forms of verbs that neither English nor the knowledge base knows, in the language read. */
export function withoutUnknownRomanised(read: string, written: string, stats: TermStats): string {
  return readingOf(written)?.language.drop?.(read, written, stats) ?? read;
}
