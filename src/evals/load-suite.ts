/**
 * @module Reads a suite file: validates it (errors point at lines), merges defaults into cases, reads dataset
 * rows as cases, and gives every case a stable id (its name, or a hash of its inputs) so runs can be resumed
 * and compared.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import {
  type Message,
  parseYamlSource,
  type SourceLocation,
  sha256,
  stableStringify,
  TandemError,
  type YamlSource,
} from '../core/index.js';
import { caseFromRow } from './dataset-case.js';
import { readDatasetRows } from './read-dataset.js';
import { suiteIssuesToError } from './suite-issues.js';
import {
  type AssertionSpec,
  type CaseSpec,
  type DatasetSpec,
  type SuiteHas,
  type SuiteSpec,
  suiteSchema,
} from './suite-schema.js';

/** A case ready to run: defaults merged, id assigned. */
export interface EvalCase {
  id: string;
  /** What a person reads in reports. */
  name: string;
  vars: Record<string, unknown>;
  /** The conversation before the case's question. */
  history?: Message[];
  expected?: string;
  sources?: string[];
  assert: AssertionSpec[];
  tags: string[];
  repeat: number;
  /** Where the case came from: `tests/x.yaml:12` or `data/cases.csv row 4`. */
  origin: string;
  /** The file (relative to the project) and line the case is written on, for CI annotations. */
  location: { file: string; line?: number };
}

export interface LoadedSuite {
  /** Path relative to the project root. */
  file: string;
  spec: SuiteSpec;
  cases: EvalCase[];
  /** Hash of the suite file (and its dataset): a changed suite is a new suite for caching and watch. */
  hash: string;
  /** Where the suite names its app or prompt: an error about that name points there. */
  targetAt?: SourceLocation;
}

/** Loads and validates `file` (absolute or relative to `root`). */
export async function loadSuite(root: string, file: string): Promise<LoadedSuite> {
  const abs = resolve(root, file);
  const rel = relative(root, abs);
  if (!existsSync(abs)) {
    throw new TandemError('SUITE_INVALID', `no suite file ${rel}`, {
      hint: 'Suites live in tests/*.yaml; see `tandem eval --help`.',
    });
  }
  const text = await readFile(abs, 'utf8');
  const source = parseYamlSource(text, rel, 'SUITE_INVALID');
  const spec = validate(source);
  const builder = caseBuilder(spec);
  spec.cases.forEach((c, i) => {
    const line = source.locate(['cases', i]).line;
    builder.add(c, `${rel}:${line ?? '?'}`, { file: rel, ...(line !== undefined ? { line } : {}) });
  });
  const datasetText = spec.dataset
    ? await addDatasetCases(root, abs, spec.dataset, source, builder, {
        judge: Boolean(spec.judge),
        embedder: Boolean(spec.embedder),
      })
    : '';
  const targetAt = source.locate([spec.app ? 'app' : 'prompt']);
  return { file: rel, spec, cases: builder.cases, hash: sha256(text + datasetText), targetAt };
}

function validate(source: YamlSource): SuiteSpec {
  const parsed = suiteSchema.safeParse(source.value ?? {}, { reportInput: true });
  if (!parsed.success)
    throw suiteIssuesToError(parsed.error.issues, source.value, source.locate, suiteSchema);
  return parsed.data;
}

interface CaseBuilder {
  cases: EvalCase[];
  add(c: CaseSpec, origin: string, location: EvalCase['location']): void;
}

// Merges the suite's defaults into each case and gives it an id no other case of the suite has.
function caseBuilder(spec: SuiteSpec): CaseBuilder {
  const cases: EvalCase[] = [];
  const ids = new Set<string>();
  const add = (c: CaseSpec, origin: string, location: EvalCase['location']) => {
    const vars = { ...spec.defaults.vars, ...c.vars };
    const id = uniqueId(caseId(c, vars), ids);
    ids.add(id);
    cases.push({
      id,
      name: c.name ?? describeVars(vars),
      vars,
      ...(c.history ? { history: c.history } : {}),
      ...(c.expected !== undefined ? { expected: c.expected } : {}),
      ...(c.sources ? { sources: c.sources } : {}),
      assert: [...spec.defaults.assert, ...c.assert],
      tags: [...new Set([...spec.defaults.tags, ...c.tags])],
      repeat: c.repeat ?? spec.defaults.repeat,
      origin,
      location,
    });
  };
  return { cases, add };
}

function caseId(c: CaseSpec, vars: Record<string, unknown>): string {
  // The same question after another conversation is another case (a case without one keeps its id).
  const inputs = c.history
    ? { vars, expected: c.expected, history: c.history }
    : { vars, expected: c.expected };
  return c.name ? slug(c.name) : `c${sha256(stableStringify(inputs)).slice(0, 10)}`;
}

function uniqueId(id: string, taken: Set<string>): string {
  let unique = id;
  for (let n = 2; taken.has(unique); n++) unique = `${unique.replace(/-\d+$/, '')}-${n}`;
  return unique;
}

// Reads the dataset's rows as cases; returns the dataset's text (part of the suite's hash).
async function addDatasetCases(
  root: string,
  suiteFile: string,
  d: DatasetSpec,
  source: YamlSource,
  builder: CaseBuilder,
  has: SuiteHas,
): Promise<string> {
  const dataFile = resolve(dirname(suiteFile), d.file);
  if (!existsSync(dataFile)) {
    throw new TandemError('SUITE_INVALID', `dataset file ${relative(root, dataFile)} does not exist`, {
      where: source.locate(['dataset', 'file']),
      hint: 'The path is relative to the suite file.',
    });
  }
  const datasetText = await readFile(dataFile, 'utf8');
  const dataRel = relative(root, dataFile);
  const rows = await readDatasetRows(datasetText, dataRel);
  rows.forEach(({ values, line }, i) => {
    const at = { file: dataRel, line, row: `${dataRel} row ${i + 1}` };
    builder.add(caseFromRow(d, values, at, has), at.row, { file: dataRel, line });
  });
  return datasetText;
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'case'
  );
}

function describeVars(vars: Record<string, unknown>): string {
  const first = Object.values(vars).find((v) => typeof v === 'string') as string | undefined;
  const text = first ?? JSON.stringify(vars);
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}
