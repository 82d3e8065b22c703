import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startFakeUpstream } from '../../test/support/fake-upstream.js';
import { chatCompletion } from '../../test/support/openai-wire.js';
import { traced } from '../router/traced.js';
import { startTrace } from '../tracing/index.js';
import { createOpenAIProvider } from './openai/openai-provider.js';
import { costOf, findPrice } from './pricing.js';

describe('model prices', () => {
  // USD per million tokens, input / output, from the providers' pricing pages (see model-prices.json).
  it.each([
    ['claude-opus-4-5', 5, 25],
    ['claude-opus-4-5-20251101', 5, 25],
    ['claude-opus-4-1', 15, 75],
    ['claude-opus-4-20250514', 15, 75],
    ['claude-sonnet-4-5', 3, 15],
    ['claude-sonnet-4-5-20250929', 3, 15],
    ['claude-haiku-4-5', 1, 5],
    ['claude-haiku-4-5-20251001', 1, 5],
    ['claude-3-5-haiku-latest', 0.8, 4],
    ['gpt-4.1', 2, 8],
    ['gpt-4.1-mini', 0.4, 1.6],
    ['gpt-4.1-mini-2025-04-14', 0.4, 1.6],
    ['gpt-4o-mini', 0.15, 0.6],
    ['gpt-4o-2024-08-06', 2.5, 10],
    ['gpt-5', 1.25, 10],
    ['o3', 2, 8],
    ['o4-mini', 1.1, 4.4],
    ['o4-mini-2025-04-16', 1.1, 4.4],
  ])('%s costs $%s in and $%s out per million tokens', (model, input, output) => {
    expect(findPrice(model)).toEqual({ input, output });
  });

  it.each([
    'claude-opus-4-7', // a newer family, not Opus 4's price
    'claude-haiku-4-6',
    'gpt-4.1-turbo',
    'gpt-4o-mini-search-preview',
    'o3-deep-research',
    'my-finetune',
  ])('%s is not priced as an older or shorter family', (model) => {
    expect(findPrice(model)).toBeUndefined();
  });

  it('an unknown model has an unknown cost, not $0 from a guess', () => {
    const usage = { inputTokens: 1000, outputTokens: 1000, totalTokens: 2000 };
    expect(costOf(usage, findPrice('claude-opus-4-7'))).toBeUndefined();
    expect(costOf(usage, findPrice('claude-opus-4-5'))).toBeCloseTo(0.03, 10);
  });

  it('pricing: in tandem.yaml wins, and prices its snapshots too', () => {
    const overrides = { 'claude-opus-4-7': { input: 4, output: 20 } };
    expect(findPrice('claude-opus-4-7', overrides)).toEqual({ input: 4, output: 20 });
    expect(findPrice('claude-opus-4-7-20260101', overrides)).toEqual({ input: 4, output: 20 });
  });

  it('keeps its table in one data file that says where the prices come from and when they were checked', () => {
    const file = JSON.parse(readFileSync(new URL('./model-prices.json', import.meta.url), 'utf8'));
    expect(file.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(file.sources).toContain('https://openai.com/api/pricing/');
    expect(file.sources).toContain('https://docs.anthropic.com/en/docs/about-claude/pricing');
  });
});

describe('the cost of a call', () => {
  it.each([
    ['gpt-4.1-mini-2025-04-14', { costUsd: (12 * 0.4 + 5 * 1.6) / 1e6, costUnknown: undefined }],
    ['gpt-4.1-turbo', { costUsd: 0, costUnknown: true }],
  ])('answered by %s is recorded on its model span, and an unknown price says so', async (model, want) => {
    const upstream = await startFakeUpstream(() => ({ json: chatCompletion('hi', { model }) }));
    try {
      const provider = traced(
        createOpenAIProvider({
          id: 'up',
          model,
          apiKey: 'sk-x',
          baseUrl: `${upstream.url}/v1`,
          price: (m) => findPrice(m),
        }),
      );
      const trace = startTrace({ name: 'call', kind: 'request' });
      await provider.generate({ messages: [{ role: 'user', content: 'hello' }], span: trace.root });
      const span = trace.finish({}).spans.find((s) => s.kind === 'model')!;
      expect(span.costUsd).toBeCloseTo(want.costUsd, 12);
      expect(span.attributes.costUnknown).toBe(want.costUnknown);
    } finally {
      await upstream.close();
    }
  });
});
