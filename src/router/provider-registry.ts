/**
 * @module Resolves provider and route names from the config to ready Providers, building each once.
 */
import {
  type LoadedConfig,
  type Provider,
  type ProviderConfig,
  type RouteConfig,
  TandemError,
} from '../core/index.js';
import { createProvider, findPrice, type Price } from '../providers/index.js';
import type { CacheStore } from '../store/index.js';
import { balance } from './balance.js';
import { cache } from './cache.js';
import { cheapest } from './cheapest.js';
import { fallback } from './fallback.js';
import { fastest } from './fastest.js';
import { limit } from './limit.js';
import { providerIdentity } from './provider-identity.js';
import { rateLimit } from './rate-limit.js';
import { retry } from './retry.js';
import { spanned } from './spanned.js';
import { timeout } from './timeout.js';
import { traced } from './traced.js';
import { withModel } from './with-model.js';

export interface ProviderRegistry {
  /** A provider or route by name; routes come wrapped in retries, timeouts, limits and cache as configured. */
  get(name: string): Promise<Provider>;
  has(name: string): boolean;
  names(): { providers: string[]; routes: string[] };
}

export interface RegistryOptions {
  /** Response cache storage, needed by routes with `cache:`. */
  cache?: CacheStore;
  /** Replace a configured provider (tests, benchmarks). */
  overrides?: Record<string, Provider>;
}

/** Creates the registry for a loaded config. */
export function createProviderRegistry(loaded: LoadedConfig, opts: RegistryOptions = {}): ProviderRegistry {
  const { config } = loaded;
  const built = new Map<string, Promise<Provider>>();

  const buildProvider = async (name: string): Promise<Provider> => {
    const override = opts.overrides?.[name];
    if (override) return traced(override, { system: 'tandem' });
    loaded.requireEnv(['providers', name]);
    const cfg = config.providers[name]!;
    const provider = await createProvider(name, cfg, { root: loaded.root, pricing: config.pricing });
    const meta = { system: systemOf(cfg), ...('model' in cfg && cfg.model ? { model: cfg.model } : {}) };
    // Hosted providers get their own deadline, so one called directly (not through a route) cannot hang.
    if (cfg.type !== 'openai' && cfg.type !== 'anthropic' && cfg.type !== 'ai-sdk')
      return traced(provider, meta);
    return traced(
      timeout(provider, cfg.timeoutMs, {
        hint: `Raise providers.${name}.timeoutMs in tandem.yaml, or check that the upstream is reachable.`,
      }),
      meta,
    );
  };

  /** A provider target's price per million tokens, as its calls are costed; undefined for routes and local models. */
  const priceOf = (target: string, model: string | undefined): Price | undefined => {
    const cfg = config.providers[target];
    if (!cfg) return undefined;
    if ('pricing' in cfg && cfg.pricing) return cfg.pricing;
    const m = model ?? ('model' in cfg ? cfg.model : undefined);
    return m ? findPrice(m, config.pricing) : undefined;
  };

  // Answers from the store, keyed on what answers behind the route (its targets' types, models, modules).
  const cached = async (p: Provider, name: string, route: RouteConfig): Promise<Provider> => {
    if (!route.cache) return p;
    if (!opts.cache) throw new TandemError('STORE_ERROR', `route "${name}" uses cache: but no store is open`);
    const overridden = new Set(Object.keys(opts.overrides ?? {}));
    return cache(p, opts.cache, {
      ttlMs: typeof route.cache === 'object' ? route.cache.ttlSeconds * 1000 : undefined,
      identity: await providerIdentity(config, loaded.root, name, overridden),
    });
  };

  const buildRoute = async (name: string, route: RouteConfig, seen: string[]): Promise<Provider> => {
    const targets = await Promise.all(
      route.targets.map(async (t): Promise<RouteTarget> => {
        const ref = typeof t === 'string' ? { provider: t, weight: 1 } : t;
        const p = await resolve(ref.provider, [...seen, name]);
        return {
          provider: wrapTarget(p, ref.model, route),
          weight: ref.weight,
          price: priceOf(ref.provider, ref.model),
        };
      }),
    );
    let p = byStrategy(name, route.strategy, targets);
    if (route.concurrency) p = limit(p, route.concurrency);
    if (route.rpm) p = rateLimit(p, route.rpm);
    return spanned(await cached(p, name, route), name);
  };

  const resolve = (name: string, seen: string[] = []): Promise<Provider> => {
    if (seen.includes(name)) {
      return Promise.reject(
        new TandemError('CONFIG_INVALID', `routes form a cycle: ${[...seen, name].join(' → ')}`, {
          where: loaded.locate(['routes', name]),
          hint: 'A route may target other routes, but never one that leads back to itself.',
        }),
      );
    }
    const existing = built.get(name);
    if (existing) return existing;
    let made: Promise<Provider>;
    if (name in config.routes) made = buildRoute(name, config.routes[name]!, seen);
    else if (name in config.providers || opts.overrides?.[name]) made = buildProvider(name);
    else {
      const known = [...Object.keys(config.providers), ...Object.keys(config.routes)];
      made = Promise.reject(
        new TandemError('PROVIDER_NOT_FOUND', `no provider or route named "${name}"`, {
          hint: known.length ? `defined: ${known.join(', ')}` : 'declare one under providers: in tandem.yaml',
        }),
      );
    }
    built.set(name, made);
    made.catch(() => built.delete(name)); // a failed build (e.g. missing env) is retried on next use
    return made;
  };

  return {
    get: (name) => resolve(name),
    has: (name) => name in config.providers || name in config.routes || Boolean(opts.overrides?.[name]),
    names: () => ({ providers: Object.keys(config.providers), routes: Object.keys(config.routes) }),
  };
}

interface RouteTarget {
  provider: Provider;
  weight: number;
  price: Price | undefined;
}

/** A route's target with its own wrappers: its default model, then a deadline per attempt, then retries. */
function wrapTarget(provider: Provider, model: string | undefined, route: RouteConfig): Provider {
  let p = provider;
  if (model) p = withModel(p, model);
  if (route.timeoutMs) p = timeout(p, route.timeoutMs);
  if (route.retry) p = retry(p, route.retry);
  return p;
}

/** The provider that tries a route's targets in the order its strategy picks. */
function byStrategy(name: string, strategy: RouteConfig['strategy'], targets: RouteTarget[]): Provider {
  const providers = targets.map((t) => t.provider);
  switch (strategy) {
    case 'balance':
      return balance(name, targets);
    case 'latency':
      return fastest(name, providers);
    case 'cost':
      return cheapest(name, targets);
    default:
      return fallback(name, providers);
  }
}

// The system a provider calls, as OpenTelemetry's gen_ai.provider.name has it; local providers are tandem's, and
// an ai-sdk provider is named by its package (@ai-sdk/google → google).
function systemOf(cfg: ProviderConfig): string {
  if (cfg.type === 'ai-sdk') return cfg.package.replace(/^@ai-sdk\//, '');
  return cfg.type === 'openai' || cfg.type === 'anthropic' ? cfg.type : 'tandem';
}
