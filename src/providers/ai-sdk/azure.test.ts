// The ai-sdk provider over @ai-sdk/azure, against a local server speaking Azure OpenAI's wire formats: the
// Responses API (the package's default language model) and Chat Completions (method: chat).
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collect, failure } from '../../../test/support/collect.js';
import { type FakeUpstream, startFakeUpstream } from '../../../test/support/fake-upstream.js';
import { chatCompletion, chatStream } from '../../../test/support/openai-wire.js';
import { responseObject, responseStream } from '../../../test/support/responses-wire.js';
import type { Attributes, Provider, SpanHandle, StreamEvent } from '../../core/index.js';
import { findPrice } from '../pricing.js';
import { createAiSdkProvider } from './ai-sdk-provider.js';

const AZURE_MODEL = 'gpt-4o-mini-2024-07-18';

let upstream: FakeUpstream;
const API_VERSION = '2025-04-01-preview';

const azure = (extra: { method?: string; embeddingModel?: string } = {}) =>
  createAiSdkProvider({
    id: 'azure',
    package: '@ai-sdk/azure',
    model: 'my-gpt',
    ...extra,
    options: {
      apiKey: 'az-test-key',
      baseURL: `${upstream.url}/openai`,
      apiVersion: API_VERSION,
      useDeploymentBasedUrls: true,
    },
    root: tmpdir(),
    price: (m) => findPrice(m),
  });

let responses: Provider;
let chat: Provider;

beforeAll(async () => {
  upstream = await startFakeUpstream(() => ({
    json: responseObject('Hello from Azure', { model: AZURE_MODEL }),
  }));
  responses = await azure({ embeddingModel: 'my-embeddings' });
  chat = await azure({ method: 'chat' });
});
afterAll(() => upstream.close());
beforeEach(() => upstream.reset());

describe('ai-sdk provider over @ai-sdk/azure (Azure OpenAI wire formats)', () => {
  it('answers through the deployment’s Responses API with api-version and api-key, priced by the model that answered', async () => {
    const res = await responses.generate({
      messages: [
        { role: 'system', content: 'Be brief' },
        { role: 'user', content: 'Hi' },
      ],
      maxTokens: 50,
    });
    expect(res).toMatchObject({
      text: 'Hello from Azure',
      finishReason: 'stop',
      usage: { inputTokens: 12, outputTokens: 5, totalTokens: 17 },
      model: 'gpt-4o-mini-2024-07-18',
      provider: 'azure',
    });
    // The deployment name has no price; the model behind it has one.
    expect(res.costUsd).toBeCloseTo((12 * 0.15 + 5 * 0.6) / 1e6, 12);
    const sent = upstream.requests[0]!;
    expect(sent.path).toBe(`/openai/deployments/my-gpt/responses?api-version=${API_VERSION}`);
    expect(sent.headers['api-key']).toBe('az-test-key');
    expect(sent.body).toMatchObject({
      model: 'my-gpt',
      max_output_tokens: 50,
      input: [
        { role: 'system', content: 'Be brief' },
        { role: 'user', content: [{ type: 'input_text', text: 'Hi' }] },
      ],
    });
  });

  it('streams Responses API events as text deltas, then the whole response with usage', async () => {
    upstream.reply({
      sse: responseStream(['Hel', 'lo'], { usage: [8, 2], model: AZURE_MODEL }),
      eventNames: true,
    });
    const events = await collect(responses.stream({ messages: [{ role: 'user', content: 'Hi' }] }));
    expect(upstream.requests[0]!.body).toMatchObject({ stream: true });
    expect(events.filter((e) => e.type === 'text-delta')).toEqual([
      { type: 'text-delta', text: 'Hel' },
      { type: 'text-delta', text: 'lo' },
    ]);
    const finish = events.at(-1) as Extract<StreamEvent, { type: 'finish' }>;
    expect(finish.response).toMatchObject({
      text: 'Hello',
      finishReason: 'stop',
      usage: { inputTokens: 8, outputTokens: 2, totalTokens: 10 },
      model: 'gpt-4o-mini-2024-07-18',
    });
  });

  it('reads a function call from the Responses API as a tool call', async () => {
    upstream.reply({
      json: responseObject('', {
        toolCalls: [{ id: 'call_1', name: 'lookup', args: { id: 2 } }],
        model: AZURE_MODEL,
      }),
    });
    const res = await responses.generate({
      messages: [{ role: 'user', content: 'find 2' }],
      tools: [
        { name: 'lookup', description: 'Look up', parameters: { properties: { id: { type: 'number' } } } },
      ],
    });
    expect(res.toolCalls).toEqual([{ id: 'call_1', name: 'lookup', args: { id: 2 } }]);
    expect(res.finishReason).toBe('tool-calls');
    expect(upstream.requests[0]!.body.tools).toMatchObject([
      {
        type: 'function',
        name: 'lookup',
        parameters: { type: 'object', properties: { id: { type: 'number' } } },
      },
    ]);
  });

  it('answers and streams through Chat Completions with method: chat', async () => {
    upstream.reply({ json: chatCompletion('Chat says hi', { usage: [7, 3] }) });
    const res = await chat.generate({ messages: [{ role: 'user', content: 'Hi' }] });
    expect(res).toMatchObject({
      text: 'Chat says hi',
      usage: { inputTokens: 7, outputTokens: 3, totalTokens: 10 },
      model: 'gpt-4o-mini-2024-07-18',
    });
    expect(upstream.requests[0]!.path).toBe(
      `/openai/deployments/my-gpt/chat/completions?api-version=${API_VERSION}`,
    );

    upstream.reply({ sse: chatStream(['A', 'B'], { usage: [5, 2] }) });
    const events = await collect(chat.stream({ messages: [{ role: 'user', content: 'Hi' }] }));
    expect(
      events.filter((e) => e.type === 'text-delta').map((e) => e.type === 'text-delta' && e.text),
    ).toEqual(['A', 'B']);
    const finish = events.at(-1) as Extract<StreamEvent, { type: 'finish' }>;
    expect(finish.response).toMatchObject({
      text: 'AB',
      usage: { inputTokens: 5, outputTokens: 2, totalTokens: 7 },
    });
  });

  it('embeds through the embeddings deployment', async () => {
    upstream.reply({
      json: {
        object: 'list',
        data: [
          { object: 'embedding', index: 0, embedding: [0.5, 0.5] },
          { object: 'embedding', index: 1, embedding: [1, 0] },
        ],
        model: 'text-embedding-3-small',
        usage: { prompt_tokens: 4, total_tokens: 4 },
      },
    });
    const vectors = await responses.embed!(['a', 'b'], { dimensions: 2 });
    expect(vectors.map((v) => Array.from(v))).toEqual([
      [0.5, 0.5],
      [1, 0],
    ]);
    const sent = upstream.requests[0]!;
    expect(sent.path).toBe(`/openai/deployments/my-embeddings/embeddings?api-version=${API_VERSION}`);
    expect(sent.body).toMatchObject({ model: 'my-embeddings', input: ['a', 'b'], dimensions: 2 });
  });

  it('notes on the model span the settings the package could not send (the Responses API takes no stop sequences)', async () => {
    const noted: Attributes[] = [];
    const span = { set: (a: Attributes) => noted.push(a) } as unknown as SpanHandle;
    await responses.generate({ messages: [{ role: 'user', content: 'Hi' }], stop: ['END'], span });
    expect(noted).toEqual([{ warnings: ['unsupported: stopSequences'] }]);
    expect(upstream.requests[0]!.body.stop).toBeUndefined();
  });

  it('maps Azure’s 429 to a retryable rate limit', async () => {
    upstream.reply({
      status: 429,
      headers: { 'retry-after-ms': '1500' },
      body: JSON.stringify({ error: { code: '429', message: 'Rate limit is exceeded.' } }),
    });
    expect(await failure(responses.generate({ messages: [{ role: 'user', content: 'Hi' }] }))).toMatchObject({
      code: 'PROVIDER_RATE_LIMITED',
      retryable: true,
      retryAfterMs: 1500,
    });
  });
});
