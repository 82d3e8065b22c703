import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collect, failure } from '../../../test/support/collect.js';
import { type FakeUpstream, startFakeUpstream } from '../../../test/support/fake-upstream.js';
import { responseObject, responseStream } from '../../../test/support/responses-wire.js';
import { isTandemError, type StreamEvent } from '../../core/index.js';
import { findPrice } from '../pricing.js';
import { type RelayedEvent, type RelayingProvider, relayOf } from '../relay.js';
import { createOpenAIProvider } from './openai-provider.js';

// `api: responses`: an upstream called with the Responses API, translated for tandem's own calls and relayed
// as it is for a client that speaks it.
let upstream: FakeUpstream;
let provider: RelayingProvider;

beforeAll(async () => {
  upstream = await startFakeUpstream(() => ({ json: responseObject('Hello from Responses') }));
  provider = createOpenAIProvider({
    id: 'resp',
    model: 'gpt-4.1-mini',
    api: 'responses',
    apiKey: 'sk-test',
    baseUrl: `${upstream.url}/v1`,
    price: (m) => findPrice(m),
  });
});
afterAll(() => upstream.close());
beforeEach(() => upstream.reset());

const text = (events: Array<StreamEvent | RelayedEvent>) =>
  events.map((e) => (e.type === 'text-delta' ? e.text : '')).join('');
const bytes = (events: RelayedEvent[]) => events.map((e) => (e.type === 'bytes' ? e.text : '')).join('');

describe('an openai provider with api: responses', () => {
  it('translates a conversation with tool calls, tools and a JSON schema into a Responses body', async () => {
    const res = await provider.generate({
      messages: [
        { role: 'system', content: 'Be brief' },
        { role: 'user', content: 'Weather in Oslo?' },
        {
          role: 'assistant',
          content: '',
          toolCalls: [{ id: 'call_1', name: 'weather', args: { city: 'Oslo' } }],
        },
        { role: 'tool', toolCallId: 'call_1', name: 'weather', content: '{"tempC":21}' },
      ],
      tools: [{ name: 'weather', description: 'Weather in a city', parameters: { type: 'object' } }],
      toolChoice: 'auto',
      responseFormat: { type: 'json', name: 'answer', schema: { type: 'object' } },
      maxTokens: 50,
      temperature: 0.2,
    });
    const sent = upstream.requests[0]!;
    expect(sent.path).toBe('/v1/responses');
    expect(sent.headers.authorization).toBe('Bearer sk-test');
    expect(sent.body).toEqual({
      model: 'gpt-4.1-mini',
      store: false,
      input: [
        { role: 'system', content: 'Be brief' },
        { role: 'user', content: 'Weather in Oslo?' },
        { type: 'function_call', call_id: 'call_1', name: 'weather', arguments: '{"city":"Oslo"}' },
        { type: 'function_call_output', call_id: 'call_1', output: '{"tempC":21}' },
      ],
      tools: [
        {
          type: 'function',
          name: 'weather',
          description: 'Weather in a city',
          parameters: { type: 'object' },
          strict: false,
        },
      ],
      tool_choice: 'auto',
      text: { format: { type: 'json_schema', name: 'answer', schema: { type: 'object' }, strict: false } },
      max_output_tokens: 50,
      temperature: 0.2,
    });
    expect(res).toMatchObject({
      text: 'Hello from Responses',
      finishReason: 'stop',
      usage: { inputTokens: 12, outputTokens: 5, totalTokens: 17 },
      model: 'gpt-4.1-mini-2025-04-14',
      provider: 'resp',
    });
    // gpt-4.1-mini: 0.40 / 1.60 USD per million tokens
    expect(res.costUsd).toBeCloseTo((12 * 0.4 + 5 * 1.6) / 1e6, 12);
  });

  it('reads function calls and an answer cut by max_output_tokens', async () => {
    upstream.reply({
      json: responseObject('', { toolCalls: [{ id: 'call_9', name: 'lookup', args: { id: 7 } }] }),
    });
    const called = await provider.generate({ messages: [{ role: 'user', content: 'find 7' }] });
    expect(called.toolCalls).toEqual([{ id: 'call_9', name: 'lookup', args: { id: 7 } }]);
    expect(called.finishReason).toBe('tool-calls');
    upstream.reply({
      json: {
        ...responseObject('Once upon'),
        status: 'incomplete',
        incomplete_details: { reason: 'max_output_tokens' },
      },
    });
    const cut = await provider.generate({ messages: [{ role: 'user', content: 'a story' }], maxTokens: 3 });
    expect(cut).toMatchObject({ text: 'Once upon', finishReason: 'length' });
  });

  it('streams translated: text deltas, the tool calls, then the whole response with usage', async () => {
    upstream.reply({ sse: responseStream(['Hel', 'lo'], { usage: [7, 2] }), eventNames: true });
    const events = await collect(provider.stream({ messages: [{ role: 'user', content: 'Hi' }] }));
    expect(text(events)).toBe('Hello');
    const finish = events.at(-1)!;
    expect(finish.type === 'finish' && finish.response).toMatchObject({
      text: 'Hello',
      usage: { inputTokens: 7, outputTokens: 2 },
      finishReason: 'stop',
    });
    expect(upstream.requests[0]!.body.stream).toBe(true);
    upstream.reply({
      sse: responseStream([], { toolCalls: [{ id: 'call_2', name: 'weather', args: { city: 'Rome' } }] }),
    });
    const tools = await collect(provider.stream({ messages: [{ role: 'user', content: 'Rome?' }] }));
    expect(tools.filter((e) => e.type === 'tool-call')).toEqual([
      { type: 'tool-call', toolCall: { id: 'call_2', name: 'weather', args: { city: 'Rome' } } },
    ]);
  });

  it('relays a client body as it is and returns the upstream bytes unchanged', async () => {
    const relay = relayOf(provider, 'openai-responses')!;
    expect(relayOf(provider, 'openai-chat')).toBeUndefined();
    upstream.reply({ raw: JSON.stringify(responseObject('Relayed.', { id: 'resp_abc' }), null, 2) });
    const body = {
      model: 'resp',
      input: 'Hi',
      reasoning: { effort: 'low' },
      include: ['reasoning.encrypted_content'],
    };
    const res = await relay.generate(body, { messages: [{ role: 'user', content: 'Hi' }] });
    expect(res.bytes).toBe(JSON.stringify(responseObject('Relayed.', { id: 'resp_abc' }), null, 2));
    expect(res.text).toBe('Relayed.');
    // Fields tandem does not model go up as they are; only the model is the provider's.
    expect(upstream.requests[0]!.body).toEqual({ ...body, model: 'gpt-4.1-mini' });
  });

  it('relays a stream event for event, holding the opening events until the first delta', async () => {
    const relay = relayOf(provider, 'openai-responses')!;
    const events = responseStream(['Stre', 'amed'], { usage: [4, 2] });
    upstream.reply({ sse: events, eventNames: true });
    const out = await collect(relay.stream({ model: 'resp', input: 'Hi', stream: true }, { messages: [] }));
    const sent = bytes(out);
    const expected = events.map(
      (e) => `event: ${(e as { type: string }).type}\ndata: ${JSON.stringify(e)}\n\n`,
    );
    expect(sent).toBe(expected.join(''));
    // The first bytes out carry the opening events and the first delta together.
    const first = out.find((e) => e.type === 'bytes') as { text: string };
    expect(first.text).toContain('response.created');
    expect(first.text).toContain('response.output_text.delta');
    const finish = out.at(-1)!;
    expect(finish.type === 'finish' && finish.response).toMatchObject({
      text: 'Streamed',
      usage: { inputTokens: 4 },
    });
    // The final response object rides on the books, for a gateway that keeps what it relayed.
    const final = JSON.parse((finish as unknown as { response: { bytes: string } }).response.bytes);
    expect(final).toMatchObject({ id: 'resp_upstream_1', status: 'completed' });
  });

  it('fails retryably on a response.failed event, and on a stream cut before response.completed', async () => {
    const events = responseStream(['Hi']);
    const failed = {
      type: 'response.failed',
      sequence_number: 2,
      response: {
        ...(events[0] as { response: object }).response,
        status: 'failed',
        error: { code: 'server_error', message: 'The model crashed' },
      },
    };
    upstream.reply({ sse: [events[0], events[1], failed] });
    const err = await failure(collect(provider.stream({ messages: [{ role: 'user', content: 'Hi' }] })));
    expect(isTandemError(err) && err.code).toBe('PROVIDER_BAD_RESPONSE');
    expect(isTandemError(err) && err.retryable).toBe(true);
    expect((err as Error).message).toContain('The model crashed (server_error)');
    const relay = relayOf(provider, 'openai-responses')!;
    upstream.reply({ sse: events, cutAfter: 5 });
    const cut = await failure(collect(relay.stream({ model: 'resp', input: 'Hi' }, { messages: [] })));
    expect((cut as Error).message).toContain('the stream was cut');
    // A stream that closes cleanly but without its final event was cut too.
    upstream.reply({ sse: events.slice(0, -1) });
    const unfinished = await failure(collect(relay.stream({ model: 'resp', input: 'Hi' }, { messages: [] })));
    expect((unfinished as Error).message).toContain('ended before response.completed');
  });

  it('keeps the upstream status of a refusal (429 with Retry-After)', async () => {
    upstream.reply({
      status: 429,
      headers: { 'retry-after': '3' },
      body: '{"error":{"message":"slow down"}}',
    });
    const err = await failure(provider.generate({ messages: [{ role: 'user', content: 'Hi' }] }));
    expect(isTandemError(err) && err.code).toBe('PROVIDER_RATE_LIMITED');
    expect(isTandemError(err) && err.retryAfterMs).toBe(3000);
    expect((err as Error).message).toContain('slow down');
  });
});
