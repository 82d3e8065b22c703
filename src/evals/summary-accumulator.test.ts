import { describe, expect, it } from 'vitest';
import { summarize as batchSummarize } from '../../test/support/batch-summarize.js';
import type { EvalResultRecord } from '../store/index.js';
import type { LoadedSuite } from './load-suite.js';
import { EXACT_SAMPLES, QUANTILE_ERROR } from './stats/index.js';
import { summarize } from './summarize.js';

// A small deterministic generator (mulberry32): the same "random" runs on every machine.
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAGS = ['refunds', 'smoke', 'billing'];

function randomSuite(random: () => number, cases: number, thresholds: object): LoadedSuite {
  return {
    file: 'tests/random.yaml',
    hash: 'h',
    spec: { thresholds } as LoadedSuite['spec'],
    cases: Array.from({ length: cases }, (_, i) => ({
      id: `case-${i}`,
      name: `case ${i}`,
      vars: {},
      assert: [],
      tags: TAGS.filter(() => random() < 0.3),
      repeat: 1 + Math.floor(random() * 4),
      origin: `tests/random.yaml:${i + 3}`,
      location: { file: 'tests/random.yaml', line: i + 3 },
    })),
  };
}

// Every sample of every case and variant, with a case-specific chance to pass, errors, metrics and latency.
function randomResults(random: () => number, suite: LoadedSuite, variants: string[]): EvalResultRecord[] {
  const out: EvalResultRecord[] = [];
  for (const variant of variants)
    for (const c of suite.cases) {
      const p = random();
      for (let sample = 0; sample < c.repeat; sample++) {
        const roll = random();
        const status = roll < 0.05 ? 'error' : roll < p ? 'pass' : 'fail';
        out.push({
          runId: 'run_x',
          variant,
          caseId: c.id,
          sample,
          status,
          score: status === 'pass' ? 1 : random(),
          output: `answer ${variant} ${c.id} ${sample}`,
          assertions: [
            {
              type: 'contains',
              metric: 'contains',
              weight: 1,
              status: status === 'error' ? 'error' : status,
              score: random(),
              reason: `r${sample}`,
            },
            {
              type: 'similar',
              metric: 'similarity',
              weight: 1,
              status: 'pass',
              score: random(),
              reason: 'ok',
            },
          ],
          latencyMs: random() < 0.1 ? 0 : Math.exp(3 + 2 * random()),
          costUsd: random() / 1000,
          tokens: Math.floor(random() * 500),
          cached: random() < 0.2,
          ...(status === 'error' ? { error: 'PROVIDER_ERROR: HTTP 500' } : {}),
        });
      }
    }
  return out;
}

function shuffled<T>(xs: T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const THRESHOLDS = [
  {},
  { passRate: 0.5, passRateLowerBound: 0.3 },
  { metrics: { similarity: 0.4, contains: 0.5 }, maxErrors: 3 },
  { allowFailures: true },
];

describe('SummaryAccumulator (through summarize)', () => {
  it('gives the batch summary, figure for figure, on random runs fed in the same order', () => {
    for (const [seed, thresholds] of THRESHOLDS.entries()) {
      const random = rng(seed + 1);
      const suite = randomSuite(random, 40, thresholds);
      const variants = ['base', 'alt', 'third'];
      const results = randomResults(random, suite, variants);
      const want = batchSummarize(suite, 'run_x', variants, results);
      const got = summarize(suite, 'run_x', variants, results);
      // The batch form kept every latency and every case's answer; the counted one keeps neither.
      expect(got.cases).toEqual(
        want.cases.map(({ output: _o, assertions: _a, grounding: _g, error: _e, ...c }) => ({
          ...c,
          shownSample: expect.any(Number),
        })),
      );
      expect(got.variants).toEqual(
        want.variants.map((v) => ({
          ...v,
          latencyMs: {
            p50: v.latencyMs.p50,
            p95: v.latencyMs.p95,
            max: expect.any(Number),
            bins: expect.any(Array),
          },
        })),
      );
      // The distribution chart's bins: what the HTML report counted from the latencies it was given.
      const top = Math.max(1, ...want.variants.flatMap((v) => v.latencyMs.values));
      const bins = (values: number[]) => {
        const counts = new Array<number>(12).fill(0);
        for (const l of values) counts[Math.min(11, Math.floor((l / top) * 12))]!++;
        return counts;
      };
      expect(got.variants.map((v) => [v.latencyMs.max, v.latencyMs.bins])).toEqual(
        want.variants.map((v) => [Math.max(...v.latencyMs.values), bins(v.latencyMs.values)]),
      );
      expect(got.tags).toEqual(want.tags);
      expect(got.thresholds).toEqual(want.thresholds);
      expect(got.comparison).toEqual(want.comparison);
    }
  });

  it('gives the same counts, intervals and verdicts whatever order samples finish in', () => {
    const random = rng(42);
    const suite = randomSuite(random, 60, {
      passRate: 0.5,
      passRateLowerBound: 0.3,
      metrics: { similarity: 0.4 },
    });
    const variants = ['base', 'alt'];
    const results = randomResults(random, suite, variants);
    const want = batchSummarize(suite, 'run_x', variants, results);
    const got = summarize(suite, 'run_x', variants, shuffled(results, random));
    const counts = (c: (typeof want.cases)[number] | (typeof got.cases)[number]) => ({
      id: c.caseId,
      status: c.status,
      passes: c.passes,
      fails: c.fails,
      errors: c.errors,
      passRate: c.passRate,
      wilson: c.wilson,
      passAtK: c.passAtK,
      passHatK: c.passHatK,
      cached: c.cachedSamples,
    });
    expect(got.cases.map(counts)).toEqual(want.cases.map(counts));
    expect(got.variants.map((v) => [v.passRate, v.passed, v.failed, v.flaky, v.errored])).toEqual(
      want.variants.map((v) => [v.passRate, v.passed, v.failed, v.flaky, v.errored]),
    );
    expect(got.tags).toEqual(want.tags);
    expect(got.thresholds.map((t) => [t.check, t.ok])).toEqual(want.thresholds.map((t) => [t.check, t.ok]));
    expect(got.comparison).toEqual(want.comparison);
    // Sums added in another order may differ in the last bits, no more.
    got.cases.forEach((c, i) => {
      expect(c.score).toBeCloseTo(want.cases[i]!.score, 12);
      expect(c.costUsd).toBeCloseTo(want.cases[i]!.costUsd, 12);
    });
    for (const [i, v] of got.variants.entries())
      expect(v.metrics.similarity!.mean).toBeCloseTo(want.variants[i]!.metrics.similarity!.mean, 12);
  });

  it('shows the same sample of each case as the batch summary: the first that did not pass, or the first', () => {
    const random = rng(7);
    const suite = randomSuite(random, 50, {});
    const results = randomResults(random, suite, ['base']);
    const want = batchSummarize(suite, 'run_x', ['base'], results);
    const got = summarize(suite, 'run_x', ['base'], shuffled(results, random));
    for (const [i, c] of got.cases.entries())
      expect(`answer base ${c.caseId} ${c.shownSample}`).toBe(want.cases[i]!.output);
    expect(got.cases.every((c) => c.output === undefined && c.assertions === undefined)).toBe(true);
  });

  it('counts no result of a case or variant the suite no longer has', () => {
    const random = rng(3);
    const suite = randomSuite(random, 5, {});
    const results = randomResults(random, suite, ['base', 'gone']);
    const stale = { ...results[0]!, caseId: 'deleted-case' };
    const got = summarize(
      { ...suite, cases: suite.cases.slice(0, 4) },
      'run_x',
      ['base'],
      [...results, stale],
    );
    expect(got.cases.map((c) => c.caseId)).toEqual(['case-0', 'case-1', 'case-2', 'case-3']);
    expect(got.variants[0]!.samples).toBe(suite.cases.slice(0, 4).reduce((n, c) => n + c.repeat, 0));
  });

  it('keeps latency percentiles exact on small runs and within 1% past EXACT_SAMPLES samples', () => {
    const random = rng(11);
    const suite = randomSuite(random, 400, {});
    const run = (n: number) =>
      Array.from(
        { length: n },
        (_, i): EvalResultRecord => ({
          runId: 'run_x',
          variant: 'base',
          caseId: `case-${i % 400}`,
          sample: Math.floor(i / 400),
          status: 'pass',
          score: 1,
          assertions: [],
          latencyMs: Math.exp(2 + 3 * random()),
          cached: false,
        }),
      );
    for (const n of [10, EXACT_SAMPLES, 4 * EXACT_SAMPLES]) {
      const results = run(n);
      const want = batchSummarize(suite, 'run_x', ['base'], results).variants[0]!.latencyMs;
      const got = summarize(suite, 'run_x', ['base'], results).variants[0]!.latencyMs;
      if (n <= EXACT_SAMPLES) expect([got.p50, got.p95]).toEqual([want.p50, want.p95]);
      else {
        expect([got.p50, got.p95]).not.toEqual([want.p50, want.p95]); // the sketch is in use
        expect(Math.abs(got.p50 - want.p50)).toBeLessThanOrEqual(QUANTILE_ERROR * want.p50 + 1e-9);
        expect(Math.abs(got.p95 - want.p95)).toBeLessThanOrEqual(QUANTILE_ERROR * want.p95 + 1e-9);
      }
      expect(got.bins.reduce((a, b) => a + b, 0)).toBe(n);
    }
  });
});
