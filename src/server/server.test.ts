import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import OpenAI from 'openai';
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
let base: string;
let client: OpenAI;
let projectDir: string;

beforeAll(async () => {
  served = await startServedProject((url) =>
    shopProject(url, {
      'tests/support.yaml':
        'app: support   # the shop assistant\ncases:\n  - vars: { question: Where is the shop? }\n',
    }),
  );
  ({ upstream, project, server } = served);
  projectDir = served.dir;
  await (await project.knowledge.get('help')).ingest();
  base = server.url;
  client = new OpenAI({ apiKey: 'unused', baseURL: `${base}/v1`, maxRetries: 0 });
});
afterAll(() => served.close());

/** The x-tandem-overhead-ms header: present, in milliseconds with three decimals, and small on loopback. */
function expectOverhead(header: string | null) {
  expect(header).toMatch(/^\d+\.\d{3}$/);
  expect(Number(header)).toBeLessThan(1000);
}

describe('tandem serve: embeddings, the app API, feedback and traces', () => {
  it('serves embeddings as floats and as base64 (the official client default)', async () => {
    upstream.reply({
      json: {
        object: 'list',
        model: 'e',
        data: [{ object: 'embedding', index: 0, embedding: [0.25, -0.5, 1] }],
        usage: { prompt_tokens: 1, total_tokens: 1 },
      },
    });
    const viaClient = await client.embeddings.create({ model: 'openai', input: 'hello' }); // asks for base64, decodes it
    expect(Array.from(viaClient.data[0]!.embedding)).toEqual([0.25, -0.5, 1]);
    upstream.reply({
      json: {
        object: 'list',
        model: 'e',
        data: [{ object: 'embedding', index: 0, embedding: [0.25, -0.5, 1] }],
        usage: { prompt_tokens: 1, total_tokens: 1 },
      },
    });
    const floats = await client.embeddings.create({
      model: 'openai',
      input: ['hello'],
      encoding_format: 'float',
    });
    expect(floats.data[0]!.embedding).toEqual([0.25, -0.5, 1]);
    await expect(client.embeddings.create({ model: 'local', input: 'x' })).rejects.toMatchObject({
      status: 400,
    });
  });

  it('runs an app over its own API, takes feedback on the trace, and lists and shows traces', async () => {
    const run = await fetch(`${base}/api/apps/support/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ vars: { question: 'When does the shop open?' } }),
    });
    expect(run.status).toBe(200);
    const result = (await run.json()) as {
      text: string;
      traceId: string;
      citations: unknown[];
      usage: unknown;
      guardrails: unknown[];
    };
    expect(result.text).toContain('9:00');
    expect(result).toMatchObject({
      citations: [expect.objectContaining({ source: 'kb/hours.md' })],
      guardrails: [],
    });
    const fb = await fetch(`${base}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ traceId: result.traceId, score: 0, comment: 'should mention weekends' }),
    });
    expect(fb.status).toBe(201);
    const trace = (await (await fetch(`${base}/api/traces/${result.traceId}`)).json()) as {
      name: string;
      spans: unknown[];
      feedback: Array<{ comment: string }>;
    };
    expect(trace.name).toBe('support');
    expect(trace.spans.length).toBeGreaterThan(2);
    expect(trace.feedback[0]!.comment).toBe('should mention weekends');
    const list = (await (await fetch(`${base}/api/traces?app=support&limit=1`)).json()) as {
      data: Array<{ id: string }>;
      next: string | null;
    };
    expect(list.data[0]!.id).toBe(result.traceId);
    expect(list.next).toBe(result.traceId);
    const missing = await fetch(`${base}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ traceId: 'tr_nope', score: 1 }),
    });
    expect(missing.status).toBe(404);

    const added = await fetch(`${base}/api/traces/${result.traceId}/add-to-suite`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ suite: 'tests/support.yaml', expected: 'From 9:00 on weekdays.' }),
    });
    expect(added.status).toBe(201);
    const suiteText = readFileSync(join(projectDir, 'tests/support.yaml'), 'utf8');
    expect(
      suiteText.startsWith(
        'app: support   # the shop assistant\ncases:\n  - vars: { question: Where is the shop? }\n  - name: When does the shop open?',
      ),
    ).toBe(true);
    expect(suiteText).toContain('expected: From 9:00 on weekdays.');
    const outside = await fetch(`${base}/api/traces/${result.traceId}/add-to-suite`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ suite: '../../etc/passwd.yaml' }),
    });
    expect(outside.status).toBe(400);
  });

  it('streams an app run as server-sent events', async () => {
    const res = await fetch(`${base}/api/apps/support/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ vars: { question: 'When does the shop open?' } }),
    });
    const text = await res.text();
    expect(text).toContain('event: text-delta');
    expect(text).toMatch(/event: done\ndata: \{.*"traceId"/);
  });
});

describe('tandem serve: the OpenAI Chat Completions API', () => {
  it('answers through a route, with usage and tandem headers, as the official client reads them', async () => {
    const { data, response } = await client.chat.completions
      .create({ model: 'main', messages: [{ role: 'user', content: 'Hi' }] })
      .withResponse();
    expect(data.choices[0]!.message.content).toBe('Hello from upstream');
    expect(data.usage).toMatchObject({ prompt_tokens: 12, completion_tokens: 5, total_tokens: 17 });
    expect(response.headers.get('x-tandem-provider')).toBe('openai');
    expectOverhead(response.headers.get('x-tandem-overhead-ms'));
    expect(upstream.requests.at(-1)!.headers.authorization).toBe('Bearer sk-up'); // the upstream key, never the client's
  });

  it('streams with include_usage', async () => {
    upstream.reply({ sse: chatStream(['Hel', 'lo'], { usage: [7, 2] }) });
    const stream = await client.chat.completions.create({
      model: 'main',
      messages: [{ role: 'user', content: 'Hi' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let usage: OpenAI.CompletionUsage | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe('Hello');
    expect(usage).toMatchObject({ prompt_tokens: 7, completion_tokens: 2 });
  });

  it('passes tools through and returns tool calls', async () => {
    upstream.reply({
      json: chatCompletion('', { toolCalls: [{ id: 'call_1', name: 'lookup', args: { id: 3 } }] }),
    });
    const res = await client.chat.completions.create({
      model: 'main',
      messages: [{ role: 'user', content: 'find 3' }],
      tools: [
        {
          type: 'function',
          function: {
            name: 'lookup',
            parameters: { type: 'object', properties: { id: { type: 'number' } } },
          },
        },
      ],
    });
    expect(res.choices[0]!.finish_reason).toBe('tool_calls');
    expect(res.choices[0]!.message.tool_calls?.[0]).toMatchObject({
      id: 'call_1',
      function: { name: 'lookup', arguments: '{"id":3}' },
    });
    expect(upstream.requests.at(-1)!.body.tools[0].function.name).toBe('lookup');
  });

  it('falls back when the upstream fails', async () => {
    upstream.reply({ status: 500 });
    const { data, response } = await client.chat.completions
      .create({
        model: 'main',
        messages: [
          { role: 'system', content: '[1] Opening hours are 9 to 5.' },
          { role: 'user', content: 'opening hours?' },
        ],
      })
      .withResponse();
    expect(data.choices[0]!.message.content).toContain('Opening hours are 9 to 5.');
    expect(response.headers.get('x-tandem-provider')).toBe('local');
    expect(response.headers.get('x-tandem-attempts')).toBe('2');
  });

  it('runs an app: model "app:<name>", with citations and the trace id', async () => {
    const res = (await client.chat.completions.create({
      model: 'app:support',
      messages: [{ role: 'user', content: 'When does the shop open on weekdays?' }],
    })) as OpenAI.ChatCompletion & { tandem: { traceId: string; citations: Array<{ source: string }> } };
    expect(res.choices[0]!.message.content).toContain('The shop opens at 9:00 on weekdays.');
    expect(res.tandem.citations[0]!.source).toBe('kb/hours.md');
    // Whether retrieval could answer, and why, travels with the answer.
    expect((res.tandem as unknown as { grounding: { grounded: boolean } }).grounding).toMatchObject({
      grounded: true,
      expects: 'date',
    });
    await expectOpeningHoursTrace(project, res.tandem.traceId);
  });

  it('an app asked an empty message gets a 400 that says so, streamed or not, first turn or later', async () => {
    const earlier: OpenAI.ChatCompletionMessageParam[] = [
      { role: 'user', content: 'When does the shop open on weekdays?' },
      { role: 'assistant', content: 'The shop opens at 9:00 on weekdays.' },
    ];
    for (const [stream, messages] of [
      [false, [{ role: 'user', content: '' }]],
      [true, [...earlier, { role: 'user', content: '   ' }]],
      // A client that sends a null content (allowed by the schema for assistant turns) gets the same answer.
      [false, [{ role: 'user', content: null as unknown as string }]],
    ] as const) {
      const err = await client.chat.completions
        .create({ model: 'app:support', stream, messages: [...messages] })
        .catch((e: InstanceType<typeof OpenAI.APIError>) => e);
      // The field at fault is the messages, not the model; the hint is about the message, not a CLI flag.
      expect(err).toMatchObject({ status: 400, param: 'messages', code: 'input_invalid' });
      expect((err as Error).message).toContain('the last user message is empty');
      expect((err as Error).message).not.toContain('--var');
    }
  });

  it('an app sent no user message (only a system one) gets a 400 that says so, streamed or not', async () => {
    for (const stream of [false, true]) {
      const err = await client.chat.completions
        .create({ model: 'app:support', stream, messages: [{ role: 'system', content: 'Be brief.' }] })
        .catch((e: InstanceType<typeof OpenAI.APIError>) => e);
      expect(err).toMatchObject({ status: 400, param: 'messages', code: 'input_invalid' });
      expect((err as Error).message).toContain('no user message');
    }
  });

  it('a route asked a message with no content gets the same 400 as an app, streamed or not, and calls nothing', async () => {
    const before = upstream.requests.length;
    for (const stream of [false, true]) {
      const err = await client.chat.completions
        .create({ model: 'main', stream, messages: [{ role: 'user', content: null as unknown as string }] })
        .catch((e: InstanceType<typeof OpenAI.APIError>) => e);
      expect(err).toMatchObject({ status: 400, param: 'messages', code: 'input_invalid' });
      expect((err as Error).message).toContain('messages[0].content');
    }
    // Nor may an assistant turn that calls no tool.
    const assistant = await client.chat.completions
      .create({
        model: 'main',
        messages: [
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: null },
          { role: 'user', content: 'Again' },
        ],
      })
      .catch((e: InstanceType<typeof OpenAI.APIError>) => e);
    expect((assistant as Error).message).toContain('messages[1].content');
    expect(upstream.requests.length).toBe(before);
    // An assistant turn that calls a tool may have none.
    upstream.reply({ json: chatCompletion('Done.') });
    const ok = await client.chat.completions.create({
      model: 'main',
      messages: [
        { role: 'user', content: 'Look it up' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 't1', type: 'function', function: { name: 'find', arguments: '{}' } }],
        },
        { role: 'tool', tool_call_id: 't1', content: 'found' },
      ],
    });
    expect(ok.choices[0]!.message.content).toBe('Done.');
  });

  it('counts an app’s own time in x-tandem-overhead-ms, not the model’s', async () => {
    upstream.reply({ json: chatCompletion('Opens at nine.'), delayMs: 150 });
    const started = performance.now();
    const res = await fetch(`${base}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'app:remote', messages: [{ role: 'user', content: 'When?' }] }),
    });
    const elapsed = performance.now() - started;
    expect(((await res.json()) as OpenAI.ChatCompletion).choices[0]!.message.content).toBe('Opens at nine.');
    const overhead = Number(res.headers.get('x-tandem-overhead-ms'));
    expect(elapsed).toBeGreaterThan(150);
    expect(overhead).toBeGreaterThan(0);
    expect(overhead).toBeLessThan(100); // the 150 ms the model took are not tandem's
  });

  it('lists models', async () => {
    const models = await client.models.list();
    expect(models.data.map((m) => m.id)).toEqual(['main', 'openai', 'local', 'app:support', 'app:remote']);
    expect(await client.models.retrieve('app:support')).toMatchObject({ id: 'app:support', object: 'model' });
    const missing = await client.models.retrieve('gpt-nope').catch((e) => e);
    expect(missing).toBeInstanceOf(OpenAI.NotFoundError);
    expect(missing.message).toContain('model "gpt-nope" is not a route, provider or app');
    expect(await client.models.retrieve('openai/gpt-4o')).toMatchObject({ id: 'openai/gpt-4o' });
  });

  it('answers bad requests in the OpenAI error shape', async () => {
    await expect(
      client.chat.completions.create({ model: 'nope', messages: [{ role: 'user', content: 'x' }] }),
    ).rejects.toMatchObject({
      status: 404,
      message: expect.stringContaining('model "nope" is not a route, provider or app'),
    });
    const badJson = await fetch(`${base}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"model": ',
    });
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toMatchObject({
      error: { code: 'invalid_json', type: 'invalid_request_error' },
    });
    const missing = await fetch(`${base}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"model":"main"}',
    });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toContain('messages');
    const empty = await client.chat.completions.create({ model: 'main', messages: [] }).catch((e) => e);
    expect(empty).toBeInstanceOf(OpenAI.BadRequestError);
    expect(empty.error).toMatchObject({ message: 'messages: must not be empty (at least 1 item)' });
    const huge = await fetch(`${base}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'main',
        messages: [{ role: 'user', content: 'x'.repeat(10 * 1024 * 1024) }],
      }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'body_too_large' } });
  });

  it('refuses out-of-range numbers with a 400 that says what is allowed and what was sent', async () => {
    const before = upstream.requests.length;
    const negative = await client.chat.completions
      .create({ model: 'main', max_tokens: -5, messages: [{ role: 'user', content: 'x' }] })
      .catch((e) => e);
    expect(negative).toBeInstanceOf(OpenAI.BadRequestError);
    expect(negative.error).toMatchObject({
      message: 'max_tokens: must be a whole number of at least 1, got -5',
      param: 'max_tokens',
    });
    const hot = await client.chat.completions
      .create({ model: 'main', temperature: 3, stream: true, messages: [{ role: 'user', content: 'x' }] })
      .catch((e) => e);
    expect(hot).toBeInstanceOf(OpenAI.BadRequestError);
    expect(hot.error.message).toBe('temperature: must be a number from 0 to 2, got 3');
    const fraction = await client.chat.completions
      .create({ model: 'main', max_completion_tokens: 2.5, messages: [{ role: 'user', content: 'x' }] })
      .catch((e) => e);
    expect(fraction.error.message).toBe(
      'max_completion_tokens: must be a whole number of at least 1, got 2.5',
    );
    expect(upstream.requests.length).toBe(before); // nothing went upstream
  });

  it('refuses a streamed (chunked) body past 5 MB with a 413 the client can read, and goes on serving', async () => {
    const { port } = new URL(base);
    const answer = await new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
      let sent = 0;
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/v1/chat/completions',
          method: 'POST',
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, sent }));
        },
      );
      req.on('error', reject);
      // No content-length: the size is only known by reading. 12 pieces of 1 MB.
      const piece = Buffer.alloc(1024 * 1024, 'x');
      req.write('{"model":"main","messages":[{"role":"user","content":"');
      const pump = () => {
        if (sent >= 12) return req.end();
        sent++;
        if (req.write(piece)) setImmediate(pump);
        else req.once('drain', pump);
      };
      pump();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'body_too_large' } });
    const next = await client.chat.completions.create({
      model: 'main',
      messages: [{ role: 'user', content: 'x' }],
    });
    expect(next.choices[0]!.message.content).toBe('Hello from upstream');
  });
});

describe('tandem serve: what an app cannot apply is refused, not dropped', () => {
  it("a client's tools, response_format or n > 1 for an app get a 400 that says why", async () => {
    const ask = (extra: Record<string, unknown>) =>
      client.chat.completions.create({
        model: 'app:support',
        messages: [{ role: 'user', content: 'When does the shop open?' }],
        ...extra,
      } as OpenAI.ChatCompletionCreateParamsNonStreaming);
    await expect(
      ask({ tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }] }),
    ).rejects.toMatchObject({ status: 400, param: 'tools' });
    await expect(ask({ response_format: { type: 'json_object' } })).rejects.toMatchObject({
      status: 400,
      param: 'response_format',
      message: expect.stringContaining("answers in its prompt's own output format"),
    });
    await expect(ask({ n: 2 })).rejects.toMatchObject({ status: 400, param: 'n' });
    // What an app can do is unchanged.
    expect((await ask({ n: 1, response_format: { type: 'text' } })).choices[0]!.message.content).toContain(
      '9:00',
    );
  });
});

describe('tandem serve: embeddings dimensions', () => {
  it('passes dimensions upstream, and says so when vectors of another size come back', async () => {
    upstream.reply({
      json: {
        object: 'list',
        model: 'e',
        data: [{ object: 'embedding', index: 0, embedding: [0.5, -0.5, 0.25, 0] }],
        usage: { prompt_tokens: 1, total_tokens: 1 },
      },
    });
    const { data: r, response } = await client.embeddings
      .create({ model: 'openai', input: 'hello there', dimensions: 4 })
      .withResponse();
    expect(r.data[0]!.embedding).toHaveLength(4);
    // Traced and counted like a chat call: a trace with an embeddings model span and its tokens.
    await served.project.traces.flush();
    const [trace] = await project.store.traces.list({ name: 'openai', limit: 1 });
    const full = await project.store.traces.get(trace!.id);
    const span = full!.spans.find((s) => s.kind === 'model')!;
    expect(span.attributes).toMatchObject({ operation: 'embeddings', provider: 'openai', vectors: 1 });
    expect(span.usage).toEqual({
      inputTokens: r.usage.prompt_tokens,
      outputTokens: 0,
      totalTokens: r.usage.prompt_tokens,
    });
    expect(response.status).toBe(200);
    expect(upstream.requests.at(-1)!.body.dimensions).toBe(4);
    upstream.reply({
      json: {
        object: 'list',
        model: 'e',
        data: [{ object: 'embedding', index: 0, embedding: [0.5, -0.5, 0.25, 0, 1, 1, 1, 1] }],
        usage: { prompt_tokens: 1, total_tokens: 1 },
      },
    });
    await expect(
      client.embeddings.create({ model: 'openai', input: 'hello', dimensions: 4 }),
    ).rejects.toMatchObject({
      status: 502,
      message: expect.stringContaining('returned vectors of 8 dimensions, not the 4 asked for'),
    });
  });

  it('embeds token arrays (cl100k_base, as LangChain sends them) as the text they stand for', async () => {
    upstream.reset();
    // "Hello wörld, tandem!" and "Bonjour" in cl100k_base.
    const hello = [9906, 289, 9603, 509, 11, 67042, 0];
    const bonjour = [82681];
    const vectors = (n: number) => ({
      json: {
        object: 'list',
        model: 'e',
        data: Array.from({ length: n }, (_, index) => ({ object: 'embedding', index, embedding: [1, 0] })),
        usage: { prompt_tokens: 9, total_tokens: 9 },
      },
    });
    upstream.reply(vectors(2), vectors(1));
    const r = await client.embeddings.create({ model: 'openai', input: [hello, bonjour] });
    expect(r.data).toHaveLength(2);
    expect(upstream.requests.at(-1)!.body.input).toEqual(['Hello wörld, tandem!', 'Bonjour']);
    await client.embeddings.create({ model: 'openai', input: hello });
    expect(upstream.requests.at(-1)!.body.input).toEqual(['Hello wörld, tandem!']);
    await expect(
      client.embeddings.create({ model: 'openai', input: [hello, [9906, 999_999]] }),
    ).rejects.toMatchObject({
      status: 400,
      param: 'input[1][1]',
      message: expect.stringContaining('token 999999 is not in cl100k_base'),
    });
  });
});

describe('tandem serve: upstream statuses', () => {
  it('an overloaded upstream (503, 529) is a 503 the client may retry; another failure a 502 with its message', async () => {
    const ask = () =>
      client.chat.completions.create({ model: 'openai', messages: [{ role: 'user', content: 'Hi' }] });
    for (const status of [503, 529]) {
      upstream.reply({ status, body: '{"error":{"message":"overloaded"}}' });
      await expect(ask()).rejects.toMatchObject({ status: 503 });
    }
    upstream.reply({ status: 400, body: '{"error":{"message":"context too long"}}' });
    await expect(ask()).rejects.toMatchObject({
      status: 502,
      message: expect.stringContaining('context too long'),
    });
  });
});
