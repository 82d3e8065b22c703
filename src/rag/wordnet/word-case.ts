/**
 * @module How the dictionary writes a word: in lower case ("date", "earn"), only with a capital (WordNet knows
 * "tokyo" only as "Tokyo", "helen" only as "Helen"), or not at all ("okafor"). Inflected words are looked up by
 * their plain forms ("earns", "lives", "stolen" is not one WordNet finds: it is unknown).
 */
import { type PartOfSpeech, senses } from './wordnet.js';

export type DictionaryCase = 'lower' | 'capital' | 'unknown';

const PARTS: PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];

/** How WordNet writes a lower-case word or one of its plain forms: in lower case, only capitalised, or not at all. */
export function dictionaryCase(word: string): DictionaryCase {
  if (lowerParts(word).size) return 'lower';
  return plainForms(word).some((form) => PARTS.some((pos) => senses(form, pos).length))
    ? 'capital'
    : 'unknown';
}

/** The parts of speech WordNet has a lower-case word (or one of its plain forms) as: "greaves" only as a noun. */
export function lowerParts(word: string): ReadonlySet<PartOfSpeech> {
  let parts = looked.get(word);
  if (!parts) {
    parts = new Set<PartOfSpeech>();
    for (const form of plainForms(word))
      for (const pos of PARTS) if (senses(form, pos).some((s) => s.words.includes(form))) parts.add(pos);
    // Words looked up are remembered, as stems are; a long pasted text must not grow the memory without end.
    if (looked.size >= MAX_LOOKED) looked.clear();
    looked.set(word, parts);
  }
  return parts;
}

/** How many senses WordNet gives a lower-case word in any of its plain forms: more for a commoner word. */
export function senseCount(word: string): number {
  const counted = new Set<string>();
  for (const form of new Set(plainForms(word)))
    for (const pos of lowerParts(form))
      for (const s of senses(form, pos)) if (s.words.includes(form)) counted.add(`${pos}:${s.offset}`);
  return counted.size;
}

const looked = new Map<string, Set<PartOfSpeech>>();
const MAX_LOOKED = 50_000;

// The word and the forms an inflection leaves ("lives": "live", "life"; "earned": "earn"; "tipping": "tip").
function plainForms(word: string): string[] {
  const forms = [word];
  const strip = (suffix: string, ...endings: string[]) => {
    if (word.length > suffix.length + 2 && word.endsWith(suffix))
      for (const e of endings) forms.push(word.slice(0, -suffix.length) + e);
  };
  strip('ies', 'y');
  strip('es', '', 'e');
  strip('s', '');
  strip('ves', 'fe', 'f');
  strip('ied', 'y');
  strip('ed', '', 'e');
  strip('ing', '', 'e');
  if (/(\w)\1(?:ed|ing)$/.test(word)) forms.push(word.replace(/(\w)\1(?:ed|ing)$/, '$1'));
  strip('er', '', 'e');
  strip('est', '', 'e');
  strip('ly', '', 'le');
  return forms;
}
