/**
 * @module What part a word plays in a question, by compromise's English tagger: a verb, an adverb or a
 * preposition the knowledge base never uses ("hang on to", "whenever", "around") is how the asker talks, not
 * what they ask about; a noun or an adjective ("dental", "sabbatical", "party") may be the topic itself.
 */
import { createRequire } from 'node:module';
import { tokenize } from '../../core/index.js';

type Tagged = Array<{ terms: Array<{ text: string; tags: string[] }> }>;
type Tagger = (text: string) => { json: () => Tagged };

// The tagger takes a few hundred milliseconds to load: loaded on the first question that needs it, not with
// every command (most questions never do: only one with a word the knowledge base never uses).
let tagger: Tagger | undefined;
const tag = (text: string): Tagged => {
  tagger ??= createRequire(import.meta.url)('compromise/two') as Tagger;
  // A question is read for its words' roles over its first few thousand characters: past them it is a document
  // pasted in, and tagging it all would take seconds of CPU (about 20 s for 50,000 characters).
  return tagger(text.slice(0, MAX_TAGGED)).json();
};

const MAX_TAGGED = 2000;

const TOPIC_TAGS = ['Noun', 'Adjective', 'Value', 'Acronym'];

// Adjectives of everyday talk that say how the asker feels about a thing, never which thing it is.
const EVERYDAY_ADJECTIVES = new Set(
  'big small little large huge tiny good bad great nice fine ok okay alright true false actual proper ordinary right wrong sure certain possible able likely quick simple easy hard difficult important serious strange weird silly stupid fair unfair rubbish awful terrible horrible dreadful lousy crap involved concerned interested worried extra brilliant amazing fantastic excellent lovely wonderful awesome superb better best worse worst old'
    .split(' ')
    .flatMap((w) => tokenize(w)),
);

/**
 * Whether a stem is an everyday adjective ("big", "true"), or one of its degrees ("bigger", "quickest"): it never
 * says what a question is about.
 */
export const isEverydayWord = (stem: string) => EVERYDAY_ADJECTIVES.has(stem) || DEGREES.has(stem);

// When the asker asks ("tonight", "tomorrow"), how they name a procedure they want ("what's the process") and a
// thing's being there for them ("when will my W-2 be ready"): a handbook seldom uses these words, and beside a
// word of the topic they say nothing of it. Alone ("What is the process?", "Is it ready?") they are all there is.
const ASKERS_FRAME = new Set(
  'today tonight tomorrow yesterday process ready'.split(' ').flatMap((w) => tokenize(w)),
);

/** A question's stems without the words of the asker's frame ("tonight", "process"), when any other is left. */
export function withoutFrame(stems: string[]): string[] {
  const topical = stems.filter((t) => !ASKERS_FRAME.has(t));
  return topical.length ? topical : stems;
}

// The degrees of everyday adjectives that are adjectives only ("bigger", "nicer", "easiest"; not "stranger" or
// "greater", which name things too), as stems.
const DEGREES = new Set(
  'big small large little huge tiny quick easy hard simple nice cheap early late soon old near close'
    .split(' ')
    .flatMap(degreesOf)
    .flatMap((w) => tokenize(w)),
);

// "big": "bigger", "biggest" (a short word's last letter doubled); "nice": "nicer"; "easy": "easier".
function degreesOf(word: string): string[] {
  const stem = word.endsWith('e')
    ? word.slice(0, -1)
    : word.endsWith('y')
      ? `${word.slice(0, -1)}i`
      : /^[^aeiou]*[aeiou][^aeiouwy]$/.test(word)
        ? `${word}${word.at(-1)}`
        : word;
  return [`${stem}er`, `${stem}est`];
}

/**
 * The stems of the question's words that may name its topic: nouns and adjectives (and words the tagger
 * cannot place), without the everyday adjectives ("big", "true", "ordinary").
 */
export function topicalStems(question: string): Set<string> {
  const stems = new Set<string>();
  for (const sentence of tag(question))
    for (const [i, term] of sentence.terms.entries())
      if (isTopical(term) && !isVerbByPlace(sentence.terms, i))
        for (const stem of tokenize(term.text)) if (!EVERYDAY_ADJECTIVES.has(stem)) stems.add(stem);
  return stems;
}

type Term = { text: string; tags: string[] };

// A noun or an adjective, or a word the tagger cannot place.
const isTopical = (term: Term) => !term.tags.length || term.tags.some((t) => TOPIC_TAGS.includes(t));

// A verb the tagger took for a thing, told by where it stands: a "plural" before an object pronoun ("which of
// those suits him?") or after a subject in the singular and an adverb of a verb ("a new address still counts",
// not "are the shifts also weekends?"); the word after an auxiliary and its pronoun subject ("does it cover dental?", "does that
// count?"); and, after an auxiliary and its subject, a word before the object's determiner ("does the bigger plan
// cover that many?", "can the manager sign a form?").
function isVerbByPlace(terms: Term[], i: number): boolean {
  const word = (at: number) => terms[at]?.text.toLowerCase().replace(/\W+$/, '') ?? '';
  if (terms[i]!.tags.includes('Plural'))
    return (
      // As written: "US" in capitals is the country ("US sizes").
      OBJECT_PRONOUN.test((terms[i + 1]?.text ?? '').replace(/\W+$/, '')) ||
      (VERB_ADVERB.test(word(i - 1)) && Boolean(terms[i - 2]?.tags.includes('Singular')))
    );
  if (!terms[i]!.tags.includes('Singular')) return false;
  if (AUXILIARY.test(word(i - 2)) && SUBJECT_PRONOUN.test(word(i - 1)))
    return (
      !DEMONSTRATIVE.test(word(i - 1)) ||
      !word(i + 1) ||
      Boolean(terms[i + 1]?.tags.some((t) => AFTER_VERB.has(t)))
    );
  return afterSubject(terms, i) && OBJECT_OPENER.test(word(i + 1));
}

// Whether the words before `i` are an auxiliary and its subject alone ("Does the bigger plan", "Can the team"): a
// determiner, adjectives, then one noun, the word before. Not "Does the hotel serve breakfast": the tagger may take
// a verb for a noun, and two nouns before the word may be a subject and its verb.
function afterSubject(terms: Term[], i: number): boolean {
  const aux = terms.findIndex((t) => AUXILIARY.test(t.text.toLowerCase()));
  if (aux < 0 || aux >= i - 2 || !DETERMINER.test(terms[aux + 1]!.text.toLowerCase())) return false;
  const isNoun = (t: Term) => t.tags.includes('Noun') && !t.tags.includes('Verb');
  // Adjectives, or a name ("Does the Family plan cover…"): not a noun in lower case, which may be the subject
  // before a verb the tagger took for a noun ("the hotel serve").
  const adjectives = terms
    .slice(aux + 2, i - 1)
    .every((t) => t.tags.includes('Adjective') || /^\p{Lu}/u.test(t.text));
  return adjectives && isNoun(terms[i - 1]!);
}

// Only the pronouns that are objects alone, in lower case: "her" is a possessive too ("boots her size"), "you" a
// subject ("the boots you gave me").
const OBJECT_PRONOUN = /^(?:me|him|us|them)$/;
const VERB_ADVERB = /^(?:still|also|really|even|never|always|actually|usually|normally|already)$/;
const AUXILIARY = /^(?:does|do|did|can|could|will|would|should|may|might|must|shall)$/;
const SUBJECT_PRONOUN = /^(?:it|that|this|they|he|she|we|you|i)$/;
// "that" and "this" are determiners too: "does that count as overtime?" counts (a preposition, or nothing, after
// the word), "does this policy apply to contractors?" asks of a policy (a verb after it).
const DEMONSTRATIVE = /^(?:that|this)$/;
const AFTER_VERB = new Set(['Preposition', 'Determiner', 'Pronoun', 'Conjunction']);
const DETERMINER = /^(?:the|my|your|our|their|his|her|a|an|this|that|these|those)$/;
const OBJECT_OPENER = /^(?:the|that|this|those|these|my|your|our|their|his|it|them|any|all|every|a|an|some)$/;

// How a thing is said, not which thing: "already", "maybe", "hmm", "btw", "yet", "tho", "not", a number or a
// time of day. Not the tagger's dates: "Christmas", "summer" and "weeks" name what is asked about.
const SAYING_TAGS = ['Adverb', 'Expression', 'Conjunction', 'Negative', 'Value', 'Time'];

/** The stems of a turn's words that only say how it is said (adverbs, interjections, values, lower-case pronouns). */
export function sayingStems(question: string): Set<string> {
  const saying = new Set<string>();
  const named = new Set<string>();
  for (const sentence of tag(question))
    for (const term of sentence.terms) {
      const how =
        term.tags.some((t) => SAYING_TAGS.includes(t)) ||
        (term.tags.includes('Pronoun') && term.text !== term.text.toUpperCase());
      for (const stem of tokenize(term.text)) (how ? saying : named).add(stem);
    }
  return new Set([...saying].filter((s) => !named.has(s)));
}

// "this year", "next month", "last week": when the question is asked, not a thing a table row names ("per day" may
// name a column, so it stays; "the last week of December" names a week).
const TIME_FRAME = /(?<!\bthe\s+)\b(?:this|next|last)\s+(year|month|week)\b(?!\s+of\b)/gi;

/** The stems of the words of time that frame a question ("year" of "this year"): they pick no table row. */
export function timeFrameStems(question: string): Set<string> {
  return new Set([...question.matchAll(TIME_FRAME)].flatMap((m) => tokenize(m[1]!)));
}
