import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeUpstream } from '../../test/support/fake-upstream.js';
import { chatStream } from '../../test/support/openai-wire.js';
import type { RunningServer } from '../../test/support/serve-app.js';
import { type ServedProject, startServedProject } from '../../test/support/served-project.js';
import { waitFor } from '../../test/support/wait-for.js';
import type { Project } from '../pipeline/index.js';

// Upstream faults seen through the official clients: each ends in a fallback answer or a clear error, and
// the server keeps serving.
let served: ServedProject;
let upstream: FakeUpstream;
let project: Project;
let server: RunningServer;
let openai: OpenAI;

beforeAll(async () => {
  served = await startServedProject((url) => ({
    'tandem.yaml': `
providers:
  openai: { type: openai, model: gpt-4o-mini, apiKey: sk-up, baseUrl: ${url}/v1 }
  direct: { type: openai, model: gpt-4o-mini, apiKey: sk-up, baseUrl: ${url}/v1, timeoutMs: 250 }
  local: { type: extractive }
routes:
  main: { targets: [openai, local], timeoutMs: 1500 }
  solo: { targets: [openai], timeoutMs: 1500 }
`,
  }));
  ({ upstream, project, server } = served);
  openai = new OpenAI({ apiKey: 'unused', baseURL: `${server.url}/v1`, maxRetries: 0, timeout: 5000 });
});
afterAll(() => served.close());

const msgs = [
  { role: 'system' as const, content: '[1] Returns are accepted within 30 days.' },
  { role: 'user' as const, content: 'returns within how many days?' },
];

describe('tandem serve under upstream faults', () => {
  it.each([
    ['a 200 with a malformed JSON body', { raw: '{"id": "chatcmpl-1", "choices": [' }],
    ['an upstream that never answers', { hang: true as const }],
    ['a 429 with Retry-After', { status: 429, headers: { 'retry-after': '1' } }],
  ])('falls back to the next target after %s', async (_what, reply) => {
    upstream.reply(reply);
    const { data, response } = await openai.chat.completions
      .create({ model: 'main', messages: msgs })
      .withResponse();
    expect(data.choices[0]!.message.content).toContain('Returns are accepted within 30 days.');
    expect(response.headers.get('x-tandem-provider')).toBe('local');
  });

  it('retries a stream cut before its first byte on the next target, so the client sees one clean stream', async () => {
    upstream.reply({ sse: chatStream(['Hel', 'lo']), cutAfter: 0 });
    const stream = await openai.chat.completions.create({ model: 'main', messages: msgs, stream: true });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
    expect(text).toContain('Returns are accepted within 30 days.');
  });

  it('ends a stream cut after its first bytes with an error the SDKs raise', async () => {
    upstream.reply({ sse: chatStream(['one ', 'two ', 'three']), cutAfter: 2 });
    const stream = await openai.chat.completions.create({ model: 'solo', messages: msgs, stream: true });
    const seen: string[] = [];
    const err = await (async () => {
      for await (const chunk of stream) seen.push(chunk.choices[0]?.delta?.content ?? '');
    })().catch((e) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect(seen.join('')).toBe('one ');
  });

  it('answers a clear error when no target is left: timeout as 504, malformed as 502', async () => {
    upstream.reply({ hang: true });
    const timedOut = await openai.chat.completions.create({ model: 'solo', messages: msgs }).catch((e) => e);
    expect(timedOut).toBeInstanceOf(OpenAI.APIError);
    expect(timedOut.status).toBe(504);
    upstream.reply({ raw: 'not json at all' });
    const claude = new Anthropic({ apiKey: 'x', baseURL: server.url, maxRetries: 0 });
    const broken = await claude.messages
      .create({ model: 'solo', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] })
      .catch((e) => e);
    expect(broken).toBeInstanceOf(Anthropic.APIError);
    expect(broken.status).toBe(502);
    expect(broken.error).toMatchObject({ type: 'error', error: { type: 'api_error' } });
  });

  it('gives a provider called directly a deadline of its own (120 s unless set), answered as a 504', async () => {
    expect(project.loaded.config.providers.openai).toMatchObject({ timeoutMs: 120_000 });
    upstream.reply({ hang: true });
    const timedOut = await openai.chat.completions
      .create({ model: 'direct', messages: msgs })
      .catch((e) => e);
    expect(timedOut).toBeInstanceOf(OpenAI.APIError);
    expect(timedOut.status).toBe(504);
    expect(timedOut.message).toContain('direct: no answer within 250 ms');
    expect(timedOut.message).toContain('Raise providers.direct.timeoutMs in tandem.yaml');
    upstream.reply({ hang: true });
    const streamed = await openai.chat.completions
      .create({ model: 'direct', messages: msgs, stream: true })
      .catch((e) => e);
    expect(streamed.status).toBe(504);
  });

  it('survives a client that disconnects mid-stream, and cancels the upstream call', async () => {
    upstream.reply({ sse: chatStream(['a', 'b', 'c', 'd', 'e', 'f']), delayMs: 400 });
    const abort = new AbortController();
    const stream = await openai.chat.completions.create(
      { model: 'solo', messages: msgs, stream: true },
      { signal: abort.signal },
    );
    await new Promise((r) => setTimeout(r, 50));
    await server.flush();
    const before = (await project.store.traces.list({ name: 'solo', limit: 200 })).length;
    await (async () => {
      for await (const _chunk of stream) abort.abort();
    })().catch(() => undefined);
    // The upstream call is cancelled: its trace ends as aborted within a beat, not after the six chunks.
    const after = await waitFor(
      async () => {
        await server.flush();
        const list = await project.store.traces.list({ name: 'solo', limit: 200 });
        return list.length > before ? list : undefined;
      },
      { what: 'the trace of the abandoned stream' },
    );
    expect(after.length).toBe(before + 1);
    expect(after[0]).toMatchObject({ status: 'aborted' });
    expect(after[0]!.durationMs).toBeLessThan(1500); // six chunks 400 ms apart would take 2.4 s
    // The server goes on serving.
    const next = await openai.chat.completions.create({ model: 'solo', messages: msgs });
    expect(next.choices[0]!.message.content).toBe('Hello from upstream');
  });
});
