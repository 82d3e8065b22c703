import { describe, expect, it } from 'vitest';
import type { MetricPoint } from '../store/index.js';
import { metricsOverTime } from './metrics-over-time.js';

const point = (startedAt: number, over: Partial<MetricPoint> = {}): MetricPoint => ({
  startedAt,
  name: 'support',
  status: 'ok',
  durationMs: 100,
  inputTokens: 10,
  outputTokens: 5,
  costUsd: 0.01,
  ...over,
});

describe('metricsOverTime', () => {
  // 100 requests in the first hour (latencies 1..100 ms), 3 errors with a key in the second.
  const points = [
    ...Array.from({ length: 100 }, (_, i) => point(i * 1000, { durationMs: i + 1 })),
    ...[0, 1, 2].map((i) =>
      point(3600_000 + i, { status: 'error', name: 'default', apiKey: 'web', durationMs: 500 }),
    ),
  ];
  const m = metricsOverTime(points, { since: 0, until: 7200_000, buckets: 2, by: 'name' });

  it('counts each bucket, with exact latency percentiles', () => {
    expect(m.bucketMs).toBe(3600_000);
    expect(m.buckets.map((b) => [b.start, b.requests, b.errors])).toEqual([
      [0, 100, 0],
      [3600_000, 3, 3],
    ]);
    expect(m.buckets[0]!.latencyMs).toEqual({ p50: 50, p95: 95, p99: 99 });
    expect(m.total).toMatchObject({ requests: 103, errors: 3, inputTokens: 1030, outputTokens: 515 });
    expect(m.total.costUsd).toBeCloseTo(1.03, 10);
  });

  it('groups by app or route, or by key, busiest first', () => {
    expect(m.groups.map((g) => [g.group, g.requests, g.errors])).toEqual([
      ['support', 100, 0],
      ['default', 3, 3],
    ]);
    const byKey = metricsOverTime(points, { since: 0, until: 7200_000, buckets: 2, by: 'key' });
    expect(byKey.groups.map((g) => [g.group, g.requests])).toEqual([
      ['(no key)', 100],
      ['web', 3],
    ]);
  });

  it('gives zeros for an empty window rather than failing', () => {
    const empty = metricsOverTime([], { since: 0, until: 1000, buckets: 4, by: 'name' });
    expect(empty.buckets).toHaveLength(4);
    expect(empty.total).toEqual({
      requests: 0,
      errors: 0,
      latencyMs: { p50: 0, p95: 0, p99: 0 },
      inputTokens: 0,
      outputTokens: 0,
      costUsd: 0,
    });
  });
});
