import { createOpenAI } from '@ai-sdk/openai';
import { generateText, Output, stepCountIs, streamText, tool } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { FakeUpstream } from '../../test/support/fake-upstream.js';
import { chatCompletion, chatStream } from '../../test/support/openai-wire.js';
import { type ServedProject, shopProject, startServedProject } from '../../test/support/served-project.js';

// The Vercel AI SDK's `openai(model)` speaks the Responses API by default: tandem must answer it as it is.
let served: ServedProject;
let upstream: FakeUpstream;
let openai: ReturnType<typeof createOpenAI>;

beforeAll(async () => {
  served = await startServedProject((url) => shopProject(url));
  upstream = served.upstream;
  await (await served.project.knowledge.get('help')).ingest();
  openai = createOpenAI({ baseURL: `${served.server.url}/v1`, apiKey: 'unused' });
});
afterAll(() => served.close());
beforeEach(() => upstream.reset());

describe('the AI SDK with its default model (the Responses API) against tandem serve', () => {
  it('generates text from an app and from a provider, with usage', async () => {
    const fromApp = await generateText({
      model: openai('app:support'),
      prompt: 'When does the shop open on weekdays?',
    });
    expect(fromApp.text).toContain('9:00');
    upstream.reply({ json: chatCompletion('Hello from the provider.', { usage: [9, 4] }) });
    const fromProvider = await generateText({ model: openai('openai'), prompt: 'Say hello' });
    expect(fromProvider.text).toBe('Hello from the provider.');
    expect(fromProvider.usage).toMatchObject({ inputTokens: 9, outputTokens: 4 });
  });

  it('streams text', async () => {
    upstream.reply({ sse: chatStream(['Str', 'eam', 'ed.'], { usage: [5, 3] }) });
    const result = streamText({ model: openai('openai'), prompt: 'Stream something' });
    let text = '';
    for await (const piece of result.textStream) text += piece;
    expect(text).toBe('Streamed.');
    expect((await result.usage).outputTokens).toBe(3);
  });

  it('runs a tool loop: the call, the tool result sent back, the final answer', async () => {
    upstream.reply(
      {
        json: chatCompletion('', { toolCalls: [{ id: 'call_7', name: 'weather', args: { city: 'Oslo' } }] }),
      },
      { json: chatCompletion('It is 21°C in Oslo.') },
    );
    const result = await generateText({
      model: openai('openai'),
      prompt: 'Weather in Oslo?',
      tools: {
        weather: tool({
          description: 'The weather in a city',
          inputSchema: z.object({ city: z.string() }),
          execute: async ({ city }) => ({ city, tempC: 21 }),
        }),
      },
      stopWhen: stepCountIs(3),
    });
    expect(result.text).toBe('It is 21°C in Oslo.');
    expect(result.steps[0]!.toolCalls[0]).toMatchObject({ toolName: 'weather', input: { city: 'Oslo' } });
    // The second upstream call carried the tool's result for the call it answers.
    const sent = upstream.requests.at(-1)!.body.messages;
    expect(sent.at(-1)).toMatchObject({ role: 'tool', tool_call_id: 'call_7' });
    expect(JSON.parse(sent.at(-1).content)).toMatchObject({ tempC: 21 });
  });

  it('asks for structured output (text.format json_schema) and gets the object', async () => {
    upstream.reply({ json: chatCompletion('{"city":"Oslo","tempC":21}') });
    const result = await generateText({
      model: openai('openai'),
      prompt: 'Weather in Oslo as JSON',
      output: Output.object({ schema: z.object({ city: z.string(), tempC: z.number() }) }),
    });
    expect(result.output).toEqual({ city: 'Oslo', tempC: 21 });
    expect(upstream.requests.at(-1)!.body.response_format.type).toBe('json_schema');
  });
});
