/**
 * @module How a project turns an app's config and a prompt into an App: its route, tools, knowledge base
 * and guardrails resolved by name.
 */
import {
  type AppConfig,
  type AppKnowledgeConfig,
  type LoadedConfig,
  type Provider,
  TandemError,
} from '../core/index.js';
import type { AppGuard } from '../guardrails/index.js';
import type { PromptFile, PromptLibrary } from '../prompts/index.js';
import type { KnowledgeRegistry } from '../rag/index.js';
import { type ProviderRegistry, withModel } from '../router/index.js';
import type { TraceSink } from '../tracing/index.js';
import type { App } from './app-types.js';
import { createApp } from './create-app.js';
import { firstRequiredInput, routeNameFor } from './project-defaults.js';
import type { AppKnowledge } from './retrieval-context.js';
import type { ToolRegistry } from './tool-registry.js';

/** The parts of a project an app is built from. */
export interface AppSources {
  loaded: LoadedConfig;
  prompts: PromptLibrary;
  providers: ProviderRegistry;
  tools: ToolRegistry;
  knowledge: KnowledgeRegistry;
  traces: TraceSink;
}

/** Builds app `name` from its config (or a bare prompt's defaults) and its prompt. */
export async function buildApp(
  src: AppSources,
  name: string,
  prompt: PromptFile,
  cfg: Partial<AppConfig> = {},
): Promise<App> {
  const used = [...new Set([...(cfg.tools ?? []), ...(prompt.frontMatter.tools ?? [])])];
  return createApp({
    name,
    description: cfg.description,
    prompt,
    library: src.prompts,
    provider: await providerFor(src, cfg.route ?? prompt.frontMatter.model, `app "${name}"`),
    tools: await src.tools.pick(used, `app "${name}"`),
    maxSteps: cfg.maxSteps ?? 8,
    traces: src.traces,
    captureContent: src.loaded.config.tracing.captureContent,
    ...(cfg.knowledge ? { knowledge: await appKnowledge(src, name, prompt, cfg.knowledge) } : {}),
    ...(cfg.guardrails?.length
      ? { guard: await guardFor(src, cfg.guardrails), providerFor: (n: string) => src.providers.get(n) }
      : {}),
  });
}

/** The route or provider named by an app or prompt (`provider/model` picks a model of a provider). */
export async function providerFor(src: AppSources, ref: string | undefined, what: string): Promise<Provider> {
  const name = routeNameFor(src.loaded, ref);
  if (!name) {
    throw new TandemError('PROVIDER_NOT_FOUND', `${what} does not say which route or provider to use`, {
      hint: 'Set route: on the app, model: in the prompt front-matter, or defaults.route in tandem.yaml.',
    });
  }
  const slash = name.indexOf('/');
  if (slash > 0 && !src.providers.has(name) && src.providers.has(name.slice(0, slash))) {
    return withModel(await src.providers.get(name.slice(0, slash)), name.slice(slash + 1));
  }
  return src.providers.get(name);
}

async function guardFor(src: AppSources, list: NonNullable<AppConfig['guardrails']>): Promise<AppGuard> {
  const { createGuard } = await import('../guardrails/index.js');
  const named = list.map((g, i) =>
    typeof g === 'string'
      ? { name: g, config: src.loaded.config.guardrails[g]! }
      : { name: `${g.check}-${i + 1}`, config: g },
  );
  return createGuard(named, { root: src.loaded.root, provider: (n) => src.providers.get(n) });
}

async function appKnowledge(
  src: AppSources,
  app: string,
  prompt: PromptFile,
  cfg: AppKnowledgeConfig,
): Promise<AppKnowledge> {
  const ref = typeof cfg === 'string' ? { base: cfg } : cfg;
  const queryVar = ref.query ?? (await firstRequiredInput(prompt));
  if (!queryVar) {
    throw new TandemError(
      'CONFIG_INVALID',
      `app "${app}" retrieves from "${ref.base}" but its prompt has no input to use as the query`,
      {
        where: src.loaded.locate(['apps', app, 'knowledge']),
        hint: 'Declare an input in the prompt (e.g. question: string), or set knowledge: { base, query: <input name> }.',
      },
    );
  }
  return { base: await src.knowledge.get(ref.base), queryVar, k: ref.k, mode: ref.mode, filter: ref.filter };
}
