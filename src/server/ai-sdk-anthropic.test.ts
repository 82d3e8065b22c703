import { createAnthropic } from '@ai-sdk/anthropic';
import { generateText, Output } from 'ai';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { aiSdkCells, expectRefusal, weatherSchema } from '../../test/support/ai-sdk-cells.js';
import {
  answer,
  type CompatServer,
  type CompatTarget,
  QUESTION,
  schemaSent,
  startCompatServer,
  toolCall,
  toolsSent,
} from '../../test/support/compat-project.js';

// The AI SDK's Anthropic provider against tandem's /v1/messages. For a model id it does not know as a Claude
// model (every tandem route, provider or app name) it asks for structured output with a forced `json` tool;
// for recent Claude models, and with structuredOutputMode 'outputFormat', with `output_config.format`.
// It warns on every call that it caps max_tokens at 4096 for a model it does not know: true, and noise here.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;
let served: CompatServer;
let anthropic: ReturnType<typeof createAnthropic>;

beforeAll(async () => {
  served = await startCompatServer();
  anthropic = createAnthropic({ baseURL: `${served.server.url}/v1`, apiKey: 'unused' });
});
afterAll(() => served.close());
beforeEach(() => served.reset());
afterEach(({ task }) => served.expectRowEndpoint(task.meta.compat));

const OSLO = { city: 'Oslo', tempC: 21 };
const outputFormat = { anthropic: { structuredOutputMode: 'outputFormat' as const } };

async function structuredBothWays(t: CompatTarget) {
  // Its default for a tandem model name: a forced tool named "json", whose input is the object.
  served.script(t, toolCall(t.wire, { id: 'toolu_json', name: 'json', args: OSLO }));
  const viaTool = await generateText({
    model: anthropic(t.model),
    prompt: 'Weather in Oslo as JSON',
    output: Output.object({ schema: weatherSchema }),
    maxRetries: 0,
  });
  expect(viaTool.output).toEqual(OSLO);
  expect(toolsSent(served.upstream.requests.at(-1)!)).toEqual(['json']);
  // Native structured output: output_config.format, honoured as the upstream's own structured output.
  served.script(t, answer(t.wire, JSON.stringify(OSLO)));
  const native = await generateText({
    model: anthropic(t.model),
    prompt: 'Weather in Oslo as JSON',
    output: Output.object({ schema: weatherSchema }),
    providerOptions: outputFormat,
    maxRetries: 0,
  });
  expect(native.output).toEqual(OSLO);
  expect(schemaSent(served.upstream.requests.at(-1)!)).toMatchObject({ required: ['city', 'tempC'] });
  served.expectServedBy(t);
}

aiSdkCells({
  row: 'ai-sdk/messages',
  wire: 'anthropic',
  served: () => served,
  model: (id) => anthropic(id),
  structured: {
    works: structuredBothWays,
    refused: async () => {
      const ask = (providerOptions?: typeof outputFormat) =>
        generateText({
          model: anthropic('app:shop'),
          prompt: QUESTION,
          output: Output.object({ schema: weatherSchema }),
          maxRetries: 0,
          ...(providerOptions ? { providerOptions } : {}),
        });
      await expectRefusal(served, ask(), 'app:shop runs its own tools');
      await expectRefusal(
        served,
        ask(outputFormat),
        "output_config.format: app:shop answers in its prompt's own output format",
      );
    },
  },
});
