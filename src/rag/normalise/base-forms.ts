/**
 * @module A question tells what happened in the past tense ("a patient just fell", "my badge was stolen", "I got
 * bitten"); a procedure says what to do when it happens ("falls", "theft", "bites"). A stemmer leaves irregular
 * forms as they are, so they are written beside their base form for searching. Only the question: a document's
 * "paid" or "left" is what it says, and forms that are ordinary words of their own ("left", "lost", "found",
 * "felt", "bit", "broke", "struck") are not read at all.
 */

const BASE: Record<string, string> = {
  fell: 'fall',
  fallen: 'fall',
  broken: 'break',
  stole: 'steal',
  stolen: 'steal',
  bitten: 'bite',
  caught: 'catch',
  froze: 'freeze',
  frozen: 'freeze',
  burnt: 'burn',
  spilt: 'spill',
  tore: 'tear',
  torn: 'tear',
  stung: 'sting',
  shook: 'shake',
  drove: 'drive',
  driven: 'drive',
  rode: 'ride',
  wore: 'wear',
  worn: 'wear',
  forgot: 'forget',
  forgotten: 'forget',
  bled: 'bleed',
  threw: 'throw',
  thrown: 'throw',
  sank: 'sink',
  sunk: 'sink',
  woke: 'wake',
  overslept: 'oversleep',
};

// "I fell ill" or "fell behind" is no fall.
const FORM = new RegExp(
  `(?<![\\p{L}'’-])(?:${Object.keys(BASE).join('|')})(?![\\p{L}'’-])(?!\\s+(?:ill|sick|asleep|behind|pregnant|short)\\b)`,
  'giu',
);

/** The question followed by the base forms of its irregular verbs ("fell": "fall"), set apart; else as it was. */
export function withBaseForms(question: string): string {
  const bases = [...question.matchAll(FORM)].map((m) => BASE[m[0].toLowerCase()]!);
  return bases.length ? `${question} ; ${[...new Set(bases)].join(' ')}` : question;
}
