/**
 * @module Letters that name a thing ("A shift", "rating B", "Grade C", "Block D"): the letter is a stop word to the
 * tokenizer, so every row of a table of shifts covers "shift" alike. Of sentences that cover a question equally,
 * the one that names the same letter with the same noun answers it.
 */

// The nouns a capital letter names one of, before or after it.
const NOUNS =
  'shifts?|grades?|ratings?|bands?|levels?|zones?|gates?|lines?|bays?|wings?|teams?|blocks?|category|categories|class(?:es)?|types?|scales?|plans?|options?|tiers?|sections?|wards?|units?|groups?|rosters?|batch(?:es)?|buildings?|floors?|rooms?|halls?|platforms?|routes?';
// "A shift", "B-shift"; not "I" (the asker), not a letter joined to a word or a figure, and not "A" opening a
// sentence, where it is an article ("A team lead approves overtime").
const LETTER_FIRST = new RegExp(
  `(?<![\\p{L}\\d.'’-]|(?:^|[.!?:]\\s{0,3})(?=A))([A-HJ-Z])[\\s-]{1,3}(${NOUNS})\\b`,
  'giu',
);
// "rating B", "Grade: C", "Shift · A", "team (A)".
const NOUN_FIRST = new RegExp(`\\b(${NOUNS})\\s{0,3}(?:[:·(]\\s{0,3})?([A-HJ-Z])(?![\\p{L}\\d'’-])`, 'giu');

/** The letters a question names things by, each as "letter noun" in lower case ("a shift"). */
export function letterLabels(question: string): string[] {
  return [...new Set(labelsIn(question))];
}

/** How many of `labels` a sentence names with the same letter and noun. */
export function labelsNamed(text: string, labels: string[]): number {
  if (!labels.length) return 0;
  const said = new Set(labelsIn(text));
  return labels.filter((l) => said.has(l)).length;
}

// Each letter named with its noun, as "letter noun" (the noun without its plural): the letter in capitals only.
function labelsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(LETTER_FIRST)) if (isCapital(m[1]!)) out.push(label(m[1]!, m[2]!));
  for (const m of text.matchAll(NOUN_FIRST)) if (isCapital(m[2]!)) out.push(label(m[2]!, m[1]!));
  return out;
}

const isCapital = (letter: string) => /^\p{Lu}$/u.test(letter);
const label = (letter: string, noun: string) => `${letter.toLowerCase()} ${singular(noun.toLowerCase())}`;
// "grades" is "grade", "classes" "class", "batches" "batch", "categories" "category".
const singular = (noun: string) =>
  noun
    .replace(/ies$/, 'y')
    .replace(/(?<=ss|x|ch|sh)es$/, '')
    .replace(/(?<!s)s$/, '');
