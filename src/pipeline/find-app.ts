/**
 * @module Finding what a user named: an app declared in tandem.yaml (with an eval variant's overrides), a
 * bare prompt, or either, with a "did you mean" when nothing matches.
 */
import { resolve } from 'node:path';
import { type AppConfig, closest, TandemError } from '../core/index.js';
import type { PromptFile } from '../prompts/index.js';
import type { App } from './app-types.js';
import { type AppSources, buildApp } from './build-app.js';

/** What an eval variant may change about an app. */
export interface AppOverrides {
  /** Prompt name, name@label, name@version, or a path to a .prompt file. */
  prompt?: string;
  route?: string;
  knowledge?: { k?: number; mode?: 'bm25' | 'vector' | 'hybrid' };
}

/** The app declared under `apps.<name>`, with overrides applied. */
export async function findApp(src: AppSources, name: string, overrides: AppOverrides = {}): Promise<App> {
  const base = src.loaded.config.apps[name];
  if (!base) throw notFound(`no app named "${name}"`, Object.keys(src.loaded.config.apps), 'apps', name);
  const baseKnowledge = typeof base.knowledge === 'string' ? { base: base.knowledge } : base.knowledge;
  const cfg: AppConfig = {
    ...base,
    ...(overrides.route ? { route: overrides.route } : {}),
    ...(overrides.knowledge && baseKnowledge
      ? { knowledge: { ...baseKnowledge, ...overrides.knowledge } }
      : {}),
  };
  const prompt = await loadPrompt(src, overrides.prompt ?? base.prompt).catch((err) => {
    // The app's own prompt is missing: point at the line in tandem.yaml that names it.
    throw err instanceof TandemError && err.code === 'PROMPT_NOT_FOUND' && !err.where && !overrides.prompt
      ? new TandemError(err.code, err.message, {
          hint: err.hint,
          where: src.loaded.locate(['apps', name, 'prompt']),
        })
      : err;
  });
  return buildApp(src, name, prompt, cfg);
}

/** An app made from a bare prompt (`tandem run <prompt>`): its model, or defaults.route. */
export async function findPromptApp(
  src: AppSources,
  ref: string,
  overrides: AppOverrides = {},
): Promise<App> {
  const prompt = await loadPrompt(src, overrides.prompt ?? ref);
  return buildApp(src, prompt.name, prompt, {
    description: prompt.frontMatter.description,
    ...(overrides.route ? { route: overrides.route } : {}),
  });
}

/** An app by name, else a prompt by name. */
export async function findTarget(src: AppSources, name: string, overrides: AppOverrides = {}): Promise<App> {
  if (overrides.prompt && !/^[^@\s]+(@[^@\s]+)?$/.test(overrides.prompt))
    throw new TandemError('USAGE', `"${overrides.prompt}" is not a prompt reference`, {
      hint: 'Name a prompt, a label or a version: answer, answer@production, answer@3f2a9c1d.',
    });
  if (name in src.loaded.config.apps) return findApp(src, name, overrides);
  const prompts = await src.prompts.names();
  if (overrides.prompt)
    throw new TandemError(
      'USAGE',
      `"${name}" is not an app: a prompt is run at another version as ${name}@<version>`,
      {
        hint: `tandem run ${name}@production (a label) or ${name}@3f2a9c1d (a version)`,
      },
    );
  if (prompts.includes(name.split('@')[0]!)) return findPromptApp(src, name, overrides);
  const known = [...Object.keys(src.loaded.config.apps), ...prompts];
  throw notFound(`no app or prompt named "${name}"`, known, 'apps and prompts', name);
}

function loadPrompt(src: AppSources, ref: string): Promise<PromptFile> {
  return ref.endsWith('.prompt')
    ? src.prompts.loadPath(resolve(src.loaded.root, ref))
    : src.prompts.load(ref);
}

function notFound(message: string, known: string[], what: string, name: string): TandemError {
  const guess = closest(name, known);
  const hint = guess
    ? `did you mean "${guess}"?`
    : known.length
      ? `${what}: ${known.join(', ')}`
      : what === 'apps'
        ? 'declare one under apps: in tandem.yaml'
        : 'run `tandem init` to start a project';
  return new TandemError('APP_NOT_FOUND', message, { hint });
}
