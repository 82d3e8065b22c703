import Anthropic from '@anthropic-ai/sdk';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { compat, compatRow, type TargetKind } from '../../test/support/compat.js';
import {
  answer,
  type CompatServer,
  type CompatTarget,
  QUESTION,
  schemaSent,
  startCompatServer,
  streamed,
  streamedToolCall,
  toolCall,
  toolResultSent,
  toolsSent,
} from '../../test/support/compat-project.js';

// The official Anthropic client on every endpoint it has, over a provider, a fallback route and an app.
let served: CompatServer;
let client: Anthropic;

beforeAll(async () => {
  served = await startCompatServer();
  client = new Anthropic({ apiKey: 'unused', baseURL: served.server.url, maxRetries: 0 });
});
afterAll(() => served.close());
beforeEach(() => served.reset());
afterEach(({ task }) => served.expectRowEndpoint(task.meta.compat));

const ALL = ['provider', 'route', 'app'] as const;
const on = (kind: TargetKind, fn: (t: CompatTarget) => Promise<void>) => () =>
  fn(served.targets('anthropic').find((t) => t.kind === kind)!);
const ask = (content: string | Anthropic.ContentBlockParam[]): Anthropic.MessageParam => ({
  role: 'user',
  content,
});
const weather: Anthropic.Tool = {
  name: 'weather',
  description: 'The weather in a city',
  input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};
const weatherFormat = {
  type: 'json_schema',
  schema: {
    type: 'object',
    properties: { city: { type: 'string' }, tempC: { type: 'number' } },
    required: ['city', 'tempC'],
    additionalProperties: false,
  },
} as const;

compatRow('anthropic/messages', () => {
  for (const kind of ALL) {
    compat(
      'anthropic/messages',
      'text',
      kind,
      on(kind, async (t) => {
        served.script(t, answer(t.wire, 'The shop opens at 9:00.'));
        const res = await client.messages.create({
          model: t.model,
          max_tokens: 200,
          messages: [ask(QUESTION)],
        });
        expect([res.model, res.stop_reason, res.content]).toEqual([
          t.answeredAs,
          'end_turn',
          [{ type: 'text', text: 'The shop opens at 9:00.' }],
        ]);
        served.expectServedBy(t);
      }),
    );
    compat(
      'anthropic/messages',
      'stream',
      kind,
      on(kind, async (t) => {
        served.script(t, streamed(t.wire, ['The shop ', 'opens ', 'at 9:00.'], [7, 3]));
        const stream = client.messages.stream({ model: t.model, max_tokens: 200, messages: [ask(QUESTION)] });
        const deltas: string[] = [];
        stream.on('text', (d) => deltas.push(d));
        const final = await stream.finalMessage();
        expect(deltas.join('')).toBe('The shop opens at 9:00.');
        expect(final.content).toEqual([{ type: 'text', text: 'The shop opens at 9:00.' }]);
        served.expectServedBy(t);
      }),
    );
    compat(
      'anthropic/messages',
      'usage',
      kind,
      on(kind, async (t) => {
        served.script(t, answer(t.wire, 'Nine.', [21, 4]), streamed(t.wire, ['Ni', 'ne.'], [23, 2]));
        const res = await client.messages.create({
          model: t.model,
          max_tokens: 200,
          messages: [ask(QUESTION)],
        });
        expect(res.usage).toMatchObject({ input_tokens: 21, output_tokens: 4 });
        const final = await client.messages
          .stream({ model: t.model, max_tokens: 200, messages: [ask(QUESTION)] })
          .finalMessage();
        // message_start leaves before the upstream reports; the final usage carries the upstream's counts.
        expect(final.usage).toMatchObject({ input_tokens: 23, output_tokens: 2 });
      }),
    );
    compat(
      'anthropic/messages',
      'errors',
      kind,
      on(kind, async (t) => {
        const e = served.provokeError(t);
        const params = { model: e.model, max_tokens: 50, messages: [ask(QUESTION)] };
        const answered = await client.messages.create(params).catch((x) => x);
        served.provokeError(t);
        const streamedErr = await client.messages
          .stream(params)
          .finalMessage()
          .catch((x) => x);
        for (const err of [answered, streamedErr]) {
          expect(err).toBeInstanceOf(Anthropic.APIError);
          expect(err.status).toBe(e.status);
          expect(err.error).toMatchObject({
            type: 'error',
            error: { message: expect.stringContaining(e.message) },
          });
        }
      }),
    );
  }
  for (const kind of ['provider', 'route'] as const) {
    compat(
      'anthropic/messages',
      'tools',
      kind,
      on(kind, async (t) => {
        served.script(
          t,
          toolCall(t.wire, { id: 'toolu_1', name: 'weather', args: { city: 'Oslo' } }),
          answer(t.wire, 'It is 21°C in Oslo.'),
        );
        const messages: Anthropic.MessageParam[] = [ask('Weather in Oslo?')];
        const first = await client.messages.create({
          model: t.model,
          max_tokens: 200,
          messages,
          tools: [weather],
        });
        expect(first.stop_reason).toBe('tool_use');
        expect(first.content).toEqual([
          { type: 'tool_use', id: 'toolu_1', name: 'weather', input: { city: 'Oslo' } },
        ]);
        messages.push(
          { role: 'assistant', content: first.content },
          ask([{ type: 'tool_result', tool_use_id: 'toolu_1', content: '{"tempC":21}' }]),
        );
        const second = await client.messages.create({
          model: t.model,
          max_tokens: 200,
          messages,
          tools: [weather],
        });
        expect(second.content).toEqual([{ type: 'text', text: 'It is 21°C in Oslo.' }]);
        const sent = served.upstream.requests.at(-1)!;
        expect(toolsSent(sent)).toEqual(['weather']);
        expect(toolResultSent(sent)).toEqual({ id: 'toolu_1', content: '{"tempC":21}' });
        // Streamed, the input arrives as input_json_delta pieces the client puts together.
        served.script(
          t,
          streamedToolCall(t.wire, { id: 'toolu_1', name: 'weather', args: { city: 'Oslo' } }),
        );
        const streamedMsg = await client.messages
          .stream({ model: t.model, max_tokens: 200, messages: [ask('Weather in Oslo?')], tools: [weather] })
          .finalMessage();
        expect(streamedMsg.stop_reason).toBe('tool_use');
        expect(streamedMsg.content.filter((b) => b.type === 'tool_use')).toEqual([
          { type: 'tool_use', id: 'toolu_1', name: 'weather', input: { city: 'Oslo' } },
        ]);
        served.expectServedBy(t);
      }),
    );
    compat(
      'anthropic/messages',
      'structured',
      kind,
      on(kind, async (t) => {
        served.script(t, answer(t.wire, '{"city":"Oslo","tempC":21}'));
        const res = await client.messages.create({
          model: t.model,
          max_tokens: 200,
          messages: [ask('Weather in Oslo as JSON')],
          output_config: { format: weatherFormat },
        });
        expect(res.content[0]!.type === 'text' && JSON.parse(res.content[0]!.text)).toEqual({
          city: 'Oslo',
          tempC: 21,
        });
        expect(schemaSent(served.upstream.requests.at(-1)!)).toEqual(weatherFormat.schema);
        served.expectServedBy(t);
      }),
    );
  }
  compat('anthropic/messages', 'tools', 'app', async () => {
    const err = await client.messages
      .create({ model: 'app:shop', max_tokens: 50, messages: [ask(QUESTION)], tools: [weather] })
      .catch((x) => x);
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    expect(err.error.error.message).toContain('app:shop runs its own tools');
    expect(served.upstream.requests).toEqual([]);
  });
  compat('anthropic/messages', 'structured', 'app', async () => {
    const err = await client.messages
      .create({
        model: 'app:shop',
        max_tokens: 50,
        messages: [ask(QUESTION)],
        output_config: { format: weatherFormat },
      })
      .catch((x) => x);
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    expect(err.error.error.message).toContain(
      "output_config.format: app:shop answers in its prompt's own output",
    );
    expect(served.upstream.requests).toEqual([]);
  });
});

compatRow('anthropic/count_tokens', () => {
  for (const kind of ALL) {
    compat(
      'anthropic/count_tokens',
      'count',
      kind,
      on(kind, async (t) => {
        const params = { model: t.model, system: 'Be brief.', messages: [ask(QUESTION)] };
        const { input_tokens } = await client.messages.countTokens(params);
        // An estimate (about 4 characters a token, plus framing): the 72 characters sent are 15 to 30 tokens.
        expect(input_tokens).toBeGreaterThanOrEqual(15);
        expect(input_tokens).toBeLessThanOrEqual(30);
        // A stream's message_start reports the same count before the upstream has answered.
        served.script(t, streamed(t.wire, ['Ok'], [99, 1]));
        let atStart = -1;
        await client.messages
          .stream({ ...params, max_tokens: 20 })
          .on('streamEvent', (ev) => {
            if (ev.type === 'message_start') atStart = ev.message.usage.input_tokens;
          })
          .finalMessage();
        expect(atStart).toBe(input_tokens);
      }),
    );
  }
});

compatRow('anthropic/models', () => {
  for (const kind of ALL) {
    compat(
      'anthropic/models',
      'list',
      kind,
      on(kind, async (t) => {
        const ids: string[] = [];
        for await (const m of client.models.list()) ids.push(m.id);
        expect(ids).toContain(t.model);
        expect(await client.models.retrieve(t.model)).toMatchObject({ type: 'model', id: t.model });
      }),
    );
  }
});
