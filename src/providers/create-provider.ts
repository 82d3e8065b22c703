/**
 * @module Builds a Provider from its validated config entry; the `type` field picks the factory, never a
 * string prefix.
 */
import { resolve } from 'node:path';
import type { Pricing, Provider, ProviderConfig } from '../core/index.js';
import { findPrice, type Price } from './pricing.js';

export interface ProviderContext {
  /** Project directory, for script modules and the packages of ai-sdk providers. */
  root: string;
  /** Top-level `pricing:` overrides by model name. */
  pricing?: Record<string, Pricing>;
}

/** Creates the provider named `id` from its config. SDKs load only when a provider of their type is used. */
export async function createProvider(
  id: string,
  cfg: ProviderConfig,
  ctx: ProviderContext,
): Promise<Provider> {
  const price = (fixed?: Price) => (model: string) => fixed ?? findPrice(model, ctx.pricing);
  switch (cfg.type) {
    case 'openai': {
      const { createOpenAIProvider } = await import('./openai/openai-provider.js');
      return createOpenAIProvider({ id, ...cfg, price: price(cfg.pricing) });
    }
    case 'anthropic': {
      const { createAnthropicProvider } = await import('./anthropic/anthropic-provider.js');
      return createAnthropicProvider({ id, ...cfg, price: price(cfg.pricing) });
    }
    case 'ai-sdk': {
      const { createAiSdkProvider } = await import('./ai-sdk/ai-sdk-provider.js');
      return createAiSdkProvider({ id, ...cfg, root: ctx.root, price: price(cfg.pricing) });
    }
    case 'extractive': {
      const { createExtractiveProvider } = await import('./extractive/extractive-provider.js');
      return createExtractiveProvider({ id, ...cfg });
    }
    case 'echo': {
      const { createEchoProvider } = await import('./echo-provider.js');
      return createEchoProvider(id);
    }
    case 'script': {
      const { createScriptProvider } = await import('./script-provider.js');
      return createScriptProvider(id, resolve(ctx.root, cfg.module), cfg.options);
    }
  }
}
