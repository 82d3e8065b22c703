/**
 * @module A question typed in Serbian, Croatian or Bosnian in chat, mixed with English ("koliko dana godisnjeg
 * imam?", "jel radi menza subotom?", "kolika je dnevnica za Beograd?"), in Latin letters with or without č ć š ž
 * đ, or in Serbian Cyrillic, read as the English question it asks ("how many days annual leave I have?", "is open
 * canteen Saturday?"). The reading is roman-reading.ts's; the languages' own rules are here: "koliko" of what is
 * counted asks how many, "i", "a" and "pa" join two questions, and a thing's owner is named after it ("plata
 * Marka Petrovića"). The word lists were written from general knowledge of the languages, without reading any
 * organisation's documents or questions.
 */
import { type RomanLanguage, romanReading } from './roman-reading.js';
import { ASKING, DROPPED, MARKERS, PHRASES, SPELLINGS, WORDS } from './roman-serbian-words.js';

// The verbs a question turns on ("ima", "mogu", "treba", "sme"): with a word of asking, the sign of the language.
const VERBS = new Set(
  'ima imam imamo imas imate imaju mogu moze mozemo mozes mozete treba trebam trebaju sme smem smemo smijem smije mora moram moramo dobijam dobijem dobija dobijaju dobiti dobivam daj dajte radi radim radimo placa placaju traje pocinje kasni kosta isplacuje vazi postoji'.split(
    ' ',
  ),
);

// Serbian's word lists and rules.
const SERBIAN: RomanLanguage = {
  asking: ASKING,
  phrases: PHRASES,
  dropped: DROPPED,
  words: WORDS,
  markers: MARKERS,
  verbs: VERBS,
  spellings: SPELLINGS,
  // Small words English, Spanish or Hindi and Urdu type too ("u", "da", "ko", "para", "sme" an SME): no sign of
  // Serbian on their own.
  shared: new Set('u da ne ja vi ti ko kim sme dana para pare mama tata od do pre lek'.split(' ')),
  // Words the dictionary has that are plainly Serbian in a question ("danas", today; "sutra", tomorrow).
  plainly: new Set(['danas', 'sutra']),
  // Serbian has no case endings typed apart: whose and where are endings of the words themselves.
  genitive: new Set(),
  locative: new Set(),
  // "plata Marka Petrovića", "broj telefona Jelene Jovanović": the owner's name follows the thing.
  owned: new Set(
    'plata plate platu placa place zarada zaradu broj broja telefon telefona mobilni mobilnog adresa adresu adrese mejl mejla ime prezime bolovanje bolovanja dnevnica dnevnicu'.split(
      ' ',
    ),
  ),
  titles: new Set(
    'Gospodin Gospodina Gospodinu Gospodja Gospodje Gospodji Gospođa Gospođe Gospođi Gđa Gdja Gdin Dr Doktor Doktorka'.split(
      ' ',
    ),
  ),
  // "i", "a" and "pa" (and, and then) join two questions ("koliko je dnevnica i kad se isplaćuje?").
  joins: /\s*,\s*|\s+(?:i|a|pa|and)\s+/,
  leadingJoin: /^\s*(?:i|a|pa|and|I|A|Pa|And)\s+/,
  askingAt,
  // The endings of verbs' forms: the infinitive ("uzeti", "platiti"), the present ("uzmem", "radimo", "plaćaju",
  // "isplaćuje"), the past ("dobio", "uzela", "radili") and the imperative ("javite").
  verbForm:
    /(?:ati|eti|iti|uti|ti|ci|am|em|im|amo|emo|imo|as|es|is|ate|ete|ite|aju|eju|ju|uje|ujem|ujemo|ujete|uju|ao|eo|io|la|lo|li|le|u|e|i|a|o)$/,
  verbStems: new Set(
    'rad dobi dobij dobiv uzm uze uzim plat plac isplat isplac uplat uplac traj kasn otvar otvor zatvar zatvor poc pocinj zavrs zavrsav pred predaj podn podnes podnos popun popunjav prijav prijavlj odjav jav javlj traz mor sm smij treb dolaz dodj id ic ostan ostaj vrat vrac kost potpis potpisuj odobr odobrav obracun obracunav racun prenos prenes preb prebac prebacuj koristi koris iskoris iskoristi mog moz im ima dat daj nos trazi kren polaz stign stiz'.split(
      ' ',
    ),
  ),
};

// "koliko" asks how much, but how many of what is counted within the next few words ("koliko dana", "koliko mi
// je ostalo dana godišnjeg?"), and what percent before "%".
function askingAt(
  word: string,
  tokens: string[],
  at: number,
  spelled: (t: string) => string,
): string | undefined {
  if (ASKING.get(word) !== 'how much') return undefined;
  if (/^%/.test(tokens[at + 1] ?? '')) return 'what percent';
  // The words of grammar between ("mi", "je") are not counted as words.
  const next = tokens
    .slice(at + 1)
    .filter((t) => !DROPPED.has(spelled(t)))
    .slice(0, COUNT_WITHIN);
  return next.some((t) => COUNTED.has(spelled(t))) ? 'how many' : undefined;
}

const COUNT_WITHIN = 3;
const COUNTED = new Set(
  'dana dani sati sata casova minuta sedmica tjedana tjedna meseci mjeseci godina puta ljudi radnika zaposlenih komada noci nocenja smena smjena slobodnih dece djece days weeks months years hours minutes times people nights shifts pieces'.split(
    ' ',
  ),
);

const serbian = romanReading(SERBIAN);

/** Whether a question is typed in Serbian, Croatian or Bosnian (two words the lists know, one plainly theirs). */
export const typedInSerbian = (question: string): boolean => serbian.typedIn(question);
/** The question read in English when it is typed in Serbian, Croatian or Bosnian; else the question as it is. */
export const readSerbian = (question: string): string => serbian.read(question);
/** The reading without the forms of Serbian, Croatian or Bosnian verbs that neither English nor the base knows. */
export const withoutUnknownSerbian = serbian.withoutUnknown;
