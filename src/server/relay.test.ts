import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeUpstream, startFakeUpstream } from '../../test/support/fake-upstream.js';
import { chatCompletion, chatStream } from '../../test/support/openai-wire.js';
import { type RunningServer, serveProject } from '../../test/support/serve-app.js';
import { tempProject } from '../../test/support/temp-project.js';
import { loadProject, type Project } from '../pipeline/index.js';

// Streams to an OpenAI-compatible provider are relayed byte for byte, yet traced, metered and charged.
let upstream: FakeUpstream;
let project: Project;
let server: RunningServer;
let client: OpenAI;

beforeAll(async () => {
  upstream = await startFakeUpstream(() => ({ json: chatCompletion('unused') }));
  project = await loadProject(
    tempProject({
      'tandem.yaml': `providers:\n  openai: { type: openai, model: gpt-4o-mini, apiKey: sk-up, baseUrl: ${upstream.url}/v1 }\n`,
    }),
  );
  server = await serveProject(project);
  client = new OpenAI({ apiKey: 'x', baseURL: `${server.url}/v1`, maxRetries: 0 });
});
afterAll(async () => {
  await server.close();
  await project.close();
  await upstream.close();
});

const wire = (events: Array<unknown | string>) =>
  events.map((e) => `data: ${typeof e === 'string' ? e : JSON.stringify(e)}\n\n`).join('');

describe('relayed streams', () => {
  it('reach the client byte for byte, with the provider model sent upstream and usage traced', async () => {
    const events = chatStream(['Hel', 'lo'], { usage: [7, 2] });
    upstream.reply({ sse: events });
    const res = await fetch(`${server.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'openai',
        stream: true,
        stream_options: { include_usage: true },
        messages: [{ role: 'user', content: 'Hi' }],
      }),
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    expect(res.headers.get('x-tandem-provider')).toBe('openai');
    expect(await res.text()).toBe(wire(events));
    const sent = upstream.requests.at(-1)!.body;
    expect(sent).toMatchObject({
      model: 'gpt-4o-mini',
      stream: true,
      stream_options: { include_usage: true },
    });
    await server.flush();
    const [t] = await project.store.traces.list({ name: 'openai', limit: 1 });
    expect(t).toMatchObject({ status: 'ok', usage: { inputTokens: 7, outputTokens: 2 } });
    expect(t!.costUsd).toBeGreaterThan(0);
  });

  it('drop the usage chunk a client did not ask for, and read well in the official client', async () => {
    upstream.reply({ sse: chatStream(['Hel', 'lo'], { usage: [7, 2] }) });
    const stream = await client.chat.completions.create({
      model: 'openai',
      stream: true,
      messages: [{ role: 'user', content: 'Hi' }],
    });
    let text = '';
    let sawUsage = false;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      if (chunk.usage) sawUsage = true;
    }
    expect(text).toBe('Hello');
    expect(sawUsage).toBe(false);
  });

  it('turn an upstream refusal before the first byte into an error status, and a cut into an error event', async () => {
    upstream.reply({ status: 429, headers: { 'retry-after': '2' } });
    const limited = await client.chat.completions
      .create({ model: 'openai', stream: true, messages: [{ role: 'user', content: 'Hi' }] })
      .catch((e) => e);
    expect(limited).toBeInstanceOf(OpenAI.RateLimitError);

    upstream.reply({ sse: chatStream(['one ', 'two ', 'three']), cutAfter: 2 });
    const stream = await client.chat.completions.create({
      model: 'openai',
      stream: true,
      messages: [{ role: 'user', content: 'Hi' }],
    });
    const err = await (async () => {
      for await (const _ of stream) {
        // drain
      }
    })().catch((e) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect(err.message).toContain('stream');
  });
});
