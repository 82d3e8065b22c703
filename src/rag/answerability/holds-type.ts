/**
 * @module Whether the passages about a part of a question hold the kind of fact it asks for, said with its topic
 * (an amount beside the fee asked about, a length of time beside the leave), and the quantity it asks about.
 */
import { escapeRegExp, sentenceBefore, splitSentences, tokenize } from '../../core/index.js';
import { holdsAnswerType } from './answer-shapes.js';
import { pointsAtThing } from './antecedent.js';
import { measureAsked } from './asked-of.js';
import { covered, has, type Judged, type PassageText, SENTENCE_SHARE } from './judged.js';
import { readForItem } from './list-items.js';
import { appliesTo } from './place-check.js';
import { placesAsked } from './places.js';
import { QUANTITY_WORDS, quantityFit, questionQuantities } from './quantity-fit.js';
import {
  expectedAnswerType,
  isNumberTerm,
  namedLength,
  namesLengthAsked,
  opensByPointingBack,
  questionContext,
} from './question.js';

// A sentence about the part must hold a fact of the kind it asks for: the topic and the value said together
// (a long passage that mentions the topic in one place and some other amount in another is not evidence).
// A sentence is about the part when, read with its passage's title, it covers the part nearly as well as the
// best passage does; or when it does so read with the sentence before it ("Every apprentice has a mentor… A
// college assessor visits every 10 weeks."), counted for a little less.
/** Whether a sentence about the part holds a fact of the kind it asks for; else the reason it does not. */
export function partHoldsType(
  part: string,
  terms: string[],
  c: Judged,
  best: number,
): { ok: boolean; reason: string } {
  const type = expectedAnswerType(part);
  // Yes/no, where, how-to and other questions have no shape to look for: coverage alone judges them.
  if (!TYPE_WORDS[type]) return { ok: true, reason: '' };
  const forPlaces = appliesTo(placesAsked(part).filter((p) => !c.context.has(p.term)));
  // "What interest rate…?" asks for an interest rate: a fee said beside the loan is not one. Only a word the
  // base uses: for one it never does ("wifi allowance"), the thesaurus finds its wording.
  const topical = c.topical();
  const measure =
    type === 'amount'
      ? measureAsked(part).filter(
          ({ word, term: t }) =>
            PERIODS[word] !== undefined ||
            (terms.includes(t) && topical.has(t) && !c.context.has(t) && c.share(t) > 0),
        )
      : [];
  // "The maximum general loan" is said "at most PKR 150,000" or "up to 3 months' wages": a limit's word says which
  // figure, not what it is about.
  const unlimited = terms.filter((t) => !LIMIT_TERMS.has(t));
  // "What is the maximum?" is about the limit itself.
  const about = unlimited.length ? unlimited : terms;
  // A part that names nothing of its own but "it" ("…keeps expiring before I type it. how long is it valid")
  // asks about its story, which the answer's sentence and the one before it tell between them ("Enter the code
  // sent by SMS. The code is valid for 10 minutes.").
  const storyOnly = about.every((t) => c.context.has(t)) && pointsAtThing(questionContext(part).asked);
  // In full only when the answering sentence names something of the story itself ("The code is valid…").
  const leanFor = (saysOfStory: number) => (storyOnly && saysOfStory > 0 ? 1 : WITH_BEFORE);
  const ofDocument = documentWords(part, about, c);
  const holds = c.passages.some((p, n) => {
    if (!forPlaces(p)) return false;
    // A passage about whom to call gives the number where it likes ("Ring us. The number is …").
    const sentences = type === 'contact' ? [p.text] : splitSentences(p.text);
    return withAntecedents(sentences).some(({ sentence, read }, i) => {
      const cover = (text: string) =>
        covered(about, c.wordsOf(`${p.title ?? ''} ${text}`, c.languages[n]!), c.weight);
      const bare = (text: string) => covered(about, c.wordsOf(text, c.languages[n]!), c.weight);
      if (!holdsAnswerType(readForItem(sentence, bare), type, part)) return false;
      const before = sentenceBefore(sentences, i);
      const near = `${p.title ?? ''} ${before >= 0 ? sentences[before] : ''} ${read}`;
      if (measure.length) {
        const words = c.wordsOf(near, c.languages[n]!);
        if (!measure.every((m) => has(m.term, words) || saysWord(m.word, near))) return false;
      }
      const own = Math.max(cover(read), ofDocument(p, read, n));
      const withBefore = before >= 0 ? leanFor(bare(read)) * cover(`${sentences[before]} ${read}`) : 0;
      return Math.max(own, withBefore) >= best * SENTENCE_SHARE;
    });
  });
  if (holds) return { ok: true, reason: '' };
  return { ok: false, reason: `no passage about "${part.replace(/[?.!]+$/, '')}" holds ${TYPE_WORDS[type]}` };
}

// A length asked for by its name ("the standard lead time for the seat cover fabric") is answered by a sentence that
// names it ("our standard lead time is 7 weeks") in a document whose retrieved passages say what it is of (the
// fabric, in the letter's subject line): the sentence is read with its document's passages then.
// A passage's file, without its record's "#…" part.
const fileOf = (p: PassageText) => p.source?.replace(/#.*$/, '');

function documentWords(
  part: string,
  terms: string[],
  c: Judged,
): (p: PassageText, read: string, n: number) => number {
  if (!namedLength(part)) return () => 0;
  return (p, read, n) => {
    if (!namesLengthAsked(read, part)) return 0;
    const source = fileOf(p);
    const document = source ? c.passages.filter((q) => fileOf(q) === source) : [];
    const text = [p.title ?? '', read, ...document.map((q) => q.text)].join(' ');
    return covered(terms, c.wordsOf(text, c.languages[n]!), c.weight);
  };
}

const LIMIT_TERMS = new Set(tokenize('maximum minimum max min highest lowest'));

// A quantity the question asks about ("for 35 years' service") must be one the passages about it state, or
// in a band they state ("10 years or more"): a table that stops at 25 years does not answer for 35. Only
// when those passages state amounts of that kind at all; a yes/no question may ask about a limit ("Can I
// carry over 10 days?" is answered by "up to 5 days"), and the asker's own situation is context.
/** Why no passage about the part covers the quantity it asks about; undefined when one does. */
export function quantityBeyond(part: string, terms: string[], c: Judged): string | undefined {
  if (expectedAnswerType(part) === 'yes-no') return undefined;
  const asked = questionContext(part).asked;
  const quantities = questionQuantities(asked);
  if (!quantities.length) return undefined;
  // What the passages are about, without the numbers: "6" is the quantity itself, which a band may hold.
  const topic = terms.filter((t) => !isNumberTerm(t));
  const best = Math.max(...c.sets.map((set) => covered(topic, set, c.weight)));
  const about = (n: number, s: string) =>
    covered(topic, c.wordsOf(`${c.passages[n]!.title ?? ''} ${s}`, c.languages[n]!), c.weight) >=
    best * SENTENCE_SHARE;
  const fits = c.passages.flatMap((p, n) =>
    splitSentences(p.text)
      .filter((s) => about(n, s))
      .map((s) => quantityFit(s, quantities)),
  );
  if (fits.includes(1) || !fits.includes(-1)) return undefined;
  const named = asked.match(QUANTITY_WORDS)?.[0] ?? 'that amount';
  return `no passage about "${part.replace(/[?.!]+$/, '')}" covers ${named}`;
}

// A sentence that opens with a pronoun ("It offers up to 6 sessions") is read with the one before it, which
// says what "it" is ("Brightside Assist is a free helpline").
function withAntecedents(sentences: string[]): Array<{ sentence: string; read: string }> {
  return sentences.map((sentence, i) => ({
    sentence,
    read: i > 0 && opensByPointingBack(sentence) ? `${sentences[i - 1]} ${sentence}` : sentence,
  }));
}

// A sentence read with the one before it counts for a little less: what it says may only lean on it (tuned on
// the development sets: 0.7 gained nothing, 0.9 lost an answer elsewhere).
const WITH_BEFORE = 0.8;

const TYPE_WORDS: Record<string, string> = {
  amount: 'an amount',
  duration: 'a length of time',
  date: 'a date',
  time: 'a time of day',
  count: 'a number',
  person: 'a name or a role',
  contact: 'a phone number or an address',
  place: 'a place',
  steps: 'steps',
  reason: 'a reason',
};

// A word said in another form: cut short ("admin" of "administration"), or a period said as its unit ("hourly"
// as "per hour", "an hour", "/hr").
function saysWord(word: string, text: string): boolean {
  const lower = text.toLowerCase();
  const period = PERIODS[word];
  if (period) return period.test(lower);
  if (word.length < MIN_CUT) return false;
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}\\p{L}`, 'u').test(lower);
}

const MIN_CUT = 5;
const PERIODS: Record<string, RegExp> = {
  hourly: /\bhour|\bhr\b|\bhrs\b|\/h\b/,
  daily: /\bday\b|\bdaily\b|\bper day\b/,
  nightly: /\bnight/,
  weekly: /\bweek/,
  monthly: /\bmonth/,
  annual: /\byear|\bannual|\bannum\b|\bp\.a\./,
  yearly: /\byear|\bannual|\bannum\b|\bp\.a\./,
};
