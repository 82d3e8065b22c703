/**
 * @module A loaded project: config, store, prompts, providers and routes, tools; builds apps by name.
 * Everything `run`, `chat`, `eval` and `serve` need comes from here, so they execute the same pipeline.
 */
import { resolve } from 'node:path';
import {
  type AppConfig,
  type AppKnowledgeConfig,
  closest,
  type LoadConfigOptions,
  type LoadedConfig,
  loadConfig,
  type Provider,
  TandemError,
} from '../core/index.js';
import { createPromptLibrary, type PromptFile, type PromptLibrary, toJsonSchema } from '../prompts/index.js';
import type { KnowledgeRegistry } from '../rag/index.js';
import { createProviderRegistry, type ProviderRegistry, withModel } from '../router/index.js';
import { openStore, type Store } from '../store/index.js';
import { batchingSink, otlpSink, storeSink, type TraceSink } from '../tracing/index.js';
import type { App } from './app-types.js';
import { createApp } from './create-app.js';
import type { AppKnowledge } from './retrieval-context.js';
import { createToolRegistry, type ToolRegistry } from './tool-registry.js';

export interface Project {
  root: string;
  loaded: LoadedConfig;
  store: Store;
  prompts: PromptLibrary;
  providers: ProviderRegistry;
  tools: ToolRegistry;
  knowledge: KnowledgeRegistry;
  traces: TraceSink;
  /** The app declared in tandem.yaml under `apps.<name>`, optionally with another prompt, route or retrieval. */
  app(name: string, overrides?: AppOverrides): Promise<App>;
  /** An app made from a bare prompt (`tandem run <prompt>`): its model, or defaults.route. */
  promptApp(ref: string, overrides?: AppOverrides): Promise<App>;
  /** An app by name, else a prompt by name. */
  target(name: string): Promise<App>;
  close(): Promise<void>;
}

/** What an eval variant may change about an app. */
export interface AppOverrides {
  /** Prompt name, name@label, name@version, or a path to a .prompt file. */
  prompt?: string;
  route?: string;
  knowledge?: { k?: number; mode?: 'bm25' | 'vector' | 'hybrid' };
}

export interface LoadProjectOptions extends LoadConfigOptions {
  /** Replace configured providers by name (tests, benchmarks). */
  providerOverrides?: Record<string, Provider>;
  /** Where traces go; defaults to the store. */
  traces?: TraceSink;
  /** Write traces in batches off the hot path (eval runs, the server); flushed on close. */
  batchTraces?: boolean;
  /** Also write them from a worker thread on a second connection (the server), when the store can. */
  tracesOffThread?: boolean;
}

/** Loads the project in `root`. Close it when done (it holds the store open). */
export async function loadProject(root: string, opts: LoadProjectOptions = {}): Promise<Project> {
  const loaded = await loadConfig(root, opts);
  const { config } = loaded;
  const store = await openStore(loaded.root, config.store.path, opts.env, {
    tracesOffThread: opts.tracesOffThread ?? false,
  });
  const prompts = createPromptLibrary(resolve(loaded.root, config.prompts.dir), store.prompts);
  const providers = createProviderRegistry(loaded, { cache: store.cache, overrides: opts.providerOverrides });
  const tools = createToolRegistry(resolve(loaded.root, config.tools.dir));
  const stored = opts.traces ?? (opts.batchTraces ? batchingSink(store.traces) : storeSink(store.traces));
  const otlp = config.tracing.otlp;
  const traces = otlp
    ? otlpSink(stored, {
        endpoint: otlp.endpoint,
        serviceName: otlp.serviceName,
        ...(otlp.headers ? { headers: otlp.headers } : {}),
      })
    : stored;
  // Loaders (cheerio, PDF, DOCX…) and the index load only when a knowledge base is used.
  let registry: Promise<KnowledgeRegistry> | undefined;
  const openRegistry = () =>
    (registry ??= import('../rag/index.js').then((rag) =>
      rag.createKnowledgeRegistry(loaded, store, (name) => providers.get(name)),
    ));
  const knowledge: KnowledgeRegistry = {
    names: () => Object.keys(config.knowledge),
    get: async (name) => (await openRegistry()).get(name),
  };

  const providerFor = async (ref: string | undefined, what: string): Promise<Provider> => {
    const name = routeNameFor(loaded, ref);
    if (!name) {
      throw new TandemError('PROVIDER_NOT_FOUND', `${what} does not say which route or provider to use`, {
        hint: 'Set route: on the app, model: in the prompt front-matter, or defaults.route in tandem.yaml.',
      });
    }
    // `provider/model` in a prompt picks a model of a provider (e.g. openai/gpt-4o-mini).
    const slash = name.indexOf('/');
    if (slash > 0 && !providers.has(name) && providers.has(name.slice(0, slash))) {
      return withModel(await providers.get(name.slice(0, slash)), name.slice(slash + 1));
    }
    return providers.get(name);
  };

  const build = async (name: string, prompt: PromptFile, cfg: Partial<AppConfig> = {}) => {
    const used = [...new Set([...(cfg.tools ?? []), ...(prompt.frontMatter.tools ?? [])])];
    return createApp({
      name,
      description: cfg.description,
      prompt,
      library: prompts,
      provider: await providerFor(cfg.route ?? prompt.frontMatter.model, `app "${name}"`),
      tools: await tools.pick(used, `app "${name}"`),
      maxSteps: cfg.maxSteps ?? 8,
      traces,
      captureContent: config.tracing.captureContent,
      ...(cfg.knowledge ? { knowledge: await appKnowledge(name, prompt, cfg.knowledge) } : {}),
      ...(cfg.guardrails?.length
        ? { guard: await guardFor(cfg.guardrails), providerFor: (n: string) => providers.get(n) }
        : {}),
    });
  };

  const guardFor = async (list: NonNullable<AppConfig['guardrails']>) => {
    const { createGuard } = await import('../guardrails/index.js');
    const named = list.map((g, i) =>
      typeof g === 'string'
        ? { name: g, config: config.guardrails[g]! }
        : { name: `${g.check}-${i + 1}`, config: g },
    );
    return createGuard(named, { root: loaded.root, provider: (n) => providers.get(n) });
  };

  const appKnowledge = async (
    app: string,
    prompt: PromptFile,
    cfg: AppKnowledgeConfig,
  ): Promise<AppKnowledge> => {
    const ref = typeof cfg === 'string' ? { base: cfg } : cfg;
    const queryVar = ref.query ?? (await firstRequiredInput(prompt));
    if (!queryVar) {
      throw new TandemError(
        'CONFIG_INVALID',
        `app "${app}" retrieves from "${ref.base}" but its prompt has no input to use as the query`,
        {
          where: loaded.locate(['apps', app, 'knowledge']),
          hint: 'Declare an input in the prompt (e.g. question: string), or set knowledge: { base, query: <input name> }.',
        },
      );
    }
    return { base: await knowledge.get(ref.base), queryVar, k: ref.k, mode: ref.mode, filter: ref.filter };
  };

  const loadPrompt = (ref: string) =>
    ref.endsWith('.prompt') ? prompts.loadPath(resolve(loaded.root, ref)) : prompts.load(ref);

  const app = async (name: string, overrides: AppOverrides = {}) => {
    const base = config.apps[name];
    if (!base) {
      const known = Object.keys(config.apps);
      const guess = closest(name, known);
      throw new TandemError('APP_NOT_FOUND', `no app named "${name}"`, {
        hint: guess
          ? `did you mean "${guess}"?`
          : known.length
            ? `apps: ${known.join(', ')}`
            : 'declare one under apps: in tandem.yaml',
      });
    }
    const baseKnowledge = typeof base.knowledge === 'string' ? { base: base.knowledge } : base.knowledge;
    const cfg: AppConfig = {
      ...base,
      ...(overrides.route ? { route: overrides.route } : {}),
      ...(overrides.knowledge && baseKnowledge
        ? { knowledge: { ...baseKnowledge, ...overrides.knowledge } }
        : {}),
    };
    const prompt = await loadPrompt(overrides.prompt ?? base.prompt).catch((err) => {
      throw err instanceof TandemError && err.code === 'PROMPT_NOT_FOUND' && !err.where && !overrides.prompt
        ? new TandemError(err.code, err.message, {
            hint: err.hint,
            where: loaded.locate(['apps', name, 'prompt']),
          })
        : err;
    });
    return build(name, prompt, cfg);
  };

  const promptApp = async (ref: string, overrides: AppOverrides = {}) => {
    const prompt = await loadPrompt(overrides.prompt ?? ref);
    return build(prompt.name, prompt, {
      description: prompt.frontMatter.description,
      ...(overrides.route ? { route: overrides.route } : {}),
    });
  };

  return {
    root: loaded.root,
    loaded,
    store,
    prompts,
    providers,
    tools,
    knowledge,
    traces,
    app,
    promptApp,
    target: async (name) => {
      if (name in config.apps) return app(name);
      const base = name.split('@')[0]!;
      if ((await prompts.names()).includes(base)) return promptApp(name);
      const known = [...Object.keys(config.apps), ...(await prompts.names())];
      const guess = closest(name, known);
      throw new TandemError('APP_NOT_FOUND', `no app or prompt named "${name}"`, {
        hint: guess
          ? `did you mean "${guess}"?`
          : known.length
            ? `apps and prompts: ${known.join(', ')}`
            : 'run `tandem init` to start a project',
      });
    },
    async close() {
      await traces.flush();
      await store.close();
    },
  };
}

/** The prompt's first required input (else its first input): what chat messages and queries fill. */
export async function firstRequiredInput(prompt: PromptFile): Promise<string | undefined> {
  const schema = await toJsonSchema(prompt.frontMatter.input?.schema, prompt.origin, 'input.schema');
  const required = (schema?.required as string[] | undefined) ?? [];
  return required[0] ?? Object.keys((schema?.properties as object | undefined) ?? {})[0];
}

// With exactly one provider and no routes, there is nothing to choose.
/** The route or provider a call uses: the one named (app route, prompt model), else the project's default. */
export function routeNameFor(loaded: LoadedConfig, ref: string | undefined): string | undefined {
  return ref ?? loaded.config.defaults.route ?? soleProvider(loaded);
}

function soleProvider(loaded: LoadedConfig): string | undefined {
  const names = [...Object.keys(loaded.config.providers), ...Object.keys(loaded.config.routes)];
  return names.length === 1 ? names[0] : undefined;
}
