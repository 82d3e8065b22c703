import { afterEach, describe, expect, it } from 'vitest';
import { tempProject } from '../../test/support/temp-project.js';
import { TandemError } from '../core/index.js';
import { createScriptedProvider, type ScriptedProvider } from '../providers/testing/index.js';
import type { AppEvent } from './app-types.js';
import { loadProject, type Project } from './project.js';

const weatherTool = `import { defineTool } from 'tandem';
export default defineTool({
  name: 'weather',
  description: 'Current weather in a city',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  execute: ({ city }) => {
    if (city === 'Atlantis') throw new Error('unknown city Atlantis');
    return { city, tempC: 21 };
  },
});
`;

const files = {
  'tandem.yaml': `
providers:
  model: { type: echo }
routes:
  main:
    targets: [model]
    retry: { attempts: 3, baseMs: 0 }
apps:
  helper:
    prompt: helper
    route: main
    tools: [weather]
    maxSteps: 3
  classify:
    prompt: classify
    route: main
`,
  'prompts/helper.prompt': '{{role "system"}}\nYou help.\n{{role "user"}}\n{{question}}\n',
  'prompts/classify.prompt':
    '---\noutput:\n  schema:\n    label(enum): [bug, question]\n---\nClassify: {{text}}\n',
  'tools/weather.ts': weatherTool,
};

let project: Project | undefined;
afterEach(async () => {
  await project?.close();
  project = undefined;
});

async function open(model: ScriptedProvider) {
  project = await loadProject(tempProject(files), { providerOverrides: { model } });
  return project;
}

describe('tool loop', () => {
  it('runs tools across steps and answers with the results, all in one trace', async () => {
    const model = createScriptedProvider(
      [
        { toolCalls: [{ id: 'c1', name: 'weather', args: { city: 'Oslo' } }] },
        { toolCalls: [{ id: 'c2', name: 'weather', args: { city: 'Rome' } }] },
        (req) => ({
          text: `Done after ${req.messages.filter((m) => m.role === 'tool').length} tool results`,
        }),
      ],
      'model',
    );
    const p = await open(model);
    const result = await (await p.app('helper')).run({ vars: { question: 'Weather in Oslo and Rome?' } });
    expect(result.text).toBe('Done after 2 tool results');
    expect(result.toolCalls.map((t) => [t.name, t.args, t.result])).toEqual([
      ['weather', { city: 'Oslo' }, { city: 'Oslo', tempC: 21 }],
      ['weather', { city: 'Rome' }, { city: 'Rome', tempC: 21 }],
    ]);
    expect(result.modelCalls).toBe(3);
    // The model saw the tool spec and the tool results as tool messages.
    expect(model.calls[0]!.tools).toEqual([
      {
        name: 'weather',
        description: 'Current weather in a city',
        parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      },
    ]);
    expect(model.calls[1]!.messages.at(-1)).toEqual({
      role: 'tool',
      toolCallId: 'c1',
      name: 'weather',
      content: '{"city":"Oslo","tempC":21}',
    });

    const trace = await p.store.traces.get(result.traceId);
    expect(trace?.status).toBe('ok');
    expect(trace?.spans.map((s) => `${s.kind}:${s.name}`)).toEqual([
      'app:helper',
      'render:render',
      'route:route main',
      'model:model model',
      'tool:tool weather',
      'route:route main',
      'model:model model',
      'tool:tool weather',
      'route:route main',
      'model:model model',
    ]);
    expect(trace?.usage.totalTokens).toBe(result.usage.totalTokens);
    expect(trace?.input).toEqual({ vars: { question: 'Weather in Oslo and Rome?' } });
  });

  it('feeds a tool error back to the model, which can recover', async () => {
    const model = createScriptedProvider(
      [
        { toolCalls: [{ id: 'c1', name: 'weather', args: { city: 'Atlantis' } }] },
        { toolCalls: [{ id: 'c2', name: 'weather', args: { town: 'Oslo' } }] },
        (req) => ({
          text: req.messages
            .filter((m) => m.role === 'tool')
            .map((m) => m.content)
            .join(' | '),
        }),
      ],
      'model',
    );
    const p = await open(model);
    const result = await (await p.app('helper')).run({ vars: { question: 'q' } });
    expect(result.text).toBe(
      '{"error":"unknown city Atlantis"} | {"error":"invalid arguments: city: is required"}',
    );
    expect(result.toolCalls.map((t) => t.error)).toEqual([
      'unknown city Atlantis',
      'invalid arguments: city: is required',
    ]);
    const trace = await p.store.traces.get(result.traceId);
    expect(trace?.spans.filter((s) => s.kind === 'tool').map((s) => s.status)).toEqual(['error', 'error']);
    expect(trace?.status).toBe('ok');
  });

  it('tells the model about a tool that does not exist', async () => {
    const model = createScriptedProvider(
      [
        { toolCalls: [{ id: 'c1', name: 'stocks', args: {} }] },
        (req) => ({ text: req.messages.at(-1)!.content }),
      ],
      'model',
    );
    const result = await (await (await open(model)).app('helper')).run({ vars: { question: 'q' } });
    expect(result.text).toBe('{"error":"unknown tool \\"stocks\\"; available tools: weather"}');
  });

  it('stops at maxSteps with a typed error, and the trace records the failure', async () => {
    const model = createScriptedProvider(
      [{ toolCalls: [{ id: 'c', name: 'weather', args: { city: 'Oslo' } }] }],
      'model',
    );
    const p = await open(model);
    const err = await (await p.app('helper')).run({ vars: { question: 'q' } }).catch((e) => e);
    expect(err).toMatchObject({
      code: 'TOOL_STEP_LIMIT',
      message: 'app "helper" stopped after 3 model calls: the model kept calling tools',
    });
    expect(model.calls).toHaveLength(3);
    const [trace] = await p.store.traces.list({ name: 'helper' });
    expect(trace).toMatchObject({ status: 'error', error: expect.stringContaining('TOOL_STEP_LIMIT') });
  });

  it('streams text, tool calls and results as events', async () => {
    const model = createScriptedProvider(
      [
        { toolCalls: [{ id: 'c1', name: 'weather', args: { city: 'Oslo' } }] },
        { text: 'It is mild in Oslo.' },
      ],
      'model',
    );
    const app = await (await open(model)).app('helper');
    const events: AppEvent[] = [];
    for await (const ev of app.stream({ vars: { question: 'q' } })) events.push(ev);
    expect(events.map((e) => e.type)).toEqual([
      'tool-call',
      'tool-result',
      'text-delta',
      'text-delta',
      'text-delta',
      'text-delta',
      'text-delta',
      'done',
    ]);
    expect(
      events
        .filter((e) => e.type === 'text-delta')
        .map((e) => (e as { text: string }).text)
        .join(''),
    ).toBe('It is mild in Oslo.');
  });
});

describe('structured output', () => {
  it('parses and validates the JSON answer', async () => {
    const model = createScriptedProvider([{ text: '```json\n{"label":"bug"}\n```' }], 'model');
    const result = await (await (await open(model)).app('classify')).run({ vars: { text: 'it crashes' } });
    expect(result.output).toEqual({ label: 'bug' });
    expect(model.calls[0]!.responseFormat).toMatchObject({
      type: 'json',
      name: 'classify',
      schema: { required: ['label'] },
    });
  });

  it('re-asks once with the validation error, then succeeds', async () => {
    const model = createScriptedProvider(
      [{ text: '{"label":"feature"}' }, { text: '{"label":"question"}' }],
      'model',
    );
    const result = await (await (await open(model)).app('classify')).run({ vars: { text: 'how?' } });
    expect(result.output).toEqual({ label: 'question' });
    expect(model.calls).toHaveLength(2);
    const reask = model.calls[1]!.messages.at(-1)!;
    expect(reask.role).toBe('user');
    expect(reask.content).toContain('label: must be equal to one of the allowed values');
  });

  it('fails with a typed error when the second answer is still invalid', async () => {
    const model = createScriptedProvider([{ text: 'not json' }, { text: '{"label":1}' }], 'model');
    const err = await (await (await open(model)).app('classify'))
      .run({ vars: { text: 'x' } })
      .catch((e) => e);
    expect(err).toBeInstanceOf(TandemError);
    expect(err).toMatchObject({ code: 'OUTPUT_INVALID' });
    expect(model.calls).toHaveLength(2);
  });
});

describe('routes inside apps', () => {
  it('records each retry as its own model span, and the answer says how many attempts it took', async () => {
    const flaky = createScriptedProvider(
      [new TandemError('PROVIDER_ERROR', 'HTTP 503', { retryable: true, status: 503 }), { text: 'ok' }],
      'model',
    );
    const p = await open(flaky);
    const result = await (await p.app('helper')).run({ vars: { question: 'q' } });
    const trace = await p.store.traces.get(result.traceId);
    expect(trace?.spans.filter((s) => s.kind === 'model').map((s) => [s.status, s.error])).toEqual([
      ['error', 'PROVIDER_ERROR: HTTP 503'],
      ['ok', undefined],
    ]);

    expect(trace?.spans.find((s) => s.kind === 'route')?.attributes).toMatchObject({
      attempts: 2,
      provider: 'model',
    });
  });
});
