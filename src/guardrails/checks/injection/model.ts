/**
 * @module The trained injection model as it ships: a logistic regression whose hashed n-gram weights are
 * stored as int8 (one scale for all) in base64, and whose named features are stored by name, so a reader
 * can see what the lexicons and the normaliser are worth. `weights.json` is made by `npm run
 * train:injection` from `training/injection/*.jsonl` and checked by a test that retrains it.
 */
import { type Features, HASH_BITS } from './features.js';

/** The shape of `weights.json`. */
export interface InjectionModelFile {
  format: 1;
  /** What it was trained on: rows and a digest of the corpus, so a stale file is visible. */
  trainedOn: { rows: number; injection: number; corpusSha256: string };
  settings: Record<string, number>;
  hashBits: number;
  scale: number;
  hashed: string;
  named: Record<string, number>;
}

/** A model ready to score: the hashed table decoded once. */
export interface InjectionModel {
  table: Float64Array;
  named: ReadonlyMap<string, number>;
}

/** Decodes a model file; a file made for another table size is an error, not a silent mismatch. */
export function loadModel(file: InjectionModelFile): InjectionModel {
  if (file.format !== 1 || file.hashBits !== HASH_BITS)
    throw new Error(
      `injection weights: format ${file.format}, ${file.hashBits} bits; expected 1, ${HASH_BITS}`,
    );
  const bytes = Buffer.from(file.hashed, 'base64');
  const table = new Float64Array(1 << HASH_BITS);
  for (let i = 0; i < table.length; i++) table[i] = ((bytes[i]! << 24) >> 24) * file.scale;
  return { table, named: new Map(Object.entries(file.named)) };
}

/** The raw score (log-odds) of `f` under `m`. */
export function logit(m: InjectionModel, f: Features): number {
  let z = 0;
  for (let i = 0; i < f.index.length; i++) z += m.table[f.index[i]!]! * f.value[i]!;
  for (const [k, v] of f.named) z += (m.named.get(k) ?? 0) * v;
  return z;
}

/** The logistic function: log-odds to a probability. */
export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Packs trained weights into the file format: int8 with one scale, named weights rounded to 1e-4. */
export function packModel(
  table: Float64Array,
  named: ReadonlyMap<string, number>,
  meta: Pick<InjectionModelFile, 'trainedOn' | 'settings'>,
): InjectionModelFile {
  let max = 0;
  for (const w of table) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const bytes = Buffer.alloc(table.length);
  for (let i = 0; i < table.length; i++) bytes[i] = Math.round(table[i]! / scale) & 0xff;
  const sorted = [...named].sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    format: 1,
    ...meta,
    hashBits: HASH_BITS,
    scale: Number(scale.toPrecision(8)),
    hashed: bytes.toString('base64'),
    named: Object.fromEntries(sorted.map(([k, w]) => [k, Math.round(w * 1e4) / 1e4])),
  };
}
