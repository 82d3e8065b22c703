/**
 * @module Trains the injection model: L2-regularised logistic regression by AdaGrad over the hashed and named
 * features, classes weighted to balance, rows visited in a seeded order. Everything is deterministic, so the
 * same corpus always gives the same `weights.json` byte for byte (a test retrains and compares).
 */
import { createHash } from 'node:crypto';
import { mulberry32 } from '../../../core/index.js';
import { type Features, HASH_BITS } from './features.js';
import { type InjectionModelFile, packModel } from './model.js';

/** One labelled training row. */
export interface TrainingRow {
  text: string;
  label: 'injection' | 'benign';
  on: 'user' | 'retrieved';
}

export const TRAINING_SETTINGS = { epochs: 24, rate: 0.2, l2: 3e-3, seed: 12, positiveWeight: 0.7 } as const;

/** Trains on `rows`, with `featurize` turning a row into its features. */
export function trainInjectionModel(
  rows: readonly TrainingRow[],
  featurize: (row: TrainingRow) => Features,
  settings: Record<keyof typeof TRAINING_SETTINGS, number> = TRAINING_SETTINGS,
): InjectionModelFile {
  const data = rows.map((r) => ({ y: r.label === 'injection' ? 1 : 0, f: featurize(r) }));
  const positives = data.filter((d) => d.y === 1).length;
  // Each class weighs as much as the other, whatever their counts.
  // Below 1, `positiveWeight` moves the boundary towards precision: real traffic has far fewer attacks.
  const classWeight = [
    data.length / (2 * (data.length - positives)),
    (settings.positiveWeight * data.length) / (2 * positives),
  ];
  const table = new Float64Array(1 << HASH_BITS);
  const tableG = new Float64Array(1 << HASH_BITS);
  const named = new Map<string, number>();
  const namedG = new Map<string, number>();
  const random = mulberry32(settings.seed);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const { y, f } = data[i]!;
      let z = 0;
      for (let j = 0; j < f.index.length; j++) z += table[f.index[j]!]! * f.value[j]!;
      for (const [k, v] of f.named) z += (named.get(k) ?? 0) * v;
      const g = (1 / (1 + Math.exp(-z)) - y) * classWeight[y]!;
      for (let j = 0; j < f.index.length; j++) {
        const k = f.index[j]!;
        const v = f.value[j]!;
        const grad = g * v + settings.l2 * table[k]!;
        tableG[k]! += grad * grad;
        table[k]! -= (settings.rate * grad) / Math.sqrt(tableG[k]! + 1e-8);
      }
      for (const [k, v] of f.named) {
        const w = named.get(k) ?? 0;
        const grad = g * v + settings.l2 * w;
        const acc = (namedG.get(k) ?? 0) + grad * grad;
        namedG.set(k, acc);
        named.set(k, w - (settings.rate * grad) / Math.sqrt(acc + 1e-8));
      }
    }
  }
  return packModel(table, named, {
    trainedOn: { rows: rows.length, injection: positives, corpusSha256: corpusDigest(rows) },
    settings,
  });
}

/** A digest of the corpus, order included, recorded in the weights file. */
function corpusDigest(rows: readonly TrainingRow[]): string {
  const h = createHash('sha256');
  for (const r of rows) h.update(`${r.label}\t${r.on}\t${r.text}\n`);
  return h.digest('hex');
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}
