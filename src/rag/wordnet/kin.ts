/**
 * @module A noun's kin in WordNet: the noun itself, its synonyms, the other kinds of what it is a kind of, and its own kinds ("hat":
 * chapeau, helmet, cap). A word a knowledge base never uses may be its everyday name for a thing it does name
 * ("hard hat" for "safety helmet"); when none of its kin is said either, it names a thing the base lacks
 * ("pets" beside a hostel's rules).
 */
import { type Synset, senses, synsetAt } from './wordnet.js';

/**
 * The lower-cased words of `word`'s kin as a noun (see the module comment); undefined when WordNet has no such
 * noun, or when its commonest sense is no distinct thing of the kinds below.
 */
export function nounKin(word: string): Set<string> | undefined {
  const lemma = nounLemma(word.toLowerCase());
  if (!lemma || !DISTINCT_KINDS.has(senses(lemma, 'noun')[0]!.lexFile)) return undefined;
  const kin = new Set<string>();
  // Its commonest sense only (WordNet lists it first): "union" the trade union, not the union of sets; "pets" the
  // animals, not the loved ones (whose kin, "male" and "female", every hostel page says).
  for (const sense of senses(lemma, 'noun').slice(0, SENSES)) {
    add(kin, sense);
    for (const parent of related(sense, HYPERNYM)) {
      const children = related(parent, HYPONYM);
      // A broad kind ("animal", "organization": near the top of WordNet, or with many kinds) has kin of every
      // sort ("male", "young"): neither it nor its other kinds say anything.
      if (children.length > MAX_SIBLINGS || depthOf(parent) < MIN_DEPTH) continue;
      add(kin, parent);
      for (const child of children) add(kin, child);
    }
    for (const child of related(sense, HYPONYM).slice(0, MAX_SIBLINGS)) add(kin, child);
  }
  return kin;
}

// The kinds of thing whose name no other word of a handbook stands for (WordNet's lexicographer files): animals,
// communication (brands), food, groups (a union, a party), plants and possessions (revenue). Acts ("rush",
// "split"), artifacts ("internet", "cottage"), people ("therapist") and times ("weeknight") are often a
// handbook's things said another way. Tuned on the development sets.
const DISTINCT_KINDS = new Set([5, 10, 13, 14, 20, 21]);
const HYPERNYM = new Set(['@', '@i']);
const HYPONYM = new Set(['~', '~i']);
const MAX_SIBLINGS = 60;
const SENSES = 1;

const MIN_DEPTH = 7;

// How many kinds up a sense stands from WordNet's root ("entity"), by its first hypernyms; memoised.
function depthOf(synset: Synset): number {
  let depth = depths.get(synset.offset);
  if (depth === undefined) {
    const parent = related(synset, HYPERNYM)[0];
    depth = parent && depths.size < MAX_DEPTHS ? depthOf(parent) + 1 : parent ? 1 : 0;
    depths.set(synset.offset, depth);
  }
  return depth;
}

const depths = new Map<number, number>();
const MAX_DEPTHS = 100_000;

const related = (synset: Synset, symbols: Set<string>) =>
  synset.pointers
    .filter((p) => symbols.has(p.symbol) && p.pos === 'n')
    .map((p) => synsetAt('noun', p.offset));

function add(kin: Set<string>, synset: Synset): void {
  for (const w of synset.words) kin.add(w.toLowerCase().replace(/_/g, ' '));
}

// The noun WordNet lists for a word as written: itself, or its singular ("pets", "boxes", "lorries").
function nounLemma(word: string): string | undefined {
  const forms = [word, word.replace(/ies$/, 'y'), word.replace(/es$/, ''), word.replace(/s$/, '')];
  return forms.find((f) => f.length > 2 && senses(f, 'noun').length > 0);
}
