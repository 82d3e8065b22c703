import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeUpstream } from '../../test/support/fake-upstream.js';
import { chatCompletion, chatStream } from '../../test/support/openai-wire.js';
import { type ServedProject, shopProject, startServedProject } from '../../test/support/served-project.js';

let served: ServedProject;
let upstream: FakeUpstream;
let client: OpenAI;

beforeAll(async () => {
  served = await startServedProject((url) => shopProject(url));
  upstream = served.upstream;
  await (await served.project.knowledge.get('help')).ingest();
  client = new OpenAI({ apiKey: 'unused', baseURL: `${served.server.url}/v1`, maxRetries: 0 });
});
afterAll(() => served.close());
beforeEach(() => upstream.reset());

const weather = {
  type: 'function' as const,
  name: 'weather',
  description: 'The weather in a city',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  strict: false,
};

describe('POST /v1/responses with the official OpenAI client', () => {
  it('answers a string input from a provider, translated to its chat API, with usage in the Responses shape', async () => {
    upstream.reply({ json: chatCompletion('Hello there.', { usage: [11, 3] }) });
    const r = await client.responses.create({
      model: 'openai',
      input: 'Say hello',
      instructions: 'Be brief.',
    });
    expect(r.id).toMatch(/^resp_/);
    // `model` names the model that answered, as the upstream named it.
    expect([r.object, r.status, r.model, r.output_text]).toEqual([
      'response',
      'completed',
      'gpt-4o-mini-2024-07-18',
      'Hello there.',
    ]);
    expect(r.usage).toMatchObject({ input_tokens: 11, output_tokens: 3, total_tokens: 14 });
    expect(upstream.requests.at(-1)!.body.messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Say hello' },
    ]);
  });

  it('streams the Responses event sequence, and the deltas make the final text', async () => {
    upstream.reply({ sse: chatStream(['Hel', 'lo'], { usage: [7, 2] }) });
    const stream = await client.responses.create({ model: 'openai', input: 'Say hello', stream: true });
    const types: string[] = [];
    let text = '';
    let completed: OpenAI.Responses.Response | undefined;
    for await (const ev of stream) {
      types.push(ev.type);
      if (ev.type === 'response.output_text.delta') text += ev.delta;
      if (ev.type === 'response.completed') completed = ev.response;
    }
    expect(types).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(text).toBe('Hello');
    const message = completed?.output[0] as OpenAI.Responses.ResponseOutputMessage;
    expect(message.content[0]).toMatchObject({ type: 'output_text', text: 'Hello' });
    expect(completed?.usage).toMatchObject({ input_tokens: 7, output_tokens: 2 });
  });

  it('calls a function tool, then continues the stored conversation with its output (previous_response_id)', async () => {
    upstream.reply({
      json: chatCompletion('', { toolCalls: [{ id: 'call_1', name: 'weather', args: { city: 'Oslo' } }] }),
    });
    const first = await client.responses.create({
      model: 'openai',
      input: 'Weather in Oslo?',
      tools: [weather],
    });
    const call = first.output.find(
      (o) => o.type === 'function_call',
    ) as OpenAI.Responses.ResponseFunctionToolCall;
    expect([call.call_id, call.name, JSON.parse(call.arguments)]).toEqual([
      'call_1',
      'weather',
      { city: 'Oslo' },
    ]);
    expect(upstream.requests.at(-1)!.body.tools[0].function.name).toBe('weather');

    upstream.reply({ json: chatCompletion('It is 21°C in Oslo.') });
    const second = await client.responses.create({
      model: 'openai',
      previous_response_id: first.id,
      input: [{ type: 'function_call_output', call_id: 'call_1', output: '{"tempC":21}' }],
      tools: [weather],
    });
    expect(second.output_text).toBe('It is 21°C in Oslo.');
    expect(second.previous_response_id).toBe(first.id);
    // The upstream saw the whole conversation: the question, the call, and its result.
    const sent = upstream.requests.at(-1)!.body.messages;
    expect(sent.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant', 'tool']);
    expect(sent[1].tool_calls[0]).toMatchObject({ id: 'call_1', function: { name: 'weather' } });
    expect(sent[2]).toMatchObject({ role: 'tool', tool_call_id: 'call_1', content: '{"tempC":21}' });
  });

  it('streams a function call as its item and argument events', async () => {
    upstream.reply({
      sse: chatStream([], { toolCall: { id: 'call_9', name: 'weather', args: ['{"city":', '"Rome"}'] } }),
    });
    const stream = await client.responses.create({
      model: 'openai',
      input: 'Weather in Rome?',
      tools: [weather],
      stream: true,
    });
    const events: OpenAI.Responses.ResponseStreamEvent[] = [];
    for await (const ev of stream) events.push(ev);
    const done = events.find((e) => e.type === 'response.function_call_arguments.done') as
      | OpenAI.Responses.ResponseFunctionCallArgumentsDoneEvent
      | undefined;
    expect(JSON.parse(done!.arguments)).toEqual({ city: 'Rome' });
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
    expect(events.at(-1)!.type).toBe('response.completed');
  });

  it('keeps responses to read and delete; store: false keeps nothing; an unknown id is a 404', async () => {
    upstream.reply({ json: chatCompletion('Kept.') });
    const kept = await client.responses.create({ model: 'openai', input: 'Keep this' });
    expect((await client.responses.retrieve(kept.id)).output_text).toBe('Kept.');
    await client.responses.delete(kept.id);
    await expect(client.responses.retrieve(kept.id)).rejects.toMatchObject({ status: 404 });

    upstream.reply({ json: chatCompletion('Not kept.') });
    const notKept = await client.responses.create({ model: 'openai', input: 'Do not keep', store: false });
    await expect(client.responses.retrieve(notKept.id)).rejects.toMatchObject({ status: 404 });
    await expect(
      client.responses.create({ model: 'openai', input: 'Go on', previous_response_id: 'resp_nope' }),
    ).rejects.toMatchObject({ status: 404, param: 'previous_response_id' });
  });

  it('passes text.format json_schema on as the upstream structured output', async () => {
    upstream.reply({ json: chatCompletion('{"city":"Oslo"}') });
    const r = await client.responses.create({
      model: 'openai',
      input: 'Which city?',
      text: {
        format: {
          type: 'json_schema',
          name: 'place',
          schema: { type: 'object', properties: { city: { type: 'string' } } },
        },
      },
    });
    expect(JSON.parse(r.output_text)).toEqual({ city: 'Oslo' });
    expect(upstream.requests.at(-1)!.body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'place' },
    });
  });

  it('answers from an app, streamed or not, with its citations and grounding in the tandem field', async () => {
    const r = (await client.responses.create({
      model: 'app:support',
      input: 'When does the shop open on weekdays?',
    })) as OpenAI.Responses.Response & {
      tandem: { citations: Array<{ source: string }>; grounding: { grounded: boolean } };
    };
    expect(r.output_text).toContain('9:00');
    expect(r.tandem.citations[0]!.source).toBe('kb/hours.md');
    expect(r.tandem.grounding.grounded).toBe(true);
    let text = '';
    for await (const ev of await client.responses.create({
      model: 'app:support',
      input: 'When does the shop open?',
      stream: true,
    }))
      if (ev.type === 'response.output_text.delta') text += ev.delta;
    expect(text).toContain('9:00');
  });

  it('refuses with a 400 what it cannot do: built-in tools, images, tools or formats for an app', async () => {
    await expect(
      client.responses.create({ model: 'openai', input: 'Search', tools: [{ type: 'web_search' }] }),
    ).rejects.toMatchObject({ status: 400, param: 'tools[0]' });
    await expect(
      client.responses.create({
        model: 'openai',
        input: [
          { role: 'user', content: [{ type: 'input_image', image_url: 'https://x/y.png', detail: 'auto' }] },
        ],
      }),
    ).rejects.toMatchObject({ status: 400, param: 'input[0].content[0]' });
    await expect(
      client.responses.create({ model: 'app:support', input: 'Hi', tools: [weather] }),
    ).rejects.toMatchObject({ status: 400, param: 'tools' });
    // An app asked nothing: the input is at fault, not the model.
    await expect(client.responses.create({ model: 'app:support', input: '   ' })).rejects.toMatchObject({
      status: 400,
      param: 'input',
      code: 'input_invalid',
    });
    expect(upstream.requests).toHaveLength(0); // nothing went upstream
  });
});

describe('tool_choice naming a tool, and a response cut by the token limit', () => {
  it('offers only the named tool and requires it; a name not among the tools is a 400', async () => {
    const other = { ...weather, name: 'time', description: 'The time in a city' };
    upstream.reply({
      json: chatCompletion('', { toolCalls: [{ id: 'call_5', name: 'weather', args: { city: 'Oslo' } }] }),
    });
    await client.responses.create({
      model: 'openai',
      input: 'Weather in Oslo?',
      tools: [other, weather],
      tool_choice: { type: 'function', name: 'weather' },
    });
    const sent = upstream.requests.at(-1)!.body;
    expect(sent.tools.map((t: { function: { name: string } }) => t.function.name)).toEqual(['weather']);
    expect(sent.tool_choice).toBe('required');
    const err = await client.responses
      .create({
        model: 'openai',
        input: 'x',
        tools: [weather],
        tool_choice: { type: 'function', name: 'nope' },
      })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 400, param: 'tool_choice.name' });
  });

  it('ends a stream cut by max_output_tokens with response.incomplete, its message item incomplete', async () => {
    const chunk = (choice: object) => ({
      id: 'c',
      object: 'chat.completion.chunk',
      created: 1,
      model: 'gpt-4o-mini',
      choices: [{ index: 0, ...choice }],
    });
    upstream.reply({
      sse: [
        chunk({ delta: { content: 'Once' }, finish_reason: null }),
        chunk({ delta: {}, finish_reason: 'length' }),
        '[DONE]',
      ],
    });
    const stream = await client.responses.create({
      model: 'openai',
      input: 'A story',
      max_output_tokens: 1,
      stream: true,
    });
    const types: string[] = [];
    let last: OpenAI.Responses.Response | undefined;
    for await (const ev of stream) {
      types.push(ev.type);
      if (ev.type === 'response.incomplete') last = ev.response;
    }
    expect(types.at(-1)).toBe('response.incomplete');
    expect(types).not.toContain('response.completed');
    expect(last).toMatchObject({ status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' } });
    expect(last?.output[0]).toMatchObject({ type: 'message', status: 'incomplete' });
  });
});
