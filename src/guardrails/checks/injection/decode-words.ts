/**
 * @module Decodes letter-level disguises: ROT13, reversed text and Morse. ROT13 and reversal apply to any
 * text, so a result counts only when it reads more like natural language than what it came from.
 */
import { commonWordShare, wordsOf } from './common-words.js';
import { reversedWordOrder } from './reversed-words.js';

// Pieces of a text a payload may sit in alone: lines, the part after a colon, quoted or bracketed parts.
const SEGMENT_BREAK = /[\n:"“”«»()[\]{}]|(?<=[.!?])\s|(?<=\s)'|'(?=\s|$)/;
const MIN_WORDS = 3;
// Ordinary text scores 0.3–0.6 on common words; an encoded run scores near 0.
const DISGUISED_BELOW = 0.2;
const NATURAL_FROM = 0.3;

/** Segments (or else the whole text) that read as natural language once ROT13 is applied. */
export function findRot13(text: string): string[] {
  return undisguise(text, rot13);
}

/** Segments (or else the whole text) that read as natural language once reversed character by character. */
export function findReversed(text: string): string[] {
  return undisguise(text, (s) => [...s].reverse().join(''));
}

// A payload is usually one segment after an innocent lead-in; the whole text is tried when no segment reads.
function undisguise(text: string, undo: (s: string) => string): string[] {
  const { segments, whole } = disguisedPieces(text);
  const found = (pieces: string[]) =>
    pieces.flatMap((s) => {
      const undone = undo(s);
      return readsBetter(s, undone) ? [undone.trim()] : [];
    });
  const fromSegments = found(segments);
  return fromSegments.length || !whole ? fromSegments : found([text]);
}

// ROT13 and reversal look at the same pieces of the same text one after the other: score them once.
let lastText: string | undefined;
let lastPieces: Pieces = { segments: [], whole: false, wordOrder: [] };

interface Pieces {
  /** Segments that read as disguised (few common words). */
  segments: string[];
  /** Whether the whole text reads as disguised. */
  whole: boolean;
  /** Segments whose words make a sentence in reverse order, reversed. */
  wordOrder: string[];
}

/** Segments (or the whole text) written in reversed word order, put back in order. */
export function findReversedWords(text: string): string[] {
  return disguisedPieces(text).wordOrder;
}

// One tokenisation per piece serves ROT13, reversal and word order.
function disguisedPieces(text: string): Pieces {
  if (text !== lastText) {
    const parts = SEGMENT_BREAK.test(text) ? [...new Set(text.split(SEGMENT_BREAK))] : [text];
    const scored = parts.map((p) => {
      const words = wordsOf(p);
      const letters = words.reduce((n, w) => n + w.length, 0);
      const spaces = p.match(/\s/g)?.length ?? 0;
      const visible = p.length - spaces;
      return { p, order: reversedWordOrder(words), ...commonWordShare(words), letters, visible, spaces };
    });
    // The whole text's share from its pieces' counts: one pass over the text, not two.
    const sum = (key: 'words' | 'hits' | 'letters' | 'visible' | 'spaces') =>
      scored.reduce((n, s) => n + s[key], 0);
    const words = sum('words');
    const share = words ? sum('hits') / words : 0;
    const whole = { words, share, letters: sum('letters'), visible: sum('visible'), spaces: sum('spaces') };
    lastPieces = {
      segments: scored.filter((s) => s.p !== text && isDisguised(s)).map((s) => s.p),
      whole: isDisguised(whole),
      wordOrder: scored.flatMap((s) => (s.order ? [s.order] : [])),
    };
    lastText = text;
  }
  return lastPieces;
}

/** ROT13 of `s`: Latin letters moved 13 places, everything else kept. */
export function rot13(s: string): string {
  const codes = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const base = c >= 65 && c <= 90 ? 65 : c >= 97 && c <= 122 ? 97 : 0;
    codes[i] = base ? ((c - base + 13) % 26) + base : c;
  }
  // In chunks: spreading a long array into one call would overflow the argument limit.
  let out = '';
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.subarray(i, i + 4096));
  return out;
}

interface PieceStats {
  share: number;
  words: number;
  /** Characters inside words, and characters that are not spaces. */
  letters: number;
  visible: number;
  spaces: number;
}

// Enough words, few of them common: ordinary text is never undone. ROT13 and reversed text are words
// between spaces; markup, URLs and codes (words between punctuation) are not worth undoing.
function isDisguised({ share, words, letters, visible, spaces }: PieceStats): boolean {
  return (
    words >= MIN_WORDS && share < DISGUISED_BELOW && letters >= 0.8 * visible && spaces >= 0.5 * (words - 1)
  );
}

function readsBetter(before: string, after: string): boolean {
  const was = commonWordShare(before).share;
  const now = commonWordShare(after);
  // Two common words at least: one can be chance (`mas` is Portuguese, and also `Sam` reversed).
  return now.hits >= 2 && now.share >= NATURAL_FROM && now.share >= was + 0.2;
}

const MORSE: Record<string, string> = {
  '.-': 'a',
  '-...': 'b',
  '-.-.': 'c',
  '-..': 'd',
  '.': 'e',
  '..-.': 'f',
  '--.': 'g',
  '....': 'h',
  '..': 'i',
  '.---': 'j',
  '-.-': 'k',
  '.-..': 'l',
  '--': 'm',
  '-.': 'n',
  '---': 'o',
  '.--.': 'p',
  '--.-': 'q',
  '.-.': 'r',
  '...': 's',
  '-': 't',
  '..-': 'u',
  '...-': 'v',
  '.--': 'w',
  '-..-': 'x',
  '-.--': 'y',
  '--..': 'z',
  '-----': '0',
  '.----': '1',
  '..---': '2',
  '...--': '3',
  '....-': '4',
  '.....': '5',
  '-....': '6',
  '--...': '7',
  '---..': '8',
  '----.': '9',
  '.-.-.-': '.',
  '--..--': ',',
  '..--..': '?',
  '-.-.--': '!',
};
// Five or more Morse letters separated by spaces, with ` / `, `|` or wide gaps between words.
const MORSE_RUN = /(?<![.\-\w])[.-]{1,6}(?:(?: {1,7}| ?[/|] ?)[.-]{1,6}){4,}(?![.\-\w])/g;

/** Morse runs (`.. --. -. --- .-. . / .- .-.. .-..`) decoded to letters, when every symbol is Morse. */
export function findMorse(text: string): string[] {
  const out: string[] = [];
  for (const [run] of text
    .replace(/[·•]/g, '.')
    .replace(/[–—−_]/g, '-')
    .matchAll(MORSE_RUN)) {
    const words = run.trim().split(/ ?[/|] ?| {3,}/);
    const decoded = words
      .map((w) =>
        w
          .split(/ +/)
          .map((s) => MORSE[s] ?? '\u0000')
          .join(''),
      )
      .join(' ');
    if (!decoded.includes('\u0000') && /[aeiou]/.test(decoded) && decoded.replace(/\W/g, '').length >= 5)
      out.push(decoded);
  }
  return out;
}
