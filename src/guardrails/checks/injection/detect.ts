/**
 * @module The injection check: each piece of the text normalised, decoded and scanned, then scored by the
 * trained classifier; the text scores as its most suspicious piece. The signals say what the lexicons and the
 * normaliser found there (the classifier's own n-gram weights have no words to show).
 */
import { analyse } from './analyse.js';
import { featuresOf, type Source } from './features.js';
import { type InjectionModel, type InjectionModelFile, loadModel, logit, sigmoid } from './model.js';
import { segmentsOf } from './segments.js';
import weights from './weights.json' with { type: 'json' };

export interface InjectionSignal {
  signal: string;
  evidence: string;
  /** What the model gives this signal (log-odds), or the classifier's own share. */
  weight: number;
  /** Where in the text: the piece that scored highest. */
  start?: number;
  end?: number;
}

export interface InjectionResult {
  score: number;
  signals: InjectionSignal[];
  /** The piece of the text that scored highest (the whole text when it is short). */
  piece: { start: number; end: number };
}

export interface InjectionOptions {
  /** Where the text comes from: a user's message (default) or a retrieved document or tool result. */
  on?: Source;
}

// Fewer than three words and fewer than six Chinese characters (a Chinese sentence has no spaces); the
// caller asks only of short texts, so a long one is not split into words on every request.
const isShort = (text: string) =>
  (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3 && (text.match(/\p{Script=Han}/gu)?.length ?? 0) < 6;

let model: InjectionModel | undefined;
const shipped = (): InjectionModel => {
  model ??= loadModel(weights as InjectionModelFile);
  return model;
};

/** Scores `text` for prompt injection; `score` is a probability in 0..1. */
export function detectInjection(text: string, opts: InjectionOptions = {}): InjectionResult {
  const source = opts.on ?? 'input';
  const m = shipped();
  let best:
    | { z: number; piece: { text: string; start: number }; analysis: ReturnType<typeof analyse> }
    | undefined;
  for (const piece of segmentsOf(text)) {
    const analysis = analyse(piece.text);
    const z = logit(m, featuresOf(analysis, source));
    if (!best || z > best.z) best = { z, piece, analysis };
  }
  if (!best) return { score: 0, signals: [], piece: { start: 0, end: 0 } };
  let score = Math.round(sigmoid(best.z) * 1000) / 1000;
  // A few words ("continue", "admin") are too little wording for the n-grams to judge: only a lexicon
  // phrase, an obfuscation or a decoded payload can fail them.
  const plain =
    !best.analysis.evidence.length && !best.analysis.tricks.length && !best.analysis.decoded.length;
  if (plain && text.length < 80 && isShort(text)) score = Math.min(score, 0.3);
  const piece = { start: best.piece.start, end: best.piece.start + best.piece.text.length };
  return { score, signals: signalsOf(best, m, source), piece };
}

function signalsOf(
  best: { piece: { text: string; start: number }; analysis: ReturnType<typeof analyse> },
  m: InjectionModel,
  source: Source,
): InjectionSignal[] {
  const at = { start: best.piece.start, end: best.piece.start + best.piece.text.length };
  const worth = (name: string) =>
    (m.named.get(name) ?? 0) + (source === 'retrieved' ? (m.named.get(`retrieved:${name}`) ?? 0) : 0);
  const signals: InjectionSignal[] = best.analysis.evidence.map((e) => ({
    signal: e.category,
    evidence: `${e.encoding ? `${e.encoding} payload: ` : ''}${e.evidence.slice(0, 120)} (${e.lang})`,
    weight: worth(`lexicon:${e.category}`),
    ...at,
  }));
  for (const t of best.analysis.tricks)
    signals.push({ signal: 'obfuscation', evidence: t, weight: worth(`trick:${t}`), ...at });
  for (const d of best.analysis.decoded)
    signals.push({
      signal: 'encoded payload',
      evidence: `${d.encoding} decodes to "${d.folded.slice(0, 80)}"`,
      weight: worth(`decoded:${d.encoding}`),
      ...at,
    });
  return signals;
}
