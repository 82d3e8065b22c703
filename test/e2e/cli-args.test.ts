/**
 * Flags and commands as a person types them: every command parses its flags with one schema, so an unknown
 * flag, a bad number or a stray word stops with a message that names it, a hint and exit 1, before any work.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
const ECHO_PROJECT = { 'tandem.yaml': 'providers:\n  e: { type: echo }\n' };

/** A usage error as the terminal shows it: nothing on stdout, the message and hint on stderr, exit 1. */
async function expectUsageError(args: string[], stderr: string, cwd = tempProject(ECHO_PROJECT)) {
  const r = await runCli(args, { cwd });
  expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }, args.join(' ')).toEqual({
    code: 1,
    stdout: '',
    stderr,
  });
  noStack(r.stderr);
}

describe('unknown flags are errors, with the nearest known flag', () => {
  it('tandem eval --ic', () =>
    expectUsageError(
      ['eval', '--ic'],
      'error unknown option --ic for tandem eval\n  hint: did you mean --ci? (tandem eval --help lists its options)\n',
    ));

  it('keys create --models does not create an unrestricted key', async () => {
    const dir = tempProject(ECHO_PROJECT);
    await expectUsageError(
      ['keys', 'create', '--name', 'web', '--models', 'gpt-4o'],
      'error unknown option --models for tandem keys create\n' +
        '  hint: did you mean --routes? (tandem keys create --help lists its options)\n',
      dir,
    );
    const list = await runCli(['keys', 'list'], { cwd: dir });
    expect(list.stdout).toBe(
      'no keys yet: the server is open on loopback. Create one: tandem keys create --name <client>\n',
    );
  });

  it('a misspelt --no- switch and an unknown short flag', async () => {
    await expectUsageError(
      ['run', 'x', '--no-cahce'],
      'error unknown option --no-cahce for tandem run\n  hint: did you mean --no-cache? (tandem run --help lists its options)\n',
    );
    await expectUsageError(
      ['ingest', '-x'],
      'error unknown option -x for tandem ingest\n  hint: tandem ingest takes --watch, --rebuild, --json, --allow-empty, --cwd, --config\n',
    );
  });

  it('a group command takes no flags of its own', () =>
    expectUsageError(
      ['keys', '--json'],
      'error unknown option --json for tandem keys\n  hint: tandem keys takes no options\n',
    ));
});

describe('values are checked against what each flag expects', () => {
  const cases: Array<[string[], string]> = [
    [['search', 'docs', 'q', '-k', 'abc'], 'error -k expects a whole number of 1 or more, got "abc"\n'],
    [['serve', '--port', '99999'], 'error --port expects a whole number from 0 to 65535, got "99999"\n'],
    [
      ['serve', '--shutdown-timeout', 'soon'],
      'error --shutdown-timeout expects a number of 0 or more, got "soon"\n',
    ],
    [['eval', '--concurrency', '0'], 'error -j/--concurrency expects a whole number of 1 or more, got "0"\n'],
    [['eval', '-j', '2.5'], 'error -j/--concurrency expects a whole number of 1 or more, got "2.5"\n'],
    [['eval', '--max-cost', 'lots'], 'error --max-cost expects a number of 0 or more, got "lots"\n'],
    [
      ['keys', 'create', '--name', 'x', '--rpm', '-1'],
      'error --rpm expects a whole number of 1 or more, got "-1"\n',
    ],
    [
      ['keys', 'create', '--name', 'x', '--budget-usd-day', '0'],
      'error --budget-usd-day expects a number greater than 0, got "0"\n',
    ],
    [
      ['search', 'docs', 'q', '--mode', 'bm2'],
      'error --mode expects one of bm25, vector, hybrid, got "bm2"\n  hint: did you mean --mode bm25?\n',
    ],
    [
      ['serve', '--port'],
      'error --port needs a value\n  hint: --port <n>: port (default 8787; 0 takes any free port)\n',
    ],
    [
      ['run', 'x', '--json=yes'],
      'error --json is a switch and takes no value, got "yes"\n  hint: write --json to turn it on or --no-json to turn it off\n',
    ],
    [
      ['keys', 'create', '--rpm', '5'],
      'error missing --name: who or what uses the key\n  hint: tandem keys create --help shows how to call it\n',
    ],
    [
      ['run'],
      'error missing <TARGET>: app name (from tandem.yaml) or prompt name (prompts/*.prompt), name@label works\n  hint: tandem run --help shows how to call it\n',
    ],
    [
      ['run', 'assistant', 'question=hi'],
      'error unexpected argument "question=hi" for tandem run\n  hint: input variables are flags: --var question=hi\n',
    ],
    [
      ['run', 'assistant', 'is the canteen open on Saturday?'],
      'error unexpected argument "is the canteen open on Saturday?" for tandem run\n  hint: input variables are flags: --var question="is the canteen open on Saturday?" (or the input your prompt names; tandem run --help shows the arguments it takes)\n',
    ],
    [
      ['run', 'assistant', '--var', 'question='],
      'error --var question has an empty value\n  hint: give it a value (--var question="…"), or leave it out if the prompt does not require it\n',
    ],
    [
      ['run', 'assistant', '--var', 'question=hi', '--var', 'question=bye'],
      'error --var question is given twice\n  hint: give each variable once\n',
    ],
    [
      ['ingest', 'docs', 'extra'],
      'error unexpected argument "extra" for tandem ingest\n  hint: tandem ingest --help shows the arguments it takes\n',
    ],
    [
      ['prompts', 'label', 'answer', 'production', 'ef42'],
      'error unexpected argument "ef42" for tandem prompts label\n  hint: did you mean --version ef42? (tandem prompts label --help shows the arguments it takes)\n',
    ],
  ];
  for (const [args, stderr] of cases) it(args.join(' '), () => expectUsageError(args, stderr));
});

describe('commands as the README and --help write them', () => {
  let project: string;
  beforeAll(async () => {
    project = join(mkdtempSync(join(tmpdir(), 'tandem-args-')), 'p');
    expect((await runCli(['init', project])).code).toBe(0);
  });

  it('tandem playbook <app> writes that app’s playbook (it was "Unknown command")', async () => {
    const r = await runCli(['playbook', 'assistant'], { cwd: project });
    expect(r).toEqual({
      code: 0,
      stdout: 'wrote playbook/playbook.html and playbook/playbook.md (assistant not approved)\n',
      stderr: '',
    });
    expect(readFileSync(join(project, 'playbook/playbook.md'), 'utf8')).toContain('assistant');
    const approve = await runCli(['playbook', 'approve', 'assistant', '--by', 'Ana'], { cwd: project });
    expect(approve.code).toBe(0);
    expect(approve.stdout).toMatch(
      /^Ana approved assistant: app version [0-9a-f]{12} \(prompt answer@[0-9a-f]{12}\)\nassistant is approved in this version\n$/,
    );
  });

  it('an unknown command names the nearest one', async () => {
    await expectUsageError(
      ['keys', 'lst'],
      'error unknown command "lst" for tandem keys\n  hint: did you mean tandem keys list? (tandem keys --help lists the commands)\n',
    );
    await expectUsageError(
      ['frobnicate'],
      'error unknown command "frobnicate"\n  hint: commands: init, run, chat, prompts, eval, compare, runs, redteam, playbook, serve, ui, worker, keys, traces, store, ingest, search, guardrails, schema, help (tandem help explains each)\n',
    );
  });
});

describe('help', () => {
  it('keys list --help shows its own usage and examples, with the tandem prefix', async () => {
    const r = await runCli(['keys', 'list', '--help']);
    expect(r).toEqual({
      code: 0,
      stderr: '',
      stdout: `List keys with their limits and spend today

USAGE  tandem keys list [OPTIONS]

OPTIONS
  --cwd <dir>      project directory (default: current directory)
  --config <file>  config file (default: tandem.yaml or tandem.config.ts)
  -h, --help       show this help

EXAMPLES
  $ tandem keys list
  $ tandem keys list --cwd services/support
`,
    });
  });

  it('every usage line starts with tandem', async () => {
    for (const [args, line] of [
      [['--help'], 'USAGE  tandem [OPTIONS] <COMMAND>'],
      [['prompts', 'label', '--help'], 'USAGE  tandem prompts label [OPTIONS] <NAME> <LABEL>'],
      [['playbook', '--help'], 'USAGE  tandem playbook [OPTIONS] [APP]'],
      [['playbook', 'approve', '--help'], 'USAGE  tandem playbook approve [OPTIONS] <APP> --by <name>'],
      [['eval', '--help'], 'USAGE  tandem eval [OPTIONS] [SUITES…]'],
    ] as const) {
      const r = await runCli([...args]);
      expect(r.stdout.split('\n')[2], args.join(' ')).toBe(line);
    }
  });

  it('tandem help and tandem help <command> print the same pages as --help', async () => {
    const root = await runCli(['help']);
    expect(root.code).toBe(0);
    expect(root.stdout).toBe((await runCli(['--help'])).stdout);
    expect(root.stdout).toContain(
      '  help        Show the help of tandem or of a command (tandem help keys create)\n',
    );
    const create = await runCli(['help', 'keys', 'create']);
    expect(create.code).toBe(0);
    expect(create.stdout).toBe((await runCli(['keys', 'create', '--help'])).stdout);
    expect(create.stdout).toContain('USAGE  tandem keys create [OPTIONS] --name <name>\n');
    await expectUsageError(
      ['help', 'keys', 'craete'],
      'error unknown command "craete" for tandem keys\n  hint: did you mean tandem keys create? (tandem keys --help lists the commands)\n',
    );
  });
});

describe('colour only on a terminal', () => {
  // A pipe, with none of the variables that turn colour on or off explicitly.
  const piped = { NO_COLOR: undefined, FORCE_COLOR: undefined, CI: undefined, TEST: undefined };

  it('help and errors written to a pipe carry no escape codes', async () => {
    const help = await runCli(['keys', 'list', '--help'], { env: piped });
    expect(help.stdout).toContain('USAGE  tandem keys list [OPTIONS]');
    expect(help.stdout).not.toContain('\u001b[');
    const err = await runCli(['eval', '--ic'], { env: piped, cwd: tempProject(ECHO_PROJECT) });
    expect(err.stderr).toBe(
      'error unknown option --ic for tandem eval\n  hint: did you mean --ci? (tandem eval --help lists its options)\n',
    );
  });

  it('FORCE_COLOR=1 turns colour on, FORCE_COLOR=0 and NO_COLOR keep it off', async () => {
    const forced = await runCli(['eval', '--ic'], { env: { ...piped, FORCE_COLOR: '1' } });
    expect(forced.stderr).toBe(
      '\u001b[31merror\u001b[39m unknown option --ic for tandem eval\n  \u001b[2mhint:\u001b[22m did you mean --ci? (tandem eval --help lists its options)\n',
    );
    for (const env of [{ FORCE_COLOR: '0' }, { NO_COLOR: '1' }]) {
      const r = await runCli(['--help'], { env: { ...piped, ...env } });
      expect(r.stdout, JSON.stringify(env)).not.toContain('\u001b[');
    }
  });
});
