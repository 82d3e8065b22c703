/**
 * @module Any Vercel AI SDK provider package as a tandem Provider: the package (the user's, loaded only when
 * configured) makes the models, and tandem speaks to them through the AI SDK's provider specification. Loading:
 * load-package.ts; the factory: create-sdk-provider.ts; one answer: generate-ai-sdk.ts; a stream:
 * stream-ai-sdk.ts; embeddings: embed-ai-sdk.ts.
 */
import type { Provider } from '../../core/index.js';
import type { Price } from '../pricing.js';
import { createAiSdkCall } from './ai-sdk-call.js';
import { createSdkProvider } from './create-sdk-provider.js';
import { createAiSdkEmbed } from './embed-ai-sdk.js';
import { generateAiSdk } from './generate-ai-sdk.js';
import { loadProviderPackage } from './load-package.js';
import { streamAiSdk } from './stream-ai-sdk.js';

/** An `ai-sdk` provider's config, with its name, the project directory and prices. */
export interface AiSdkProviderOptions {
  id: string;
  package: string;
  model: string;
  embeddingModel?: string;
  factory?: string;
  method?: string;
  options?: Record<string, unknown>;
  providerOptions?: Record<string, Record<string, unknown>>;
  /** The project directory, where the package is looked for first. */
  root: string;
  price?: (model: string) => Price | undefined;
}

/** Creates a Provider over the package `opts.package`, loading it from the project. */
export async function createAiSdkProvider(opts: AiSdkProviderOptions): Promise<Provider> {
  const mod = await loadProviderPackage(opts.package, opts.root, opts.id);
  return createAiSdkProviderFrom(mod, opts);
}

/** Creates the Provider from a package already loaded (`mod`: its exports). */
export function createAiSdkProviderFrom(
  mod: Record<string, unknown>,
  opts: Omit<AiSdkProviderOptions, 'root'>,
): Provider {
  const method = opts.method ?? 'languageModel';
  const sdk = createSdkProvider(mod, { ...opts, method });
  const call = createAiSdkCall(sdk, { ...opts, method });
  const embed = createAiSdkEmbed(sdk, opts);
  return {
    id: opts.id,
    generate: (req) => generateAiSdk(call, req),
    stream: (req) => streamAiSdk(call, req),
    ...(embed ? { embed } : {}),
  };
}
