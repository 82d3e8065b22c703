/**
 * @module Splits a run of letters back into words (`ignoreallpreviousinstructions` → `ignore all previous
 * instructions`) with a small dictionary: the common words of the lexicon languages and the words of
 * injection phrases. Used on letters that were spaced out evenly, where the gaps no longer show the words.
 */
import { COMMON_WORDS } from './common-words.js';

const INJECTION_WORDS = `ignore ignoring disregard forget override bypass previous prior earlier instructions instruction
rules rule guidelines system prompt reveal print show tell repeat output display secret hidden initial password admin
administrator developer mode jailbreak act pretend everything above below delete send email data user assistant model ai
now you are your restrictions filters policy policies safety unfiltered unrestricted dan anything reply answer only say
write list give access code discount refund free follow obey message messages text full config configuration`;

const DICTIONARY: ReadonlySet<string> = new Set([...COMMON_WORDS, ...INJECTION_WORDS.split(/\s+/)]);
const LONGEST = 14;
// A dictionary word costs a little (fewer, longer words win); a letter no word explains costs 1.
const WORD_COST = 0.1;
const ONE_LETTER_WORD_COST = 0.6;
const UNKNOWN_COST = 1;

/** True when `word` is in the dictionary the splitter uses. */
export function isDictionaryWord(word: string): boolean {
  return DICTIONARY.has(word);
}

/** `blob` split into dictionary words when most of it is explained by them; otherwise `blob` unchanged. */
export function segmentWords(blob: string): string {
  const n = blob.length;
  if (n < 8 || n > 400 || DICTIONARY.has(blob)) return blob;
  const cost = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Int32Array(n + 1);
  const known = new Uint8Array(n + 1);
  cost[0] = 0;
  for (let i = 1; i <= n; i++) {
    cost[i] = cost[i - 1]! + UNKNOWN_COST;
    from[i] = i - 1;
    for (let len = 1; len <= Math.min(LONGEST, i); len++) {
      if (!DICTIONARY.has(blob.slice(i - len, i))) continue;
      const c = cost[i - len]! + (len === 1 ? ONE_LETTER_WORD_COST : WORD_COST);
      if (c < cost[i]!) {
        cost[i] = c;
        from[i] = i - len;
        known[i] = 1;
      }
    }
  }
  return rebuild(blob, from, known);
}

function rebuild(blob: string, from: Int32Array, known: Uint8Array): string {
  const pieces: Array<{ text: string; known: boolean }> = [];
  for (let i = blob.length; i > 0; i = from[i]!)
    pieces.push({ text: blob.slice(from[i]!, i), known: known[i] === 1 });
  pieces.reverse();
  const unknown = pieces.filter((p) => !p.known).length;
  if (unknown > blob.length / 4) return blob;
  // Letters no word explains stay together as one token.
  const words: string[] = [];
  let stray = '';
  for (const p of pieces) {
    if (!p.known) stray += p.text;
    else {
      if (stray) words.push(stray);
      stray = '';
      words.push(p.text);
    }
  }
  if (stray) words.push(stray);
  return words.join(' ');
}
