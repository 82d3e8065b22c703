/**
 * @module A passage written in another language than the knowledge base's English is a site's own notes (the
 * Graz office's, in German): it answers for the places it names, in its text, title or file name, and for no
 * other. Asked about the York hotel, the Utrecht notes on parking are not evidence, however well their glossed
 * words match.
 */
import { tokenize } from '../../core/index.js';
import { languagesOf, withGlosses } from '../crosslingual/index.js';
import type { PassageText, TermStats } from './assess.js';
import { type AskedPlace, namesPlace, placesAsked } from './places.js';

/** Whether `passage` is notes in another language for places other than those `question` asks about. */
export function notesForElsewhere(
  question: string,
  passage: PassageText,
  asked = placesAsked(question),
): boolean {
  if (!asked.length || !languagesOf(passage.text).length) return false;
  return !namesAskedPlace(passage, asked);
}

/** Whether a passage names a place the question asks about (in its text, title or file name). */
export function namesAskedPlace(passage: PassageText, asked: AskedPlace[]): boolean {
  const text = `${passage.source ?? ''} ${passage.title ?? ''} ${passage.text}`;
  const words = new Set(tokenize(text));
  return asked.some((place) => namesPlace(place, words, text));
}

/**
 * Whether a passage says nothing of the places `question` asks about that have notes of their own among
 * `passages` (notes in another language naming the place): asked about the Zaragoza depot, with the Zaragoza
 * notes retrieved, a company policy that never names Zaragoza is the rule for the other sites first.
 */
export function besidePlaceNotes(
  question: string,
  passages: PassageText[],
): (passage: PassageText) => boolean {
  const withNotes = placesAsked(question).filter((place) =>
    passages.some((p) => languagesOf(p.text).length > 0 && namesAskedPlace(p, [place])),
  );
  if (!withNotes.length) return () => false;
  return (passage) => !namesAskedPlace(passage, withNotes);
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
