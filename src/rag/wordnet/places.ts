/**
 * @module Places, by WordNet: a word that names one ("Milan"; "Austrian" for Austria), its other names
 * ("Oporto" for Porto) and the regions it lies in (Milan: Lombardy, Italy, Europe), each also by its adjectives
 * ("European"). So "a trade fair in Milan" meets a row for "other European cities", and "the Austrian office"
 * a passage about Graz.
 */
import { stem } from '../../core/index.js';
import { type Synset, senses, synsetAt, synsetsWith } from './wordnet.js';

/** A place: its own names and the names of the regions it lies in, each name as lower-case words. */
export interface Place {
  /** Its names and adjectives ("milan", "milano", "milanese"). */
  names: string[][];
  /** Nearest first: Lombardy, Italy, Europe. */
  regions: string[][];
  /** The regions' adjectives ("Italian", "European"): they name a region only before a noun ("European cities"). */
  regionAdjectives: string[][];
  /** The places inside it, two levels down: Austria's provinces and cities (Graz). */
  parts: string[][];
  /** How many places WordNet knows by the name (Paris in France and in Texas: 2). */
  senses: number;
}

// The lexicographer files of places (noun.location) and of named land masses (noun.object: continents, islands).
const LOCATION = 15;
const OBJECT = 17;
// Part of (Milan is part of Lombardy), instance of (Italy is a European country, which is part of Europe) and
// pertains to (Austrian pertains to Austria), in WordNet's symbols.
const PART_OF = '#p';
const HAS_PART = '%p';
const INSTANCE_OF = '@i';
const PERTAINS_TO = '\\';
// Far enough for a city's continent (Chicago, Illinois, United States, North America), not the planet.
const MAX_DEPTH = 4;

// Words looked up so far (most name no place); cleared when it grows past a bound, since any text may ask.
const places = new Map<string, Place | undefined>();
const MAX_CACHED = 20_000;

/** The place a word or name names ("Milan", "North America", "Austrian", "Zürich"), or undefined when none. */
export function placeOf(word: string): Place | undefined {
  const named = NICKNAMES.get(word.trim()) ?? NICKNAMES.get(word.trim().toLowerCase()) ?? word;
  const lemma = named.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase().replace(/\s+/g, '_');
  if (!places.has(lemma)) {
    if (places.size >= MAX_CACHED) places.clear();
    places.set(lemma, lookUp(lemma));
  }
  return places.get(lemma);
}

// What people call cities WordNet knows only by their names: in capitals where the letters are a word too
// ("LA", not "la"); in any case where they are not ("nyc", "Philly").
// A Map, not an object: "constructor" in a question is no key of it.
const NICKNAMES = new Map([
  ['nyc', 'new york city'],
  ['LA', 'los angeles'],
  ['SF', 'san francisco'],
  ['philly', 'philadelphia'],
  ['vegas', 'las vegas'],
  ['nola', 'new orleans'],
  ['brum', 'birmingham'],
]);

function lookUp(lemma: string): Place | undefined {
  // "Home", "West" or "Nice" would make a place of every passage that uses the word; a country or a capital is a
  // place all the same ("Turkey", "China", "Berlin").
  if (!namesPlaceFirst(lemma)) return undefined;
  // Let in as a country or a capital, it is that one: Tripoli in Libya, not in Lebanon; Chad, not its lake.
  const ordinary = isOrdinaryWord(lemma);
  const nouns = senses(lemma, 'noun').filter(
    (s) => isLocation(s) && isProperName(s, lemma) && (!ordinary || isCountryOrCapital(s)),
  );
  const fromAdjective = senses(lemma, 'adj').flatMap((s) =>
    s.pointers
      .filter((p) => p.symbol === PERTAINS_TO && p.pos === 'n')
      .map((p) => synsetAt('noun', p.offset))
      .filter(isLocation),
  );
  // "Canadian" names Canada before the Canadian River: an adjective's country wins over a river of its name.
  const named = fromAdjective.length ? nouns.filter((s) => !isA(s, 'river')) : nouns;
  const own = primary(named.length ? named : fromAdjective, lemma);
  if (!own) return undefined;
  const regions = regionsOf([own]);
  const adjectives = [...new Set(regions.flatMap((r) => adjectivesOf().get(r.offset) ?? []))];
  return {
    names: namesOf([own], true),
    regions: namesOf(regions, false),
    regionAdjectives: adjectives.map((a) => a.toLowerCase().split('_')),
    // A place inside named by an ordinary word ("Tours") would be found in passages about tours.
    parts: namesOf(partsOf([own]), true).filter((name) => namesPlaceFirst(name.join('_'))),
    senses: nouns.length || 1,
  };
}

// A word that is no ordinary word, or names a country or a national capital: "turkey" is a bird too, but "in
// Turkey" is the country, and "the Berlin office" is in Germany.
// Not an adjective too: "male" is Malé, the Maldives' capital, but "Male staff" are men.
const namesPlaceFirst = (lemma: string) =>
  !isOrdinaryWord(lemma) ||
  (!senses(lemma, 'adj').some((s) => s.words.includes(lemma)) &&
    senses(lemma, 'noun').some((s) => isProperName(s, lemma) && isCountryOrCapital(s)));

const isCountryOrCapital = (s: Synset) =>
  nouns(s, INSTANCE_OF).some((k) =>
    k.words.some((w) => w === 'national_capital' || /(?:^|_)country$/.test(w)),
  );

// A proper name: the sense spells the word with a capital ("Home" the place is no name; "Paris" is).
const isProperName = (s: Synset, lemma: string) =>
  s.words.some((w) => w.toLowerCase() === lemma && w[0] !== w[0]!.toLowerCase());

// One sense: the one the lexicographer wrote first for the word (Paris in France, not Paris in Texas; Aberdeen
// in Scotland), else the most frequent.
function primary(candidates: Synset[], lemma: string): Synset | undefined {
  const first = candidates.find((s) =>
    s.words.some((w, i) => w.toLowerCase() === lemma && s.lexIds[i] === 0),
  );
  return first ?? candidates[0];
}

// A place, or a named land mass (a continent, an island: an instance of one).
const isLocation = (s: Synset) =>
  s.lexFile === LOCATION || (s.lexFile === OBJECT && s.pointers.some((p) => p.symbol === INSTANCE_OF));

// Every region the senses lie in, breadth first, nearest first: what each is part of, and what the kind of place
// it is an instance of is part of (a European country, of Europe); the kind itself ("city") is no region.
function regionsOf(own: Synset[]): Synset[] {
  const seen = new Set(own.map((s) => s.offset));
  const found: Synset[] = [];
  let level = own;
  for (let depth = 0; depth < MAX_DEPTH && level.length; depth++) {
    level = level
      .filter((s) => !isContinent(s))
      .flatMap((s) => [...partOf(s), ...nouns(s, INSTANCE_OF).flatMap(partOf)])
      .filter((r) => !seen.has(r.offset) && seen.add(r.offset));
    found.push(...level);
  }
  return found;
}

// The places inside, two levels down (country, province, city), at most MAX_PARTS: the United States alone
// holds a thousand, each a word to count in the knowledge base.
function partsOf(own: Synset[]): Synset[] {
  const children = (level: Synset[]) => level.flatMap((s) => nouns(s, HAS_PART)).filter(isLocation);
  const first = children(own);
  return [...first, ...children(first)].slice(0, MAX_PARTS);
}

const MAX_PARTS = 200;

const nouns = (s: Synset, symbol: string) =>
  s.pointers.filter((p) => p.symbol === symbol && p.pos === 'n').map((p) => synsetAt('noun', p.offset));

// A continent is as wide as a region goes: past it lie hemispheres, "the West" and the Earth, which say nothing.
const isContinent = (s: Synset) => isA(s, 'continent');

// Oceans and seas are no region a handbook would name a place by ("Atlantic" for the UK).
const isWater = (s: Synset) => isA(s, 'ocean') || isA(s, 'sea');

const isA = (s: Synset, kind: string) => nouns(s, INSTANCE_OF).some((k) => k.words.includes(kind));

const partOf = (s: Synset) => nouns(s, PART_OF).filter((r) => isLocation(r) && !isWater(r));

function namesOf(synsets: Synset[], withAdjectives: boolean): string[][] {
  const adjectives = (s: Synset) => (withAdjectives ? (adjectivesOf().get(s.offset) ?? []) : []);
  const names = synsets.flatMap((s) => [...s.words, ...adjectives(s)]);
  return [...new Set(names.map((n) => n.toLowerCase()))].map((n) => n.split('_'));
}

/** Whether WordNet has a word as an ordinary noun or adjective ("nice", "head", "security"), not only as a name. */
// A place named by an ordinary word ("Nice", "Tours", "the West") would be found in every passage that uses it.
export function isOrdinaryWord(lemma: string): boolean {
  return (['noun', 'adj'] as const).some((pos) => senses(lemma, pos).some((s) => s.words.includes(lemma)));
}

/**
 * Whether a lower-case word is an ordinary word in any form WordNet can be asked by: as written, without a
 * plural "s", or as its stem ("trails", "tipping" of "tip").
 */
export function isDictionaryWord(word: string): boolean {
  return [word, word.replace(/e?s$/, ''), stem(word)].some(isOrdinaryWord);
}

let adjectives: Map<number, string[]> | undefined;

// The adjectives that pertain to each place ("European" to Europe): read once, from the adjective file.
function adjectivesOf(): Map<number, string[]> {
  if (!adjectives) {
    adjectives = new Map();
    for (const s of synsetsWith('adj', PERTAINS_TO))
      for (const p of s.pointers)
        if (p.symbol === PERTAINS_TO && p.pos === 'n')
          adjectives.set(p.offset, [...(adjectives.get(p.offset) ?? []), ...s.words]);
  }
  return adjectives;
}
