/**
 * @module The `tandem` command. Subcommands load only when they run, so `--version` and `--help` stay fast;
 * user errors print message and hint, anything else is a bug and prints in full.
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
  // `tandem search … | head` closes the pipe early: stop quietly, as other command-line tools do.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  try {
    const { runCommandLine } = await import('./command/index.js');
    const { EXAMPLES } = await import('./examples.js');
    const help = { name: 'tandem', version: VERSION, examples: EXAMPLES };
    const { createRootCommand } = await import('./root-command.js');
    await runCommandLine(createRootCommand(help), argv, help);
  } catch (err) {
    const { isUserError, formatUserError } = await import('./output/format-error.js');
    if (isUserError(err)) {
      process.stderr.write(`${formatUserError(err)}\n`);
    } else {
      process.stderr.write(`tandem crashed; this is a bug, please report it with the output below.\n`);
      process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
    }
    process.exitCode = 1;
  }
}
