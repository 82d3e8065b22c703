/**
 * @module One text as the classifier sees it: normalised (look-alikes, invisible characters, leetspeak and
 * spacing tricks undone), payloads decoded (base64, hex, ROT13, URL, reversed, …) and both scanned by the
 * per-language lexicons.
 */
import { decodePayloads } from './decode.js';
import type { TextAnalysis } from './features.js';
import { scanLexicons } from './lexicons/index.js';
import { fold, normaliseForDetection } from './normalise.js';

/** A lexicon match, with where it was found. */
export interface LexiconEvidence {
  category: string;
  lang: string;
  evidence: string;
  /** The encoding it was hidden in, when it was found in a decoded payload. */
  encoding?: string;
}

export interface Analysis extends TextAnalysis {
  evidence: LexiconEvidence[];
}

/** Normalises, decodes and scans `text`. */
export function analyse(text: string): Analysis {
  const normal = normaliseForDetection(text);
  const evidence: LexiconEvidence[] = scanLexicons(normal.text).map((h) => ({
    category: h.category,
    lang: h.lang,
    evidence: h.evidence,
  }));
  const decoded = [...decodePayloads(text), ...invisibleSpaces(text)].map((d) => {
    const inner = normaliseForDetection(d.decoded).text;
    for (const h of scanLexicons(inner))
      evidence.push({
        category: h.category,
        lang: h.lang,
        evidence: h.evidence,
        encoding: d.encoding,
      });
    return { encoding: d.encoding, folded: fold(inner) };
  });
  return {
    folded: fold(normal.text),
    tricks: normal.tricks,
    decoded,
    hits: evidence.map((e) => ({ category: e.category, fromDecoded: e.encoding !== undefined })),
    evidence,
  };
}

// Zero-width, bidi controls and soft hyphens: what the normaliser removes.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u180E\u00AD\u061C]/g;
const HAS_INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u180E\u00AD\u061C]/;

// Invisible characters may stand for spaces ("Ignore​all​previous") as well as split letters ("i​g​n​o​r​e"); the
// normaliser removes them, so the text with them read as spaces is scanned too.
function invisibleSpaces(text: string): Array<{ encoding: string; decoded: string }> {
  if (!HAS_INVISIBLE.test(text)) return [];
  return [{ encoding: 'invisible-spaces', decoded: text.replace(INVISIBLE, ' ') }];
}
