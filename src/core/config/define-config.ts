import type { TandemConfigInput } from './schema.js';

/**
 * Typed helper for `tandem.config.ts`; returns its argument unchanged.
 * @example export default defineConfig({ providers: { local: { type: 'extractive' } } })
 */
export function defineConfig(config: TandemConfigInput): TandemConfigInput {
  return config;
}
