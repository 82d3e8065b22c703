/**
 * @module Runs argv against a tree of commands: finds the subcommand, answers `--help`, validates the flags
 * with the command's schema, then runs it. Every command goes through here, so every one rejects unknown
 * flags and bad values the same way.
 */
import { closest, TandemError } from '../../core/index.js';
import { parseArgs } from './args-schema.js';
import { type ArgDefs, type CommandDef, resolveLazy } from './define-command.js';
import { renderUsage } from './render-usage.js';
import { tokenizeArgv } from './tokenize-argv.js';

export interface CommandTarget {
  /** Subcommand words from the root, e.g. ['keys', 'create']. */
  path: string[];
  cmd: CommandDef;
  /** argv without the subcommand words. */
  rest: string[];
}

export interface HelpSource {
  /** The root command's name as typed (`tandem`). */
  name: string;
  version: string;
  /** Examples by command line (`tandem keys list`). */
  examples: Record<string, string[]>;
}

/** Runs `argv` (without node and script) against `root`. */
export async function runCommandLine(root: CommandDef, argv: string[], help: HelpSource): Promise<void> {
  const target = await resolveCommandPath(root, argv, help.name);
  if (wantsHelp(target.rest)) {
    process.stdout.write(await helpText(target, help));
    return;
  }
  const defs: ArgDefs = target.cmd.args ?? {};
  const args = parseArgs(tokenizeArgv(target.rest, defs), defs, commandLine(target, help.name));
  // A group without a subcommand (`tandem keys`) answers with its help.
  if (target.cmd.run) await target.cmd.run({ args });
  else process.stdout.write(await helpText(target, help));
}

/** The help page of a resolved command. */
export function helpText(target: CommandTarget, help: HelpSource): Promise<string> {
  const line = commandLine(target, help.name);
  return renderUsage(line, target.cmd, {
    version: target.path.length ? undefined : help.version,
    examples: help.examples[line],
  });
}

/** Follows subcommand words from `root`; a word that names none is an error unless the command takes words. */
export async function resolveCommandPath(
  root: CommandDef,
  argv: string[],
  name: string,
): Promise<CommandTarget> {
  let cmd = root;
  const path: string[] = [];
  let rest = [...argv];
  while (cmd.subCommands) {
    const i = firstWordIndex(rest, cmd.args ?? {});
    if (i < 0) break;
    const word = rest[i]!;
    const entry = Object.hasOwn(cmd.subCommands, word) ? cmd.subCommands[word] : undefined;
    if (!entry) {
      if (cmd.run && takesWords(cmd)) break; // `tandem playbook support`: an argument, not a subcommand
      throw unknownCommand(word, [name, ...path], Object.keys(cmd.subCommands));
    }
    cmd = await resolveLazy(entry);
    path.push(word);
    rest = [...rest.slice(0, i), ...rest.slice(i + 1)];
  }
  return { path, cmd, rest };
}

function commandLine(target: CommandTarget, name: string): string {
  return [name, ...target.path].join(' ');
}

function takesWords(cmd: CommandDef): boolean {
  return Object.values(cmd.args ?? {}).some((d) => d.type === 'positional');
}

function wantsHelp(argv: string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

// The first word that is neither a flag nor the value of one of this command's value flags.
function firstWordIndex(argv: string[], defs: ArgDefs): number {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return -1;
    if (!a.startsWith('-') || a === '-') return i;
    if (a.includes('=')) continue;
    const key = a.startsWith('--')
      ? a.slice(2)
      : Object.entries(defs).find(
          ([k, d]) => d.type !== 'positional' && (d.alias === a.slice(1) || k === a.slice(1)),
        )?.[0];
    const def = key === undefined ? undefined : defs[key];
    if (def && def.type !== 'positional' && def.type !== 'boolean') i++;
  }
  return -1;
}

function unknownCommand(word: string, path: string[], known: string[]): TandemError {
  const parent = path.join(' ');
  const guess = closest(word, known);
  const list = path.length > 1 ? `${parent} --help` : `${parent} help`;
  return new TandemError('USAGE', `unknown command "${word}"${path.length > 1 ? ` for ${parent}` : ''}`, {
    hint: guess
      ? `did you mean ${parent} ${guess}? (${list} lists the commands)`
      : `commands: ${known.join(', ')} (${list} explains each)`,
  });
}
