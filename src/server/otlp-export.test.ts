import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { startFakeUpstream } from '../../test/support/fake-upstream.js';
import { chatCompletion } from '../../test/support/openai-wire.js';
import { serveProject } from '../../test/support/serve-app.js';
import { tempProject } from '../../test/support/temp-project.js';
import { loadProject } from '../pipeline/index.js';
import { memorySink, otlpSink, toOtlpRequest } from '../tracing/index.js';

type Attr = { key: string; value: Record<string, unknown> };
const attr = (span: { attributes: Attr[] }, key: string) => {
  const v = span.attributes.find((a) => a.key === key)?.value;
  return v ? Object.values(v)[0] : undefined;
};

describe('OTLP export', () => {
  it('sends served requests to the collector as spans with gen_ai.* attributes, in the store too', async () => {
    const upstream = await startFakeUpstream(() => ({ json: chatCompletion('Hello') }));
    const collector = await startFakeUpstream(() => ({ json: {} }));
    const project = await loadProject(
      tempProject({
        'tandem.yaml': `providers:
  up: { type: openai, model: gpt-4o-mini, apiKey: sk-up, baseUrl: ${upstream.url}/v1 }
routes:
  main: { targets: [up] }
tracing:
  otlp: { endpoint: ${collector.url}, headers: { x-collector-key: abc }, serviceName: support-gateway }
`,
      }),
    );
    const server = await serveProject(project);
    const client = new OpenAI({ apiKey: 'x', baseURL: `${server.url}/v1`, maxRetries: 0 });
    await client.chat.completions.create({ model: 'main', messages: [{ role: 'user', content: 'Hi' }] });
    await server.close(); // flushes the export
    const post = collector.requests.find((r) => r.path === '/v1/traces');
    expect(post?.headers['x-collector-key']).toBe('abc');
    const resource = post!.body.resourceSpans[0];
    expect(resource.resource.attributes).toContainEqual({
      key: 'service.name',
      value: { stringValue: 'support-gateway' },
    });
    const spans = resource.scopeSpans[0].spans as Array<{
      traceId: string;
      spanId: string;
      parentSpanId?: string;
      name: string;
      kind: number;
      attributes: Attr[];
    }>;
    const model = spans.find((s) => s.name.startsWith('chat '))!;
    expect(model).toMatchObject({ name: 'chat gpt-4o-mini-2024-07-18', kind: 3 });
    expect(attr(model, 'gen_ai.operation.name')).toBe('chat');
    // The system called, whatever the project named its provider ("up").
    expect(attr(model, 'gen_ai.provider.name')).toBe('openai');
    expect(attr(model, 'gen_ai.usage.input_tokens')).toBe('12');
    expect(attr(model, 'gen_ai.usage.output_tokens')).toBe('5');
    // The conventions' types: finish reasons as an array, the requested and the answering model apart.
    expect(attr(model, 'gen_ai.response.finish_reasons')).toEqual({ values: [{ stringValue: 'stop' }] });
    expect(attr(model, 'gen_ai.request.model')).toBe('gpt-4o-mini');
    expect(attr(model, 'gen_ai.response.model')).toBe('gpt-4o-mini-2024-07-18');
    const root = spans.find((s) => !s.parentSpanId)!;
    expect(model.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(spans.every((s) => s.traceId === root.traceId)).toBe(true);
    expect(spans.some((s) => s.parentSpanId === root.spanId)).toBe(true);
    expect(await project.store.traces.list({ limit: 5 })).toHaveLength(1);
    await project.close();
    await upstream.close();
    await collector.close();
  });

  it('keeps working when the collector is down, and says so once', async () => {
    const warnings: string[] = [];
    const inner = memorySink();
    const sink = otlpSink(inner, { endpoint: 'http://127.0.0.1:9', warn: (m) => warnings.push(m) });
    const trace = {
      id: 'tr_1',
      name: 'x',
      kind: 'request' as const,
      status: 'ok' as const,
      startedAt: Date.now(),
      durationMs: 1,
      usage: { inputTokens: 0, outputTokens: 0, totalTokens: 0 },
      costUsd: 0,
      spans: [],
    };
    await sink.write(trace);
    await sink.flush();
    await sink.write({ ...trace, id: 'tr_2' });
    await sink.flush();
    expect(inner.traces.map((t) => t.id)).toEqual(['tr_1', 'tr_2']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('OTLP export to http://127.0.0.1:9/v1/traces failed');
  });

  it('a failed call keeps its requested model and says its error.type; a tool call is an execute_tool span', async () => {
    const upstream = await startFakeUpstream(() => ({ status: 400, body: '{"error":{"message":"bad"}}' }));
    const collector = await startFakeUpstream(() => ({ json: {} }));
    const project = await loadProject(
      tempProject({
        'tandem.yaml': `providers:
  claude: { type: openai, model: gpt-4o-mini, apiKey: sk-up, baseUrl: ${upstream.url}/v1 }
tracing:
  otlp: { endpoint: ${collector.url} }
`,
      }),
    );
    const server = await serveProject(project);
    const client = new OpenAI({ apiKey: 'x', baseURL: `${server.url}/v1`, maxRetries: 0 });
    await expect(
      client.chat.completions.create({ model: 'claude', messages: [{ role: 'user', content: 'Hi' }] }),
    ).rejects.toMatchObject({ status: 502 }); // the upstream's 400, with its message
    await server.close();
    const spans = collector.requests.find((r) => r.path === '/v1/traces')!.body.resourceSpans[0].scopeSpans[0]
      .spans as Array<{ name: string; attributes: Attr[]; status: { code: number } }>;
    const model = spans.find((s) => s.name.startsWith('chat '))!;
    expect(model.name).toBe('chat gpt-4o-mini');
    expect(model.status.code).toBe(2);
    expect(attr(model, 'gen_ai.request.model')).toBe('gpt-4o-mini');
    expect(attr(model, 'error.type')).toMatch(/^[A-Z_]+$/);
    expect(attr(model, 'gen_ai.response.model')).toBeUndefined();
    await project.close();
    await upstream.close();
    await collector.close();

    const tool = toOtlpRequest([
      {
        id: 't1',
        name: 'helper',
        kind: 'app',
        status: 'ok',
        startedAt: 0,
        durationMs: 2,
        usage: { inputTokens: 0, outputTokens: 0, totalTokens: 0 },
        costUsd: 0,
        spans: [
          {
            id: 's1',
            traceId: 't1',
            name: 'tool weather',
            kind: 'tool',
            startedAt: 0,
            durationMs: 1,
            status: 'ok',
            attributes: { tool: 'weather' },
          },
        ],
      } as unknown as Parameters<typeof toOtlpRequest>[0][number],
    ]).resourceSpans[0]!.scopeSpans[0]!.spans[0]!;
    expect(tool.name).toBe('execute_tool weather');
    expect(attr(tool as { attributes: Attr[] }, 'gen_ai.operation.name')).toBe('execute_tool');
    expect(attr(tool as { attributes: Attr[] }, 'gen_ai.tool.name')).toBe('weather');
  });

  it("joins the caller's trace: an incoming traceparent becomes the trace id and the root span's parent", async () => {
    const upstream = await startFakeUpstream(() => ({ json: chatCompletion('Hello') }));
    const collector = await startFakeUpstream(() => ({ json: {} }));
    const project = await loadProject(
      tempProject({
        'tandem.yaml': `providers:
  up: { type: openai, model: gpt-4o-mini, apiKey: sk-up, baseUrl: ${upstream.url}/v1 }
tracing:
  otlp: { endpoint: ${collector.url} }
`,
      }),
    );
    const server = await serveProject(project);
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const parent = '00f067aa0ba902b7';
    const send = (traceparent: string) =>
      fetch(`${server.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', traceparent },
        body: JSON.stringify({ model: 'up', messages: [{ role: 'user', content: 'Hi' }] }),
      });
    expect((await send(`00-${traceId}-${parent}-01`)).status).toBe(200);
    expect((await send('00-not-a-valid-header-01')).status).toBe(200); // ignored, as the spec says
    await server.close();
    const spans = collector.requests
      .filter((r) => r.path === '/v1/traces')
      .flatMap((r) => r.body.resourceSpans[0].scopeSpans[0].spans) as Array<{
      traceId: string;
      spanId: string;
      parentSpanId?: string;
    }>;
    const joined = spans.filter((s) => s.traceId === traceId);
    expect(joined.length).toBeGreaterThan(1);
    const ids = new Set(joined.map((s) => s.spanId));
    const roots = joined.filter((s) => !ids.has(s.parentSpanId ?? ''));
    expect(roots.map((s) => s.parentSpanId)).toEqual([parent]);
    expect(spans.some((s) => s.traceId !== traceId)).toBe(true); // the second request has its own trace
    await project.close();
    await upstream.close();
    await collector.close();
  });

  it("carries the trace upstream: each model call sends traceparent (its span) and the caller's tracestate", async () => {
    const upstream = await startFakeUpstream(() => ({ json: chatCompletion('Hello') }));
    const collector = await startFakeUpstream(() => ({ json: {} }));
    const project = await loadProject(
      tempProject({
        'tandem.yaml': `providers:
  up: { type: openai, model: gpt-4o-mini, apiKey: sk-up, baseUrl: ${upstream.url}/v1 }
apps:
  hello: { prompt: hello, route: up }
tracing:
  otlp: { endpoint: ${collector.url} }
`,
        'prompts/hello.prompt': '---\ninput:\n  schema:\n    question: string\n---\n{{question}}\n',
      }),
    );
    const server = await serveProject(project);
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const send = (model: string, headers: Record<string, string>) =>
      fetch(`${server.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ model, messages: [{ role: 'user', content: 'Hi' }] }),
      });
    const caller = { traceparent: `00-${traceId}-00f067aa0ba902b7-01`, tracestate: 'vendor=abc,other=1' };
    expect((await send('up', caller)).status).toBe(200);
    expect((await send('app:hello', caller)).status).toBe(200);
    expect((await send('up', {})).status).toBe(200);
    await server.close();
    const spans = collector.requests
      .filter((r) => r.path === '/v1/traces')
      .flatMap((r) => r.body.resourceSpans[0].scopeSpans[0].spans) as Array<{
      traceId: string;
      spanId: string;
      name: string;
    }>;
    const modelSpans = spans.filter((s) => s.name.startsWith('chat '));
    const sent = upstream.requests.map((r) => ({
      traceparent: r.headers.traceparent as string,
      tracestate: r.headers.tracestate,
    }));
    expect(sent).toHaveLength(3);
    // Each upstream call names its own model span as the parent, in the trace the export uses.
    for (const { traceparent } of sent) {
      const [version, trace, parent, flags] = traceparent.split('-');
      expect([version, flags]).toEqual(['00', '01']);
      expect(modelSpans).toContainEqual(expect.objectContaining({ traceId: trace, spanId: parent }));
    }
    expect(sent.slice(0, 2).map((s) => s.traceparent.split('-')[1])).toEqual([traceId, traceId]);
    expect(sent.slice(0, 2).map((s) => s.tracestate)).toEqual([caller.tracestate, caller.tracestate]);
    // Without a caller's context, tandem starts the trace; no tracestate is made up.
    expect(sent[2]!.traceparent.split('-')[1]).not.toBe(traceId);
    expect(sent[2]!.tracestate).toBeUndefined();
    await project.close();
    await upstream.close();
    await collector.close();
  });
});
