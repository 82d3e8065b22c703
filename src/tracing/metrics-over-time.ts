/**
 * @module The dashboard's figures from the traces of a window: per time bucket and per app, route, model or key,
 * requests, errors, latency percentiles (exact, from the window's durations), tokens and cost.
 */
import type { MetricPoint } from '../store/index.js';

/** What the groups are: apps and routes, the models that answered, or the keys that asked. */
export type MetricGrouping = 'name' | 'model' | 'key';

/** What is counted for a bucket or a group. */
export interface MetricFigures {
  requests: number;
  errors: number;
  latencyMs: { p50: number; p95: number; p99: number };
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

/** The window's figures: over time, per group, and for the whole window. */
export interface MetricsOverTime {
  since: number;
  until: number;
  bucketMs: number;
  by: MetricGrouping;
  total: MetricFigures;
  buckets: Array<{ start: number } & MetricFigures>;
  groups: Array<{ group: string } & MetricFigures>;
}

/** Counts `points` (traces started in [since, until)) into `buckets` equal slices and per group. */
export function metricsOverTime(
  points: readonly MetricPoint[],
  w: { since: number; until: number; buckets: number; by: MetricGrouping },
): MetricsOverTime {
  const bucketMs = Math.max(1, Math.ceil((w.until - w.since) / w.buckets));
  const slices: MetricPoint[][] = Array.from({ length: w.buckets }, () => []);
  const groups = new Map<string, MetricPoint[]>();
  for (const p of points) {
    slices[Math.min(w.buckets - 1, Math.floor((p.startedAt - w.since) / bucketMs))]?.push(p);
    const g = groupOf(p, w.by);
    const list = groups.get(g) ?? [];
    list.push(p);
    groups.set(g, list);
  }
  return {
    since: w.since,
    until: w.until,
    bucketMs,
    by: w.by,
    total: figures(points),
    buckets: slices.map((s, i) => ({ start: w.since + i * bucketMs, ...figures(s) })),
    groups: [...groups]
      .map(([group, ps]) => ({ group, ...figures(ps) }))
      .sort((a, b) => b.requests - a.requests || a.group.localeCompare(b.group)),
  };
}

function figures(points: readonly MetricPoint[]): MetricFigures {
  const durations = points.map((p) => p.durationMs).sort((a, b) => a - b);
  const at = (q: number) =>
    durations.length ? durations[Math.min(durations.length - 1, Math.ceil(q * durations.length) - 1)]! : 0;
  let errors = 0;
  let inputTokens = 0;
  let outputTokens = 0;
  let costUsd = 0;
  for (const p of points) {
    if (p.status === 'error') errors++;
    inputTokens += p.inputTokens;
    outputTokens += p.outputTokens;
    costUsd += p.costUsd;
  }
  return {
    requests: points.length,
    errors,
    latencyMs: { p50: at(0.5), p95: at(0.95), p99: at(0.99) },
    inputTokens,
    outputTokens,
    costUsd,
  };
}

function groupOf(p: MetricPoint, by: MetricGrouping): string {
  if (by === 'key') return p.apiKey ?? '(no key)';
  if (by === 'model') return p.model ?? '(no model call)';
  return p.name;
}
