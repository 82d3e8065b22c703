/**
 * @module Cost in USD from token usage. The built-in table (model-prices.json, with its sources and the date it
 * was checked) covers common hosted models; config overrides it (`pricing:` at the top level per model, or per
 * provider). A model is priced by its exact name or as a dated snapshot of a listed name, never by a shorter
 * name it happens to start with: `claude-opus-4-5` is not `claude-opus-4`, and a model the table does not know
 * has no price (cost unknown, counted as $0, and its model span says `costUnknown`).
 */
import type { Usage } from '../core/index.js';
import table from './model-prices.json' with { type: 'json' };

export interface Price {
  /** USD per million input tokens. */
  input: number;
  /** USD per million output tokens. */
  output: number;
}

/** USD per million tokens, list prices, by model name. */
export const BUILTIN_PRICES: Readonly<Record<string, Price>> = table.models;

/** When the built-in table was last checked against its sources. */
export const PRICES_CHECKED: string = table.checked;

// What may follow a listed name and still be the same model: a snapshot date (OpenAI 2024-08-06, Anthropic
// 20251101) or the moving `latest` alias.
const SNAPSHOT = /^-(?:\d{4}-\d{2}-\d{2}|\d{8}|latest)$/;

/** Finds the price of a model: explicit overrides first, then the built-in table; undefined when unknown. */
export function findPrice(model: string, overrides: Record<string, Price> = {}): Price | undefined {
  return priceIn(overrides, model) ?? priceIn(BUILTIN_PRICES, model);
}

/** USD for a usage at a price; undefined when the price is unknown (free local models pass no price either). */
export function costOf(usage: Usage, price: Price | undefined): number | undefined {
  if (!price) return undefined;
  return (usage.inputTokens * price.input + usage.outputTokens * price.output) / 1_000_000;
}

function priceIn(table: Readonly<Record<string, Price>>, model: string): Price | undefined {
  if (Object.hasOwn(table, model)) return table[model];
  for (const key of Object.keys(table)) {
    if (model.startsWith(key) && SNAPSHOT.test(model.slice(key.length))) return table[key];
  }
  return undefined;
}
