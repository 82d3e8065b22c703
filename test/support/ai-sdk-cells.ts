/**
 * The matrix cells of one AI SDK model factory (`openai()`, `openai.chat()`, `anthropic()`) against tandem
 * serve: generateText, streamText, a tool loop, `Output.object`, usage and errors, over each target. What
 * differs between the factories (the wire they speak, how they ask for structured output) is passed in.
 */
import type { LanguageModel } from 'ai';
import { APICallError, generateText, Output, stepCountIs, streamText, tool } from 'ai';
import { expect } from 'vitest';
import { z } from 'zod';
import { compat, compatRow, TARGET_KINDS } from './compat.js';
import {
  answer,
  type CompatServer,
  type CompatTarget,
  QUESTION,
  streamed,
  streamedToolCall,
  toolCall,
  toolResultSent,
  toolsSent,
  type Wire,
} from './compat-project.js';

/** One AI SDK factory's row: what differs from the others. */
export interface AiSdkRow {
  row: 'ai-sdk/responses' | 'ai-sdk/chat' | 'ai-sdk/messages';
  /** The wire the factory speaks: its provider target is the one speaking it too. */
  wire: Wire;
  served: () => CompatServer;
  model: (id: string) => LanguageModel;
  /** Checks the request that asked for structured output, over a provider or route. */
  expectStructuredRequest?: (target: CompatTarget) => void;
  /** The structured-output cells, when the factory needs its own (over a provider or route, and the app's refusal). */
  structured?: { works: (t: CompatTarget) => Promise<void>; refused: () => Promise<void> };
}

/** The object the structured-output cells ask for. */
export const weatherSchema = z.object({ city: z.string(), tempC: z.number() });
const weatherTool = tool({
  description: 'The weather in a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, tempC: 21 }),
});

/** Registers the row's cells. */
export function aiSdkCells(r: AiSdkRow): void {
  const on = (kind: CompatTarget['kind'], fn: (t: CompatTarget) => Promise<void>) => () =>
    fn(
      r
        .served()
        .targets(r.wire)
        .find((t) => t.kind === kind)!,
    );
  compatRow(r.row, () => {
    for (const kind of TARGET_KINDS) {
      compat(
        r.row,
        'text',
        kind,
        on(kind, (t) => text(r, t)),
      );
      compat(
        r.row,
        'stream',
        kind,
        on(kind, (t) => stream(r, t)),
      );
      compat(
        r.row,
        'usage',
        kind,
        on(kind, (t) => usage(r, t)),
      );
      compat(
        r.row,
        'errors',
        kind,
        on(kind, (t) => errors(r, t)),
      );
    }
    for (const kind of ['provider', 'route'] as const) {
      compat(
        r.row,
        'tools',
        kind,
        on(kind, (t) => toolLoop(r, t)),
      );
      compat(
        r.row,
        'structured',
        kind,
        on(kind, (t) => (r.structured ? r.structured.works(t) : structured(r, t))),
      );
    }
    compat(r.row, 'tools', 'app', async () => {
      const call = generateText({
        model: r.model('app:shop'),
        prompt: QUESTION,
        tools: { weather: weatherTool },
        maxRetries: 0,
      });
      await expectRefusal(r.served(), call, 'app:shop runs its own tools');
    });
    compat(r.row, 'structured', 'app', async () => {
      if (r.structured) return r.structured.refused();
      const call = generateText({
        model: r.model('app:shop'),
        prompt: QUESTION,
        output: Output.object({ schema: weatherSchema }),
        maxRetries: 0,
      });
      await expectRefusal(r.served(), call, "app:shop answers in its prompt's own output format");
    });
  });
}

async function text(r: AiSdkRow, t: CompatTarget) {
  r.served().script(t, answer(t.wire, 'The shop opens at 9:00.'));
  const res = await generateText({ model: r.model(t.model), prompt: QUESTION, maxRetries: 0 });
  expect([res.text, res.finishReason]).toEqual(['The shop opens at 9:00.', 'stop']);
  r.served().expectServedBy(t);
}

async function stream(r: AiSdkRow, t: CompatTarget) {
  r.served().script(t, streamed(t.wire, ['The shop ', 'opens ', 'at 9:00.'], [7, 3]));
  const res = streamText({ model: r.model(t.model), prompt: QUESTION, maxRetries: 0 });
  const deltas: string[] = [];
  for await (const d of res.textStream) deltas.push(d);
  expect(deltas.join('')).toBe('The shop opens at 9:00.');
  expect(await res.finishReason).toBe('stop');
  r.served().expectServedBy(t);
}

async function usage(r: AiSdkRow, t: CompatTarget) {
  r.served().script(t, answer(t.wire, 'Nine.', [21, 4]), streamed(t.wire, ['Ni', 'ne.'], [23, 2]));
  const res = await generateText({ model: r.model(t.model), prompt: QUESTION, maxRetries: 0 });
  expect(res.usage).toMatchObject({ inputTokens: 21, outputTokens: 4, totalTokens: 25 });
  const streamedRes = streamText({ model: r.model(t.model), prompt: QUESTION, maxRetries: 0 });
  await streamedRes.consumeStream();
  expect(await streamedRes.usage).toMatchObject({ inputTokens: 23, outputTokens: 2, totalTokens: 25 });
}

async function errors(r: AiSdkRow, t: CompatTarget) {
  const e = r.served().provokeError(t);
  const err = await generateText({ model: r.model(e.model), prompt: QUESTION, maxRetries: 0 }).catch(
    (x) => x,
  );
  // Streamed, the SDK hands the error to onError (the text stream itself just ends).
  r.served().provokeError(t);
  const seen: unknown[] = [];
  const live = streamText({
    model: r.model(e.model),
    prompt: QUESTION,
    maxRetries: 0,
    onError: ({ error }) => {
      seen.push(error);
    },
  });
  await live.consumeStream();
  for (const x of [err, seen[0]]) {
    expect(APICallError.isInstance(x)).toBe(true);
    expect((x as APICallError).statusCode).toBe(e.status);
    expect((x as APICallError).message).toContain(e.message);
  }
}

async function toolLoop(r: AiSdkRow, t: CompatTarget) {
  const served = r.served();
  served.script(
    t,
    toolCall(t.wire, { id: 'call_7', name: 'weather', args: { city: 'Oslo' } }),
    answer(t.wire, 'It is 21°C in Oslo.'),
  );
  const res = await generateText({
    model: r.model(t.model),
    prompt: 'Weather in Oslo?',
    tools: { weather: weatherTool },
    stopWhen: stepCountIs(3),
    maxRetries: 0,
  });
  expect(res.text).toBe('It is 21°C in Oslo.');
  expect(res.steps[0]!.toolCalls[0]).toMatchObject({ toolName: 'weather', input: { city: 'Oslo' } });
  const sent = served.upstream.requests.at(-1)!;
  expect(toolsSent(sent)).toEqual(['weather']);
  const result = toolResultSent(sent)!;
  expect(result.id).toBe('call_7');
  expect(result.content).toContain('"tempC":21');
  // Streamed: the call's arguments arrive in pieces, the tool runs, the answer streams.
  served.script(
    t,
    streamedToolCall(t.wire, { id: 'call_8', name: 'weather', args: { city: 'Oslo' } }),
    streamed(t.wire, ['It is 21°C ', 'in Oslo.'], [9, 4]),
  );
  const live = streamText({
    model: r.model(t.model),
    prompt: 'Weather in Oslo?',
    tools: { weather: weatherTool },
    stopWhen: stepCountIs(3),
    maxRetries: 0,
  });
  expect(await live.text).toBe('It is 21°C in Oslo.');
  expect((await live.steps)[0]!.toolCalls[0]).toMatchObject({ toolName: 'weather', input: { city: 'Oslo' } });
  expect(toolResultSent(served.upstream.requests.at(-1)!)!.id).toBe('call_8');
  served.expectServedBy(t);
}

async function structured(r: AiSdkRow, t: CompatTarget) {
  r.served().script(t, answer(t.wire, '{"city":"Oslo","tempC":21}'));
  const res = await generateText({
    model: r.model(t.model),
    prompt: 'Weather in Oslo as JSON',
    output: Output.object({ schema: weatherSchema }),
    maxRetries: 0,
  });
  expect(res.output).toEqual({ city: 'Oslo', tempC: 21 });
  r.expectStructuredRequest?.(t);
  r.served().expectServedBy(t);
}

/** Checks an app refused the call with a 400 the client raises with tandem's reason, before any model call. */
export async function expectRefusal(served: CompatServer, call: Promise<unknown>, reason: string) {
  const err = (await call.catch((x) => x)) as APICallError;
  expect(APICallError.isInstance(err)).toBe(true);
  expect(err.statusCode).toBe(400);
  expect(err.message).toContain(reason);
  expect(served.upstream.requests).toEqual([]);
}
