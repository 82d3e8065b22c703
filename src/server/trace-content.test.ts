import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { startFakeUpstream } from '../../test/support/fake-upstream.js';
import { chatCompletion, chatStream } from '../../test/support/openai-wire.js';
import { serveProject } from '../../test/support/serve-app.js';
import { tempProject } from '../../test/support/temp-project.js';
import { loadProject } from '../pipeline/index.js';

const ANSWER = 'Your key is sk-proj-abcDEF1234567890abcdEF12';

async function traceOf(tracingYaml: string, stream: boolean) {
  const upstream = await startFakeUpstream(() =>
    stream
      ? { sse: chatStream(['Your key is ', 'sk-proj-abcDEF1234567890abcdEF12'], { usage: [12, 5] }) }
      : { json: chatCompletion(ANSWER) },
  );
  const project = await loadProject(
    tempProject({
      'tandem.yaml': `providers:\n  up: { type: openai, model: gpt-4o-mini, apiKey: sk-up, baseUrl: ${upstream.url}/v1 }\n${tracingYaml}`,
    }),
  );
  const server = await serveProject(project);
  const client = new OpenAI({ apiKey: 'x', baseURL: `${server.url}/v1`, maxRetries: 0 });
  const messages = [
    { role: 'user' as const, content: 'my key is sk-proj-abcDEF1234567890abcdEF12, is it valid?' },
  ];
  if (stream) {
    let text = '';
    for await (const chunk of await client.chat.completions.create({ model: 'up', messages, stream: true }))
      text += chunk.choices[0]?.delta?.content ?? '';
    expect(text).toBe(ANSWER); // the client gets the answer as the model wrote it
  } else await client.chat.completions.create({ model: 'up', messages });
  await server.close(); // flushes the batched traces
  const [summary] = await project.store.traces.list({ limit: 1 });
  const trace = await project.store.traces.get(summary!.id);
  await project.close();
  await upstream.close();
  return trace!;
}

describe.each([
  ['answers', false],
  ['streams', true],
])('traces of served %s', (_kind, stream) => {
  it('keep prompts and answers with pasted secrets redacted', async () => {
    const trace = await traceOf('', stream);
    const stored = JSON.stringify({ input: trace.input, output: trace.output });
    expect(stored).toContain('my key is [secret], is it valid?');
    expect(stored).toContain('Your key is [secret]');
    expect(stored).not.toContain('sk-proj-abcDEF');
    expect(trace.usage.totalTokens).toBe(17);
  });

  it('keep only timings, tokens and cost with tracing.captureContent: false', async () => {
    const trace = await traceOf('tracing: { captureContent: false }\n', stream);
    expect(trace.input).toBeUndefined();
    expect(trace.output).toBeUndefined();
    const stored = JSON.stringify(trace); // every span too
    for (const part of ['is it valid', 'Your key is', 'sk-proj-abcDEF']) expect(stored).not.toContain(part);
    expect(trace.spans.map((s) => s.kind)).toEqual(['route', 'model']);
    expect(trace.usage.totalTokens).toBe(17);
    expect(trace.costUsd).toBeGreaterThan(0);
  });
});
