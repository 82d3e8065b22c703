import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';
import { runCli } from '../support/run-cli.js';

let project: string;

beforeAll(async () => {
  project = join(mkdtempSync(join(tmpdir(), 'tandem-e2e-')), 'my-assistant');
  const init = await runCli(['init', project]);
  expect(init.code).toBe(0);
});

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('tandem init', () => {
  it('scaffolds a project with every part and an editor schema', () => {
    for (const f of [
      'tandem.yaml',
      'tandem.schema.json',
      '.gitignore',
      'prompts/answer.prompt',
      'prompts/_persona.prompt',
      'tools/plan-price.ts',
      'knowledge/README.md',
      'knowledge/account/passwords.md',
      'tests/assistant.yaml',
    ]) {
      expect(existsSync(join(project, f)), f).toBe(true);
    }
    expect(readFileSync(join(project, 'tandem.yaml'), 'utf8')).toContain('$schema=./tandem.schema.json');
    const schema = JSON.parse(readFileSync(join(project, 'tandem.schema.json'), 'utf8'));
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['providers', 'routes', 'apps']));
  });

  it('refuses to write into a directory that is not empty', async () => {
    const r = await runCli(['init', project]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not empty');
    expect(r.stderr).toContain('hint: Choose a new directory name, or add --force');
    noStack(r.stderr);
  });

  it('refuses a path that is a file, with no stack trace', async () => {
    const file = join(project, 'tandem.yaml');
    const r = await runCli(['init', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file} is a file, not a directory`);
    noStack(r.stderr);
  });
});

describe('tandem run on the scaffold (offline, no keys)', () => {
  it('indexes the help centre on first use, answers with a citation, tokens, cost, latency, trace', async () => {
    const r = await runCli(['run', 'assistant', '--var', 'question=How do I reset my password?'], {
      cwd: project,
    });
    expect(r.stderr).toBe('indexed knowledge base "help" on first use: 6 documents, 14 chunks\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('choose "Forgot password"');
    expect(r.stdout).toContain(
      'Sources\n  [1] knowledge/account/passwords.md · Passwords and sign-in › Reset your password (score 1)',
    );
    expect(r.stdout).toMatch(
      // A loaded machine may take a second or more: the latency is then printed in seconds.
      /local\/extractive · \d+ in \+ \d+ out tokens · \$0\.0000 · [\d.]+ m?s · trace tr_\w+/,
    );
  });

  it('prints machine-readable JSON with --json', async () => {
    const r = await runCli([
      'run',
      'assistant',
      '--var',
      'question=How much does the Team plan cost?',
      '--json',
      '--cwd',
      project,
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.text).toContain('8 USD per user per month');
    expect(out.citations[0]).toMatchObject({
      source: 'knowledge/billing/plans.md',
      docId: 'knowledge/billing/plans.md',
    });
    expect(out.retrieved.length).toBeGreaterThan(0);
    expect(out.usage.totalTokens).toBe(out.usage.inputTokens + out.usage.outputTokens);
    expect(out.prompt.name).toBe('answer');
    const store = openSqliteStore(join(project, '.tandem/tandem.db'));
    const trace = await store.traces.get(out.traceId);
    await store.close();
    // The starter's grounded guardrail decides after rendering, before the model is called.
    expect(trace?.spans.map((s) => s.kind)).toEqual([
      'app',
      'retrieve',
      'render',
      'guardrail',
      'route',
      'model',
    ]);
  });

  it('streams the same answer with --stream', async () => {
    const r = await runCli(
      ['run', 'assistant', '--stream', '--no-cache', '--var', 'question=How do I share a notebook?'],
      { cwd: project },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('To share a notebook, open it, choose Share');
  });

  it('serves the second identical run from the cache', async () => {
    const args = ['run', 'assistant', '--json', '--var', 'question=Which platforms does it run on?'];
    await runCli(args, { cwd: project });
    const second = JSON.parse((await runCli(args, { cwd: project })).stdout);
    expect(second.cached).toBe(true);
  });

  it('runs a bare prompt by name (the prompt alone, no retrieval)', async () => {
    const r = await runCli(['run', 'answer', '--var', 'question=How do I export a note?', '--json'], {
      cwd: project,
    });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ app: 'answer', prompt: { name: 'answer' }, retrieved: [] });
  });

  it('says it does not know, rather than inventing an answer', async () => {
    const r = await runCli(['run', 'assistant', '--var', 'question=Can I pay with Bitcoin?'], {
      cwd: project,
    });
    expect(r.stdout).toContain("I don't know");
  });
});

describe('user errors: a clear message, a hint, exit 1, no stack trace', () => {
  it('a missing input', async () => {
    const r = await runCli(['run', 'assistant'], { cwd: project });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('input for prompt "answer" is invalid: question: is required');
    expect(r.stderr).toContain(
      'hint: expected inputs: question, customer? (pass them with --var name=value)',
    );
    noStack(r.stderr);
  });

  it('an unknown app', async () => {
    const r = await runCli(['run', 'asistant', '--var', 'question=x'], { cwd: project });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no app or prompt named "asistant"');
    expect(r.stderr).toContain('did you mean "assistant"?');
  });

  it('an invalid config, with file, line, column and field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-bad-'));
    writeFileSync(
      join(dir, 'tandem.yaml'),
      'providers:\n  openai:\n    type: openai\n    model: gpt-4o\n    baseUrl: localhost:8000\n',
    );
    const r = await runCli(['run', 'x'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'error tandem.yaml:5:14 providers.openai.baseUrl: expected a URL, got "localhost:8000"\n  hint: include the scheme, e.g. http://localhost:8000/v1\n',
    );
  });

  it('a missing API key, only when the provider is used', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-key-'));
    writeFileSync(
      join(dir, 'tandem.yaml'),
      'providers:\n  openai:\n    type: openai\n    model: gpt-4o-mini\n    apiKey: ${OPENAI_API_KEY}\n',
    );
    writeFileSync(join(dir, 'p.prompt'), '');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'prompts'));
    writeFileSync(join(dir, 'prompts', 'hello.prompt'), 'Say hello to {{name}}');
    const r = await runCli(['run', 'hello', '--var', 'name=Ana'], { cwd: dir, env: { OPENAI_API_KEY: '' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'error tandem.yaml:5:13 providers.openai.apiKey: providers.openai.apiKey uses ${OPENAI_API_KEY}, which is not set',
    );
    noStack(r.stderr);
  });

  it('an unknown command names the nearest one', async () => {
    const r = await runCli(['evl']);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'error unknown command "evl"\n  hint: did you mean tandem eval? (tandem help lists the commands)\n',
    });
  });
});

describe('help and version', () => {
  it('prints the version', async () => {
    const r = await runCli(['--version']);
    expect(r.stdout.trim()).toBe(
      JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version,
    );
  });

  it('shows usage and examples for every command', async () => {
    for (const cmd of [[], ['init'], ['run'], ['chat'], ['prompts'], ['prompts', 'label'], ['schema']]) {
      const r = await runCli([...cmd, '--help']);
      expect(r.code, cmd.join(' ')).toBe(0);
      expect(r.stdout, cmd.join(' ')).toContain('USAGE');
      expect(r.stdout, cmd.join(' ')).toContain('EXAMPLES');
    }
  });
});

describe('tandem prompts', () => {
  it('labels the working version, shows and diffs it after an edit', async () => {
    const label = await runCli(['prompts', 'label', 'answer', 'production'], { cwd: project });
    expect(label.code).toBe(0);
    expect(label.stdout).toMatch(/^answer@production → [0-9a-f]{12}\n$/);
    const file = join(project, 'prompts/answer.prompt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Be friendly', 'Be warm'));
    writeFileSync(
      join(project, 'prompts/_persona.prompt'),
      readFileSync(join(project, 'prompts/_persona.prompt'), 'utf8'),
    );
    const edited = readFileSync(file, 'utf8').replace('Never invent prices', 'Never guess prices');
    writeFileSync(file, edited);

    const diff = await runCli(['prompts', 'diff', 'answer', 'production'], { cwd: project });
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('-Never invent prices, dates or features.');
    expect(diff.stdout).toContain('+Never guess prices, dates or features.');

    const list = await runCli(['prompts', 'list', 'answer', '--json'], { cwd: project });
    const versions = JSON.parse(list.stdout);
    expect(versions.versions.length).toBeGreaterThanOrEqual(2);
    expect(
      versions.versions.find((v: { labels: string[] }) => v.labels.includes('production')).version,
    ).not.toBe(versions.current);

    const show = await runCli(['prompts', 'show', 'answer@production'], { cwd: project });
    expect(show.stdout).toContain('Never invent prices');
    expect(show.stdout).toMatch(/^# answer [0-9a-f]{12} \(production\) from store:answer@/);
  });
});

describe('tandem chat', () => {
  it('answers each line, keeps history, and exits on /exit', async () => {
    const r = await runCli(['chat', 'assistant', '--no-stream'], {
      cwd: project,
      input:
        'How do I reset my password?\n/reset\n/help\nHow long do deleted notes stay in the Trash?\n/exit\n',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Chatting with assistant');
    // A mistyped command is said to be one, and is not sent as a question.
    expect(r.stdout).toContain('unknown command /help (commands: /reset, /exit)');
    expect(r.stdout).toContain('Forgot password');
    // Not streamed, the sources show under the answer as they do streamed.
    expect(r.stdout).toMatch(/\n\[1\] [^\n]+\.md/);
    expect(r.stdout).toContain('history cleared');
    expect(r.stdout).toContain('Deleted notes stay in the Trash for 30 days');
  });

  it('shows how a follow-up was read, and why a question was not answered', async () => {
    const bot = join(mkdtempSync(join(tmpdir(), 'tandem-chat-')), 'support-bot');
    cpSync(new URL('../../examples/support-bot', import.meta.url), bot, { recursive: true });
    const r = await runCli(['chat', 'support'], {
      cwd: bot,
      input: 'How much does the Family plan cost?\nAnd the Single one?\nWhy?\n/exit\n',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('costs 32 EUR per week');
    expect(r.stdout).toContain('read as: How much does the Family plan cost. And the Single one?\n');
    expect(r.stdout).toContain('not grounded: no passage about "And the Single. Why" holds a reason\n');
    // A question read as it was typed has no such line.
    expect(r.stdout.match(/read as:/g)).toHaveLength(2);
  });
});

describe('the README quick start', () => {
  it('`npm start` evaluates the support-bot example offline and passes its thresholds', async () => {
    const { execFile } = await import('node:child_process');
    const root = new URL('../../', import.meta.url);
    const out = await new Promise<string>((resolve, reject) =>
      execFile(
        'npm',
        ['start', '--silent'],
        // A store of its own: the test must not leave runs and cached answers in the example's .tandem/.
        {
          cwd: root,
          env: {
            ...process.env,
            NO_COLOR: '1',
            TANDEM_STORE: join(mkdtempSync(join(tmpdir(), 'tandem-start-')), 'store.db'),
          },
        },
        (err, stdout, stderr) =>
          err ? reject(new Error(`${err.message}\n${stdout}\n${stderr}`)) : resolve(stdout),
      ),
    );
    expect(out).toMatch(/tests\/support\.yaml · run_\w+ · 55 cases × 1 variant/);
    expect(out).toMatch(/✓ default: pass rate \d+\.\d% ≥ 90\.0%/);
    expect(out).toMatch(/✓ default: pass rate 95% lower bound \d+\.\d% ≥ 80\.0%/);
  });
});

describe('a damaged store', () => {
  it('says which file is damaged and how to start afresh, instead of "tandem crashed"', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'tandem-db-')), 'p');
    expect((await runCli(['init', dir])).code).toBe(0);
    const db = join(dir, '.tandem/tandem.db');
    expect((await runCli(['prompts', 'list'], { cwd: dir })).code).toBe(0);
    // A copy cut short (a full disk, an interrupted sync): the first third of the file.
    const whole = readFileSync(db);
    writeFileSync(db, whole.subarray(0, Math.floor(whole.length / 3)));
    for (const sidecar of ['-wal', '-shm']) rmSync(`${db}${sidecar}`, { force: true });

    const r = await runCli(['run', 'assistant', '--var', 'question=hi'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'error the store .tandem/tandem.db is damaged or not a tandem database (database disk image is malformed)\n' +
        '  hint: Move it aside and run the command again; tandem then starts a new, empty store: mkdir -p .tandem/broken && mv .tandem/tandem.db* .tandem/broken/\n' +
        '  Runs, traces, prompt versions, labels, approvals and API keys stored in it are not carried over; knowledge bases are indexed again on first use (or by tandem ingest).\n',
    );

    writeFileSync(db, 'not a database at all, just text\n'.repeat(200));
    const text = await runCli(['prompts', 'list'], { cwd: dir });
    expect(text.code).toBe(1);
    expect(text.stderr).toContain(
      'error the store .tandem/tandem.db is damaged or not a tandem database (file is not a database)',
    );

    // The hint's command, run as written, gets the user going again.
    const hint = text.stderr.match(/empty store: (.+)\n/)![1]!;
    execFileSync('sh', ['-c', hint], { cwd: dir });
    expect(existsSync(join(dir, '.tandem/broken/tandem.db'))).toBe(true);
    expect((await runCli(['prompts', 'list'], { cwd: dir })).code).toBe(0);
  });
});
