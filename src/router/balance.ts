import type { Provider } from '../core/index.js';
import { fallback } from './fallback.js';

/**
 * Spreads requests over targets by weight; when the chosen target fails, the others are tried in weighted
 * order, so balancing never costs availability.
 */
export function balance(
  id: string,
  targets: Array<{ provider: Provider; weight: number }>,
  random = Math.random,
): Provider {
  const weightOf = new Map(targets.map((t) => [t.provider, t.weight]));
  // Weighted shuffle (Efraimidis–Spirakis): sort by random^(1/weight), largest first.
  const order = (list: Provider[]) =>
    list
      .map((p) => ({ p, key: random() ** (1 / (weightOf.get(p) ?? 1)) }))
      .sort((a, b) => b.key - a.key)
      .map((x) => x.p);
  return fallback(
    id,
    targets.map((t) => t.provider),
    order,
  );
}
