/**
 * @module The prompts of a project: files in prompts/ (partials start with `_`), every version kept in the
 * store by content hash, and labels that pin a version (`answer@production`).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PromptFunction } from 'dotprompt';
import { closest, type Message, TandemError } from '../core/index.js';
import type { PromptStore } from '../store/index.js';
import { type PromptFile, parsePromptSource, readPromptFile } from './prompt-file.js';
import { type RenderedPrompt, renderPrompt } from './render-prompt.js';

export interface PromptLibrary {
  readonly dir: string;
  /** Names of the prompt files (partials excluded), sorted. */
  names(): Promise<string[]>;
  /** Loads `name` (the file), `name@label` or `name@<version prefix>` (from the store). Files are versioned on load. */
  load(ref: string): Promise<PromptFile>;
  /** Loads a .prompt file from any path, with partials from this library's directory. */
  loadPath(path: string): Promise<PromptFile>;
  render(
    prompt: PromptFile,
    vars: Record<string, unknown>,
    history?: Message[],
    extra?: Record<string, unknown>,
  ): Promise<RenderedPrompt>;
  /** Forgets compiled templates (after partials changed on disk: watch mode). */
  clearCache(): void;
}

/** Opens the prompt library in `dir`, keeping versions in `store`. */
export function createPromptLibrary(dir: string, store: PromptStore): PromptLibrary {
  // Templates compile once per version; a version includes its partials, so a partial edited on disk makes
  // a new version when the prompt is next loaded.
  const compiled = new Map<string, Promise<PromptFunction>>();
  const names = async () => {
    if (!existsSync(dir)) return [];
    return (await readdir(dir))
      .filter((f) => f.endsWith('.prompt') && !f.startsWith('_'))
      .map((f) => f.slice(0, -'.prompt'.length))
      .sort();
  };

  const partial = async (name: string) => {
    const file = join(dir, `_${name}.prompt`);
    return existsSync(file) ? readFile(file, 'utf8') : null;
  };
  // A prompt renders with the partials its version was made of (stored versions keep theirs).
  const partialOf = (prompt: PromptFile) => (name: string) =>
    Object.hasOwn(prompt.partials, name) ? prompt.partials[name]! : partial(name);

  const loadFile = async (name: string) => {
    const file = join(dir, `${name}.prompt`);
    if (!existsSync(file)) {
      const known = await names();
      const guess = closest(name, known);
      throw new TandemError('PROMPT_NOT_FOUND', `no prompt named "${name}" in ${dir}`, {
        hint: guess
          ? `did you mean "${guess}"?`
          : known.length
            ? `prompts: ${known.join(', ')}`
            : `create ${file}`,
      });
    }
    const prompt = await readPromptFile(file, partial);
    await store.saveVersion({
      name,
      version: prompt.version,
      source: prompt.source,
      partials: prompt.partials,
    });
    return prompt;
  };

  const loadStored = async (name: string, selector: string) => {
    const label = await store.getLabel(name, selector);
    const version = label?.version ?? selector;
    const record = await store.getVersion(name, version);
    if (!record) {
      throw new TandemError('PROMPT_NOT_FOUND', `prompt "${name}" has no label or version "${selector}"`, {
        hint: `See \`tandem prompts list ${name}\`; set a label with \`tandem prompts label ${name} ${selector}\`.`,
      });
    }
    const origin = `store:${name}@${record.version.slice(0, 12)}`;
    if (record.partials) return parsePromptSource(name, record.source, origin, record.partials);
    // Stored before versions kept their partials: it renders with today's partials, under its old version.
    return { ...parsePromptSource(name, record.source, origin), version: record.version };
  };

  return {
    dir,
    names,
    load: (ref) => {
      const at = ref.indexOf('@');
      return at < 0 ? loadFile(ref) : loadStored(ref.slice(0, at), ref.slice(at + 1));
    },
    loadPath: (path) => readPromptFile(path, partial),
    render: (prompt, vars, history, extra) =>
      renderPrompt(prompt, vars, { partial: partialOf(prompt), history, extra, compiled }),
    clearCache: () => compiled.clear(),
  };
}
