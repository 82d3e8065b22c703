/**
 * @module Which models an app uses and where its data goes, in plain words: the route's strategy and every
 * provider behind it (nested routes flattened), with the host each one sends prompts and passages to.
 */
import type { ProviderConfig, TandemConfig } from '../core/index.js';

export interface ModelsInWords {
  /** The route or provider the app names (undefined: none configured). */
  name?: string;
  /** How a route picks among its providers; undefined for a single provider. */
  strategy?: string;
  providers: Array<{
    name: string;
    type: ProviderConfig['type'];
    what: string;
    model?: string;
    sendsTo?: string;
  }>;
}

const STRATEGY_WORDS: Record<string, string> = {
  fallback: 'tried in this order; when one fails the next one answers',
  balance: 'requests are spread over them by weight; when one fails another answers',
  latency: 'the one that has been answering fastest goes first; when it fails another answers',
  cost: 'the cheapest goes first; when it fails the next cheapest answers',
};

const hostOf = (url: string | undefined, fallback: string) => {
  try {
    return url ? new URL(url).host : fallback;
  } catch {
    return url ?? fallback;
  }
};

function providerInWords(name: string, cfg: ProviderConfig): ModelsInWords['providers'][number] {
  return { name, type: cfg.type, ...describeProvider(cfg) };
}

function describeProvider(cfg: ProviderConfig): { what: string; model?: string; sendsTo?: string } {
  switch (cfg.type) {
    case 'openai':
      return {
        what: 'OpenAI-compatible API',
        model: cfg.model,
        sendsTo: hostOf(cfg.baseUrl, 'api.openai.com'),
      };
    case 'anthropic':
      return {
        what: 'Anthropic API',
        model: cfg.model,
        sendsTo: hostOf(cfg.baseUrl, 'api.anthropic.com'),
      };
    case 'ai-sdk':
      return {
        what: `${cfg.package} (through the AI SDK)`,
        model: cfg.model,
        sendsTo: hostOf(stringOption(cfg.options, 'baseURL'), defaultHostOf(cfg.package, cfg.options)),
      };
    case 'extractive':
      return { what: 'no model: sentences picked from the retrieved passages, on this machine' };
    case 'echo':
      return { what: 'no model: repeats the question (for wiring checks)' };
    case 'script':
      return { what: `your own code (${cfg.module})` };
  }
}

// Where the common packages send requests when no baseURL is set (their documented defaults).
function defaultHostOf(pkg: string, options: Record<string, unknown> | undefined): string {
  const resource = stringOption(options, 'resourceName') ?? '<resource>';
  const region = stringOption(options, 'region') ?? '<region>';
  const hosts: Record<string, string> = {
    '@ai-sdk/google': 'generativelanguage.googleapis.com',
    '@ai-sdk/azure': `${resource}.openai.azure.com`,
    '@ai-sdk/amazon-bedrock': `bedrock-runtime.${region}.amazonaws.com`,
    '@ai-sdk/mistral': 'api.mistral.ai',
    '@ai-sdk/anthropic': 'api.anthropic.com',
    '@ai-sdk/openai': 'api.openai.com',
  };
  return hosts[pkg] ?? `the default endpoint of ${pkg}`;
}

function stringOption(options: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = options?.[key];
  return typeof value === 'string' && value ? value : undefined;
}

/** The models behind `ref` (a route, a provider or `provider/model`). */
export function describeModels(config: TandemConfig, ref: string | undefined): ModelsInWords {
  if (!ref) return { providers: [] };
  const providers: ModelsInWords['providers'] = [];
  const seen = new Set<string>();
  const visit = (name: string, model?: string) => {
    const slash = name.indexOf('/');
    if (slash > 0 && !config.providers[name] && !config.routes[name])
      return visit(name.slice(0, slash), name.slice(slash + 1));
    const route = config.routes[name];
    if (route) {
      for (const t of route.targets) typeof t === 'string' ? visit(t) : visit(t.provider, t.model);
      return;
    }
    const cfg = config.providers[name];
    const key = `${name}/${model ?? ''}`;
    if (!cfg || seen.has(key)) return;
    seen.add(key);
    const words = providerInWords(name, cfg);
    providers.push(model ? { ...words, model } : words);
  };
  visit(ref);
  const route = config.routes[ref];
  return {
    name: ref,
    ...(route && providers.length > 1 ? { strategy: STRATEGY_WORDS[route.strategy] ?? route.strategy } : {}),
    providers,
  };
}
