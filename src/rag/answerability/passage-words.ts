/**
 * @module The words a passage says for a question: its stems, and what it says in other forms, a place the question
 * names by a region or a part of it, a day the question names in another form, a plan's name joined ("401k" for "401(k)"),
 * so coverage weighs them as the place and day checks do.
 */
import { tokenize } from '../../core/index.js';
import { stemsAsAsked, withGlosses } from '../crosslingual/index.js';
import { joinedCodes, lexicalEquivalents, numberOfJoined } from '../normalise/index.js';
import { type AskedDate, askedDate, saysDayAsked } from './day-ranges.js';
import type { Judged } from './judged.js';
import { namesPlace, placesAsked } from './places.js';

const JOINABLE = /\d{3}(?: ?\(\p{L}\)|\p{L})/u;

// A text's stems; a place the question asks about counts as said when the text names it by a region it lies in
// or a place inside it ("Italy" for Milan), so coverage weighs it as the place check does. A question asked in
// another language meets its stems in that language in any text (a table row's few words tell no language).
/** A text's stems as `question` reads them (see the module). */
export function placeAwareWords(question: string): Judged['wordsOf'] {
  const places = placesAsked(question).filter((p) => p.known);
  const asked = askedDate(question);
  const ownStems = stemsAsAsked(question);
  return (text, languages) => {
    const words = new Set(tokenize(`${withGlosses(text, languages)} ${ownStems(text)}`));
    addJoinedPlans(words, text);
    for (const p of places) if (!words.has(p.term) && namesPlace(p, words, text)) words.add(p.term);
    // A row that runs over the day asked ("picking_from: 2026-04-06 · picking_to: 2026-04-17") says that day, and
    // so does a text that writes it another way ("18-09-2026" for "18 September").
    if (asked && (saysDayAsked(text, asked) || writesDay(text, asked)))
      for (const w of asked.words) words.add(w);
    return words;
  };
}

// Whether a text names the day asked in any form the index reads: its day of the year, and its year when asked.
function writesDay(text: string, asked: AskedDate): boolean {
  const forms = new Set(lexicalEquivalents(text).split(' '));
  return forms.has(`md${asked.md}`) && (!asked.day || forms.has(`d${asked.day.replace(/-/g, '')}`));
}

// "401(k)" says "401k" as the index reads it, and "401k" says the "401" of a question's "401(k)". Only a text with a
// figure run into a letter holds either, and this runs for every passage of every question.
function addJoinedPlans(words: Set<string>, text: string): void {
  if (!JOINABLE.test(text)) return;
  for (const code of joinedCodes(text)) words.add(code);
  for (const word of [...words]) {
    const number = numberOfJoined(word);
    if (number) words.add(number);
  }
}
