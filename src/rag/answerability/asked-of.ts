/**
 * @module What a question asks of its subject: a property ("is the meat halal?") or whether there is a thing at all
 * ("Is there a staff shuttle bus…?"). A word the knowledge base never uses there is the question's point, not a
 * word beside it.
 */
import { tokenize } from '../../core/index.js';

/**
 * The property a yes/no question asks of its subject ("is the meat halal?", "are the trays compostable?"): when
 * the knowledge base never uses that word, a passage about the subject does not answer it, however well it covers
 * the rest.
 */
export function propertyAsked(question: string): Set<string> {
  return new Set([...question.matchAll(PROPERTY_ASKED)].flatMap((m) => tokenize(m[1]!)));
}

/**
 * The thing a question asks whether there is ("Is there a staff shuttle bus from…?"): when the knowledge base never
 * uses its word, the places and people around it do not answer it.
 */
export function existenceAsked(question: string): Set<string> {
  return new Set([...question.matchAll(EXISTENCE_ASKED)].flatMap((m) => tokenize(m[1]!)));
}

/**
 * The thing whose amount a question asks ("bonus" of "How much is the Christmas bonus this year?"): when the
 * knowledge base never uses its word, what it says of Christmas does not answer it.
 */
export function amountOfAsked(question: string): Set<string> {
  return new Set(
    [...question.matchAll(AMOUNT_OF_ASKED)].flatMap((m) => tokenize(m[1]!.trim().split(/\s+/).at(-1)!)),
  );
}

// "How much is / will / does the …", "how much is this year's …"; the thing is the shortest run before what follows it
// ("the bonus for Christmas", "the bonus this year").
const AMOUNT_OF_ASKED =
  /\bhow much (?:is|are|was|will|would|does|do|did)\s+(?:the|a|an|my|our|your|this|(?:this|next|last)\s+(?:year|month|week)['’]s)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=\s+(?:this|next|last|for|per|at|in|on|from|worth|now|going|be|pay|come|amount|cost)\b|\s*[?.!,]|$)/giu;

/**
 * The word that says which measure a question asks for, as written (lower case) and as a stem: "interest" of "What
 * interest rate…?", "microchipping" of "the microchipping fee". The amount that answers must be said with it. Not
 * a word that says how much of it ("the maximum allowance", "the full fee", "the going rate").
 */
export function measureAsked(question: string): Array<{ word: string; term: string }> {
  return [...question.matchAll(MEASURE_ASKED)]
    .map((m) => m[1]!.toLowerCase())
    .filter((word) => !HOW_MUCH_OF_IT.has(word))
    .flatMap((word) => tokenize(word).map((term) => ({ word, term })));
}

const HOW_MUCH_OF_IT = new Set(
  'maximum minimum max min full total additional extra standard normal usual current new old basic base flat overall exact actual average typical going fixed initial final first last next higher lower top same whole approximate latest present starting opening'.split(
    ' ',
  ),
);

const MEASURE_ASKED =
  /\b([\p{L}-]+)\s+(?:rates?|fees?|charges?|prices?|costs?|premiums?|allowances?|levy|levies|deposits?|discounts?|bonus(?:es)?|caps?)\b/giu;

const EXISTENCE_ASKED =
  /\b(?:is|are)\s+there\s+(?:a|an|any|some)?\s*((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)(?=\s+(?:for|from|to|at|in|on|near|between|that|which|who|we|i)\b|\s*[?.!,]|$)/giu;

/** Whether a question asks if there is a thing ("is there a prize draw?", "do they give a bonus?"). */
export const asksIfThereIs = (question: string) => ASKS_IF_THERE_IS.test(question);

const ASKS_IF_THERE_IS =
  /\b(?:(?:is|are)\s+there|do(?:es)?\s+(?:you|they|we|it|the\s+\w+)\s+(?:give|have|offer|run|hold|provide|do))\b/iu;

const PROPERTY_ASKED =
  /(?:^|[.?!,;]\s*|\b(?:and|but|so)\s+)(?:is|are|was|were)\s+(?:the|your|my|our|this|that|these|those|it|they|all|any)\b(?:\s+[\p{L}-]+){0,3}?\s+([\p{L}-]+)\s*(?=[?.!]|$)/giu;
