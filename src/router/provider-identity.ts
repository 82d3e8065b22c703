/**
 * @module What answers behind a provider or route name, as a plain value: the response cache keys on it, so
 * changing a route's targets, a model, a base URL or a script provider's code never serves an old answer.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type ProviderConfig, sha256, type TandemConfig } from '../core/index.js';

/** The identity of the provider or route `name`: type, model, base URL, script module and options, recursively. */
export async function providerIdentity(
  config: TandemConfig,
  root: string,
  name: string,
  overridden: ReadonlySet<string> = new Set(),
): Promise<unknown> {
  if (overridden.has(name)) return { override: name };
  const route = config.routes[name];
  if (route) {
    const targets = await Promise.all(
      route.targets.map(async (t) => {
        const ref = typeof t === 'string' ? { provider: t, model: undefined } : t;
        return { target: await providerIdentity(config, root, ref.provider, overridden), model: ref.model };
      }),
    );
    return { strategy: route.strategy ?? 'fallback', targets };
  }
  const cfg = config.providers[name];
  return cfg ? configIdentity(cfg, root) : { provider: name };
}

// Secrets and prices do not change an answer (and must not end up in a key); a script's code does.
async function configIdentity(cfg: ProviderConfig, root: string): Promise<unknown> {
  const { apiKey: _k, headers: _h, pricing: _p, ...shape } = cfg as ProviderConfig & Record<string, unknown>;
  if (cfg.type === 'ai-sdk') return { ...shape, options: withoutSecrets(cfg.options) };
  if (cfg.type !== 'script') return shape;
  const path = resolve(root, cfg.module);
  const code = await readFile(path, 'utf8').catch(() => '');
  return { ...shape, module: path, moduleHash: sha256(code) };
}

// An ai-sdk package's settings hold its credentials beside its endpoint: keep what picks the model
// (baseURL, resourceName, region…), drop keys, tokens, secrets and headers.
const SECRET = /key|secret|token|password|credential|headers/i;

function withoutSecrets(options: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  return options && Object.fromEntries(Object.entries(options).filter(([k]) => !SECRET.test(k)));
}
