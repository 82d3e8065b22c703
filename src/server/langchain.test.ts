import {
  type AIMessageChunk,
  type BaseMessage,
  HumanMessage,
  type ToolMessage,
} from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { ChatOpenAI } from '@langchain/openai';
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

// LangChain's ChatOpenAI, on the Responses API (useResponsesApi) and on Chat Completions (its default).
let served: CompatServer;

beforeAll(async () => {
  served = await startCompatServer();
});
afterAll(() => served.close());
beforeEach(() => served.reset());
afterEach(({ task }) => served.expectRowEndpoint(task.meta.compat));

const weatherSchema = z.object({ city: z.string(), tempC: z.number() });
const weather = tool(async ({ city }) => `It is 21°C in ${city}.`, {
  name: 'weather',
  description: 'The weather in a city',
  schema: z.object({ city: z.string() }),
});

function langchainRows(row: 'langchain/responses' | 'langchain/chat', useResponsesApi: boolean) {
  const chat = (model: string) =>
    new ChatOpenAI({
      model,
      apiKey: 'unused',
      configuration: { baseURL: `${served.server.url}/v1` },
      maxRetries: 0, // its default retries errors six times with backoff
      useResponsesApi,
    });
  const on = (kind: TargetKind, fn: (t: CompatTarget) => Promise<void>) => () =>
    fn(served.targets('openai').find((t) => t.kind === kind)!);

  compatRow(row, () => {
    for (const kind of TARGET_KINDS) {
      compat(
        row,
        'text',
        kind,
        on(kind, async (t) => {
          served.script(t, answer(t.wire, 'The shop opens at 9:00.'));
          const msg = await chat(t.model).invoke(QUESTION);
          expect(msg.text).toBe('The shop opens at 9:00.');
          served.expectServedBy(t);
        }),
      );
      compat(
        row,
        'stream',
        kind,
        on(kind, async (t) => {
          served.script(t, streamed(t.wire, ['The shop ', 'opens ', 'at 9:00.'], [7, 3]));
          const deltas: string[] = [];
          for await (const chunk of await chat(t.model).stream(QUESTION))
            if (chunk.text) deltas.push(chunk.text);
          expect(deltas.join('')).toBe('The shop opens at 9:00.');
          served.expectServedBy(t);
        }),
      );
      compat(
        row,
        'usage',
        kind,
        on(kind, async (t) => {
          served.script(t, answer(t.wire, 'Nine.', [21, 4]), streamed(t.wire, ['Ni', 'ne.'], [23, 2]));
          const msg = await chat(t.model).invoke(QUESTION);
          expect(msg.usage_metadata).toMatchObject({ input_tokens: 21, output_tokens: 4, total_tokens: 25 });
          let whole: AIMessageChunk | undefined;
          for await (const chunk of await chat(t.model).stream(QUESTION))
            whole = whole ? whole.concat(chunk) : chunk;
          expect(whole?.usage_metadata).toMatchObject({
            input_tokens: 23,
            output_tokens: 2,
            total_tokens: 25,
          });
        }),
      );
      compat(
        row,
        'errors',
        kind,
        on(kind, async (t) => {
          const e = served.provokeError(t);
          const expected = { status: e.status, message: expect.stringContaining(e.message) };
          await expect(chat(e.model).invoke(QUESTION)).rejects.toMatchObject(expected);
          served.provokeError(t);
          const streamedCall = async () => {
            for await (const _ of await chat(e.model).stream(QUESTION));
          };
          await expect(streamedCall()).rejects.toMatchObject(expected);
        }),
      );
    }
    for (const kind of ['provider', 'route'] as const) {
      compat(
        row,
        'tools',
        kind,
        on(kind, async (t) => {
          served.script(
            t,
            toolCall(t.wire, { id: 'call_1', name: 'weather', args: { city: 'Oslo' } }),
            answer(t.wire, 'It is 21°C in Oslo.'),
          );
          const model = chat(t.model).bindTools([weather]);
          const messages: BaseMessage[] = [new HumanMessage('Weather in Oslo?')];
          const first = await model.invoke(messages);
          expect(first.tool_calls).toEqual([
            expect.objectContaining({ id: 'call_1', name: 'weather', args: { city: 'Oslo' } }),
          ]);
          const result = await weather.invoke(first.tool_calls![0]!);
          messages.push(first, result as ToolMessage);
          const second = await model.invoke(messages);
          expect(second.text).toBe('It is 21°C in Oslo.');
          const sent = served.upstream.requests.at(-1)!;
          expect(toolsSent(sent)).toEqual(['weather']);
          expect(toolResultSent(sent)).toEqual({ id: 'call_1', content: 'It is 21°C in Oslo.' });
          // Streamed: the call's chunks concatenate into the same tool call.
          served.script(
            t,
            streamedToolCall(t.wire, { id: 'call_2', name: 'weather', args: { city: 'Rome' } }),
          );
          let whole: AIMessageChunk | undefined;
          for await (const chunk of await model.stream('Weather in Rome?'))
            whole = whole ? whole.concat(chunk) : chunk;
          expect(whole?.tool_calls).toEqual([
            expect.objectContaining({ id: 'call_2', name: 'weather', args: { city: 'Rome' } }),
          ]);
          served.expectServedBy(t);
        }),
      );
      compat(
        row,
        'structured',
        kind,
        on(kind, async (t) => {
          // Its default method for a model name it does not know as an old one: a JSON schema (text.format on
          // the Responses API, response_format on Chat Completions), not a function call.
          served.script(t, answer(t.wire, '{"city":"Oslo","tempC":21}'));
          const weatherNow = await chat(t.model)
            .withStructuredOutput(weatherSchema)
            .invoke('Weather in Oslo?');
          expect(weatherNow).toEqual({ city: 'Oslo', tempC: 21 });
          const sent = served.upstream.requests.at(-1)!;
          expect([sent.body.response_format.type, sent.body.tools]).toEqual(['json_schema', undefined]);
          expect(schemaSent(sent)).toMatchObject({ required: ['city', 'tempC'] });
          served.expectServedBy(t);
        }),
      );
    }
    compat(row, 'tools', 'app', async () => {
      await expect(chat('app:shop').bindTools([weather]).invoke(QUESTION)).rejects.toMatchObject({
        status: 400,
        message: expect.stringContaining('app:shop runs its own tools'),
      });
      expect(served.upstream.requests).toEqual([]);
    });
    compat(row, 'structured', 'app', async () => {
      await expect(
        chat('app:shop').withStructuredOutput(weatherSchema).invoke(QUESTION),
      ).rejects.toMatchObject({
        status: 400,
        message: expect.stringContaining("app:shop answers in its prompt's own output format"),
      });
      expect(served.upstream.requests).toEqual([]);
    });
  });
}

langchainRows('langchain/responses', true);
langchainRows('langchain/chat', false);
