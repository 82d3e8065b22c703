/**
 * @module A loaded project: config, store, prompts, providers and routes, tools; builds apps by name.
 * Everything `run`, `chat`, `eval` and `serve` need comes from here, so they execute the same pipeline.
 */
import { resolve } from 'node:path';
import { type LoadConfigOptions, type LoadedConfig, loadConfig, type Provider } from '../core/index.js';
import { createPromptLibrary, type PromptLibrary } from '../prompts/index.js';
import type { KnowledgeRegistry } from '../rag/index.js';
import { createProviderRegistry, type ProviderRegistry } from '../router/index.js';
import { type CacheStore, openStore, type Store } from '../store/index.js';
import { batchingSink, otlpSink, storeSink, type TraceSink } from '../tracing/index.js';
import type { App } from './app-types.js';
import type { AppSources } from './build-app.js';
import { type AppOverrides, findApp, findPromptApp, findTarget } from './find-app.js';
import { createToolRegistry, type ToolRegistry } from './tool-registry.js';

export type { AppOverrides } from './find-app.js';
export { firstRequiredInput, routeNameFor } from './project-defaults.js';

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
  /** An app by name, else a prompt by name; an app may run another prompt version or route. */
  target(name: string, overrides?: AppOverrides): Promise<App>;
  close(): Promise<void>;
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
  /** Where routes with `cache:` keep answers, given the store's cache and the config (the server's Redis). */
  responseCache?: (stored: CacheStore, loaded: LoadedConfig) => CacheStore;
}

/** Loads the project in `root`. Close it when done (it holds the store open). */
export async function loadProject(root: string, opts: LoadProjectOptions = {}): Promise<Project> {
  const loaded = await loadConfig(root, opts);
  const { config } = loaded;
  const store = await openStore(loaded.root, config.store, opts.env, {
    tracesOffThread: opts.tracesOffThread ?? false,
  });
  let cache = store.cache;
  try {
    if (opts.responseCache) cache = opts.responseCache(store.cache, loaded);
  } catch (err) {
    await store.close();
    throw err;
  }
  const providers = createProviderRegistry(loaded, { cache, overrides: opts.providerOverrides });
  const src: AppSources = {
    loaded,
    prompts: createPromptLibrary(resolve(loaded.root, config.prompts.dir), store.prompts),
    providers,
    tools: createToolRegistry(resolve(loaded.root, config.tools.dir)),
    knowledge: lazyKnowledge(loaded, store, providers),
    traces: traceSink(loaded, store, opts),
  };
  return {
    root: loaded.root,
    store,
    ...src,
    app: (name, overrides) => findApp(src, name, overrides),
    promptApp: (ref, overrides) => findPromptApp(src, ref, overrides),
    target: (name, overrides) => findTarget(src, name, overrides),
    async close() {
      await src.traces.flush();
      await store.close();
    },
  };
}

// Traces go to the store (in batches for evals and the server), and also to OTLP when configured.
function traceSink(loaded: LoadedConfig, store: Store, opts: LoadProjectOptions): TraceSink {
  const stored = opts.traces ?? (opts.batchTraces ? batchingSink(store.traces) : storeSink(store.traces));
  const otlp = loaded.config.tracing.otlp;
  if (!otlp) return stored;
  return otlpSink(stored, {
    endpoint: otlp.endpoint,
    serviceName: otlp.serviceName,
    ...(otlp.headers ? { headers: otlp.headers } : {}),
  });
}

// Loaders (cheerio, PDF, DOCX…) and the index load only when a knowledge base is used.
function lazyKnowledge(loaded: LoadedConfig, store: Store, providers: ProviderRegistry): KnowledgeRegistry {
  let registry: Promise<KnowledgeRegistry> | undefined;
  const open = () =>
    (registry ??= import('../rag/index.js').then((rag) =>
      rag.createKnowledgeRegistry(loaded, store, (name) => providers.get(name)),
    ));
  return {
    names: () => Object.keys(loaded.config.knowledge),
    get: async (name) => (await open()).get(name),
  };
}
