/**
 * @module What answers behind a provider or route name, as a plain value: the response cache keys on it, so
 * changing a route's targets, a model, a base URL, a script provider's code or tandem's own offline answerer
 * never serves an old answer.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  if (cfg.type === 'extractive') return { ...shape, code: await answererCode() };
  if (cfg.type !== 'script') return shape;
  const path = resolve(root, cfg.module);
  const code = await readFile(path, 'utf8').catch(() => '');
  return { ...shape, module: path, moduleHash: sha256(code) };
}

// The extractive provider's answers are tandem's own code at work: the code that picks its sentences and judges
// the evidence (the provider, the answerability check, WordNet's places, the glossary for other languages),
// hashed once per process, so a newer tandem does not serve the answers an older one cached.
const ANSWERER_FOLDERS = [
  '../providers/extractive',
  '../rag/answerability',
  '../rag/wordnet',
  '../rag/crosslingual',
];
let answererHash: Promise<string> | undefined;

function answererCode(): Promise<string> {
  answererHash ??= (async () => {
    const texts = await Promise.all(ANSWERER_FOLDERS.map((folder) => folderText(folder)));
    return sha256(texts.join('\n'));
  })();
  return answererHash;
}

async function folderText(folder: string): Promise<string> {
  const dir = fileURLToPath(new URL(folder, import.meta.url));
  const files = (await readdir(dir).catch(() => []))
    .filter((f) => /\.(?:js|ts)$/.test(f) && !f.includes('.test.'))
    .sort();
  const texts = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
  return files.map((f, i) => `${f}\n${texts[i]}`).join('\n');
}

// An ai-sdk package's settings hold its credentials beside its endpoint: keep what picks the model
// (baseURL, resourceName, region…), drop keys, tokens, secrets and headers.
const SECRET = /key|secret|token|password|credential|headers/i;

function withoutSecrets(options: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  return options && Object.fromEntries(Object.entries(options).filter(([k]) => !SECRET.test(k)));
}
