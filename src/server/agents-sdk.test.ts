import { Agent, run, setDefaultOpenAIClient, setTracingDisabled, tool } from '@openai/agents';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { FakeUpstream } from '../../test/support/fake-upstream.js';
import { chatCompletion } from '../../test/support/openai-wire.js';
import { type ServedProject, shopProject, startServedProject } from '../../test/support/served-project.js';

// The OpenAI Agents SDK with its defaults: the Responses API, function tools and handoffs as tool calls.
let served: ServedProject;
let upstream: FakeUpstream;

beforeAll(async () => {
  served = await startServedProject((url) => shopProject(url));
  upstream = served.upstream;
  setTracingDisabled(true); // its own traces would go to OpenAI's servers
  // The SDK pins its own copy of the openai package; the client is the same at run time.
  const client = new OpenAI({ apiKey: 'unused', baseURL: `${served.server.url}/v1`, maxRetries: 0 });
  setDefaultOpenAIClient(client as unknown as Parameters<typeof setDefaultOpenAIClient>[0]);
});
afterAll(() => served.close());
beforeEach(() => upstream.reset());

describe('the OpenAI Agents SDK against tandem serve', () => {
  it('runs an agent that calls a tool, hands off to another agent, which answers', async () => {
    const weather = tool({
      name: 'weather',
      description: 'The weather in a city',
      parameters: z.object({ city: z.string() }),
      execute: async ({ city }) => `It is 21°C in ${city}.`,
    });
    const expert = new Agent({ name: 'Travel expert', instructions: 'Plan trips.', model: 'openai' });
    const triage = new Agent({
      name: 'Triage',
      instructions: 'Check the weather, then hand travel questions to the travel expert.',
      model: 'openai',
      tools: [weather],
      handoffs: [expert],
    });
    upstream.reply(
      {
        json: chatCompletion('', { toolCalls: [{ id: 'call_w', name: 'weather', args: { city: 'Oslo' } }] }),
      },
      {
        json: chatCompletion('', {
          toolCalls: [{ id: 'call_h', name: 'transfer_to_Travel_expert', args: {} }],
        }),
      },
      { json: chatCompletion('Pack a light jacket for Oslo.') },
    );
    const result = await run(triage, 'Should I pack a jacket for Oslo?');
    expect(result.finalOutput).toBe('Pack a light jacket for Oslo.');
    expect(result.lastAgent?.name).toBe('Travel expert');
    // Three model calls went through tandem; the tool's output reached the second one.
    expect(upstream.requests).toHaveLength(3);
    const second = upstream.requests[1]!.body.messages as Array<{ role: string; content: string }>;
    expect(second.find((m) => m.role === 'tool')?.content).toContain('21°C in Oslo');
    const offered = upstream.requests[0]!.body.tools.map(
      (t: { function: { name: string } }) => t.function.name,
    );
    expect(offered).toEqual(expect.arrayContaining(['weather', 'transfer_to_Travel_expert']));
  });
});
