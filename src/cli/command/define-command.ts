/**
 * @module A command is data: its meta, its arguments and flags, its subcommands (loaded when they run) and
 * what it does. The argument definitions are the one source for parsing, validation (args-schema.ts) and help.
 */

interface ArgBase {
  description: string;
  /** Other words users reach for (`--models` for `--routes`): suggested in the error, never accepted. */
  synonyms?: readonly string[];
}

/** A word after the command: `tandem run <TARGET>`. `variadic` takes every remaining word. */
export interface PositionalArg extends ArgBase {
  type: 'positional';
  required?: boolean;
  default?: string;
  variadic?: boolean;
}

/** `--name value`; `multiple` collects every occurrence (`--var a=1 --var b=2`). */
export interface StringArg extends ArgBase {
  type: 'string';
  alias?: string;
  valueHint?: string;
  required?: boolean;
  multiple?: boolean;
}

/** `--json`; `--no-json` sets it to false (useful when the default is true). */
export interface BooleanArg extends ArgBase {
  type: 'boolean';
  alias?: string;
  default?: boolean;
}

/** `--port 8787`: validated as a number within bounds; `positive` means greater than 0. */
export interface NumberArg extends ArgBase {
  type: 'number';
  alias?: string;
  valueHint?: string;
  integer?: boolean;
  min?: number;
  max?: number;
  positive?: boolean;
  default?: number;
}

/** `--mode bm25`: one of a fixed set of words. */
export interface EnumArg extends ArgBase {
  type: 'enum';
  alias?: string;
  options: readonly string[];
}

export type ArgDef = PositionalArg | StringArg | BooleanArg | NumberArg | EnumArg;
export type ArgDefs = Record<string, ArgDef>;

type ValueOf<D> = D extends { type: 'boolean' }
  ? boolean
  : D extends { type: 'number' }
    ? number
    : D extends { type: 'enum'; options: readonly (infer O)[] }
      ? O
      : D extends { multiple: true } | { variadic: true }
        ? string[]
        : string;

type AlwaysSet<D> = D extends
  | { required: true }
  | { default: unknown }
  | { multiple: true }
  | { variadic: true }
  ? true
  : false;

/** The values a command's `run` receives, typed from its definitions (keys as written: `args['max-cost']`). */
export type ParsedArgs<A extends ArgDefs> = {
  [K in keyof A]: AlwaysSet<A[K]> extends true ? ValueOf<A[K]> : ValueOf<A[K]> | undefined;
};

export interface CommandMeta {
  name: string;
  description: string;
}

/** A subcommand, either defined in place or imported when it runs (so `--help` stays fast). */
export type LazyCommand = CommandDef | (() => Promise<CommandDef>);

export interface CommandDef<A extends ArgDefs = ArgDefs> {
  meta: CommandMeta;
  args?: A;
  subCommands?: Record<string, LazyCommand>;
  // Method syntax: a command with specific args still fits where any command is expected.
  run?(ctx: { args: ParsedArgs<A> }): Promise<void> | void;
}

/** Declares a command; the `const` type parameter keeps literal option lists for typed args. */
export function defineCommand<const A extends ArgDefs = Record<never, never>>(
  def: CommandDef<A>,
): CommandDef<A> {
  return def;
}

/** The command a lazy entry names. */
export async function resolveLazy(entry: LazyCommand): Promise<CommandDef> {
  return typeof entry === 'function' ? entry() : entry;
}
