/**
 * @module A passage written in another language than the knowledge base's English is a site's own notes (the
 * Graz office's, in German): it answers for the places it names, in its text, title or file name, and for no
 * other. Asked about the York hotel, the Utrecht notes on parking are not evidence, however well their glossed
 * words match.
 */
import { tokenize } from '../../core/index.js';
import { languagesOf, withGlosses } from '../crosslingual/index.js';
import type { PassageText, TermStats } from './assess.js';
import { type AskedPlace, namesPlace, placesAsked, placesIn } from './places.js';

/** Whether `passage` is notes in another language for places other than those `question` asks about. */
export function notesForElsewhere(
  question: string,
  passage: PassageText,
  asked = placesAsked(question),
): boolean {
  if (!asked.length || !languagesOf(passage.text).length) return false;
  const text = `${passage.source ?? ''} ${passage.title ?? ''} ${passage.text}`;
  const words = new Set(tokenize(text));
  return !asked.some((place) => namesPlace(place, words, text));
}

/**
 * Whether `passage` comes from a document whose statement of scope ("Applies to UK sites") names places but
 * leaves out a workplace the question asks about ("the Zaragoza depot", "the Austrian office"): its rules are
 * for somewhere else. Only a place WordNet knows the regions of is judged (a site it does not know may lie in
 * the UK), and only a workplace: "a trip to France" asks about a destination, which a UK policy covers.
 */
export function scopedElsewhere(
  question: string,
  passage: PassageText,
  asked = placesAsked(question),
): boolean {
  const scope = passage.appliesTo;
  if (!scope || !asked.length || !namesAnyPlace(scope)) return false;
  const words = new Set(tokenize(scope));
  return asked.some(
    (place) =>
      place.known &&
      place.regions.length > 0 &&
      isWorkplace(place, question) &&
      !namesPlace(place, words, scope),
  );
}

/** Whether a passage names a place the question asks about (in its text, title or file name). */
export function namesAskedPlace(passage: PassageText, asked: AskedPlace[]): boolean {
  const text = `${passage.source ?? ''} ${passage.title ?? ''} ${passage.text}`;
  const words = new Set(tokenize(text));
  return asked.some((place) => namesPlace(place, words, text));
}

// A place by name ("Leeds and Bristol") or by the letters people write for a country ("UK sites").
const namesAnyPlace = (scope: string) => placesIn(scope).length > 0 || /\b(?:UK|GB|US|USA|EU)\b/.test(scope);

// "the Zaragoza depot", "the Utrecht hotel", "the Porto team", "I work in Graz", "based at Lyon".
function isWorkplace(place: AskedPlace, question: string): boolean {
  const word = place.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = new RegExp(`\\b${word}\\s+${WORKPLACE_NOUN}`, 'i');
  const after = new RegExp(`\\b${WORKING_AT}\\s+(?:the\\s+)?${word}\\b`, 'i');
  return before.test(question) || after.test(question);
}

const WORKPLACE_NOUN =
  '(?:office|hotel|site|warehouse|depot|branch|store|plant|factory|centre|center|campus|hub|team|staff|colleagues|employees|workers|crew|lot|people|lads)s?\\b';
const WORKING_AT = "(?:based|work|working|employed|stationed|i'?m|i am)\\s+(?:at|in|for|out of)";

/**
 * Whether a passage says nothing of the places `question` asks about that have notes of their own among
 * `passages` (notes in another language naming the place): asked about the Zaragoza depot, with the Zaragoza
 * notes retrieved, a company policy that never names Zaragoza is the rule for the other sites first.
 */
export function besidePlaceNotes(
  question: string,
  passages: PassageText[],
): (passage: PassageText) => boolean {
  const asked = placesAsked(question);
  const textOf = (p: PassageText) => `${p.source ?? ''} ${p.title ?? ''} ${p.text}`;
  const names = (place: AskedPlace, p: PassageText) =>
    namesPlace(place, new Set(tokenize(textOf(p))), textOf(p));
  const withNotes = asked.filter((place) =>
    passages.some((p) => languagesOf(p.text).length > 0 && names(place, p)),
  );
  if (!withNotes.length) return () => false;
  return (passage) => !withNotes.some((place) => names(place, passage));
}

/**
 * The knowledge base's word counts less the notes dropped as written for other places: a word only those notes
 * use ("kitchen", glossed from the Graz notes' "Teeküche") is one the base never uses for this question.
 */
export function statsWithout(stats: TermStats, dropped: PassageText[]): TermStats {
  if (!dropped.length) return stats;
  const sets = dropped.map((p) => new Set(tokenize(withGlosses(`${p.title ?? ''} ${p.text}`))));
  const held = (term: string) => sets.reduce((n, set) => n + (set.has(term) ? 1 : 0), 0);
  return { chunks: stats.chunks, df: (term) => Math.max(0, stats.df(term) - held(term)) };
}
