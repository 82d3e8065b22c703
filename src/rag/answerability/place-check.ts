/**
 * @module The place check: a fact asked for a place must come from a passage that may hold it for that place
 * (it names the place, a region it lies in or a place inside it; or it speaks of the rest: "all other sites").
 */
import type { Grounding } from '../../core/index.js';
import { escapeRegExp, tokenize } from '../../core/index.js';
import { dictionaryCase } from '../wordnet/index.js';
import { withAntecedent } from './antecedent.js';
import { writtenWithoutCapitals } from './capitals.js';
import { covered, type Judged, type PassageText, SENTENCE_SHARE, type TermStats, verdict } from './judged.js';
import { type AskedPlace, isPlace, namesPlace, placesAsked, placesIn } from './places.js';
import { partsAsked, questionContext, questionParts, topicTerms } from './question.js';

/**
 * A place the question asks about and the knowledge base knows, by name or by a region it lies in ("the late
 * shift premium in Zaragoza", "a trade fair in Milan" where the base knows Europe), must be named by a passage
 * about the rest of that part of the question (in its text, title or file name; by a region it lies in or a
 * place inside it), or that passage must speak of the rest in general ("other UK cities", "all sites"): a table
 * for three sites does not answer for a fourth that another document mentions. A place WordNet knows and the
 * base knows nothing of (Tokyo, where it names no part of Asia) is missing too when those passages name places
 * one by one (London, Paris…); else a wider rule may cover it. The base's own name is left alone.
 */
export function absentPlace(c: Judged, stats: TermStats): Grounding | undefined {
  const knows = (name: string[]) => name.every((w) => stats.df(w) > 0);
  const asked = partsAsked(c.question);
  const parts = questionParts(c.question);
  const toldOnly = toldBeforeAsking(c.question);
  for (const [i, own] of parts.entries()) {
    // A part that refers back ("…, and if I work it at the Edinburgh hotel what do I get paid?") is about what the
    // part before asked: the rest its passages must cover is that too.
    const part = withAntecedent(own, parts[i - 1]);
    // "I've got a job at the Utrecht hotel. How much is a studio there?": the place told before is asked about,
    // by the part that points back at it (not by another part: "…, and do we get a meal on nights?"; nor by the
    // story: "I start in Zaragoza and move there in May").
    const pointsBack = POINTS_BACK.test(asked[i] ?? '');
    const named = placesAsked(part).filter(
      (p) =>
        (pointsBack || (!c.context.has(p.term) && !toldOnly(p))) &&
        stats.df(p.term) <= stats.chunks * COMMON_NAME_SHARE,
    );
    const foreign = (p: AskedPlace) => p.known && stats.df(p.term) === 0 && !p.regions.some(knows);
    const places = named.filter((p) => stats.df(p.term) > 0 || p.regions.some(knows) || foreign(p));
    if (!places.length) continue;
    const rest = topicTerms(part).filter((t) => !places.some((p) => p.term === t));
    const coverages = c.sets.map((s) => (rest.length ? covered(rest, s, c.weight) : 1));
    const best = Math.max(...coverages);
    const about = c.passages.filter((_, i) => coverages[i]! >= best * SENTENCE_SHARE);
    const aboutTexts = about.map((p) => `${p.title ?? ''} ${p.text}`);
    const open = places.filter((p) => !aboutTexts.some((text) => coversTheRest(text, p)));
    if (!open.length) continue;
    const listsPlaces = new Set(about.flatMap((a) => placesIn(a.text))).size >= 2;
    if (!listsPlaces && places.every(foreign)) continue;
    // A document about the place itself (its site notes, perhaps in another language) may answer for it.
    const labels = c.passages.map((p) => `${p.source ?? ''} ${p.title ?? ''}`);
    const labelled = (p: AskedPlace) => labels.some((l) => namesPlace(p, new Set(tokenize(l)), l));
    const missing = open.filter(
      (p) =>
        (listsPlaces || !foreign(p)) &&
        !labelled(p) &&
        !about.some((a) => {
          const text = `${a.source ?? ''} ${a.title ?? ''} ${a.text}`;
          return namesPlace(p, new Set(tokenize(text)), text);
        }),
    );
    if (!missing.length) continue;
    const words = missing.map((p) => `"${p.word}"`).join(', ');
    return verdict(false, `no retrieved passage on the rest of the question mentions ${words}`, 0, c.expects);
  }
  return undefined;
}

// "my granny pass away in Long Island, how many days off…": a place the story names and the question does not is
// where it happened, not what is asked about; by its word, for a place whose words the story's terms leave out
// ("long").
function toldBeforeAsking(question: string): (p: AskedPlace) => boolean {
  const { context, asked } = questionContext(question);
  const says = (text: string, word: string) =>
    new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'iu').test(text);
  return (p) => Boolean(context) && says(context, p.word) && !says(asked, p.word);
}

const COMMON_NAME_SHARE = 0.2;
// "there" as a place ("a studio there", "over there"), not as in "is there", "has there been" or "there's";
// "at that hotel", "our car park": the place told before.
const POINTS_BACK =
  /(?<!\b(?:is|are|was|were|be|been|has|have|had|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t|if|whether)\s+)\bthere\b(?!['’]|\s+(?:is|are|was|were|be|been|will|would|should|must|might|may|can|could|has|have|had)\b)|\b(?:at|in|for|from|to) that (?:hotel|site|office|depot|place|branch|store|warehouse)\b|\b(?:our|my) (?:hotel|site|office|depot|place|branch|store|warehouse|car park|canteen)\b/i;
const CATCH_ALL =
  /\b(?:all |any |every )?other (?:(?<within>[\p{L}-]+) )?(?:cities|countries|sites|offices|locations|regions|destinations|places|hotels|branches|stores|depots)\b|\belsewhere\b|\brest of (?:the )?(?:world|country|(?<rest>uk|europe))\b|\bwherever\b|\ball (?:sites|offices|locations|countries|hotels|branches|stores|depots)\b/giu;

// A row for the rest ("all other sites", "rest of world") covers any place; one for the rest of a region
// ("other UK cities", "rest of Europe") only the places in that region.
function coversTheRest(text: string, place: AskedPlace): boolean {
  return [...text.matchAll(CATCH_ALL)].some((m) => {
    const region = m.groups?.within ?? m.groups?.rest;
    return !region || !isPlace(region) || namesPlace(place, new Set(tokenize(region)), region);
  });
}

/**
 * Whether a passage may hold the fact for the places asked about: it names one (by a region it lies in or a
 * place inside it, in its text, title or file name), speaks of the rest ("all other sites"), or names no place
 * at all (a rule for everywhere). A table of Northampton's, Doncaster's and Bellshill's premiums holds no
 * premium for Zaragoza.
 */
export function appliesTo(places: AskedPlace[]): (p: PassageText) => boolean {
  if (!places.length) return () => true;
  return (p) => {
    const text = `${p.source ?? ''} ${p.title ?? ''} ${p.text}`;
    const words = new Set(tokenize(text));
    return (
      !placesIn(p.text).length ||
      places.some((place) => namesPlace(place, words, text) || coversTheRest(text, place))
    );
  };
}

/**
 * A site of the organisation the knowledge base never names: a name it never mentions before a kind of site it
 * does ("the weather standby supplement at our Grenaa base", where the base speaks of its Esbjerg and Emden
 * bases). A name elsewhere in a question may fall under a wider rule ("a trip to Munich"); a site of the
 * organisation's own has its own rules, and none are written for this one.
 */
export function unknownSite(c: Judged, stats: TermStats): Grounding | undefined {
  for (const m of sitesNamed(c.question)) {
    const [, name, kind] = m;
    const words = tokenize(name!);
    // A place WordNet knows ("the Dutch hotel", "the NYC office") is the place check's to judge; letters that
    // may stand for a name the base spells out ("the KL office") are left alone.
    const judgedElsewhere = name!.split(/\s+/).some(isPlace) || /^\p{Lu}{2,4}$/u.test(name!);
    if (!words.length || judgedElsewhere || words.some((w) => stats.df(w) > 0)) continue;
    if (!tokenize(kind!).every((w) => stats.df(w) > 0)) continue;
    const article = /^[aeiou]/i.test(name!) ? 'an' : 'a';
    return verdict(
      false,
      `the knowledge base never mentions ${article} ${name} ${kind!.toLowerCase()}`,
      0,
      c.expects,
    );
  }
  return undefined;
}

// One or two capitalised words before a kind of site an organisation has of its own, after "our", "the", "at", "in"
// or "from" ("at our Grenaa base", "the Kano office"); not a hotel, a clinic or a store, which others run too ("the
// Radisson hotel", "the Apple store").
const SITE_KINDS =
  'base|office|plant|depot|branch|warehouse|hub|yard|campus|factory|site|mill|workshop|farm|estate|ranch|mine|quarry|terminal|lab|laboratory';
const NAMED_SITE = new RegExp(
  String.raw`\b(?:our|the|at|in|from)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(${SITE_KINDS})s?\b`,
  'gu',
);
// Typed without capitals ("at our grenaa base"): one word of five letters or more that no dictionary has, in any
// case, and that is no two words run together ("ecommerce", "onsite", "staffroom" for the base's "e-commerce",
// "on-site", "staff room"). A name of two words is told by its capitals only.
const LOWER_NAMED_SITE = new RegExp(
  String.raw`\b(?:our|the|at|in|from)\s+(\p{Ll}{5,})\s+(${SITE_KINDS})s?\b`,
  'gu',
);

// The sites a question names: capitalised, and when it is typed without capitals, a word no dictionary has.
function sitesNamed(question: string): RegExpMatchArray[] {
  const named = [...question.matchAll(NAMED_SITE)];
  if (!writtenWithoutCapitals(question)) return named;
  const lower = [...question.matchAll(LOWER_NAMED_SITE)].filter(
    (m) => dictionaryCase(m[1]!) === 'unknown' && !runTogether(m[1]!),
  );
  return [...named, ...lower];
}

// A word that is a word or a prefix and a word run together ("ecommerce", "onsite", "staffroom").
function runTogether(word: string): boolean {
  const isWord = (part: string) => part.length >= 3 && dictionaryCase(part) === 'lower';
  for (let i = 1; i <= word.length - 3; i++) {
    const [left, right] = [word.slice(0, i), word.slice(i)];
    if (isWord(right) && (PREFIXES.has(left) || isWord(left))) return true;
  }
  return false;
}

const PREFIXES = new Set(
  'e on off in out up down co re de un non pre post sub mini micro multi inter intra over under cross self'.split(
    ' ',
  ),
);
