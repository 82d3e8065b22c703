import { describe, expect, it } from 'vitest';

describe("the public API (import … from 'tandem')", () => {
  it('is exactly this list: a new name is added here on purpose, an internal never leaks', async () => {
    const api = await import('../../src/index.js');
    expect(Object.keys(api).sort()).toEqual([
      'TandemError',
      'balance',
      'cache',
      'cheapest',
      'completeResponse',
      'createApp',
      'createEchoProvider',
      'createExtractiveProvider',
      'createProvider',
      'defineConfig',
      'defineTool',
      'detectInjection',
      'estimateEval',
      'fallback',
      'fastest',
      'findPii',
      'isTandemError',
      'limit',
      'loadProject',
      'memorySink',
      'openSqliteStore',
      'openStore',
      'rateLimit',
      'retry',
      'runEval',
      'runRedteam',
      'startServer',
      'startTrace',
      'storeSink',
      'streamFromResponse',
      'testGuardrail',
      'timeout',
      'watchEval',
      'withModel',
      'wrapProvider',
    ]);
  });

  it('works from code the way the docs show: load a project, run an app, evaluate it', async () => {
    const { tempProject } = await import('../support/temp-project.js');
    const { loadProject, runEval } = await import('../../src/index.js');
    const dir = tempProject({
      'tandem.yaml': 'providers:\n  local: { type: echo }\napps:\n  echo: { prompt: say, route: local }\n',
      'prompts/say.prompt': '---\ninput:\n  schema:\n    question: string\n---\n{{question}}\n',
      'tests/echo.yaml':
        'app: echo\ncases:\n  - vars: { question: hello there }\n    assert: [{ type: contains, value: hello }]\n',
    });
    const project = await loadProject(dir);
    try {
      const answer = await (await project.app('echo')).run({ vars: { question: 'hello there' } });
      expect(answer.text).toContain('hello there');
      const { gate, runs } = await runEval({ project });
      expect(runs.map((r) => r.summary.variants[0]!.passed)).toEqual([1]);
      expect(gate).toMatchObject({ passed: true, reasons: [] });
    } finally {
      await project.close();
    }
  });
});
