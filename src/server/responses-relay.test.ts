import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeUpstream } from '../../test/support/fake-upstream.js';
import { chatCompletion, chatStream } from '../../test/support/openai-wire.js';
import { responseObject, responseStream } from '../../test/support/responses-wire.js';
import { type ServedProject, startServedProject } from '../../test/support/served-project.js';

// An upstream configured with `api: responses` gets a client's /v1/responses request as it is, and the
// client gets the upstream's own bytes; routes still retry and fall back before the first byte.
let served: ServedProject;
let upstream: FakeUpstream;
let client: OpenAI;

beforeAll(async () => {
  served = await startServedProject(
    (url) => ({
      'tandem.yaml': `
providers:
  up: { type: openai, api: responses, model: gpt-4.1-mini, apiKey: sk-up, baseUrl: ${url}/v1 }
  chatty: { type: openai, model: gpt-4o-mini, apiKey: sk-up, baseUrl: ${url}/v1 }
routes:
  mixed: { targets: [up, chatty], retry: { attempts: 1 } }
`,
    }),
    {
      fallback: () => ({ json: responseObject('Hello from Responses') }),
    },
  );
  upstream = served.upstream;
  client = new OpenAI({ apiKey: 'unused', baseURL: `${served.server.url}/v1`, maxRetries: 0 });
});
afterAll(() => served.close());
beforeEach(() => upstream.reset());

const post = (body: object) =>
  fetch(`${served.server.url}/v1/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const sse = (events: object[]) =>
  events.map((e) => `event: ${(e as { type: string }).type}\ndata: ${JSON.stringify(e)}\n\n`).join('');

describe('/v1/responses passed through to an upstream that speaks it (api: responses)', () => {
  it('sends the body as it is and answers with the upstream bytes, traced and kept', async () => {
    const upstreamText = JSON.stringify(
      responseObject('Relayed answer.', { id: 'resp_up_7', usage: [9, 3] }),
    );
    upstream.reply({ raw: upstreamText });
    const res = await post({ model: 'up', input: 'Hi', reasoning: { effort: 'low' }, service_tier: 'flex' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-tandem-provider')).toBe('up');
    expect(await res.text()).toBe(upstreamText);
    const sent = upstream.requests[0]!;
    expect(sent.path).toBe('/v1/responses');
    expect(sent.body).toEqual({
      model: 'gpt-4.1-mini',
      input: 'Hi',
      reasoning: { effort: 'low' },
      service_tier: 'flex',
    });
    await served.server.flush();
    const [trace] = await served.project.store.traces.list({ name: 'up', limit: 1 });
    expect(trace).toMatchObject({
      status: 'ok',
      usage: { inputTokens: 9, outputTokens: 3 },
      output: { text: 'Relayed answer.' },
    });
    // Kept under the upstream's id, so GET finds it.
    const kept = await client.responses.retrieve('resp_up_7');
    expect(kept.output_text).toBe('Relayed answer.');
  });

  it('streams the upstream events as they are, and the official client reads them', async () => {
    const events = responseStream(['Str', 'eamed.'], { id: 'resp_up_8', usage: [5, 2] });
    upstream.reply({ sse: events, eventNames: true });
    const res = await post({ model: 'up', input: 'Stream it', stream: true });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    expect(await res.text()).toBe(sse(events));
    expect(upstream.requests[0]!.body).toMatchObject({ model: 'gpt-4.1-mini', stream: true });

    upstream.reply({ sse: events, eventNames: true });
    const stream = await client.responses.create({ model: 'up', input: 'Stream it', stream: true });
    let text = '';
    for await (const ev of stream) if (ev.type === 'response.output_text.delta') text += ev.delta;
    expect(text).toBe('Streamed.');
    await served.server.flush();
    expect((await client.responses.retrieve('resp_up_8')).output_text).toBe('Streamed.');
  });

  it('continues a relayed response relayed (the upstream keeps it), and one of its own translated', async () => {
    upstream.reply(
      { json: responseObject('First.', { id: 'resp_up_9' }) },
      { json: responseObject('Second.') },
    );
    const first = await client.responses.create({ model: 'up', input: 'One' });
    const second = await client.responses.create({
      model: 'up',
      input: 'Two',
      previous_response_id: first.id,
    });
    expect(second.output_text).toBe('Second.');
    expect(upstream.requests[1]!.body).toEqual({
      model: 'gpt-4.1-mini',
      input: 'Two',
      previous_response_id: 'resp_up_9',
    });

    // A conversation tandem made itself (over a chat upstream) is unknown upstream: sent whole, translated.
    upstream.reply({ json: chatCompletion('From chat.') }, { json: responseObject('Continued.') });
    const own = await client.responses.create({ model: 'chatty', input: 'Start' });
    const next = await client.responses.create({ model: 'up', input: 'Go on', previous_response_id: own.id });
    expect(next.output_text).toBe('Continued.');
    const sent = upstream.requests.at(-1)!.body;
    expect(sent.previous_response_id).toBeUndefined();
    expect(sent.input).toEqual([
      { role: 'user', content: 'Start' },
      { role: 'assistant', content: 'From chat.' },
      { role: 'user', content: 'Go on' },
    ]);
    expect(sent.store).toBe(false);
  });

  it('falls back from a failing Responses upstream to a chat target before the first byte', async () => {
    upstream.reply({ status: 503 }, { json: chatCompletion('Answered by the fallback.') });
    const r = await client.responses.create({ model: 'mixed', input: 'Hello?' });
    expect(r.output_text).toBe('Answered by the fallback.');
    expect(upstream.requests.map((q) => q.path)).toEqual(['/v1/responses', '/v1/chat/completions']);
    // The fallback's answer is tandem's own, kept by tandem.
    expect((await client.responses.retrieve(r.id)).output_text).toBe('Answered by the fallback.');

    const events = responseStream(['late'], {});
    upstream.reply({
      sse: [...events.slice(0, 2), { type: 'error', code: 'server_error', message: 'overloaded' }],
    });
    upstream.reply({ sse: chatStream(['Streamed by the fallback.']) });
    const res = await post({ model: 'mixed', input: 'Stream?', stream: true });
    const body = await res.text();
    expect(body).not.toContain('"resp_upstream_1"');
    expect(body).toContain('Streamed by the fallback.');
    expect(body).toContain('response.completed');
  });

  it('ends a relayed stream that fails after its first delta with one error event, not a second response', async () => {
    const events = responseStream(['Hel', 'lo']);
    upstream.reply({
      sse: [...events.slice(0, 5), { type: 'error', code: 'server_error', message: 'boom' }],
      eventNames: true,
    });
    const body = await (await post({ model: 'up', input: 'Hi', stream: true })).text();
    expect(body.startsWith(sse(events.slice(0, 5)))).toBe(true);
    const after = body.slice(sse(events.slice(0, 5)).length);
    expect(after.match(/^event: (.+)$/gm)).toEqual(['event: error']);
    expect(JSON.parse(after.split('data: ')[1]!)).toMatchObject({
      type: 'error',
      message: expect.stringContaining('boom (server_error)'),
    });
  });

  it('passes an upstream refusal on with its status and message', async () => {
    upstream.reply({ status: 400, body: '{"error":{"message":"Unsupported parameter: foo","param":"foo"}}' });
    const err = await client.responses.create({ model: 'up', input: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect((err as InstanceType<typeof OpenAI.APIError>).message).toContain('Unsupported parameter: foo');
  });
});
