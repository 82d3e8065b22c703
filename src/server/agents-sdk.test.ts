import { Agent, run, setDefaultOpenAIClient, setTracingDisabled, tool } from '@openai/agents';
import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { z } from 'zod';
import { compat, compatRow, TARGET_KINDS, type TargetKind } from '../../test/support/compat.js';
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

// The OpenAI Agents SDK with its defaults: the Responses API, function tools and handoffs as tool calls,
// structured output from an agent's outputType.
let served: CompatServer;

beforeAll(async () => {
  served = await startCompatServer();
  setTracingDisabled(true); // its own traces would go to OpenAI's servers
  // The SDK pins its own copy of the openai package; the client is the same at run time.
  const client = new OpenAI({ apiKey: 'unused', baseURL: `${served.server.url}/v1`, maxRetries: 0 });
  setDefaultOpenAIClient(client as unknown as Parameters<typeof setDefaultOpenAIClient>[0]);
});
afterAll(() => served.close());
beforeEach(() => served.reset());
afterEach(({ task }) => served.expectRowEndpoint(task.meta.compat));

const on = (kind: TargetKind, fn: (t: CompatTarget) => Promise<void>) => () =>
  fn(served.targets('openai').find((t) => t.kind === kind)!);
const assistant = (model: string, extra: Partial<ConstructorParameters<typeof Agent>[0]> = {}) =>
  new Agent({ name: 'Shop assistant', instructions: 'Answer briefly.', model, ...extra });
const weatherSchema = z.object({ city: z.string(), tempC: z.number() });
const weather = tool({
  name: 'weather',
  description: 'The weather in a city',
  parameters: z.object({ city: z.string() }),
  execute: async ({ city }) => `It is 21°C in ${city}.`,
});

compatRow('agents/responses', () => {
  for (const kind of TARGET_KINDS) {
    compat(
      'agents/responses',
      'text',
      kind,
      on(kind, async (t) => {
        served.script(t, answer(t.wire, 'The shop opens at 9:00.'));
        const result = await run(assistant(t.model), QUESTION);
        expect(result.finalOutput).toBe('The shop opens at 9:00.');
        served.expectServedBy(t);
      }),
    );
    compat(
      'agents/responses',
      'stream',
      kind,
      on(kind, async (t) => {
        served.script(t, streamed(t.wire, ['The shop ', 'opens ', 'at 9:00.'], [7, 3]));
        const result = await run(assistant(t.model), QUESTION, { stream: true });
        const deltas: string[] = [];
        for await (const d of result.toTextStream()) deltas.push(d);
        await result.completed;
        expect(deltas.join('')).toBe('The shop opens at 9:00.');
        expect(result.finalOutput).toBe('The shop opens at 9:00.');
        served.expectServedBy(t);
      }),
    );
    compat(
      'agents/responses',
      'usage',
      kind,
      on(kind, async (t) => {
        served.script(t, answer(t.wire, 'Nine.', [21, 4]), streamed(t.wire, ['Ni', 'ne.'], [23, 2]));
        const result = await run(assistant(t.model), QUESTION);
        expect(result.runContext.usage).toMatchObject({ requests: 1, inputTokens: 21, outputTokens: 4 });
        const streamedRun = await run(assistant(t.model), QUESTION, { stream: true });
        for await (const _ of streamedRun.toTextStream());
        await streamedRun.completed;
        expect(streamedRun.runContext.usage).toMatchObject({ requests: 1, inputTokens: 23, outputTokens: 2 });
      }),
    );
    compat(
      'agents/responses',
      'errors',
      kind,
      on(kind, async (t) => {
        const e = served.provokeError(t);
        const expected = { status: e.status, message: expect.stringContaining(e.message) };
        await expect(run(assistant(e.model), QUESTION)).rejects.toMatchObject(expected);
        served.provokeError(t);
        const streamedRun = async () => {
          const live = await run(assistant(e.model), QUESTION, { stream: true });
          for await (const _ of live.toTextStream());
          await live.completed;
        };
        await expect(streamedRun()).rejects.toMatchObject(expected);
      }),
    );
  }
  for (const kind of ['provider', 'route'] as const) {
    compat(
      'agents/responses',
      'tools',
      kind,
      on(kind, async (t) => {
        // An agent that calls a tool, then hands off to another agent, which answers.
        const expert = new Agent({ name: 'Travel expert', instructions: 'Plan trips.', model: t.model });
        const triage = assistant(t.model, { tools: [weather], handoffs: [expert] });
        served.script(
          t,
          toolCall(t.wire, { id: 'call_w', name: 'weather', args: { city: 'Oslo' } }),
          toolCall(t.wire, { id: 'call_h', name: 'transfer_to_Travel_expert', args: {} }),
          answer(t.wire, 'Pack a light jacket for Oslo.'),
        );
        const result = await run(triage, 'Should I pack a jacket for Oslo?');
        expect(result.finalOutput).toBe('Pack a light jacket for Oslo.');
        expect(result.lastAgent?.name).toBe('Travel expert');
        const answered = served.answered(t);
        expect(toolsSent(answered[0]!)).toEqual(['weather', 'transfer_to_Travel_expert']);
        expect(toolResultSent(answered[1]!)).toEqual({ id: 'call_w', content: 'It is 21°C in Oslo.' });
        served.expectServedBy(t);
        // The same run, streamed.
        served.reset();
        served.script(
          t,
          streamedToolCall(t.wire, { id: 'call_w', name: 'weather', args: { city: 'Oslo' } }),
          streamedToolCall(t.wire, { id: 'call_h', name: 'transfer_to_Travel_expert', args: {} }),
          streamed(t.wire, ['Pack a light ', 'jacket for Oslo.'], [30, 6]),
        );
        const live = await run(triage, 'Should I pack a jacket for Oslo?', { stream: true });
        const deltas: string[] = [];
        for await (const d of live.toTextStream()) deltas.push(d);
        await live.completed;
        expect([deltas.join(''), live.finalOutput, live.lastAgent?.name]).toEqual([
          'Pack a light jacket for Oslo.',
          'Pack a light jacket for Oslo.',
          'Travel expert',
        ]);
        expect(toolResultSent(served.answered(t)[1]!)).toEqual({
          id: 'call_w',
          content: 'It is 21°C in Oslo.',
        });
        served.expectServedBy(t);
      }),
    );
    compat(
      'agents/responses',
      'structured',
      kind,
      on(kind, async (t) => {
        served.script(t, answer(t.wire, '{"city":"Oslo","tempC":21}'));
        const result = await run(assistant(t.model, { outputType: weatherSchema }), 'Weather in Oslo?');
        expect(result.finalOutput).toEqual({ city: 'Oslo', tempC: 21 });
        expect(schemaSent(served.upstream.requests.at(-1)!)).toMatchObject({ required: ['city', 'tempC'] });
        served.expectServedBy(t);
      }),
    );
  }
  compat('agents/responses', 'tools', 'app', async () => {
    await expect(run(assistant('app:shop', { tools: [weather] }), QUESTION)).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('app:shop runs its own tools'),
    });
    expect(served.upstream.requests).toEqual([]);
  });
  compat('agents/responses', 'structured', 'app', async () => {
    await expect(run(assistant('app:shop', { outputType: weatherSchema }), QUESTION)).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("app:shop answers in its prompt's own output format"),
    });
    expect(served.upstream.requests).toEqual([]);
  });
});
