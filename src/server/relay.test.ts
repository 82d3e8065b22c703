import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeUpstream, startFakeUpstream } from '../../test/support/fake-upstream.js';
import { chatCompletion, chatStream } from '../../test/support/openai-wire.js';
import { type RunningServer, serveProject } from '../../test/support/serve-app.js';
import { tempProject } from '../../test/support/temp-project.js';
import { waitFor } from '../../test/support/wait-for.js';
import { loadProject, type Project } from '../pipeline/index.js';

// Calls to an OpenAI-compatible provider, bare or through a route, are passed through byte for byte, yet
// traced, metered and charged; targets that speak another format answer translated.
let upstream: FakeUpstream;
let project: Project;
let server: RunningServer;
let client: OpenAI;

beforeAll(async () => {
  upstream = await startFakeUpstream(() => ({ json: chatCompletion('unused') }));
  project = await loadProject(
    tempProject({
      'tandem.yaml': `providers:
  openai: { type: openai, model: gpt-4o-mini, apiKey: sk-up, baseUrl: ${upstream.url}/v1 }
  parrot: { type: echo }
routes:
  steady: { targets: [openai], retry: { attempts: 2, baseMs: 1, maxMs: 10 } }
  mixed: { targets: [openai, parrot] }
  remembered: { targets: [openai], cache: true }
`,
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

/** A raw Chat Completions POST, to see the bytes and headers a client gets. */
const postChat = (body: Record<string, unknown>) =>
  fetch(`${server.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const wire = (events: Array<unknown | string>) =>
  events.map((e) => `data: ${typeof e === 'string' ? e : JSON.stringify(e)}\n\n`).join('');

describe('relayed streams', () => {
  it('reach the client byte for byte, with the provider model sent upstream and usage traced', async () => {
    const events = chatStream(['Hel', 'lo'], { usage: [7, 2] });
    upstream.reply({ sse: events });
    const res = await postChat({
      model: 'openai',
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: 'Hi' }],
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
    expect(t).toMatchObject({
      status: 'ok',
      usage: { inputTokens: 7, outputTokens: 2 },
      output: { text: 'Hello' },
    });
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

describe('relayed answers (no streaming)', () => {
  it('reach the client byte for byte, with the client’s other fields sent up and the answer traced', async () => {
    // Spacing and fields tandem does not model (system_fingerprint, service_tier) must survive.
    const raw = `{ "id": "chatcmpl-up", "object": "chat.completion", "created": 1, "model": "gpt-4o-mini-2024-07-18",
  "system_fingerprint": "fp_44709d6fcb", "service_tier": "default",
  "choices": [{"index": 0, "message": {"role": "assistant", "content": "Grüße, 世界"}, "finish_reason": "stop", "logprobs": null}],
  "usage": {"prompt_tokens": 9, "completion_tokens": 4, "total_tokens": 13} }`;
    upstream.reply({ raw });
    const res = await postChat({
      model: 'openai',
      messages: [{ role: 'user', content: 'Hi' }],
      temperature: 0.2,
      seed: 7,
      logit_bias: { '50256': -100 },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(raw);
    expect(res.headers.get('x-tandem-provider')).toBe('openai');
    expect(Number(res.headers.get('x-tandem-cost-usd'))).toBeGreaterThan(0);
    const overhead = res.headers.get('x-tandem-overhead-ms');
    expect(overhead).toMatch(/^\d+\.\d{3}$/); // present, in ms
    expect(Number(overhead)).toBeLessThan(1000);
    expect(upstream.requests.at(-1)!.body).toEqual({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hi' }],
      temperature: 0.2,
      seed: 7,
      logit_bias: { '50256': -100 },
    });
    await server.flush();
    const [t] = await project.store.traces.list({ name: 'openai', limit: 1 });
    expect(t).toMatchObject({
      status: 'ok',
      usage: { inputTokens: 9, outputTokens: 4 },
      output: { text: 'Grüße, 世界' },
    });
    // The official client reads it like any OpenAI answer.
    upstream.reply({ raw });
    const answer = await client.chat.completions.create({
      model: 'openai',
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(answer.choices[0]!.message.content).toBe('Grüße, 世界');
    expect(answer.system_fingerprint).toBe('fp_44709d6fcb');
  });

  it('turn a broken 200 or an upstream error into an error in the OpenAI shape, traced as an error', async () => {
    upstream.reply({ raw: '{"id": "chatcmpl-up", "choices": [' });
    const broken = await client.chat.completions
      .create({ model: 'openai', messages: [{ role: 'user', content: 'Hi' }] })
      .catch((e) => e);
    expect(broken).toBeInstanceOf(OpenAI.APIError);
    expect(broken.status).toBe(502);
    expect(broken.message).toContain('malformed JSON');

    upstream.reply({ status: 500 });
    const failed = await client.chat.completions
      .create({ model: 'openai', messages: [{ role: 'user', content: 'Hi' }] })
      .catch((e) => e);
    expect(failed.status).toBe(502);
    expect(failed.error).toMatchObject({ type: 'api_error', code: 'provider_error' });

    upstream.reply({ status: 429, headers: { 'retry-after': '2' } });
    const limited = await client.chat.completions
      .create({ model: 'openai', messages: [{ role: 'user', content: 'Hi' }] })
      .catch((e) => e);
    expect(limited).toBeInstanceOf(OpenAI.RateLimitError);
    expect(limited.headers.get('retry-after')).toBe('2'); // the upstream's wait, passed on

    upstream.reply({ json: { id: 'chatcmpl-up', object: 'chat.completion', choices: [] } });
    const empty = await client.chat.completions
      .create({ model: 'openai', messages: [{ role: 'user', content: 'Hi' }] })
      .catch((e) => e);
    expect(empty.status).toBe(502);
    expect(empty.message).toContain('choices[0].message');
    await server.flush();
    const [t] = await project.store.traces.list({ name: 'openai', limit: 1 });
    expect(t).toMatchObject({ status: 'error' });
  });

  it('cancel the upstream call when the client goes away', async () => {
    const started = Date.now();
    upstream.reply({ hang: true });
    const abort = new AbortController();
    const pending = client.chat.completions
      .create({ model: 'openai', messages: [{ role: 'user', content: 'Hi' }] }, { signal: abort.signal })
      .catch((e) => e);
    await new Promise((r) => setTimeout(r, 80));
    abort.abort();
    expect(await pending).toBeInstanceOf(OpenAI.APIUserAbortError);
    const t = await waitFor(
      async () => {
        await server.flush();
        const [latest] = await project.store.traces.list({ name: 'openai', limit: 1 });
        return latest && latest.startedAt >= started ? latest : undefined;
      },
      { what: 'the trace of the cancelled call' },
    );
    expect(t).toMatchObject({ status: 'aborted' });
    expect(t!.durationMs).toBeLessThan(1000);
  });
});

describe('relayed streams, as the network cuts them', () => {
  it('keep a character split across two upstream reads whole, and an event split across reads', async () => {
    const events = chatStream(['Grüße ', '世界'], { usage: [3, 2] });
    const bytes = Buffer.from(wire(events));
    // Cut inside "世" (3 bytes in UTF-8) and inside the JSON of an event.
    const cut = bytes.indexOf(Buffer.from('世')) + 1;
    upstream.reply({ pieces: [bytes.subarray(0, 17), bytes.subarray(17, cut), bytes.subarray(cut)] });
    const res = await postChat({
      model: 'openai',
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(await res.text()).toBe(wire(events));
    await server.flush();
    const [t] = await project.store.traces.list({ name: 'openai', limit: 1 });
    expect(t).toMatchObject({
      status: 'ok',
      usage: { inputTokens: 3, outputTokens: 2 },
      output: { text: 'Grüße 世界' },
    });
  });

  it('trace text with quotes, backslashes and newlines as the client read it', async () => {
    const parts = ['She said "hi"', ' \\ then\n', 'left'];
    upstream.reply({ sse: chatStream(parts, { usage: [1, 1] }) });
    let text = '';
    for await (const chunk of await client.chat.completions.create({
      model: 'openai',
      stream: true,
      messages: [{ role: 'user', content: 'Hi' }],
    }))
      text += chunk.choices[0]?.delta?.content ?? '';
    expect(text).toBe(parts.join(''));
    await server.flush();
    const [t] = await project.store.traces.list({ name: 'openai', limit: 1 });
    expect(t!.output).toEqual({ text: parts.join('') });
  });

  it('trace the tool calls of a relayed answer, streamed or not', async () => {
    const tools = [
      {
        type: 'function' as const,
        function: { name: 'lookup', parameters: { type: 'object', properties: {} } },
      },
    ];
    upstream.reply({
      sse: chatStream([], { toolCall: { id: 'call_7', name: 'lookup', args: ['{"id"', ': 42}'] } }),
    });
    for await (const _ of await client.chat.completions.create({
      model: 'openai',
      stream: true,
      tools,
      messages: [{ role: 'user', content: 'Find 42' }],
    })) {
      // drain
    }
    upstream.reply({
      json: chatCompletion('', { toolCalls: [{ id: 'call_8', name: 'lookup', args: { id: 43 } }] }),
    });
    const answer = await client.chat.completions.create({
      model: 'openai',
      tools,
      messages: [{ role: 'user', content: 'Find 43' }],
    });
    expect(answer.choices[0]!.message.tool_calls?.[0]).toMatchObject({ id: 'call_8' });
    await server.flush();
    const [json, streamed] = await project.store.traces.list({ name: 'openai', limit: 2 });
    expect(streamed!.output).toEqual({
      text: '',
      toolCalls: [{ id: 'call_7', name: 'lookup', args: { id: 42 } }],
    });
    expect(json!.output).toEqual({
      text: '',
      toolCalls: [{ id: 'call_8', name: 'lookup', args: { id: 43 } }],
    });
  });
});

describe('through a route', () => {
  it('passes the body and the answer through, unknown fields included', async () => {
    const raw = `{"id":"chatcmpl-up","object":"chat.completion","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"message":{"role":"assistant","content":"one"},"logprobs":{"content":[]},"finish_reason":"stop"},{"index":1,"message":{"role":"assistant","content":"two"},"logprobs":{"content":[]},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}}`;
    upstream.reply({ status: 503 }, { raw });
    const res = await postChat({
      model: 'steady',
      messages: [{ role: 'user', content: 'Hi' }],
      n: 2,
      logprobs: true,
    });
    expect(await res.text()).toBe(raw); // the retry's answer, as the upstream wrote it
    expect(res.headers.get('x-tandem-attempts')).toBe('2');
    expect(upstream.requests.at(-1)!.body).toEqual({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hi' }],
      n: 2,
      logprobs: true,
    });
  });

  it('retries a stream cut before its first byte, then relays the next one as it is', async () => {
    const events = chatStream(['Hel', 'lo'], { usage: [4, 2] });
    upstream.reply({ sse: events, cutAfter: 0 }, { sse: events });
    const res = await postChat({
      model: 'steady',
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(wire(events));
    await server.flush();
    const [summary] = await project.store.traces.list({ name: 'steady', limit: 1 });
    const trace = await project.store.traces.get(summary!.id);
    const attempts = trace!.spans.filter((sp) => sp.kind === 'model');
    expect(attempts.map((sp) => sp.status)).toEqual(['error', 'ok']);
    expect(trace).toMatchObject({
      status: 'ok',
      usage: { inputTokens: 4, outputTokens: 2 },
      output: { text: 'Hello' },
    });
  });

  it('answers translated when the target that answers speaks another format', async () => {
    upstream.reply({ status: 500 });
    const answer = await client.chat.completions.create({
      model: 'mixed',
      messages: [{ role: 'user', content: 'Echo me' }],
    });
    expect(answer.choices[0]!.message.content).toBe('Echo me');
    expect(answer.id).toMatch(/^chatcmpl-/); // tandem's own completion, not an upstream's
    upstream.reply({ status: 500 });
    let text = '';
    for await (const chunk of await client.chat.completions.create({
      model: 'mixed',
      stream: true,
      messages: [{ role: 'user', content: 'Echo me too' }],
    }))
      text += chunk.choices[0]?.delta?.content ?? '';
    expect(text).toBe('Echo me too');
  });

  it('serves a repeated request from a cached route with the same bytes, and says so', async () => {
    const raw =
      '{"id":"chatcmpl-c","object":"chat.completion","created":1,"model":"gpt-4o-mini","system_fingerprint":"fp_c","choices":[{"index":0,"message":{"role":"assistant","content":"cached"},"finish_reason":"stop"}],"usage":{"prompt_tokens":2,"completion_tokens":1,"total_tokens":3}}';
    upstream.reply({ raw });
    const ask = () =>
      postChat({
        model: 'remembered',
        messages: [{ role: 'user', content: 'Same question' }],
        seed: 1,
      });
    const before = upstream.requests.length;
    const first = await ask();
    expect(await first.text()).toBe(raw);
    expect(first.headers.get('x-tandem-cache')).toBe('miss');
    const second = await ask();
    expect(await second.text()).toBe(raw);
    expect(second.headers.get('x-tandem-cache')).toBe('hit');
    expect(second.headers.get('x-tandem-cost-usd')).toBe('0.000000');
    expect(upstream.requests.length - before).toBe(1);
  });
});
