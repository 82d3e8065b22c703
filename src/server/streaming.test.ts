import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { anthropicStream } from '../../test/support/anthropic-wire.js';
import type { FakeUpstream } from '../../test/support/fake-upstream.js';
import { chatCompletion, chatStream } from '../../test/support/openai-wire.js';
import type { RunningServer } from '../../test/support/serve-app.js';
import { type ServedProject, startServedProject } from '../../test/support/served-project.js';
import { waitFor } from '../../test/support/wait-for.js';
import type { Project } from '../pipeline/index.js';
import type { TraceRecord } from '../store/index.js';

// What a client of a streamed answer sees, through the official SDKs: an app's text as the model writes it,
// nothing committed before the first content, and every failure either an HTTP status or an error event.
let served: ServedProject;
let upstream: FakeUpstream;
let project: Project;
let server: RunningServer;
let openai: OpenAI;
let claude: Anthropic;

beforeAll(async () => {
  served = await startServedProject((url) => ({
    'tandem.yaml': `
providers:
  openai: { type: openai, model: gpt-4o-mini, apiKey: sk-up, baseUrl: ${url}/v1 }
  claude: { type: anthropic, model: claude-sonnet-4-6, apiKey: sk-ant-up, baseUrl: ${url} }
routes:
  steady: { targets: [openai], retry: { attempts: 2, baseMs: 1, maxMs: 10 } }
apps:
  remote: { prompt: answer, route: openai }
  remote-claude: { prompt: answer, route: claude }
`,
    'prompts/answer.prompt':
      '---\ninput:\n  schema:\n    question: string\n---\n{{role "system"}}\nAnswer briefly.\n{{role "user"}}\n{{question}}\n',
  }));
  ({ upstream, project, server } = served);
  openai = new OpenAI({ apiKey: 'unused', baseURL: `${server.url}/v1`, maxRetries: 0 });
  claude = new Anthropic({ apiKey: 'unused', baseURL: server.url, maxRetries: 0 });
});
afterAll(() => served.close());
afterEach(() => vi.restoreAllMocks());

const ask = [{ role: 'user' as const, content: 'When does the shop open?' }];
const pieces = ['The shop ', 'opens ', 'at nine.'];

/** The newest trace named `name`, once the server has written it (written after the response ends). */
async function latestTrace(name: string, after: number): Promise<TraceRecord> {
  const id = await waitFor(
    async () => {
      await server.flush();
      const [t] = await project.store.traces.list({ name, limit: 1 });
      return t && t.startedAt >= after ? t.id : undefined;
    },
    { what: `a trace "${name}"` },
  );
  return (await project.store.traces.get(id))!;
}

describe('an app streamed through the model APIs', () => {
  it('relays the app’s text deltas as the model writes them (Chat Completions), ending as the whole answer does', async () => {
    const errors = vi.spyOn(console, 'error');
    upstream.reply({ sse: chatStream(pieces, { usage: [9, 3] }) });
    const stream = await openai.chat.completions.create({
      model: 'app:remote',
      stream: true,
      stream_options: { include_usage: true },
      messages: [
        { role: 'user', content: 'Hi' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'hours', arguments: '{}' } }],
        },
        { role: 'tool', tool_call_id: 'call_1', content: 'Open 9 to 5.' },
        { role: 'assistant', content: 'Hello! How can I help?' },
        ...ask,
      ],
    });
    const deltas: string[] = [];
    let last: (OpenAI.ChatCompletionChunk & { tandem?: { traceId: string } }) | undefined;
    let usage: OpenAI.CompletionUsage | undefined;
    for await (const chunk of stream) {
      const piece = chunk.choices[0]?.delta?.content;
      if (piece) deltas.push(piece);
      if (chunk.choices[0]?.finish_reason) last = chunk;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(deltas).toEqual(pieces);
    expect(last!.choices[0]!.finish_reason).toBe('stop');
    expect(usage).toMatchObject({ prompt_tokens: 9, completion_tokens: 3 });
    // The app asked its route for a stream, with the conversation's earlier turns (a tool's result
    // included) before the question.
    const sent = upstream.requests.at(-1)!.body;
    expect(sent.stream).toBe(true);
    expect(sent.messages.map((m: { content: string }) => m.content)).toEqual([
      'Answer briefly.',
      'Hi',
      'Open 9 to 5.',
      'Hello! How can I help?',
      'When does the shop open?',
    ]);
    const trace = await project.store.traces.get(last!.tandem!.traceId);
    expect(trace).toMatchObject({ name: 'remote', status: 'ok', output: { text: pieces.join('') } });

    upstream.reply({ json: chatCompletion(pieces.join('')) });
    const whole = await openai.chat.completions.create({ model: 'app:remote', messages: ask });
    expect(whole.choices[0]!.message.content).toBe(deltas.join(''));
    expect(errors).not.toHaveBeenCalled(); // no ERR_HTTP_HEADERS_SENT (or any other) stack trace
  });

  it('relays them as Anthropic text deltas the SDK assembles into the same message', async () => {
    const errors = vi.spyOn(console, 'error');
    upstream.reply({ sse: chatStream(pieces, { usage: [9, 3] }) });
    const stream = claude.messages.stream({ model: 'app:remote', max_tokens: 200, messages: ask });
    const deltas: string[] = [];
    stream.on('text', (t) => deltas.push(t));
    const final = await stream.finalMessage();
    expect(deltas).toEqual(pieces);
    expect(final.content).toEqual([{ type: 'text', text: pieces.join('') }]);
    expect(final.stop_reason).toBe('end_turn');
    expect(final.usage).toMatchObject({ output_tokens: 3 });

    upstream.reply({ json: chatCompletion(pieces.join('')) });
    const whole = await claude.messages.create({ model: 'app:remote', max_tokens: 200, messages: ask });
    expect(whole.content).toEqual(final.content);
    expect(errors).not.toHaveBeenCalled();
  });

  it('answers an app that fails before its first event with an HTTP status, not a 200 stream', async () => {
    upstream.reply({ status: 429, headers: { 'retry-after': '2' } });
    const limited = await openai.chat.completions
      .create({ model: 'app:remote', stream: true, messages: ask })
      .catch((e) => e);
    expect(limited).toBeInstanceOf(OpenAI.RateLimitError);
    expect(limited.headers.get('retry-after')).toBe('2');
  });
});

describe('a stream is the client’s only from its first content', () => {
  it('retries an upstream that sent only its role chunk and then dropped, so the client sees one clean stream', async () => {
    const events = chatStream(['Hel', 'lo']);
    upstream.reply({ sse: events, cutAfter: 1 }, { sse: events });
    const before = upstream.requests.length;
    let text = '';
    for await (const chunk of await openai.chat.completions.create({
      model: 'steady',
      stream: true,
      messages: ask,
    }))
      text += chunk.choices[0]?.delta?.content ?? '';
    expect(text).toBe('Hello');
    expect(upstream.requests.length - before).toBe(2);
  });

  it('gives an Anthropic-format stream that fails before its first event the upstream’s status and Retry-After', async () => {
    upstream.reply({ status: 429, headers: { 'retry-after': '3' } });
    const limited = await claude.messages
      .create({ model: 'openai', max_tokens: 50, stream: true, messages: ask })
      .catch((e) => e);
    expect(limited).toBeInstanceOf(Anthropic.RateLimitError);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');

    upstream.reply({ status: 500 });
    const failed = await claude.messages
      .create({ model: 'openai', max_tokens: 50, stream: true, messages: ask })
      .catch((e) => e);
    expect(failed).toBeInstanceOf(Anthropic.InternalServerError);
    expect(failed.status).toBe(502);
  });
});

describe('a malformed upstream stream', () => {
  const chunk = (content: string) =>
    JSON.stringify({
      id: 'chatcmpl-up',
      object: 'chat.completion.chunk',
      created: 1,
      model: 'gpt-4o-mini',
      choices: [{ index: 0, delta: { content }, finish_reason: null }],
    });

  it('ends the client’s stream with an error the SDK raises, and the trace records it', async () => {
    const started = Date.now();
    // Two network writes: the first event reaches the client before the broken one arrives.
    upstream.reply({
      pieces: [
        Buffer.from(`data: ${chunk('one ')}\n\n`),
        Buffer.from('data: {"id": "chatcmpl-up", "choices": [{"delta": {"content": "tw\n\n'),
      ],
      delayMs: 100,
    });
    const stream = await openai.chat.completions.create({ model: 'openai', stream: true, messages: ask });
    const seen: string[] = [];
    const err = await (async () => {
      for await (const c of stream) seen.push(c.choices[0]?.delta?.content ?? '');
    })().catch((e) => e);
    expect(seen.join('')).toBe('one ');
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect(err.message).toContain('malformed event from upstream');
    const trace = await latestTrace('openai', started);
    expect(trace.status).toBe('error');
    expect(trace.error).toContain('PROVIDER_BAD_RESPONSE: openai: malformed event from upstream');
  });

  it('reads events separated by CRLF blank lines', async () => {
    const started = Date.now();
    const events = chatStream(['Hel', 'lo'], { usage: [4, 2] });
    upstream.reply({
      raw: events.map((e) => `data: ${typeof e === 'string' ? e : JSON.stringify(e)}\r\n\r\n`).join(''),
      contentType: 'text/event-stream',
    });
    let text = '';
    for await (const c of await openai.chat.completions.create({
      model: 'openai',
      stream: true,
      messages: ask,
    }))
      text += c.choices[0]?.delta?.content ?? '';
    expect(text).toBe('Hello');
    expect(await latestTrace('openai', started)).toMatchObject({
      status: 'ok',
      output: { text: 'Hello' },
      usage: { inputTokens: 4, outputTokens: 2 },
    });
  });
});

describe('a client that leaves a stream', () => {
  it('of an app: what the upstream had spent is still booked', async () => {
    const started = Date.now();
    upstream.reply({
      sse: anthropicStream(['a', 'b', 'c', 'd', 'e'], { usage: [31, 5] }),
      eventNames: true,
      delayMs: 80,
    });
    const abort = new AbortController();
    const stream = await openai.chat.completions.create(
      { model: 'app:remote-claude', stream: true, messages: ask },
      { signal: abort.signal },
    );
    await (async () => {
      for await (const c of stream) if (c.choices[0]?.delta?.content) abort.abort();
    })().catch(() => undefined);
    const trace = await latestTrace('remote-claude', started);
    expect(trace).toMatchObject({ status: 'aborted', usage: { inputTokens: 31 } });
    const booked = await waitFor(
      async () => {
        const metrics = await (await fetch(`${server.url}/metrics`)).text();
        return metrics.match(
          /tandem_tokens_total\{model="app:remote-claude",provider="app",key="-",direction="input"\} (\d+)/,
        )?.[1];
      },
      { what: 'the abandoned app stream to be booked' },
    );
    expect(booked).toBe('31');
  });

  it('is traced as ABORTED, and the tokens the Anthropic upstream reported are booked', async () => {
    const started = Date.now();
    upstream.reply({
      sse: anthropicStream(['a', 'b', 'c', 'd', 'e'], { usage: [25, 5] }),
      eventNames: true,
      delayMs: 80,
    });
    const abort = new AbortController();
    const stream = await openai.chat.completions.create(
      { model: 'claude', stream: true, messages: ask },
      { signal: abort.signal },
    );
    await (async () => {
      for await (const c of stream) if (c.choices[0]?.delta?.content) abort.abort();
    })().catch(() => undefined);
    const trace = await latestTrace('claude', started);
    expect(trace.status).toBe('aborted');
    expect(trace.error).toMatch(/^ABORTED: /);
    expect(trace.spans.find((s) => s.kind === 'model')!.error).toMatch(/^ABORTED: /);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toContain(
      'tandem_tokens_total{model="claude",provider="claude",key="-",direction="input"} 25',
    );
  });
});
