import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeUpstream } from '../../test/support/fake-upstream.js';
import { chatCompletion, chatStream } from '../../test/support/openai-wire.js';
import type { RunningServer } from '../../test/support/serve-app.js';
import {
  expectOpeningHoursTrace,
  type ServedProject,
  shopProject,
  startServedProject,
} from '../../test/support/served-project.js';
import type { Project } from '../pipeline/index.js';

let served: ServedProject;
let upstream: FakeUpstream;
let project: Project;
let server: RunningServer;
let client: Anthropic;

beforeAll(async () => {
  served = await startServedProject((url) => shopProject(url));
  ({ upstream, project, server } = served);
  await (await project.knowledge.get('help')).ingest();
  client = new Anthropic({ apiKey: 'unused', baseURL: server.url, maxRetries: 0 });
});
afterAll(() => served.close());

const lookupTool = {
  name: 'lookup',
  description: 'Finds an order',
  input_schema: { type: 'object' as const, properties: { id: { type: 'number' } } },
};

describe('tandem serve: the Anthropic Messages API', () => {
  it('answers through a route, with the system prompt passed on and usage counted', async () => {
    const { data, response } = await client.messages
      .create({
        model: 'main',
        max_tokens: 100,
        system: 'Be brief.',
        messages: [{ role: 'user', content: 'Hi' }],
      })
      .withResponse();
    expect(data.content).toEqual([{ type: 'text', text: 'Hello from upstream' }]);
    expect(data.stop_reason).toBe('end_turn');
    expect(data.usage).toMatchObject({ input_tokens: 12, output_tokens: 5 });
    expect(response.headers.get('x-tandem-provider')).toBe('openai');
    const sent = upstream.requests.at(-1)!.body;
    expect(sent.messages[0]).toEqual({ role: 'system', content: 'Be brief.' });
    expect(sent.max_tokens ?? sent.max_completion_tokens).toBe(100);
  });

  it('streams as Anthropic events the SDK assembles into the final message', async () => {
    upstream.reply({ sse: chatStream(['Hel', 'lo'], { usage: [7, 2] }) });
    const stream = client.messages.stream({
      model: 'main',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'Hi' }],
    });
    const deltas: string[] = [];
    stream.on('text', (t) => deltas.push(t));
    const final = await stream.finalMessage();
    expect(deltas).toEqual(['Hel', 'lo']);
    expect(final.content).toEqual([{ type: 'text', text: 'Hello' }]);
    expect(final.usage.output_tokens).toBe(2);
  });

  it('forces a named tool, returns tool_use, and takes the tool_result back', async () => {
    upstream.reply({
      json: chatCompletion('', { toolCalls: [{ id: 'call_1', name: 'lookup', args: { id: 3 } }] }),
    });
    const first = await client.messages.create({
      model: 'openai',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'find order 3' }],
      tools: [lookupTool, { ...lookupTool, name: 'cancel' }],
      tool_choice: { type: 'tool', name: 'lookup' },
    });
    expect(first.stop_reason).toBe('tool_use');
    expect(first.content).toEqual([{ type: 'tool_use', id: 'call_1', name: 'lookup', input: { id: 3 } }]);
    const asked = upstream.requests.at(-1)!.body;
    expect(asked.tools.map((t: { function: { name: string } }) => t.function.name)).toEqual(['lookup']);
    expect(asked.tool_choice).toBe('required');

    upstream.reply({ json: chatCompletion('Order 3 shipped.') });
    const second = await client.messages.create({
      model: 'openai',
      max_tokens: 100,
      messages: [
        { role: 'user', content: 'find order 3' },
        { role: 'assistant', content: first.content },
        {
          role: 'user',
          content: [{ type: 'tool_result', tool_use_id: 'call_1', content: 'status: shipped' }],
        },
      ],
      tools: [lookupTool],
    });
    expect(second.content[0]).toMatchObject({ type: 'text', text: 'Order 3 shipped.' });
    const followUp = upstream.requests.at(-1)!.body.messages;
    expect(followUp.at(-2)).toMatchObject({ role: 'assistant', tool_calls: [{ id: 'call_1' }] });
    expect(followUp.at(-1)).toMatchObject({
      role: 'tool',
      tool_call_id: 'call_1',
      content: 'status: shipped',
    });
  });

  it('streams a tool call as a tool_use block with its input', async () => {
    upstream.reply({
      sse: chatStream([], { toolCall: { id: 'call_9', name: 'lookup', args: ['{"id"', ':9}'] } }),
    });
    const final = await client.messages
      .stream({
        model: 'openai',
        max_tokens: 50,
        messages: [{ role: 'user', content: 'x' }],
        tools: [lookupTool],
      })
      .finalMessage();
    expect(final.stop_reason).toBe('tool_use');
    expect(final.content).toEqual([{ type: 'tool_use', id: 'call_9', name: 'lookup', input: { id: 9 } }]);
  });

  it('runs an app with citations and the trace id', async () => {
    const res = (await client.messages.create({
      model: 'app:support',
      max_tokens: 200,
      messages: [{ role: 'user', content: 'When does the shop open on weekdays?' }],
    })) as Anthropic.Message & { tandem: { traceId: string; citations: Array<{ source: string }> } };
    expect(res.content[0]).toMatchObject({ type: 'text', text: expect.stringContaining('9:00 on weekdays') });
    expect(res.tandem.citations[0]!.source).toBe('kb/hours.md');
    await expectOpeningHoursTrace(project, res.tandem.traceId);
  });

  it('answers errors in the Anthropic shape the SDK maps to its error classes', async () => {
    const notFound = await client.messages
      .create({ model: 'claude-nope', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] })
      .catch((e) => e);
    expect(notFound).toBeInstanceOf(Anthropic.NotFoundError);
    expect(notFound.error).toMatchObject({ type: 'error', error: { type: 'not_found_error' } });
    expect(notFound.error.error.message).toContain('model "claude-nope" is not a route, provider or app');

    const noMax = await fetch(`${server.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'main', messages: [{ role: 'user', content: 'x' }] }),
    });
    expect(noMax.status).toBe(400);
    expect(await noMax.json()).toMatchObject({
      type: 'error',
      error: { type: 'invalid_request_error', message: expect.stringContaining('max_tokens') },
    });

    const image = await client.messages
      .create({
        model: 'main',
        max_tokens: 10,
        messages: [
          {
            role: 'user',
            content: [{ type: 'image', source: { type: 'url', url: 'http://127.0.0.1/x.png' } }],
          },
        ],
      })
      .catch((e) => e);
    expect(image).toBeInstanceOf(Anthropic.BadRequestError);
    expect(image.error.error.message).toContain('messages.0.content.0: "image" blocks are not supported');

    const huge = await client.messages
      .create({
        model: 'main',
        max_tokens: 10,
        messages: [{ role: 'user', content: 'x'.repeat(6 * 1024 * 1024) }],
      })
      .catch((e) => e);
    expect(huge).toBeInstanceOf(Anthropic.APIError);
    expect(huge.status).toBe(413);
    expect(huge.error).toMatchObject({ type: 'error', error: { type: 'request_too_large' } });

    upstream.reply({ status: 429, headers: { 'retry-after': '3' } });
    const limited = await client.messages
      .create({ model: 'openai', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] })
      .catch((e) => e);
    expect(limited).toBeInstanceOf(Anthropic.RateLimitError);
  });

  it('refuses out-of-range numbers with a 400 that says what is allowed and what was sent', async () => {
    const negative = await client.messages
      .create({ model: 'main', max_tokens: -5, messages: [{ role: 'user', content: 'x' }] })
      .catch((e) => e);
    expect(negative).toBeInstanceOf(Anthropic.BadRequestError);
    expect(negative.error).toEqual({
      type: 'error',
      error: {
        type: 'invalid_request_error',
        message: 'max_tokens: must be a whole number of at least 1, got -5',
      },
    });
    const streamed = await client.messages
      .create({
        model: 'main',
        max_tokens: 10,
        ...{ temperature: 1.5 }, // the SDK's types no longer list it for every model; the API takes it
        stream: true,
        messages: [{ role: 'user', content: 'x' }],
      })
      .catch((e) => e);
    expect(streamed).toBeInstanceOf(Anthropic.BadRequestError);
    expect(streamed.error.error.message).toBe('temperature: must be a number from 0 to 1, got 1.5');
  });

  it('raises a stream cut by the upstream as an error in the SDK, not a silent short answer', async () => {
    upstream.reply({ sse: chatStream(['one ', 'two ', 'three'], { usage: [3, 3] }), cutAfter: 2 } as never);
    const stream = client.messages.stream({
      model: 'openai',
      max_tokens: 50,
      messages: [{ role: 'user', content: 'count' }],
    });
    const err = await stream.finalMessage().catch((e) => e);
    expect(err).toBeInstanceOf(Anthropic.APIError);
    expect(err.error).toMatchObject({ type: 'error', error: { type: 'api_error' } });
  });
});

describe('tandem serve: Anthropic parity', () => {
  it('honours output_config.format (and the older output_format) as structured output', async () => {
    const schema = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] };
    upstream.reply({ json: chatCompletion('{"city":"Oslo"}') });
    const res = await client.messages.create({
      model: 'main',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'Which city?' }],
      // biome-ignore lint/suspicious/noExplicitAny: a field newer than the SDK's types
      ...({ output_config: { format: { type: 'json_schema', schema } } } as any),
    });
    expect(res.content).toEqual([{ type: 'text', text: '{"city":"Oslo"}' }]);
    expect(upstream.requests.at(-1)!.body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { schema },
    });
    upstream.reply({ json: chatCompletion('{"city":"Rome"}') });
    await client.messages.create({
      model: 'main',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'Which city?' }],
      // biome-ignore lint/suspicious/noExplicitAny: the earlier beta field
      ...({ output_format: { type: 'json_schema', schema } } as any),
    });
    expect(upstream.requests.at(-1)!.body.response_format.type).toBe('json_schema');
  });

  it('counts input tokens (count_tokens), and message_start carries them when streaming', async () => {
    const params = {
      model: 'main',
      system: 'Be brief.',
      messages: [{ role: 'user' as const, content: 'How many tokens is this question, roughly?' }],
    };
    const counted = await client.messages.countTokens(params);
    expect(counted.input_tokens).toBeGreaterThan(10);
    expect(counted.input_tokens).toBeLessThan(40);
    upstream.reply({ sse: chatStream(['Ok'], { usage: [19, 1] }) });
    const stream = client.messages.stream({ ...params, max_tokens: 50 });
    let startTokens = -1;
    stream.on('streamEvent', (ev) => {
      if (ev.type === 'message_start') startTokens = ev.message.usage.input_tokens;
    });
    await stream.finalMessage();
    expect(startTokens).toBe(counted.input_tokens);
  });

  it('lists models in Anthropic shape to an Anthropic client, in OpenAI shape to others', async () => {
    const page = await client.models.list();
    const ids = page.data.map((m) => m.id);
    expect(ids).toContain('app:support');
    expect(page.data[0]).toMatchObject({ type: 'model', display_name: page.data[0]!.id });
    const openaiShape = (await (await fetch(`${server.url}/v1/models`)).json()) as { object: string };
    expect(openaiShape.object).toBe('list');
    expect((await client.models.retrieve('main')).type).toBe('model');
  });
});

describe('tandem serve: an app over the Anthropic format', () => {
  it("refuses a client's tools for an app with a 400 that says why", async () => {
    await expect(
      client.messages.create({
        model: 'app:support',
        max_tokens: 50,
        messages: [{ role: 'user', content: 'When does the shop open?' }],
        tools: [lookupTool],
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('runs its own tools') });
  });
});
