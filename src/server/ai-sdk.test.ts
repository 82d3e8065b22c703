import { createOpenAI } from '@ai-sdk/openai';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { aiSdkCells } from '../../test/support/ai-sdk-cells.js';
import { type CompatServer, schemaSent, startCompatServer } from '../../test/support/compat-project.js';

// The Vercel AI SDK's OpenAI provider: `openai(model)` speaks the Responses API (its default),
// `openai.chat(model)` Chat Completions. tandem must answer both as they are.
let served: CompatServer;
let openai: ReturnType<typeof createOpenAI>;

beforeAll(async () => {
  served = await startCompatServer();
  openai = createOpenAI({ baseURL: `${served.server.url}/v1`, apiKey: 'unused' });
});
afterAll(() => served.close());
beforeEach(() => served.reset());
afterEach(({ task }) => served.expectRowEndpoint(task.meta.compat));

// Whatever the client's endpoint, the schema reaches the chat upstream as response_format json_schema.
const expectSchemaSent = () => {
  const sent = served.upstream.requests.at(-1)!;
  expect(sent.body.response_format.type).toBe('json_schema');
  expect(schemaSent(sent)).toMatchObject({ required: ['city', 'tempC'] });
};

aiSdkCells({
  row: 'ai-sdk/responses',
  wire: 'openai',
  served: () => served,
  model: (id) => openai(id),
  expectStructuredRequest: expectSchemaSent,
});

aiSdkCells({
  row: 'ai-sdk/chat',
  wire: 'openai',
  served: () => served,
  model: (id) => openai.chat(id),
  expectStructuredRequest: expectSchemaSent,
});
