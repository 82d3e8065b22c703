/**
 * @module The shipped model's recipe: every `*.jsonl` file of `training/injection/` in name order, rows
 * checked, each turned into features exactly as `detectInjection` does, then trained with the fixed settings.
 * `npm run train:injection` writes its result to `weights.json`; a test retrains and compares.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from './analyse.js';
import { featuresOf } from './features.js';
import type { InjectionModelFile } from './model.js';
import { type TrainingRow, trainInjectionModel } from './train.js';

/** Reads every labelled row of the corpus in `dir`; a malformed row is an error naming its file and line. */
export function readCorpus(dir: string): TrainingRow[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  return files.flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.trim() ? [corpusRow(line, `${file}:${i + 1}`)] : [])),
  );
}

function corpusRow(line: string, where: string): TrainingRow {
  const r = JSON.parse(line) as Partial<TrainingRow>;
  if (typeof r.text !== 'string' || !['injection', 'benign'].includes(r.label as string))
    throw new Error(`${where}: a row needs "text" and "label": "injection" or "benign"`);
  if (!['user', 'retrieved'].includes(r.on as string))
    throw new Error(`${where}: "on" must be "user" or "retrieved"`);
  return { text: r.text, label: r.label!, on: r.on! };
}

/** Trains the shipped model on the corpus in `dir`. */
export function trainFromCorpus(dir: string): InjectionModelFile {
  return trainInjectionModel(readCorpus(dir), (row) =>
    featuresOf(analyse(row.text), row.on === 'retrieved' ? 'retrieved' : 'input'),
  );
}

/** The file's text as committed: two-space JSON and a final newline. */
export const modelFileText = (file: InjectionModelFile): string => `${JSON.stringify(file, null, 2)}\n`;
