/**
 * @module Cost in USD from token usage. The built-in table covers common hosted models; config overrides it
 * (`pricing:` at the top level per model, or per provider). Unknown models cost 0 and say so in the trace.
 */
import type { Usage } from '../core/index.js';

export interface Price {
  /** USD per million input tokens. */
  input: number;
  /** USD per million output tokens. */
  output: number;
}

// USD per million tokens, list prices. Matched by exact name, then by the longest known prefix, so dated
// snapshots (gpt-4o-2024-08-06) find their family.
export const BUILTIN_PRICES: Record<string, Price> = {
  'gpt-4o': { input: 2.5, output: 10 },
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  'gpt-4.1': { input: 2, output: 8 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4 },
  'gpt-5': { input: 1.25, output: 10 },
  'gpt-5-mini': { input: 0.25, output: 2 },
  'gpt-5-nano': { input: 0.05, output: 0.4 },
  o3: { input: 2, output: 8 },
  'o4-mini': { input: 1.1, output: 4.4 },
  'text-embedding-3-small': { input: 0.02, output: 0 },
  'text-embedding-3-large': { input: 0.13, output: 0 },
  'claude-opus-4': { input: 15, output: 75 },
  'claude-sonnet-4': { input: 3, output: 15 },
  'claude-sonnet-4-5': { input: 3, output: 15 },
  'claude-sonnet-4-6': { input: 3, output: 15 },
  'claude-haiku-4-5': { input: 1, output: 5 },
  'claude-3-5-haiku': { input: 0.8, output: 4 },
  'claude-3-7-sonnet': { input: 3, output: 15 },
};

/** Finds the price of a model: explicit overrides first, then the built-in table. */
export function findPrice(model: string, overrides: Record<string, Price> = {}): Price | undefined {
  return (
    overrides[model] ??
    matchPrefix(model, overrides) ??
    BUILTIN_PRICES[model] ??
    matchPrefix(model, BUILTIN_PRICES)
  );
}

/** USD for a usage at a price; undefined price means free (local models) or unknown. */
export function costOf(usage: Usage, price: Price | undefined): number {
  if (!price) return 0;
  return (usage.inputTokens * price.input + usage.outputTokens * price.output) / 1_000_000;
}

function matchPrefix(model: string, table: Record<string, Price>): Price | undefined {
  let best: string | undefined;
  for (const key of Object.keys(table)) {
    if (model.startsWith(`${key}-`) && (!best || key.length > best.length)) best = key;
  }
  return best ? table[best] : undefined;
}
