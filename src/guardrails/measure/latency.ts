/** @module Per-row latency in milliseconds, summarised by nearest-rank percentiles. */

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** The p50, p95, p99 and max of `ms` (nearest rank), or undefined when there is none. */
export function latencySummary(ms: readonly number[]): LatencySummary | undefined {
  if (!ms.length) return undefined;
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return { p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1)! };
}
