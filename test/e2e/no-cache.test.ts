import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

// Two script providers that log every call: the app's model, and a judge that never objects.
const logging = (reply: string) => `
import { appendFileSync } from 'node:fs';
export default (options: { log: string }) => ({
  async generate(req: { messages: Array<{ content: string }> }) {
    appendFileSync(options.log, 'call\\n');
    return { text: ${reply} };
  },
});
`;

// An app behind a cached route whose output is checked by an llm guardrail, itself on a cached route:
// every model call of a run goes through the response cache.
function project(): string {
  const dir = tempProject({
    'tools/model.ts': logging("'yes ' + req.messages.at(-1)!.content"),
    'tools/judge.ts': logging(`'{"violates": false, "score": 0, "reason": "fine"}'`),
    'prompts/bot.prompt': '---\ninput:\n  schema:\n    q: string\n---\n{{q}}\n',
    'tests/bot.yaml':
      'app: bot\ncases:\n  - vars: { q: hello }\n    assert: [{ type: starts-with, value: "yes" }]\n',
  });
  const log = (name: string) => JSON.stringify(join(dir, `${name}.log`));
  writeFileSync(
    join(dir, 'tandem.yaml'),
    `providers:
  model: { type: script, module: tools/model.ts, options: { log: ${log('model')} } }
  judge: { type: script, module: tools/judge.ts, options: { log: ${log('judge')} } }
routes:
  answer: { targets: [model], cache: true }
  check: { targets: [judge], cache: true }
guardrails:
  advice: { check: llm, route: check, rubric: medical advice, action: block, on: output }
apps:
  bot: { prompt: bot, route: answer, guardrails: [advice] }
`,
  );
  return dir;
}

const calls = (dir: string, name: string) => {
  try {
    return readFileSync(join(dir, `${name}.log`), 'utf8')
      .trim()
      .split('\n').length;
  } catch {
    return 0;
  }
};

describe('--no-cache neither reads nor writes the response cache, for every model call of a run', () => {
  it('tandem run: a later cached run finds nothing the --no-cache run would have stored (guardrail judge included)', async () => {
    const dir = project();
    const run = async (...flags: string[]) => {
      const r = await runCli(['run', 'bot', '--var', 'q=hello', '--json', ...flags], { cwd: dir });
      expect(r.stderr).toBe('');
      return JSON.parse(r.stdout) as { text: string; cached: boolean };
    };
    expect(await run('--no-cache')).toMatchObject({ text: 'yes hello', cached: false });
    expect([calls(dir, 'model'), calls(dir, 'judge')]).toEqual([1, 1]);
    expect(await run()).toMatchObject({ cached: false });
    expect([calls(dir, 'model'), calls(dir, 'judge')]).toEqual([2, 2]); // nothing was stored
    expect(await run()).toMatchObject({ cached: true });
    expect([calls(dir, 'model'), calls(dir, 'judge')]).toEqual([2, 2]); // now both are
    await run('--no-cache');
    expect([calls(dir, 'model'), calls(dir, 'judge')]).toEqual([3, 3]); // and not read
  }, 60_000);

  it('tandem eval: the same holds for the samples of a suite', async () => {
    const dir = project();
    const cached = async (...flags: string[]) => {
      const r = await runCli(['eval', '--json', ...flags], { cwd: dir });
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout).suites[0].summary.variants[0].cachedSamples as number;
    };
    expect(await cached('--no-cache')).toBe(0);
    expect(await cached()).toBe(0);
    expect([calls(dir, 'model'), calls(dir, 'judge')]).toEqual([2, 2]);
    expect(await cached()).toBe(1);
    expect([calls(dir, 'model'), calls(dir, 'judge')]).toEqual([2, 2]);
    expect(await cached('--no-cache')).toBe(0);
    expect([calls(dir, 'model'), calls(dir, 'judge')]).toEqual([3, 3]);
  }, 60_000);
});
