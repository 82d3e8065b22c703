/**
 * @module Help text for a command, from the same definitions that parse its flags: the full command line
 * (`tandem keys list`), arguments, options, subcommands and examples.
 */
import { stdoutColors as pc } from '../output/colors.js';
import type { ArgDef, ArgDefs, CommandDef } from './define-command.js';
import { resolveLazy } from './define-command.js';

/** The usage line alone: `tandem run [OPTIONS] <TARGET>`. */
export function usageLine(commandLine: string, cmd: CommandDef): string {
  const defs = Object.entries(cmd.args ?? {});
  const words = [commandLine];
  if (defs.some(([, d]) => d.type !== 'positional')) words.push('[OPTIONS]');
  for (const [key, def] of defs) {
    if (def.type === 'string' && def.required) words.push(`--${key} <${def.valueHint ?? 'value'}>`);
    if (def.type !== 'positional') continue;
    const name = `${key.toUpperCase()}${def.variadic ? '…' : ''}`;
    words.push(def.required ? `<${name}>` : `[${name}]`);
  }
  // A command that takes words of its own (`tandem playbook [APP]`) lists its subcommands below instead.
  if (cmd.subCommands && !defs.some(([, d]) => d.type === 'positional')) words.push('<COMMAND>');
  return words.join(' ');
}

/** The whole help page for `commandLine` (e.g. `tandem keys create`). */
export async function renderUsage(
  commandLine: string,
  cmd: CommandDef,
  extra: { version?: string; examples?: string[] } = {},
): Promise<string> {
  const title = extra.version
    ? `${commandLine} ${extra.version}: ${cmd.meta.description}`
    : cmd.meta.description;
  const sections = [title, `${pc.bold('USAGE')}  ${pc.cyan(usageLine(commandLine, cmd))}`];
  const defs = cmd.args ?? {};
  const positionals = Object.entries(defs).filter(([, d]) => d.type === 'positional');
  if (positionals.length)
    sections.push(
      section(
        'ARGUMENTS',
        positionals.map(([k, d]) => [k.toUpperCase(), describe(d)]),
      ),
    );
  sections.push(section('OPTIONS', optionRows(defs)));
  if (cmd.subCommands) {
    const rows: [string, string][] = [];
    for (const [name, entry] of Object.entries(cmd.subCommands))
      rows.push([name, (await resolveLazy(entry)).meta.description]);
    sections.push(
      `${section('COMMANDS', rows)}\n\n${pc.dim(`Run \`${commandLine} <command> --help\` for a command's options.`)}`,
    );
  }
  if (extra.examples?.length)
    sections.push(`${pc.bold('EXAMPLES')}\n${extra.examples.map((e) => `  ${pc.dim('$')} ${e}`).join('\n')}`);
  return `${sections.join('\n\n')}\n`;
}

function optionRows(defs: ArgDefs): [string, string][] {
  const rows: [string, string][] = [];
  for (const [key, def] of Object.entries(defs)) {
    if (def.type === 'positional') continue;
    const short = def.alias ? `-${def.alias}, ` : '';
    const value =
      def.type === 'enum'
        ? ` <${def.options.join('|')}>`
        : def.type === 'boolean'
          ? ''
          : ` <${def.valueHint ?? 'value'}>`;
    const negated = def.type === 'boolean' && def.default === true ? `, --no-${key}` : '';
    rows.push([`${short}--${key}${value}${negated}`, describe(def)]);
  }
  rows.push(['-h, --help', 'show this help']);
  return rows;
}

function describe(def: ArgDef): string {
  const required = (def.type === 'positional' || def.type === 'string') && def.required;
  return `${def.description}${required ? pc.dim(' (required)') : ''}`;
}

function section(title: string, rows: [string, string][]): string {
  const width = Math.min(32, Math.max(...rows.map(([l]) => l.length)));
  const lines = rows.map(([label, text]) =>
    label.length > width
      ? `  ${pc.cyan(label)}\n  ${' '.repeat(width)}  ${text}`
      : `  ${pc.cyan(label.padEnd(width))}  ${text}`,
  );
  return `${pc.bold(title)}\n${lines.join('\n')}`;
}
