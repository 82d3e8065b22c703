/**
 * @module A document that says where it applies ("Applies to UK sites") is not evidence for a workplace it
 * leaves out: asked about the Zaragoza depot, the UK sick pay policy is the rule for somewhere else.
 */
import { escapeRegExp, splitSentences, tokenize } from '../../core/index.js';
import { placeOf } from '../wordnet/index.js';
import type { PassageText } from './judged.js';
import { namesAskedPlace } from './local-notes.js';
import { type AskedPlace, namesPlace, placesAsked, placesIn, SITE_NOUNS, SITE_PEOPLE } from './places.js';

/**
 * Whether `passage` comes from a document whose statement of scope names places but leaves out every workplace
 * the question asks about ("the Zaragoza depot", "I work in Graz"), while the passage itself never names one.
 * Only the places in `judged` are judged (the caller's: those with notes of their own in another language, so
 * sites abroad with rules of their own), only when WordNet knows one place by the name and where it lies, and
 * only as workplaces: "a trip to France" or "the Paris hotel" on a trip asks about a destination, which a UK
 * policy covers.
 */
export function scopedElsewhere(
  question: string,
  passage: PassageText,
  asked = placesAsked(question),
  judged = asked,
): boolean {
  const scope = passage.appliesTo;
  if (!scope || !judged.length || !namesAnyPlace(scope) || EVERYWHERE.test(scope) || EXCEPT.test(scope))
    return false;
  const workplaces = judged.filter(
    (p) => p.known && !p.ambiguous && p.regions.length > 0 && isWorkplace(p, question),
  );
  if (!workplaces.length || coversPlaceItself(passage, asked)) return false;
  const words = new Set(tokenize(scope));
  return !asked.some((place) => namesPlace(place, words, scope));
}

// Whether the passage speaks of an asked place itself ("Staff seconded to the Zaragoza depot keep UK sick pay"),
// not only to send it elsewhere ("Colleagues at Zaragoza and Porto follow the local rules in their site notes").
function coversPlaceItself(passage: PassageText, asked: AskedPlace[]): boolean {
  const labelled = namesAskedPlace({ ...passage, text: '' }, asked);
  return (
    labelled ||
    splitSentences(passage.text).some(
      (sentence) => !SENDS_ELSEWHERE.test(sentence) && namesAskedPlace({ text: sentence }, asked),
    )
  );
}

const SENDS_ELSEWHERE =
  /(?<!\p{L})(?:local (?:[\p{L}-]+ )?(?:rules|agreements?|law|notes|terms)|site notes|own (?:rules|notes|terms)|(?:does|do) not apply|not covered|not members|are paid under)(?!\p{L})/iu;

// A place by name ("Leeds and Bristol", a declared "Spain") or by the letters people write for their country
// ("UK sites"; not "US", which no index keeps: it is a stop word).
function namesAnyPlace(scope: string): boolean {
  if (placesIn(scope).length > 0 || /(?<!\p{L})UK(?!\p{L})/u.test(scope)) return true;
  return scope.split(/,|;|\band\b|\(|\)/).some((item) => item.trim() !== '' && !!placeOf(item.trim()));
}

// A scope that reaches past the places it names ("all offices worldwide, including the UK"; not "all sites in
// the UK") limits nothing; one that names places to leave them out ("all employees, except those at our UK
// sites") would be read backwards.
const EVERYWHERE =
  /(?<!\p{L})(?:worldwide|overseas|international|global|every country|all countries|rest of the world|all (?:our )?(?:offices|sites|locations|hotels|depots)(?!\s+(?:in|across|within|throughout)(?!\p{L})))(?!\p{L})/iu;
const EXCEPT = /(?<!\p{L})(?:except|excluding|other than|apart from|outside|not)(?!\p{L})/iu;

// "the Zaragoza depot", "our Porto team", "I work in Graz", "based at Lyon", "I'm at the Utrecht hotel". A
// question about a trip ("a trip to the Salzburg office", "the nightly limit for the Paris hotel") asks about a
// destination, unless the asker says they work there.
function isWorkplace(place: AskedPlace, question: string): boolean {
  const word = escapeRegExp(place.word);
  const site = new RegExp(`(?<!\\p{L})${word}\\s+(?:${WORKPLACE_NOUNS})s?(?!\\p{L})`, 'iu');
  const worksThere = new RegExp(`${WORKING_AT}\\s+(?:(?:the|our|your|my)\\s+)?${word}(?!\\p{L})`, 'iu');
  return worksThere.test(question) || (!TRAVEL.test(question) && site.test(question));
}

const WORKPLACE_NOUNS = `${SITE_NOUNS}|hub|${SITE_PEOPLE}`;
const WORKING_AT =
  "(?<!\\p{L})(?:(?:based|work|working|employed|stationed)\\s+(?:at|in|for|out of)|i['’]?m\\s+at|i am at)";
const TRAVEL =
  /(?<!\p{L})(?:trip|trips|travel\w*|journey|conference|flight|fly|flying|stay(?:ing)? (?:at|in)|per diem)(?!\p{L})/iu;
