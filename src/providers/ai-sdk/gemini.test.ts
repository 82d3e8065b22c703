// The ai-sdk provider over @ai-sdk/google, against a local server speaking the Gemini API's wire format.
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collect, failure } from '../../../test/support/collect.js';
import { type FakeUpstream, startFakeUpstream } from '../../../test/support/fake-upstream.js';
import {
  geminiEmbeddings,
  geminiError,
  geminiResponse,
  geminiStream,
} from '../../../test/support/gemini-wire.js';
import type { Provider, StreamEvent } from '../../core/index.js';
import { createAiSdkProvider } from './ai-sdk-provider.js';

let upstream: FakeUpstream;
let gemini: Provider;
const PRICE = { input: 0.3, output: 2.5 };

beforeAll(async () => {
  upstream = await startFakeUpstream(() => ({ json: geminiResponse('Bonjour') }));
  gemini = await createAiSdkProvider({
    id: 'gemini',
    package: '@ai-sdk/google',
    model: 'gemini-2.5-flash',
    embeddingModel: 'gemini-embedding-001',
    options: { apiKey: 'g-test-key', baseURL: `${upstream.url}/v1beta` },
    // A temp directory has no node_modules: the package is found where tandem is installed.
    root: tmpdir(),
    price: (m) => (m === 'gemini-2.5-flash' ? PRICE : undefined),
  });
});
afterAll(() => upstream.close());
beforeEach(() => upstream.reset());

const lookup = {
  name: 'lookup',
  description: 'Look up an order',
  parameters: { type: 'object', properties: { id: { type: 'number' } }, required: ['id'] },
};

describe('ai-sdk provider over @ai-sdk/google (Gemini wire format)', () => {
  it('answers a chat: system instruction, contents, settings and key sent; text, usage, model and cost back', async () => {
    const res = await gemini.generate({
      messages: [
        { role: 'system', content: 'Be brief' },
        { role: 'user', content: 'Salut' },
      ],
      temperature: 0.2,
      maxTokens: 100,
    });
    expect(res).toMatchObject({
      text: 'Bonjour',
      finishReason: 'stop',
      usage: { inputTokens: 11, outputTokens: 4, totalTokens: 15 },
      model: 'gemini-2.5-flash',
      provider: 'gemini',
    });
    expect(res.toolCalls).toBeUndefined();
    expect(res.costUsd).toBeCloseTo((11 * 0.3 + 4 * 2.5) / 1e6, 12);
    const sent = upstream.requests[0]!;
    expect(sent.path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
    expect(sent.headers['x-goog-api-key']).toBe('g-test-key');
    expect(sent.body).toMatchObject({
      systemInstruction: { parts: [{ text: 'Be brief' }] },
      contents: [{ role: 'user', parts: [{ text: 'Salut' }] }],
      generationConfig: { temperature: 0.2, maxOutputTokens: 100 },
    });
  });

  it('uses the model a request names instead of the configured one', async () => {
    const res = await gemini.generate({
      messages: [{ role: 'user', content: 'Hi' }],
      model: 'gemini-2.5-pro',
    });
    expect(upstream.requests[0]!.path).toBe('/v1beta/models/gemini-2.5-pro:generateContent');
    expect(res.model).toBe('gemini-2.5-pro');
    expect(res.costUsd).toBeUndefined();
  });

  it('streams text deltas from streamGenerateContent?alt=sse, then the whole response with usage', async () => {
    upstream.reply({ sse: geminiStream(['Bon', 'jour', ' !'], { usage: [9, 3] }) });
    const events = await collect(gemini.stream({ messages: [{ role: 'user', content: 'Salut' }] }));
    expect(upstream.requests[0]!.path).toBe('/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse');
    expect(events.filter((e) => e.type === 'text-delta')).toEqual([
      { type: 'text-delta', text: 'Bon' },
      { type: 'text-delta', text: 'jour' },
      { type: 'text-delta', text: ' !' },
    ]);
    const finish = events.at(-1) as Extract<StreamEvent, { type: 'finish' }>;
    expect(finish.type).toBe('finish');
    expect(finish.response).toMatchObject({
      text: 'Bonjour !',
      finishReason: 'stop',
      usage: { inputTokens: 9, outputTokens: 3, totalTokens: 12 },
      model: 'gemini-2.5-flash',
    });
    expect(finish.response.costUsd).toBeCloseTo((9 * 0.3 + 3 * 2.5) / 1e6, 12);
  });

  it('sends tools as functionDeclarations, reads a functionCall, and sends the result back with its signature', async () => {
    upstream.reply({
      json: geminiResponse('', {
        functionCalls: [{ id: 'call-7', name: 'lookup', args: { id: 7 }, thoughtSignature: 'sig-abc' }],
      }),
    });
    const first = await gemini.generate({
      messages: [{ role: 'user', content: 'Where is order 7?' }],
      tools: [lookup],
      toolChoice: 'required',
    });
    expect(first.toolCalls).toEqual([{ id: 'call-7', name: 'lookup', args: { id: 7 } }]);
    expect(first.finishReason).toBe('tool-calls');
    expect(upstream.requests[0]!.body).toMatchObject({
      tools: [{ functionDeclarations: [{ name: 'lookup', description: 'Look up an order' }] }],
      toolConfig: { functionCallingConfig: { mode: 'ANY' } },
    });

    upstream.reply({ json: geminiResponse('Order 7 ships tomorrow.') });
    const second = await gemini.generate({
      tools: [lookup],
      messages: [
        { role: 'user', content: 'Where is order 7?' },
        { role: 'assistant', content: '', toolCalls: first.toolCalls },
        { role: 'tool', toolCallId: 'call-7', name: 'lookup', content: '{"status":"ships tomorrow"}' },
      ],
    });
    expect(second.text).toBe('Order 7 ships tomorrow.');
    expect(upstream.requests[1]!.body.contents).toEqual([
      { role: 'user', parts: [{ text: 'Where is order 7?' }] },
      {
        role: 'model',
        parts: [
          { functionCall: { id: 'call-7', name: 'lookup', args: { id: 7 } }, thoughtSignature: 'sig-abc' },
        ],
      },
      {
        role: 'user',
        parts: [
          {
            functionResponse: {
              id: 'call-7',
              name: 'lookup',
              response: { name: 'lookup', content: '{"status":"ships tomorrow"}' },
            },
          },
        ],
      },
    ]);
  });

  it('streams a function call as a tool-call event and finishes with tool-calls', async () => {
    upstream.reply({ sse: geminiStream([], { functionCall: { name: 'lookup', args: { id: 3 } } }) });
    const events = await collect(
      gemini.stream({ messages: [{ role: 'user', content: 'find 3' }], tools: [lookup] }),
    );
    const calls = events.filter((e) => e.type === 'tool-call');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ toolCall: { name: 'lookup', args: { id: 3 } } });
    const finish = events.at(-1) as Extract<StreamEvent, { type: 'finish' }>;
    expect(finish.response.finishReason).toBe('tool-calls');
    expect(finish.response.toolCalls).toEqual([calls[0]!.type === 'tool-call' && calls[0]!.toolCall]);
  });

  it('asks for JSON with the schema (responseJsonSchema) and returns the JSON answer', async () => {
    const schema = {
      type: 'object',
      properties: { city: { type: 'string' }, days: { type: 'integer' } },
      required: ['city', 'days'],
    };
    upstream.reply({ json: geminiResponse('{"city":"Lyon","days":3}') });
    const res = await gemini.generate({
      messages: [{ role: 'user', content: 'Plan a trip' }],
      responseFormat: { type: 'json', schema, name: 'trip' },
    });
    expect(JSON.parse(res.text)).toEqual({ city: 'Lyon', days: 3 });
    expect(upstream.requests[0]!.body.generationConfig).toMatchObject({
      responseMimeType: 'application/json',
      responseJsonSchema: { type: 'object', required: ['city', 'days'] },
    });
  });

  it('embeds one text with embedContent and several with batchEmbedContents, passing dimensions', async () => {
    upstream.reply({ json: geminiEmbeddings([[0.1, 0.2, 0.3]]) });
    const [one] = await gemini.embed!(['hello']);
    expect(Array.from(one!)).toEqual([Math.fround(0.1), Math.fround(0.2), Math.fround(0.3)]);
    expect(upstream.requests[0]!.path).toBe('/v1beta/models/gemini-embedding-001:embedContent');

    upstream.reply({
      json: geminiEmbeddings([
        [1, 0],
        [0, 1],
      ]),
    });
    const two = await gemini.embed!(['a', 'b'], { dimensions: 2 });
    expect(two.map((v) => Array.from(v))).toEqual([
      [1, 0],
      [0, 1],
    ]);
    const sent = upstream.requests[1]!;
    expect(sent.path).toBe('/v1beta/models/gemini-embedding-001:batchEmbedContents');
    expect(sent.body.requests).toEqual([
      {
        model: 'models/gemini-embedding-001',
        content: { role: 'user', parts: [{ text: 'a' }] },
        outputDimensionality: 2,
      },
      {
        model: 'models/gemini-embedding-001',
        content: { role: 'user', parts: [{ text: 'b' }] },
        outputDimensionality: 2,
      },
    ]);
  });

  it('maps an upstream 429 to a retryable rate limit, with Retry-After', async () => {
    upstream.reply({
      status: 429,
      headers: { 'retry-after': '2' },
      body: geminiError(429, 'RESOURCE_EXHAUSTED', 'Resource has been exhausted (e.g. check quota).'),
    });
    const err = await failure(gemini.generate({ messages: [{ role: 'user', content: 'Hi' }] }));
    expect(err).toMatchObject({
      name: 'TandemError',
      code: 'PROVIDER_RATE_LIMITED',
      retryable: true,
      status: 429,
      retryAfterMs: 2000,
      message: 'gemini: HTTP 429: Resource has been exhausted (e.g. check quota).',
    });
  });

  it('maps an upstream 500 to a retryable provider error, and a 403 to a key problem that is not retried', async () => {
    upstream.reply({ status: 500, body: geminiError(500, 'INTERNAL', 'An internal error has occurred.') });
    expect(await failure(gemini.generate({ messages: [{ role: 'user', content: 'Hi' }] }))).toMatchObject({
      code: 'PROVIDER_ERROR',
      retryable: true,
      status: 500,
    });
    upstream.reply({ status: 403, body: geminiError(403, 'PERMISSION_DENIED', 'API key not valid.') });
    expect(await failure(gemini.generate({ messages: [{ role: 'user', content: 'Hi' }] }))).toMatchObject({
      code: 'PROVIDER_AUTH',
      retryable: false,
      status: 403,
    });
  });

  it('fails a stream that opens with a 503 as retryable, before any event', async () => {
    upstream.reply({ status: 503, body: geminiError(503, 'UNAVAILABLE', 'The model is overloaded.') });
    const seen: StreamEvent[] = [];
    const err = await failure(
      (async () => {
        for await (const ev of gemini.stream({ messages: [{ role: 'user', content: 'Hi' }] })) seen.push(ev);
      })(),
    );
    expect(seen).toEqual([]);
    expect(err).toMatchObject({ code: 'PROVIDER_ERROR', retryable: true, status: 503 });
  });

  it('throws an error chunk inside a stream with the status it carries', async () => {
    upstream.reply({
      sse: [
        geminiStream(['Hel'])[0],
        { error: { code: 500, message: 'Internal error', status: 'INTERNAL' } },
      ],
    });
    const err = await failure(collect(gemini.stream({ messages: [{ role: 'user', content: 'Hi' }] })));
    expect(err).toMatchObject({ code: 'PROVIDER_ERROR', retryable: true, status: 500 });
  });

  it('treats a stream that ends without a finishReason, or whose connection drops, as a retryable bad response', async () => {
    upstream.reply({ sse: geminiStream(['Hel', 'lo'], { unfinished: true }) });
    expect(
      await failure(collect(gemini.stream({ messages: [{ role: 'user', content: 'Hi' }] }))),
    ).toMatchObject({
      code: 'PROVIDER_BAD_RESPONSE',
      retryable: true,
    });
    upstream.reply({ sse: geminiStream(['Hel', 'lo', '!']), cutAfter: 2 });
    expect(
      await failure(collect(gemini.stream({ messages: [{ role: 'user', content: 'Hi' }] }))),
    ).toMatchObject({
      code: 'PROVIDER_BAD_RESPONSE',
      retryable: true,
    });
  });

  it('reports a call its caller aborted as ABORTED', async () => {
    upstream.reply({ hang: true });
    const controller = new AbortController();
    const pending = gemini.generate({
      messages: [{ role: 'user', content: 'Hi' }],
      signal: controller.signal,
    });
    controller.abort();
    expect(await failure(pending)).toMatchObject({ code: 'ABORTED' });
  });
});
