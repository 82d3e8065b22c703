// Routes built from config over the real OpenAI and Anthropic providers, against local servers that speak
// their wire formats and misbehave on cue.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { anthropicMessage } from '../../test/support/anthropic-wire.js';
import { type FakeUpstream, startFakeUpstream } from '../../test/support/fake-upstream.js';
import { chatCompletion, chatStream } from '../../test/support/openai-wire.js';
import { tempProject } from '../../test/support/temp-project.js';
import { loadConfig, type StreamEvent } from '../core/index.js';
import { openSqliteStore } from '../store/index.js';
import { createProviderRegistry } from './provider-registry.js';

let openai: FakeUpstream;
let anthropic: FakeUpstream;

beforeAll(async () => {
  openai = await startFakeUpstream(() => ({ json: chatCompletion('from openai') }));
  anthropic = await startFakeUpstream(() => ({ json: anthropicMessage('from claude') }));
});
afterAll(async () => {
  await openai.close();
  await anthropic.close();
});
beforeEach(() => {
  openai.reset();
  anthropic.reset();
});

async function registry() {
  const dir = tempProject({
    'tandem.yaml': `
providers:
  openai: { type: openai, model: gpt-4o-mini, apiKey: sk-test, baseUrl: ${openai.url}/v1 }
  claude: { type: anthropic, model: claude-sonnet-4-6, apiKey: sk-ant, baseUrl: ${anthropic.url} }
routes:
  main:
    targets: [openai, claude]
    retry: { attempts: 2, baseMs: 1, maxMs: 2000 }
    timeoutMs: 1000
  thrifty:
    strategy: cost
    targets: [{ provider: openai, model: gpt-4o }, claude, openai]
  quickest:
    strategy: latency
    targets: [claude, openai]
`,
  });
  return createProviderRegistry(await loadConfig(dir), { cache: openSqliteStore(':memory:').cache });
}

const req = { messages: [{ role: 'user' as const, content: 'hi' }] };
const embeddingList = (vectors: number[][]) => ({
  object: 'list',
  model: 'text-embedding-3-small',
  data: vectors.map((embedding, index) => ({ object: 'embedding', index, embedding })),
  usage: { prompt_tokens: 1, total_tokens: 1 },
});

describe('a route over real providers', () => {
  it('waits as long as a 429 asks, then succeeds on the retry', async () => {
    openai.reply({ status: 429, headers: { 'retry-after-ms': '120' } });
    const res = await (await registry()).get('main').then((p) => p.generate(req));
    expect(res).toMatchObject({ text: 'from openai', provider: 'openai', attempts: 2 });
    expect(openai.requests).toHaveLength(2);
    expect(openai.requests[1]!.at - openai.requests[0]!.at).toBeGreaterThanOrEqual(110);
  });

  it('times out a hanging upstream per attempt and retries it', async () => {
    openai.reply({ hang: true });
    const started = Date.now();
    const res = await (await registry()).get('main').then((p) => p.generate(req));
    expect(res.text).toBe('from openai');
    // One timed-out attempt (1 s) and a quick retry; the bound leaves room for a loaded machine.
    expect(Date.now() - started).toBeLessThan(6000);
    expect(openai.requests).toHaveLength(2);
  });

  it('falls back to the next provider when one keeps failing', async () => {
    openai.reply({ status: 500 }, { raw: 'not json at all' });
    const res = await (await registry()).get('main').then((p) => p.generate(req));
    expect(res).toMatchObject({ text: 'from claude', provider: 'claude', attempts: 3 });
    expect(openai.requests).toHaveLength(2);
    expect(anthropic.requests).toHaveLength(1);
  });

  it('retries a stream cut before its first token', async () => {
    openai.reply({ sse: chatStream(['x']), cutAfter: 0 }, { sse: chatStream(['He', 'llo']) });
    const route = await (await registry()).get('main');
    let text = '';
    let final: StreamEvent | undefined;
    for await (const ev of route.stream(req)) {
      if (ev.type === 'text-delta') text += ev.text;
      final = ev;
    }
    expect(text).toBe('Hello');
    expect(final).toMatchObject({ type: 'finish', response: { attempts: 2, provider: 'openai' } });
  });

  it('times out a hanging embeddings call per attempt and retries it, as it does a chat call', async () => {
    openai.reply({ hang: true }, { json: embeddingList([[0.5, 0.25]]) });
    const vectors = await (await registry()).get('main').then((p) => p.embed!(['hello']));
    expect(vectors.map((v) => [...v])).toEqual([[0.5, 0.25]]);
    expect(openai.requests.map((r) => r.path)).toEqual(['/v1/embeddings', '/v1/embeddings']);
  });

  it('retries an embeddings call that failed with a 500', async () => {
    openai.reply({ status: 500 }, { json: embeddingList([[1, 0]]) });
    const vectors = await (await registry()).get('main').then((p) => p.embed!(['hello']));
    expect(vectors.map((v) => [...v])).toEqual([[1, 0]]);
    expect(openai.requests).toHaveLength(2);
  });

  it('does not retry an auth error, but falls back', async () => {
    openai.reply({ status: 401, body: JSON.stringify({ error: { message: 'bad key' } }) });
    const res = await (await registry()).get('main').then((p) => p.generate(req));
    expect(res.provider).toBe('claude');
    expect(openai.requests).toHaveLength(1);
  });

  it('orders a cost route by the targets’ list prices, cheapest first', async () => {
    // gpt-4o-mini ($0.15 + $0.60) first, then gpt-4o ($2.50 + $10), then claude-sonnet-4-6 ($3 + $15).
    openai.reply({ status: 500 }, { status: 500 });
    const res = await (await registry()).get('thrifty').then((p) => p.generate(req));
    expect(res.provider).toBe('claude');
    expect(openai.requests.map((r) => r.body.model)).toEqual(['gpt-4o-mini', 'gpt-4o']);
  });

  it('sends a latency route to the provider that has been answering faster', async () => {
    // Claude answers 400 ms late every time: far more than a loaded machine adds to OpenAI's answers, so the
    // order cannot flip by chance. 5% of requests explore in a random order, so count, not sequence.
    for (let i = 0; i < 21; i++) anthropic.reply({ json: anthropicMessage('slow claude'), delayMs: 400 });
    const route = await (await registry()).get('quickest');
    // Unmeasured targets go first (claude is listed first), but a request may explore in a random order:
    // ask until both have been measured.
    for (let i = 0; i < 10 && (!anthropic.requests.length || !openai.requests.length); i++)
      await route.generate(req);
    expect(anthropic.requests.length).toBeGreaterThan(0);
    const rest = [];
    for (let i = 0; i < 20; i++) rest.push((await route.generate(req)).provider);
    expect(rest.filter((p) => p === 'openai').length).toBeGreaterThanOrEqual(16);
  });
});

describe('the response cache of a route built from config', () => {
  // Two configs over one store, as when a user edits tandem.yaml between two runs.
  const store = openSqliteStore(':memory:');
  const routeOver = async (provider: string) => {
    const dir = tempProject({
      'tandem.yaml': `
providers:
  mini: { type: openai, model: gpt-4o-mini, apiKey: sk-test, baseUrl: ${openai.url}/v1 }
  big: { type: openai, model: gpt-4o, apiKey: sk-test, baseUrl: ${openai.url}/v1 }
  other-host: { type: openai, model: gpt-4o-mini, apiKey: sk-test, baseUrl: ${openai.url}/other/v1 }
  claude: { type: anthropic, model: claude-sonnet-4-6, apiKey: sk-ant, baseUrl: ${anthropic.url} }
routes:
  default: { targets: [${provider}], cache: true }
`,
    });
    return createProviderRegistry(await loadConfig(dir), { cache: store.cache }).get('default');
  };

  it('never answers for another model, base URL or provider type behind the same route name', async () => {
    const first = await (await routeOver('mini')).generate(req);
    expect(first).toMatchObject({ provider: 'mini', text: 'from openai' });
    const again = await (await routeOver('mini')).generate(req);
    expect(again).toMatchObject({ cached: true, provider: 'mini' });
    expect(openai.requests).toHaveLength(1);

    const big = await (await routeOver('big')).generate(req);
    expect(big.cached).toBeUndefined();
    expect(openai.requests.at(-1)!.body.model).toBe('gpt-4o');
    const moved = await (await routeOver('other-host')).generate(req);
    expect(moved.cached).toBeUndefined();
    expect(openai.requests.at(-1)!.path).toContain('/other/v1');
    const claude = await (await routeOver('claude')).generate(req);
    expect(claude).toMatchObject({ text: 'from claude', provider: 'claude' });
    expect(claude.cached).toBeUndefined();
    expect(openai.requests).toHaveLength(3);
    expect(anthropic.requests).toHaveLength(1);
  });
});
