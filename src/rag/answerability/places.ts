/**
 * @module The places a question asks about ("the late shift premium in Zaragoza", "at the Austrian office") and
 * whether a passage names one: by its own name, by a region it lies in ("other European cities" for Milan), or
 * by a place inside it (Graz for "the Austrian office"). What lies in what is WordNet's (see `../wordnet`).
 */
import { escapeRegExp, stopWords, tokenize } from '../../core/index.js';
import { CURRENCIES } from '../normalise/index.js';
import { isOrdinaryWord, placeOf } from '../wordnet/index.js';
import { foldAccents } from './asked-in-words.js';
import { isNumberTerm } from './question.js';

/** A place a question asks about: its stem, the word as asked, and the stems of its names and regions. */
export interface AskedPlace {
  term: string;
  word: string;
  /** Its own names ("milan", "milano"); the stem alone when WordNet does not know the place. */
  names: string[][];
  /** The regions it lies in (Lombardy, Italy, Europe), nearest first. */
  regions: string[][];
  /** The regions' adjectives ("european"): a region only before a noun of places ("European cities"). */
  regionAdjectives: string[][];
  /** The places inside it (Graz for Austria), two levels down. */
  parts: string[][];
  /** Whether WordNet knows it as a place (else it is a capitalised word after "in", "at"…). */
  known: boolean;
  /** Whether WordNet knows more than one place by the name (Paris in France and in Texas): its regions are a guess. */
  ambiguous: boolean;
}

/**
 * Capitalised words after "in", "at", "for", "from" or "to" (and an optional "the", "our", "your" or "my"), or
 * naming a site or its people ("the Bristol office", "our York hotel", "the Porto lot"): the places asked about.
 */
export function placesAsked(part: string): AskedPlace[] {
  const afterPreposition = [...part.matchAll(AFTER_PREPOSITION)];
  const ends = new Set(afterPreposition.map(endOf));
  const beforeSite = [...part.matchAll(BEFORE_SITE_NOUN)].filter((m) => !ends.has(endOf(m)));
  const seen = new Set([...afterPreposition, ...beforeSite].map(endOf));
  // A name is a place only when WordNet knows it as one or has no ordinary word for it: "the HR office", "in
  // the Head office" and "for Engineering staff" name no place; "the Bellshill depot" does.
  const named = [...afterPreposition, ...beforeSite]
    .flatMap((m) => placesNamed((m[1] ?? m[2])!))
    .filter((p) => p.known || !isOrdinaryWord(p.word.toLowerCase()));
  // Its people named by it alone ("do Toronto employees get…"): only a place WordNet knows ("do Gold staff…" is
  // a grade's).
  const people = [...part.matchAll(PLACE_PEOPLE)]
    .filter((m) => !seen.has(endOf(m)))
    .flatMap((m) => placesNamed(withoutAskingWords(m[1]!)))
    .filter((p) => p.known);
  return [...named, ...people];
}

const endOf = (m: RegExpMatchArray) => m.index! + m[0].length;

/**
 * The places a question asks about as where the asker works, not where they travel: "driving my own car to a
 * client in Metz" asks the travel rules of the asker's own site, so documents written for that site still apply.
 */
export function workplacesAsked(part: string): AskedPlace[] {
  const travelledTo = new Set(
    [...part.matchAll(TRAVELLED_TO)].flatMap((m) =>
      m[1]!
        .trim()
        .split(/\s+/)
        .map((w) => tokenize(w)[0]),
    ),
  );
  return placesAsked(part).filter((p) => !travelledTo.has(p.term));
}

// A place after a trip, a drive or a visit, or where a client or a meeting is, in the same clause: a destination.
const TRAVELLED_TO =
  /\b(?:trip|travel\w*|driv(?:e|es|ing)|fly(?:ing)?|flight|visit\w*|mission|client|customer|conference|meeting)\b[^.?!,;:\n]{0,30}?\b(?:to|in|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*(?![\p{L}\p{N}-])\s*)+)/gu;

function placesNamed(capitalised: string): AskedPlace[] {
  const words = capitalised.trim().split(/\s+/);
  const whole = words.length > 1 ? placeOf(words.join(' ')) : undefined;
  return words
    .map((word) => ({ word, term: tokenize(word)[0] }))
    .filter(
      (w): w is { word: string; term: string } =>
        !!w.term && !CALENDAR.has(w.term) && !isNumberTerm(w.term) && !CURRENCY_CODES.has(w.word),
    )
    .map(({ word, term }) => {
      const place = whole ?? placeOf(word);
      const names = [[term], ...stemmed(place?.names)];
      const [regions, parts] = [stemmed(place?.regions), stemmed(place?.parts)];
      const regionAdjectives = stemmed(place?.regionAdjectives);
      return {
        term,
        word,
        names,
        regions,
        regionAdjectives,
        parts,
        known: !!place,
        ambiguous: (place?.senses ?? 0) > 1,
      };
    });
}

// A currency's code in capitals is no place: "the price in USD" asks in dollars.
const CURRENCY_CODES = new Set(CURRENCIES.map((c) => c.code));

// A code is no place: "NS" of "grade NS3" is not Nova Scotia.
const AFTER_PREPOSITION =
  /\b(?:in|at|for|from|to)\s+(?:(?:the|our|your|my)\s+)?((?:\p{Lu}[\p{L}-]*(?![\p{L}\p{N}-])\s*)+)/gu;
/** The nouns of a place of work ("the Bristol office", "the Zaragoza depot"), as a pattern's alternatives. */
export const SITE_NOUNS = 'office|hotel|site|warehouse|depot|branch|store|plant|factory|centre|center|campus';
/** The nouns for the people of a place ("the Porto lot", "our Zaragoza team"), as a pattern's alternatives. */
export const SITE_PEOPLE = 'team|staff|lot|lads|people|colleagues|crew|workers|employees';
// Before the word for a place's people, a name in capitals ("the QA team", "the NHS staff") is no place.
const BEFORE_SITE_NOUN = new RegExp(
  `\\b(?:[Tt]he|[Oo]ur|[Yy]our|[Mm]y)\\s+(?:((?:\\p{Lu}[\\p{L}-]*\\s+)+)(?=(?:${SITE_NOUNS})s?\\b)|((?:\\p{Lu}\\p{Ll}[\\p{L}-]*\\s+)+)(?=(?:${SITE_PEOPLE})s?\\b))`,
  'gu',
);

// The words of a capitalised run after the small words that open a question ("Do New York" is "New York").
const withoutAskingWords = (run: string) => {
  const words = run.trim().split(/\s+/);
  const first = words.findIndex((w) => !stopWords.has(w.toLowerCase()));
  return first < 0 ? '' : words.slice(first).join(' ');
};

// A name before the word for a place's people, with no "the" or "our" before it ("Toronto employees").
const PLACE_PEOPLE = new RegExp(
  `(?<![\\p{L}-])((?:\\p{Lu}\\p{Ll}[\\p{L}-]*\\s+)+)(?=(?:${SITE_PEOPLE})s?\\b)`,
  'gu',
);

/** Every stem of the places a question names, the regions they lie in and the places inside: words to count. */
export function placeWords(question: string): string[] {
  const words = placesAsked(question).flatMap((p) => [
    ...p.names,
    ...p.regions,
    ...p.regionAdjectives,
    ...p.parts,
  ]);
  return [...new Set(words.flat())];
}

/**
 * Whether a passage names the place: by a name, by a region it lies in ("France"; "European" only before a noun
 * of places: "other European cities", not "English lessons"), or by a place inside it ("graz" in a file name
 * for "the Austrian office"; a capitalised word WordNet places inside it).
 */
export function namesPlace(place: AskedPlace, words: Set<string>, text: string): boolean {
  const has = (name: string[]) => name.every((w) => words.has(w));
  if (place.names.some(has) || place.regions.some(has) || place.parts.some(has)) return true;
  if (place.regionAdjectives.some((adjective) => beforePlaceNoun(adjective, text))) return true;
  if (namedByItsPeople(place.word, text)) return true;
  return capitalised(text).some((word) =>
    stemmed(placeOf(word)?.regions).some((region) => place.names.some((n) => same(n, region))),
  );
}

// "from Haiti" is named by "the Haitian supplier" or "our supplier in Cap-Haïtien": a word that opens with the place's
// name, its accents aside, and goes on as its people, language or towns are named. A word WordNet knows must be that
// place's ("Haitian"; not "Dominican" for Dominica, "Nigerian" for Niger); a word it does not know only in a French
// or Italian ending ("Haïtien"; not "Victorian" for Victoria). Only a name of four letters or more.
function namedByItsPeople(word: string, text: string): boolean {
  const name = foldAccents(word);
  if (name.length < 4 || /\s/.test(name)) return false;
  const derived = new RegExp(
    `(?<![\\p{L}])${escapeRegExp(name)}(n|an|ian|en|ien|ienne|ese|ois|oise)s?(?![\\p{L}])`,
    'giu',
  );
  return [...foldAccents(text).matchAll(derived)].some((m) => {
    const known = placeOf(m[0][0]!.toUpperCase() + m[0].slice(1).toLowerCase());
    if (known) return known.names.some((n) => n.length === 1 && n[0] === name);
    return LOCAL_ENDINGS.has(m[1]!.toLowerCase());
  });
}

const LOCAL_ENDINGS = new Set(['en', 'ien', 'ienne', 'ois', 'oise', 'ese']);

/**
 * Other words to search for a place, those the knowledge base uses: the regions of a place it never names
 * ("Europe" for Milan), and the places inside one it rarely names ("Graz" for "the Austrian office").
 */
export function placeSearchWords(question: string, df: (stem: string) => number, chunks: number): string[] {
  const known = (name: string[]) => name.every((w) => df(w) > 0);
  return placesAsked(question).flatMap((p) => {
    const seen = df(p.term);
    const wider = seen ? [] : [...p.regions, ...p.regionAdjectives].filter(known);
    const inside = seen <= chunks * RARE_PLACE_SHARE ? p.parts.filter(known) : [];
    return [...wider, ...inside].map((name) => name.join(' '));
  });
}

// A place the base names in more chunks than this is what it is about ("UK"): its cities would only blur a search.
const RARE_PLACE_SHARE = 0.05;

/** Whether WordNet knows a word as a place ("UK", "European"). */
export const isPlace = (word: string) => placeOf(word) !== undefined;

/** The capitalised words of a text that WordNet knows as places ("London", "Paris"). */
export function placesIn(text: string): string[] {
  return capitalised(text).filter((word) => placeOf(word));
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

// An adjective's stems followed by a noun of places, within two words: "other European cities", "Spanish sites".
function beforePlaceNoun(adjective: string[], text: string): boolean {
  const words = text.split(/[^\p{L}-]+/u);
  return words.some(
    (w, i) => same(tokenize(w), adjective) && words.slice(i + 1, i + 3).some((next) => PLACE_NOUN.test(next)),
  );
}

const PLACE_NOUN =
  /^(?:cities|countries|sites|offices|locations|regions|destinations|places|hotels|branches|stores|depots|warehouses|staff|colleagues|employees|travel|trips)$/i;

// Capitalised words that do not open a sentence or a line (an opening word is capitalised whatever it is).
function capitalised(text: string): string[] {
  const found = text.matchAll(/(?<![.!?]\s|^|\n\s*)(?<=\s|[(:·,;"'])(\p{Lu}[\p{Ll}-]+)(?![\p{L}])/gu);
  return [...new Set([...found].map((m) => m[1]!))].filter((w) => !CALENDAR.has(tokenize(w)[0] ?? ''));
}

// A name's stems, kept only when every word of it is a word the index keeps: "the States" would be "state", and
// "U.S." nothing, which would name every passage about a state.
function stemmed(names: string[][] | undefined): string[][] {
  return (names ?? [])
    .filter((n) => n.every((w) => /^\p{L}+$/u.test(w)))
    .map((n) => ({ n, stems: tokenize(n.join(' ')) }))
    .filter(({ n, stems }) => stems.length === n.length)
    .map(({ stems }) => stems)
    .filter((stems, i, all) => all.findIndex((s) => same(s, stems)) === i);
}

const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december christmas easter'
    .split(' ')
    .flatMap((w) => tokenize(w)),
);
