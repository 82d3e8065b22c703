import OpenAI from 'openai';
import { zodResponseFormat, zodTextFormat } from 'openai/helpers/zod';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { z } from 'zod';
import { compat, compatRow } from '../../test/support/compat.js';
import {
  answer,
  type CompatServer,
  type CompatTarget,
  type ExpectedError,
  QUESTION,
  schemaSent,
  startCompatServer,
  streamed,
  streamedToolCall,
  toolCall,
  toolResultSent,
  toolsSent,
} from '../../test/support/compat-project.js';
import { hashEmbedding } from '../../test/support/fake-embeddings.js';

// The official OpenAI client on every endpoint it has, over a provider, a fallback route and an app.
let served: CompatServer;
let client: OpenAI;

beforeAll(async () => {
  served = await startCompatServer();
  client = new OpenAI({ apiKey: 'unused', baseURL: `${served.server.url}/v1`, maxRetries: 0 });
});
afterAll(() => served.close());
beforeEach(() => served.reset());
afterEach(({ task }) => served.expectRowEndpoint(task.meta.compat));

const targets = () => served.targets('openai');
const TARGET_NAMES = ['provider', 'route', 'app'] as const;
const weatherSchema = z.object({ city: z.string(), tempC: z.number() });
const chatWeather: OpenAI.ChatCompletionTool = {
  type: 'function',
  function: {
    name: 'weather',
    description: 'The weather in a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
};
const weather: OpenAI.Responses.FunctionTool = {
  type: 'function',
  name: 'weather',
  description: 'The weather in a city',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  strict: false,
};
const OSLO = { id: 'call_1', name: 'weather', args: { city: 'Oslo' } };

/** Runs `fn` for the target of `kind`. */
const on = (kind: (typeof TARGET_NAMES)[number], fn: (t: CompatTarget) => Promise<void>) => () =>
  fn(targets().find((t) => t.kind === kind)!);
const user = (content: string): OpenAI.ChatCompletionMessageParam => ({ role: 'user', content });

compatRow('openai/chat', () => {
  for (const kind of TARGET_NAMES) {
    compat(
      'openai/chat',
      'text',
      kind,
      on(kind, async (t) => {
        served.script(t, answer(t.wire, 'The shop opens at 9:00.'));
        const res = await client.chat.completions.create({ model: t.model, messages: [user(QUESTION)] });
        expect(res.choices[0]!.message.content).toBe('The shop opens at 9:00.');
        served.expectServedBy(t);
      }),
    );
    compat(
      'openai/chat',
      'stream',
      kind,
      on(kind, async (t) => {
        served.script(t, streamed(t.wire, ['The shop ', 'opens ', 'at 9:00.'], [7, 3]));
        const stream = await client.chat.completions.create({
          model: t.model,
          messages: [user(QUESTION)],
          stream: true,
        });
        const deltas: string[] = [];
        for await (const chunk of stream)
          if (chunk.choices[0]?.delta.content) deltas.push(chunk.choices[0].delta.content);
        expect(deltas.join('')).toBe('The shop opens at 9:00.');
        served.expectServedBy(t);
      }),
    );
    compat(
      'openai/chat',
      'usage',
      kind,
      on(kind, async (t) => {
        served.script(t, answer(t.wire, 'Nine.', [21, 4]), streamed(t.wire, ['Ni', 'ne.'], [23, 2]));
        const res = await client.chat.completions.create({ model: t.model, messages: [user(QUESTION)] });
        expect(res.usage).toMatchObject({ prompt_tokens: 21, completion_tokens: 4, total_tokens: 25 });
        const stream = await client.chat.completions.create({
          model: t.model,
          messages: [user(QUESTION)],
          stream: true,
          stream_options: { include_usage: true },
        });
        let usage: OpenAI.CompletionUsage | undefined | null;
        for await (const chunk of stream) usage = chunk.usage ?? usage;
        expect(usage).toMatchObject({ prompt_tokens: 23, completion_tokens: 2, total_tokens: 25 });
      }),
    );
    compat(
      'openai/chat',
      'errors',
      kind,
      on(kind, async (t) => {
        const expected = (e: ExpectedError) => ({
          status: e.status,
          message: expect.stringContaining(e.message),
        });
        const e = served.provokeError(t);
        await expect(
          client.chat.completions.create({ model: e.model, messages: [user(QUESTION)] }),
        ).rejects.toMatchObject(expected(e));
        // Streamed, a failure before the first chunk is the HTTP status, which the client raises.
        const streamedE = served.provokeError(t);
        await expect(
          client.chat.completions.create({ model: e.model, messages: [user(QUESTION)], stream: true }),
        ).rejects.toMatchObject(expected(streamedE));
      }),
    );
  }
  for (const kind of ['provider', 'route'] as const) {
    compat(
      'openai/chat',
      'tools',
      kind,
      on(kind, async (t) => {
        served.script(t, toolCall(t.wire, OSLO), answer(t.wire, 'It is 21°C in Oslo.'));
        const messages: OpenAI.ChatCompletionMessageParam[] = [user('Weather in Oslo?')];
        const first = await client.chat.completions.create({
          model: t.model,
          messages,
          tools: [chatWeather],
        });
        const call = first.choices[0]!.message.tool_calls![0] as OpenAI.ChatCompletionMessageFunctionToolCall;
        expect([first.choices[0]!.finish_reason, call.id, call.function.name]).toEqual([
          'tool_calls',
          'call_1',
          'weather',
        ]);
        expect(JSON.parse(call.function.arguments)).toEqual({ city: 'Oslo' });
        messages.push(first.choices[0]!.message, {
          role: 'tool',
          tool_call_id: call.id,
          content: '{"tempC":21}',
        });
        const second = await client.chat.completions.create({
          model: t.model,
          messages,
          tools: [chatWeather],
        });
        expect(second.choices[0]!.message.content).toBe('It is 21°C in Oslo.');
        const sent = served.upstream.requests;
        expect(toolsSent(sent.at(-1)!)).toEqual(['weather']);
        expect(toolResultSent(sent.at(-1)!)).toEqual({ id: 'call_1', content: '{"tempC":21}' });
        // Streamed, the call's arguments arrive in pieces the client's helper puts together.
        served.script(t, streamedToolCall(t.wire, OSLO));
        const streamedCall = await client.chat.completions
          .stream({ model: t.model, messages: [user('Weather in Oslo?')], tools: [chatWeather] })
          .finalChatCompletion();
        expect(streamedCall.choices[0]!.finish_reason).toBe('tool_calls');
        expect(streamedCall.choices[0]!.message.tool_calls).toEqual([
          { id: 'call_1', type: 'function', function: { name: 'weather', arguments: '{"city":"Oslo"}' } },
        ]);
        served.expectServedBy(t);
      }),
    );
    compat(
      'openai/chat',
      'structured',
      kind,
      on(kind, async (t) => {
        served.script(t, answer(t.wire, '{"city":"Oslo","tempC":21}'));
        const res = await client.chat.completions.parse({
          model: t.model,
          messages: [user('Weather in Oslo as JSON')],
          response_format: zodResponseFormat(weatherSchema, 'weather'),
        });
        expect(res.choices[0]!.message.parsed).toEqual({ city: 'Oslo', tempC: 21 });
        expect(schemaSent(served.upstream.requests.at(-1)!)).toMatchObject({ required: ['city', 'tempC'] });
        served.expectServedBy(t);
      }),
    );
  }
  compat('openai/chat', 'tools', 'app', async () => {
    await expect(
      client.chat.completions.create({ model: 'app:shop', messages: [user(QUESTION)], tools: [chatWeather] }),
    ).rejects.toMatchObject({
      status: 400,
      param: 'tools',
      message: expect.stringContaining('runs its own tools'),
    });
    expect(served.upstream.requests).toEqual([]);
  });
  compat('openai/chat', 'structured', 'app', async () => {
    await expect(
      client.chat.completions.parse({
        model: 'app:shop',
        messages: [user(QUESTION)],
        response_format: zodResponseFormat(weatherSchema, 'weather'),
      }),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("answers in its prompt's own output format"),
    });
    expect(served.upstream.requests).toEqual([]);
  });
});

compatRow('openai/responses', () => {
  for (const kind of TARGET_NAMES) {
    compat(
      'openai/responses',
      'text',
      kind,
      on(kind, async (t) => {
        served.script(t, answer(t.wire, 'The shop opens at 9:00.'));
        const res = await client.responses.create({ model: t.model, input: QUESTION });
        expect([res.status, res.model, res.output_text]).toEqual([
          'completed',
          t.answeredAs,
          'The shop opens at 9:00.',
        ]);
        served.expectServedBy(t);
      }),
    );
    compat(
      'openai/responses',
      'stream',
      kind,
      on(kind, async (t) => {
        served.script(t, streamed(t.wire, ['The shop ', 'opens ', 'at 9:00.'], [7, 3]));
        const stream = client.responses.stream({ model: t.model, input: QUESTION });
        const deltas: string[] = [];
        stream.on('response.output_text.delta', (ev) => deltas.push(ev.delta));
        const final = await stream.finalResponse();
        expect(deltas.join('')).toBe('The shop opens at 9:00.');
        expect(final.output_text).toBe('The shop opens at 9:00.');
        served.expectServedBy(t);
      }),
    );
    compat(
      'openai/responses',
      'usage',
      kind,
      on(kind, async (t) => {
        served.script(t, answer(t.wire, 'Nine.', [21, 4]), streamed(t.wire, ['Ni', 'ne.'], [23, 2]));
        const res = await client.responses.create({ model: t.model, input: QUESTION });
        expect(res.usage).toMatchObject({ input_tokens: 21, output_tokens: 4, total_tokens: 25 });
        const final = await client.responses.stream({ model: t.model, input: QUESTION }).finalResponse();
        expect(final.usage).toMatchObject({ input_tokens: 23, output_tokens: 2, total_tokens: 25 });
      }),
    );
    compat(
      'openai/responses',
      'errors',
      kind,
      on(kind, async (t) => {
        const e = served.provokeError(t);
        const expected = { status: e.status, message: expect.stringContaining(e.message) };
        await expect(client.responses.create({ model: e.model, input: QUESTION })).rejects.toMatchObject(
          expected,
        );
        served.provokeError(t);
        await expect(
          client.responses.stream({ model: e.model, input: QUESTION }).finalResponse(),
        ).rejects.toMatchObject(expected);
      }),
    );
    compat(
      'openai/responses',
      'retrieve',
      kind,
      on(kind, async (t) => {
        served.script(t, answer(t.wire, 'Kept.'), streamed(t.wire, ['Kept ', 'too.'], [5, 2]));
        const created = await client.responses.create({ model: t.model, input: QUESTION });
        const read = await client.responses.retrieve(created.id);
        expect([read.id, read.model, read.output_text]).toEqual([created.id, t.answeredAs, 'Kept.']);
        // A streamed response is kept as the client saw it complete.
        const live = await client.responses.stream({ model: t.model, input: QUESTION }).finalResponse();
        const readLive = await client.responses.retrieve(live.id);
        expect([readLive.status, readLive.output_text]).toEqual(['completed', 'Kept too.']);
      }),
    );
    compat(
      'openai/responses',
      'delete',
      kind,
      on(kind, async (t) => {
        served.script(t, answer(t.wire, 'Gone soon.'));
        const created = await client.responses.create({ model: t.model, input: QUESTION });
        await client.responses.delete(created.id);
        await expect(client.responses.retrieve(created.id)).rejects.toMatchObject({ status: 404 });
      }),
    );
    compat(
      'openai/responses',
      'continue',
      kind,
      on(kind, async (t) => {
        served.script(t, streamed(t.wire, ['At ', '9:00.'], [7, 2]), answer(t.wire, 'At 17:00.'));
        // The first answer streamed: its conversation is kept all the same.
        const first = await client.responses.stream({ model: t.model, input: QUESTION }).finalResponse();
        const second = await client.responses.create({
          model: t.model,
          previous_response_id: first.id,
          input: 'Does it open at 9:00 on Saturdays too?',
        });
        expect([second.output_text, second.previous_response_id]).toEqual(['At 17:00.', first.id]);
        // The model saw the earlier question and answer before the new question.
        const sent = served.upstream.requests.at(-1)!.body.messages as Array<{
          role: string;
          content: string;
        }>;
        const turns = sent.filter((m) => m.role !== 'system').map((m) => [m.role, m.content]);
        expect(turns.at(-3)).toEqual([
          'user',
          expect.stringContaining('When does the shop open on weekdays?'),
        ]);
        expect(turns.slice(-2)).toEqual([
          ['assistant', 'At 9:00.'],
          ['user', 'Does it open at 9:00 on Saturdays too?'],
        ]);
        served.expectServedBy(t);
      }),
    );
  }
  for (const kind of ['provider', 'route'] as const) {
    compat(
      'openai/responses',
      'tools',
      kind,
      on(kind, async (t) => {
        served.script(t, toolCall(t.wire, OSLO), answer(t.wire, 'It is 21°C in Oslo.'));
        const input: OpenAI.Responses.ResponseInput = [{ role: 'user', content: 'Weather in Oslo?' }];
        const first = await client.responses.create({
          model: t.model,
          input,
          tools: [weather],
          store: false,
        });
        const call = first.output.find((o) => o.type === 'function_call')!;
        expect([call.call_id, call.name, JSON.parse(call.arguments)]).toEqual([
          'call_1',
          'weather',
          { city: 'Oslo' },
        ]);
        input.push(call, { type: 'function_call_output', call_id: call.call_id, output: '{"tempC":21}' });
        const second = await client.responses.create({
          model: t.model,
          input,
          tools: [weather],
          store: false,
        });
        expect(second.output_text).toBe('It is 21°C in Oslo.');
        const sent = served.upstream.requests.at(-1)!;
        expect(toolsSent(sent)).toEqual(['weather']);
        expect(toolResultSent(sent)).toEqual({ id: 'call_1', content: '{"tempC":21}' });
        // Streamed, the call arrives as its item and argument events.
        served.script(t, streamedToolCall(t.wire, OSLO));
        const streamedRes = await client.responses
          .stream({ model: t.model, input: 'Weather in Oslo?', tools: [weather], store: false })
          .finalResponse();
        expect(streamedRes.output.find((o) => o.type === 'function_call')).toMatchObject({
          call_id: 'call_1',
          name: 'weather',
          arguments: '{"city":"Oslo"}',
        });
        served.expectServedBy(t);
      }),
    );
    compat(
      'openai/responses',
      'structured',
      kind,
      on(kind, async (t) => {
        served.script(t, answer(t.wire, '{"city":"Oslo","tempC":21}'));
        const res = await client.responses.parse({
          model: t.model,
          input: 'Weather in Oslo as JSON',
          text: { format: zodTextFormat(weatherSchema, 'weather') },
        });
        expect(res.output_parsed).toEqual({ city: 'Oslo', tempC: 21 });
        expect(schemaSent(served.upstream.requests.at(-1)!)).toMatchObject({ required: ['city', 'tempC'] });
        served.expectServedBy(t);
      }),
    );
  }
  compat('openai/responses', 'tools', 'app', async () => {
    await expect(
      client.responses.create({ model: 'app:shop', input: QUESTION, tools: [weather] }),
    ).rejects.toMatchObject({
      status: 400,
      param: 'tools',
      message: expect.stringContaining('runs its own tools'),
    });
    expect(served.upstream.requests).toEqual([]);
  });
  compat('openai/responses', 'structured', 'app', async () => {
    await expect(
      client.responses.parse({
        model: 'app:shop',
        input: QUESTION,
        text: { format: zodTextFormat(weatherSchema, 'weather') },
      }),
    ).rejects.toMatchObject({
      status: 400,
      param: 'text.format',
      message: expect.stringContaining("answers in its prompt's own output format"),
    });
    expect(served.upstream.requests).toEqual([]);
  });
});

compatRow('openai/embeddings', () => {
  for (const kind of ['provider', 'route'] as const) {
    compat(
      'openai/embeddings',
      'embed',
      kind,
      on(kind, async (t) => {
        // The client asks for base64 and decodes it; a route embeds with its first target, never a fallback.
        const res = await client.embeddings.create({
          model: t.model,
          input: ['refund policy', 'opening hours'],
        });
        expect(res.data.map((d) => Array.from(d.embedding))).toEqual([
          hashEmbedding('refund policy'),
          hashEmbedding('opening hours'),
        ]);
        expect(served.upstream.requests.map((r) => [r.path, r.body.model])).toEqual([
          ['/v1/embeddings', 'gpt-4o-mini'],
        ]);
      }),
    );
  }
});

compatRow('openai/models', () => {
  for (const kind of TARGET_NAMES) {
    compat(
      'openai/models',
      'list',
      kind,
      on(kind, async (t) => {
        const ids: string[] = [];
        for await (const m of client.models.list()) ids.push(m.id);
        expect(ids).toContain(t.model);
        expect(await client.models.retrieve(t.model)).toMatchObject({ id: t.model, object: 'model' });
      }),
    );
  }
});
