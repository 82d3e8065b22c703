import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { anthropicMessage, anthropicStream } from '../../../test/support/anthropic-wire.js';
import { collect, failure } from '../../../test/support/collect.js';
import { type FakeUpstream, startFakeUpstream } from '../../../test/support/fake-upstream.js';
import type { Provider, StreamEvent } from '../../core/index.js';
import { startTrace } from '../../tracing/index.js';
import { partialSpendOf } from '../partial-usage.js';
import { findPrice } from '../pricing.js';
import { createAnthropicProvider } from './anthropic-provider.js';

let upstream: FakeUpstream;
let provider: Provider;

beforeAll(async () => {
  upstream = await startFakeUpstream(() => ({ json: anthropicMessage('Bonjour') }));
  provider = createAnthropicProvider({
    id: 'claude',
    model: 'claude-sonnet-4-6',
    apiKey: 'sk-ant-test',
    baseUrl: upstream.url,
    maxTokens: 512,
    price: (m) => findPrice(m),
  });
});
afterAll(() => upstream.close());
beforeEach(() => {
  upstream.requests.length = 0;
});

describe('anthropic provider', () => {
  it('moves system text to `system`, sends max_tokens and the key, and prices the answer', async () => {
    const res = await provider.generate({
      messages: [
        { role: 'system', content: 'Be brief' },
        { role: 'user', content: 'Salut' },
      ],
    });
    expect(res.text).toBe('Bonjour');
    expect(res.usage).toEqual({ inputTokens: 20, outputTokens: 6, totalTokens: 26 });
    expect(res.costUsd).toBeCloseTo((20 * 3 + 6 * 15) / 1e6, 12);
    const sent = upstream.requests[0]!;
    expect(sent.path).toBe('/v1/messages');
    // The SDK decides the header (x-api-key in older versions, a bearer token in this one); the key must arrive.
    expect([sent.headers['x-api-key'], sent.headers.authorization]).toContainEqual(
      expect.stringContaining('sk-ant-test'),
    );
    expect(sent.body).toMatchObject({
      model: 'claude-sonnet-4-6',
      max_tokens: 512,
      system: 'Be brief',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Salut' }] }],
    });
  });

  it("sends the model span's trace context, streamed and not", async () => {
    const tp = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const span = startTrace({
      name: 't',
      kind: 'request',
      attributes: { traceparent: tp, tracestate: 'v=1' },
    }).root.child('model claude', 'model');
    await provider.generate({ messages: [{ role: 'user', content: 'Hi' }], span });
    upstream.reply({ sse: anthropicStream(['Hi']), eventNames: true });
    await collect(provider.stream({ messages: [{ role: 'user', content: 'Hi' }], span }));
    for (const sent of upstream.requests) {
      expect(sent.headers.traceparent).toBe(span.w3c!().traceparent);
      expect(sent.headers.traceparent).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
      expect(sent.headers.tracestate).toBe('v=1');
    }
    expect(upstream.requests).toHaveLength(2);
  });

  it('sends tools, parses tool_use, and returns tool results as tool_result blocks in one user turn', async () => {
    upstream.reply({
      json: anthropicMessage('Let me check.', { toolUse: { id: 'tu_1', name: 'lookup', input: { id: 3 } } }),
    });
    const tools = [
      {
        name: 'lookup',
        description: 'Look up',
        parameters: { type: 'object', properties: { id: { type: 'number' } } },
      },
    ];
    const first = await provider.generate({ messages: [{ role: 'user', content: 'find 3' }], tools });
    expect(first.toolCalls).toEqual([{ id: 'tu_1', name: 'lookup', args: { id: 3 } }]);
    expect(first.finishReason).toBe('tool-calls');
    expect(upstream.requests[0]!.body.tools).toEqual([
      {
        name: 'lookup',
        description: 'Look up',
        input_schema: { type: 'object', properties: { id: { type: 'number' } } },
      },
    ]);

    await provider.generate({
      tools,
      messages: [
        { role: 'user', content: 'find 3' },
        { role: 'assistant', content: 'Let me check.', toolCalls: first.toolCalls },
        { role: 'tool', toolCallId: 'tu_1', name: 'lookup', content: '{"found":true}' },
      ],
    });
    expect(upstream.requests[1]!.body.messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'find 3' }] },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Let me check.' },
          { type: 'tool_use', id: 'tu_1', name: 'lookup', input: { id: 3 } },
        ],
      },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'tu_1', content: '{"found":true}' }] },
    ]);
  });

  it('asks for structured output with output_config.format', async () => {
    const schema = { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'] };
    await provider.generate({
      messages: [{ role: 'user', content: 'x' }],
      responseFormat: { type: 'json', schema },
    });
    expect(upstream.requests[0]!.body.output_config).toEqual({ format: { type: 'json_schema', schema } });
  });

  it('streams text and tool input deltas from the event stream', async () => {
    upstream.reply({
      sse: anthropicStream(['Bon', 'jour'], {
        toolUse: { id: 'tu_2', name: 'lookup', json: ['{"id":', ' 5}'] },
        usage: [30, 9],
      }),
      eventNames: true,
    });
    const events = await collect(provider.stream({ messages: [{ role: 'user', content: 'x' }] }));
    expect(events.filter((e) => e.type === 'text-delta').map((e) => (e as { text: string }).text)).toEqual([
      'Bon',
      'jour',
    ]);
    expect(events.find((e) => e.type === 'tool-call')).toEqual({
      type: 'tool-call',
      toolCall: { id: 'tu_2', name: 'lookup', args: { id: 5 } },
    });
    const finish = events.at(-1) as Extract<StreamEvent, { type: 'finish' }>;
    expect(finish.response).toMatchObject({
      text: 'Bonjour',
      finishReason: 'tool-calls',
      usage: { inputTokens: 30, outputTokens: 9 },
    });
  });

  it('maps 429 (Retry-After), 529 overloaded and 401 like the OpenAI provider does', async () => {
    upstream.reply(
      {
        status: 429,
        headers: { 'retry-after': '1' },
        body: JSON.stringify({ type: 'error', error: { type: 'rate_limit_error', message: 'slow down' } }),
      },
      {
        status: 529,
        body: JSON.stringify({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }),
      },
      {
        status: 401,
        body: JSON.stringify({
          type: 'error',
          error: { type: 'authentication_error', message: 'invalid x-api-key' },
        }),
      },
    );
    const req = { messages: [{ role: 'user' as const, content: 'x' }] };
    expect(await failure(provider.generate(req))).toMatchObject({
      code: 'PROVIDER_RATE_LIMITED',
      retryAfterMs: 1000,
      retryable: true,
    });
    const overloaded = await failure(provider.generate(req));
    expect(overloaded).toMatchObject({ code: 'PROVIDER_ERROR', retryable: true, status: 529 });
    expect((overloaded as Error).message).toContain('Overloaded');
    expect(await failure(provider.generate(req))).toMatchObject({ code: 'PROVIDER_AUTH' });
  });

  it('treats a stream that stops before message_stop as a cut stream', async () => {
    upstream.reply({ sse: anthropicStream(['a', 'b', 'c']), eventNames: true, cutAfter: 4 });
    const err = await failure(collect(provider.stream({ messages: [{ role: 'user', content: 'x' }] })));
    expect(err).toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', retryable: true });
  });

  it('reports a stream its caller cancelled as ABORTED (not a provider fault), with the tokens reported so far', async () => {
    upstream.reply({
      sse: anthropicStream(['a', 'b', 'c', 'd'], { usage: [25, 4] }),
      eventNames: true,
      delayMs: 50,
    });
    const abort = new AbortController();
    const events = provider.stream({ messages: [{ role: 'user', content: 'x' }], signal: abort.signal });
    const err = await failure(
      (async () => {
        for await (const ev of events) if (ev.type === 'text-delta') abort.abort();
      })(),
    );
    expect(err).toMatchObject({ code: 'ABORTED', retryable: false });
    // claude-sonnet-4-6: $3 per million input tokens, $15 per million output tokens
    expect(partialSpendOf(err)).toEqual({
      usage: { inputTokens: 25, outputTokens: 1, totalTokens: 26 },
      costUsd: expect.closeTo((25 * 3 + 1 * 15) / 1e6, 12),
    });
  });

  it('reports the ping events the SDK hides to the heartbeat, so a stream timeout hears them', {
    timeout: 5000,
  }, async () => {
    // Each write waits until the provider has reported the one before: a ping that goes unheard stalls the test.
    let heard: () => void = () => {};
    const beat = () => new Promise<void>((resolve) => (heard = resolve));
    const events = anthropicStream(['pong']).map(
      (e) => `event: ${(e as { type: string }).type}\ndata: ${JSON.stringify(e)}\n\n`,
    );
    const pinging = createServer(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      let next = beat();
      res.write(events[0]!); // message_start
      await next;
      for (let i = 0; i < 3; i++) {
        next = beat();
        res.write('event: ping\ndata: {"type": "ping"}\n\n');
        await next;
      }
      res.end(events.slice(1).join(''));
    });
    await new Promise<void>((r) => pinging.listen(0, '127.0.0.1', r));
    const claude = createAnthropicProvider({
      id: 'claude',
      model: 'claude-sonnet-4-6',
      baseUrl: `http://127.0.0.1:${(pinging.address() as AddressInfo).port}`,
      maxTokens: 64,
    });
    const seen = await collect(
      claude.stream({ messages: [{ role: 'user', content: 'x' }], heartbeat: () => heard() }),
    );
    pinging.close();
    expect(seen.filter((e) => e.type === 'text-delta')).toEqual([
      { type: 'text-delta', text: 'pong', model: 'claude-sonnet-4-6' },
    ]);
  });

  it('treats malformed JSON as a bad response', async () => {
    upstream.reply({ raw: '{"type":"message","content":[{"type":"te' });
    expect(await failure(provider.generate({ messages: [{ role: 'user', content: 'x' }] }))).toMatchObject({
      code: 'PROVIDER_BAD_RESPONSE',
    });
  });
});
