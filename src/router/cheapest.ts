import type { Provider } from '../core/index.js';
import type { Price } from '../providers/index.js';
import { fallback } from './fallback.js';

/**
 * Tries targets from the cheapest (input plus output price per million tokens) to the dearest, falling back
 * in that order. A target without a known price (a local model, a nested route) counts as free; give it a
 * `pricing:` entry to rank it.
 */
export function cheapest(
  id: string,
  targets: Array<{ provider: Provider; price: Price | undefined }>,
): Provider {
  const cost = (p: Price | undefined) => (p ? p.input + p.output : 0);
  // Sorted once: prices do not change while the server runs. Stable, so ties keep the configured order.
  const ordered = [...targets].sort((a, b) => cost(a.price) - cost(b.price)).map((t) => t.provider);
  return fallback(id, ordered);
}
