import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collect, failure } from '../../../test/support/collect.js';
import { type FakeUpstream, startFakeUpstream } from '../../../test/support/fake-upstream.js';
import { chatCompletion, chatStream } from '../../../test/support/openai-wire.js';
import { isTandemError, type Provider, type StreamEvent } from '../../core/index.js';
import { findPrice } from '../pricing.js';
import { createOpenAIProvider } from './openai-provider.js';

let upstream: FakeUpstream;
let provider: Provider;

beforeAll(async () => {
  upstream = await startFakeUpstream((req) =>
    req.path.split('?')[0]!.endsWith('/embeddings')
      ? {
          json: {
            object: 'list',
            data: req.body.input.map((_: string, i: number) => ({
              object: 'embedding',
              index: i,
              embedding: [i, 0.5, 1],
            })),
            model: 'e',
            usage: { prompt_tokens: 3, total_tokens: 3 },
          },
        }
      : { json: chatCompletion('Hello from upstream') },
  );
  provider = createOpenAIProvider({
    id: 'oa',
    model: 'gpt-4o-mini',
    apiKey: 'sk-test',
    baseUrl: `${upstream.url}/v1`,
    price: (m) => findPrice(m),
  });
});
afterAll(() => upstream.close());
beforeEach(() => {
  upstream.requests.length = 0;
});

describe('openai provider', () => {
  it('sends a chat completion and reports text, usage, cost and the key header', async () => {
    const res = await provider.generate({
      messages: [
        { role: 'system', content: 'Be brief' },
        { role: 'user', content: 'Hi' },
      ],
      temperature: 0.1,
    });
    expect(res.text).toBe('Hello from upstream');
    expect(res.usage).toEqual({ inputTokens: 12, outputTokens: 5, totalTokens: 17 });
    // gpt-4o-mini: 0.15 / 0.60 USD per million tokens
    expect(res.costUsd).toBeCloseTo((12 * 0.15 + 5 * 0.6) / 1e6, 12);
    expect(res.provider).toBe('oa');
    const sent = upstream.requests[0]!;
    expect(sent.path).toBe('/v1/chat/completions');
    expect(sent.headers.authorization).toBe('Bearer sk-test');
    expect(sent.body).toMatchObject({
      model: 'gpt-4o-mini',
      temperature: 0.1,
      messages: [
        { role: 'system', content: 'Be brief' },
        { role: 'user', content: 'Hi' },
      ],
    });
  });

  it('sends tools and JSON-schema structured output, and parses tool calls', async () => {
    upstream.reply({
      json: chatCompletion('', { toolCalls: [{ id: 'call_1', name: 'lookup', args: { id: 7 } }] }),
    });
    const schema = { type: 'object', properties: { a: { type: 'string' } } };
    const res = await provider.generate({
      messages: [{ role: 'user', content: 'find 7' }],
      tools: [
        {
          name: 'lookup',
          description: 'Look up',
          parameters: { type: 'object', properties: { id: { type: 'number' } } },
        },
      ],
      responseFormat: { type: 'json', schema, name: 'out' },
    });
    expect(res.toolCalls).toEqual([{ id: 'call_1', name: 'lookup', args: { id: 7 } }]);
    expect(res.finishReason).toBe('tool-calls');
    const body = upstream.requests[0]!.body;
    expect(body.tools[0]).toEqual({
      type: 'function',
      function: {
        name: 'lookup',
        description: 'Look up',
        parameters: { type: 'object', properties: { id: { type: 'number' } } },
      },
    });
    expect(body.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'out', schema, strict: false },
    });
  });

  it('sends tool results back in the wire shape', async () => {
    await provider.generate({
      messages: [
        { role: 'user', content: 'find 7' },
        { role: 'assistant', content: '', toolCalls: [{ id: 'c1', name: 'lookup', args: { id: 7 } }] },
        { role: 'tool', toolCallId: 'c1', name: 'lookup', content: '{"ok":true}' },
      ],
    });
    expect(upstream.requests[0]!.body.messages.slice(1)).toEqual([
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'c1', type: 'function', function: { name: 'lookup', arguments: '{"id":7}' } }],
      },
      { role: 'tool', tool_call_id: 'c1', content: '{"ok":true}' },
    ]);
  });

  it('streams text deltas and a final response with usage', async () => {
    upstream.reply({ sse: chatStream(['Hel', 'lo', '!'], { usage: [9, 3] }) });
    const events = await collect(provider.stream({ messages: [{ role: 'user', content: 'Hi' }] }));
    expect(events.filter((e) => e.type === 'text-delta').map((e) => (e as { text: string }).text)).toEqual([
      'Hel',
      'lo',
      '!',
    ]);
    const finish = events.at(-1) as Extract<StreamEvent, { type: 'finish' }>;
    expect(finish.response).toMatchObject({
      text: 'Hello!',
      finishReason: 'stop',
      usage: { inputTokens: 9, outputTokens: 3 },
    });
    expect(upstream.requests[0]!.body).toMatchObject({
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it('assembles a streamed tool call from argument fragments', async () => {
    upstream.reply({
      sse: chatStream([], { toolCall: { id: 'call_9', name: 'lookup', args: ['{"id"', ': 42}'] } }),
    });
    const events = await collect(provider.stream({ messages: [{ role: 'user', content: 'x' }] }));
    expect(events.find((e) => e.type === 'tool-call')).toEqual({
      type: 'tool-call',
      toolCall: { id: 'call_9', name: 'lookup', args: { id: 42 } },
    });
  });

  it('maps 429 with Retry-After to a retryable rate-limit error carrying the wait', async () => {
    upstream.reply({
      status: 429,
      headers: { 'retry-after': '2' },
      body: JSON.stringify({ error: { message: 'Rate limit reached', type: 'rate_limit' } }),
    });
    const err = await failure(provider.generate({ messages: [{ role: 'user', content: 'x' }] }));
    expect(isTandemError(err) && err.code).toBe('PROVIDER_RATE_LIMITED');
    expect(err).toMatchObject({ retryable: true, retryAfterMs: 2000, status: 429 });
    expect((err as Error).message).toContain('Rate limit reached');
  });

  it('maps 500 to a retryable provider error and 401 to an auth error with a hint', async () => {
    upstream.reply(
      { status: 500 },
      { status: 401, body: JSON.stringify({ error: { message: 'Incorrect API key' } }) },
    );
    const e500 = await failure(provider.generate({ messages: [{ role: 'user', content: 'x' }] }));
    expect(e500).toMatchObject({ code: 'PROVIDER_ERROR', retryable: true, status: 500 });
    const e401 = await failure(provider.generate({ messages: [{ role: 'user', content: 'x' }] }));
    expect(e401).toMatchObject({ code: 'PROVIDER_AUTH', retryable: false });
    expect((e401 as { hint: string }).hint).toContain('API key of provider "oa"');
  });

  it('treats malformed JSON in a 200 as a retryable bad response', async () => {
    upstream.reply({ raw: '{"id": "chatcmpl", "choices": [' });
    const err = await failure(provider.generate({ messages: [{ role: 'user', content: 'x' }] }));
    expect(err).toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', retryable: true });
  });

  it('treats a stream cut mid-way as a retryable bad response, after the text it did get', async () => {
    upstream.reply({ sse: chatStream(['one ', 'two ', 'three']), cutAfter: 3 });
    const seen: string[] = [];
    const err = await failure(
      (async () => {
        for await (const ev of provider.stream({ messages: [{ role: 'user', content: 'x' }] }))
          if (ev.type === 'text-delta') seen.push(ev.text);
      })(),
    );
    expect(seen).toEqual(['one ', 'two ']);
    expect(err).toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', retryable: true });
  });

  it('reads SSE as servers write it: CRLF, comments, event names, an event split across reads', async () => {
    const chunk = (content: string, finish: string | null = null) =>
      JSON.stringify({
        id: 'c',
        object: 'chat.completion.chunk',
        created: 1,
        model: 'm',
        choices: [{ index: 0, delta: { content }, finish_reason: finish }],
      });
    const wire = `: keep-alive\r\n\r\nevent: message\r\ndata: ${chunk('Grü')}\r\n\r\ndata: ${chunk('ße', 'stop')}\r\n\r\ndata: [DONE]\r\n\r\n`;
    const bytes = Buffer.from(wire);
    const cut = bytes.indexOf(Buffer.from('ü')) + 1; // inside a two-byte character
    upstream.reply({ pieces: [bytes.subarray(0, cut), bytes.subarray(cut)] });
    const events = await collect(provider.stream({ messages: [{ role: 'user', content: 'x' }] }));
    const finish = events.at(-1) as Extract<StreamEvent, { type: 'finish' }>;
    expect(finish.response.text).toBe('Grüße');
  });

  it('raises an error event sent mid-stream as a retryable bad response', async () => {
    upstream.reply({
      sse: [
        ...chatStream(['partial ']).slice(0, 2),
        { error: { message: 'The server is overloaded', type: 'server_error' } },
      ],
    });
    const err = await failure(collect(provider.stream({ messages: [{ role: 'user', content: 'x' }] })));
    expect(err).toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', retryable: true });
    expect((err as Error).message).toContain('The server is overloaded');
  });

  it('reports the abort reason when its signal fires (as the timeout wrapper does)', async () => {
    upstream.reply({ hang: true });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('stop now')), 50);
    const err = await failure(
      provider.generate({ messages: [{ role: 'user', content: 'x' }], signal: controller.signal }),
    );
    expect(err).toMatchObject({ code: 'ABORTED' });
  });

  it('embeds texts in input order', async () => {
    const vectors = await provider.embed!(['a', 'b']);
    expect(vectors.map((v) => Array.from(v))).toEqual([
      [0, 0.5, 1],
      [1, 0.5, 1],
    ]);
    expect(upstream.requests[0]!.body).toMatchObject({ input: ['a', 'b'], encoding_format: 'float' });
  });
});

describe('openai provider: relayed streams', () => {
  it('holds the role-only first chunk until the first content, and hears keep-alive comments as life', {
    timeout: 5000,
  }, async () => {
    // Each write waits until the provider has reported the one before: an unheard keep-alive stalls the test.
    let heard: () => void = () => {};
    const beat = () => new Promise<void>((resolve) => (heard = resolve));
    const [role, ...rest] = chatStream(['Hi'], { usage: [2, 1] }).map(
      (e) => `data: ${typeof e === 'string' ? e : JSON.stringify(e)}\n\n`,
    );
    const quiet = createServer(async (req, res) => {
      for await (const _ of req); // the body
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const write of [role!, ': keep-alive\n\n', ': keep-alive\n\n']) {
        const next = beat();
        res.write(write);
        await next;
      }
      res.end(rest.join(''));
    });
    await new Promise<void>((r) => quiet.listen(0, '127.0.0.1', r));
    const relaying = createOpenAIProvider({
      id: 'oa',
      model: 'gpt-4o-mini',
      baseUrl: `http://127.0.0.1:${(quiet.address() as AddressInfo).port}/v1`,
    });
    const body = { model: 'x', stream: true, messages: [{ role: 'user', content: 'Hi' }] };
    const events = await collect(
      relaying.relay.stream(body, {
        messages: [{ role: 'user', content: 'Hi' }],
        heartbeat: () => heard(),
      }),
    );
    quiet.close();
    const raws = events.flatMap((e) => (e.type === 'bytes' ? [e.text] : []));
    // The first event out carries the held role chunk together with the first text; comments before it are dropped.
    expect(raws[0]!.startsWith(`${role}${rest[0]}`)).toBe(true);
    expect(raws.join('')).not.toContain('keep-alive');
    expect(events.at(-1)).toMatchObject({
      type: 'finish',
      response: { text: 'Hi', usage: { inputTokens: 2 } },
    });
  });
});

describe('Azure OpenAI through type: openai', () => {
  it('calls the deployment URL with api-version and the api-key header, for chat and embeddings', async () => {
    const azure = createOpenAIProvider({
      id: 'azure',
      model: 'gpt-4o-mini',
      apiKey: 'az-key',
      baseUrl: `${upstream.url}/openai/deployments/gpt4o`,
      apiVersion: '2024-10-21',
    });
    expect((await azure.generate({ messages: [{ role: 'user', content: 'Hi' }] })).text).toBe(
      'Hello from upstream',
    );
    const chat = upstream.requests.at(-1)!;
    expect(chat.path).toBe('/openai/deployments/gpt4o/chat/completions?api-version=2024-10-21');
    expect(chat.headers['api-key']).toBe('az-key');
    expect(chat.headers.authorization).toBeUndefined();
    const [vector] = await azure.embed!(['one']);
    expect(Array.from(vector!)).toEqual([0, 0.5, 1]);
    const embed = upstream.requests.at(-1)!;
    expect(embed.path).toBe('/openai/deployments/gpt4o/embeddings?api-version=2024-10-21');
    expect(embed.headers['api-key']).toBe('az-key');
  });
});
