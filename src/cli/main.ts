/**
 * @module The `tandem` command. Subcommands load only when they run, so `--version` and `--help` stay fast;
 * user errors print location and hint without a stack, anything else is a bug and prints in full.
 */
import { readFileSync } from 'node:fs';

const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** Runs the CLI with `argv` (without node and script). */
export async function main(argv: string[]): Promise<void> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  const { defineCommand, runCommand, renderUsage } = await import('citty');
  const { EXAMPLES } = await import('./examples.js');
  const root = defineCommand({
    meta: {
      name: 'tandem',
      version: VERSION,
      description: 'Describe an LLM feature once, as files; run, test and serve it',
    },
    subCommands: {
      init: () => import('./commands/init.js').then((m) => m.default),
      run: () => import('./commands/run.js').then((m) => m.default),
      chat: () => import('./commands/chat.js').then((m) => m.default),
      prompts: () => import('./commands/prompts.js').then((m) => m.default),
      eval: () => import('./commands/eval.js').then((m) => m.default),
      compare: () => import('./commands/compare.js').then((m) => m.default),
      playbook: () => import('./commands/playbook.js').then((m) => m.default),
      serve: () => import('./commands/serve.js').then((m) => m.default),
      keys: () => import('./commands/keys.js').then((m) => m.default),
      traces: () => import('./commands/traces.js').then((m) => m.default),
      ingest: () => import('./commands/ingest.js').then((m) => m.default),
      search: () => import('./commands/search.js').then((m) => m.default),
      schema: () => import('./commands/schema.js').then((m) => m.default),
    },
  });

  const usage = async (path: string[]) => {
    const { resolveCommand } = await import('./resolve-command.js');
    const [cmd, parent] = await resolveCommand(root, path);
    const name = path.filter((p) => !p.startsWith('-')).at(-1) ?? 'tandem';
    const examples = EXAMPLES[(cmd.meta as { name?: string } | undefined)?.name ?? name] ?? [];
    let text = await renderUsage(cmd, parent);
    if (examples.length) text += `\n\nEXAMPLES\n\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`;
    return text;
  };

  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${await usage(argv)}\n`);
    return;
  }
  try {
    await runCommand(root, { rawArgs: argv });
  } catch (err) {
    const { isUserError, formatUserError } = await import('./output/format-error.js');
    if (isUserError(err)) {
      process.stderr.write(`${formatUserError(err)}\n`);
    } else if ((err as { name?: string }).name === 'CLIError') {
      process.stderr.write(`${await usage(argv)}\n${(err as Error).message}\n`);
    } else {
      process.stderr.write(`tandem crashed; this is a bug, please report it with the output below.\n`);
      process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
    }
    process.exitCode = 1;
  }
}
