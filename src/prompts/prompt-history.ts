/**
 * @module A project's prompts as people review them: each prompt with its working version, stored versions
 * and labels, and what changed between two versions (the prompt file and each partial, as unified diffs).
 * `tandem prompts` and the studio's prompts page read the same.
 */
import { createTwoFilesPatch } from 'diff';
import type { PromptLabelRecord, PromptStore } from '../store/index.js';
import type { PromptLibrary } from './prompt-library.js';
import { changedFiles } from './prompt-partials.js';

/** A prompt in the list: its working file's version, how many versions are stored, where its labels point. */
export interface PromptSummary {
  name: string;
  current: string;
  versions: number;
  labels: Record<string, string>;
}

/** One prompt's history, newest version first. */
export interface PromptHistory {
  name: string;
  current: string;
  versions: Array<{ version: string; createdAt: number; labels: string[] }>;
  labels: PromptLabelRecord[];
}

/** One file that differs between two versions: the prompt or a partial, with its unified diff. */
export interface PromptFileDiff {
  file: string;
  before?: string;
  after?: string;
  patch: string;
}

/** Every prompt of the library with its versions and labels. */
export async function listPromptSummaries(
  library: PromptLibrary,
  store: PromptStore,
): Promise<PromptSummary[]> {
  const out: PromptSummary[] = [];
  for (const name of await library.names()) {
    const current = await library.load(name);
    const labels = await store.listLabels(name);
    out.push({
      name,
      current: current.version,
      versions: (await store.listVersions(name)).length,
      labels: Object.fromEntries(labels.map((l) => [l.label, l.version])),
    });
  }
  return out;
}

/** The stored versions of `name` with the labels on each, and the working file's version. */
export async function promptHistory(
  library: PromptLibrary,
  store: PromptStore,
  name: string,
): Promise<PromptHistory> {
  const current = await library.load(name); // an unknown prompt is PROMPT_NOT_FOUND, with a "did you mean"
  const labels = await store.listLabels(name);
  const versions = await store.listVersions(name);
  return {
    name,
    current: current.version,
    versions: versions.map((v) => ({
      version: v.version,
      createdAt: v.createdAt,
      labels: labels.filter((l) => l.version === v.version).map((l) => l.label),
    })),
    labels,
  };
}

/** The files that differ from `from` to `to` (each a label or a version prefix; `to` default the working file). */
export async function diffPromptVersions(
  library: PromptLibrary,
  name: string,
  from: string,
  to?: string,
): Promise<{ from: string; to: string; files: PromptFileDiff[] }> {
  const a = await library.load(`${name}@${from}`);
  const b = await library.load(to ? `${name}@${to}` : name);
  const files = changedFiles(a, b).map(([file, before, after]) => ({
    file,
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
    patch: createTwoFilesPatch(
      `${file} (${a.version.slice(0, 12)})`,
      `${file} (${b.version.slice(0, 12)})`,
      before ?? '',
      after ?? '',
    )
      .split('\n')
      .slice(1)
      .join('\n'),
  }));
  return { from: a.version, to: b.version, files };
}
