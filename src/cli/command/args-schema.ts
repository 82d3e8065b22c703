/**
 * @module The zod schema of a command's flags and arguments, derived from its definitions: unknown flags are
 * rejected (with the nearest known one), numbers are checked against their bounds, and every problem is a
 * USAGE error that names the flag and what it expects.
 */
import { type core, z } from 'zod';
import { closest, TandemError } from '../../core/index.js';
import type { ArgDef, ArgDefs, NumberArg, ParsedArgs } from './define-command.js';
import type { TokenizedArgv } from './tokenize-argv.js';

/** A strict object schema: one field per definition, raw argv strings in, typed values out. */
export function argsSchema(defs: ArgDefs): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, def] of Object.entries(defs)) shape[key] = fieldSchema(def);
  return z.object(shape).strict();
}

/** Validates tokenized argv against `defs`; `command` (e.g. `tandem keys create`) is named in hints. */
export function parseArgs<A extends ArgDefs>(tokens: TokenizedArgv, defs: A, command: string): ParsedArgs<A> {
  const { values, extra } = assignPositionals(tokens.positionals, defs);
  const raw: Record<string, unknown> = { ...tokens.flags, ...values };
  const parsed = argsSchema(defs).safeParse(raw);
  // Flag problems first: after an unknown flag, its value is read as a stray word (`--models x`).
  if (!parsed.success) {
    // An unknown flag explains the rest (a misspelt required flag is also "missing"), so it leads.
    const issues = [...parsed.error.issues].sort(
      (a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'),
    );
    const [first, ...rest] = issues.map((issue) => issueToError(issue, defs, raw, command));
    // The same hint under each related problem is noise: it is shown once, under the first.
    const related = rest.map((e) => (e.hint === first!.hint ? new TandemError('USAGE', e.message) : e));
    throw new TandemError('USAGE', first!.message, { hint: first!.hint, related });
  }
  if (extra.length) throw unexpectedWord(extra[0]!, defs, command, raw);
  return parsed.data as ParsedArgs<A>;
}

/** What a flag accepts, in words: "a whole number from 0 to 65535". */
export function expectation(def: ArgDef): string {
  if (def.type === 'enum') return `one of ${def.options.join(', ')}`;
  if (def.type === 'number') return numberExpectation(def);
  if (def.type === 'boolean') return 'no value';
  return 'a value';
}

/** How a flag or argument is written in messages: `--port`, `-x`, `<TARGET>`. */
export function displayName(key: string, def?: ArgDef): string {
  if (def?.type === 'positional') return `<${key.toUpperCase()}>`;
  if (key.startsWith('-')) return key;
  return key.length === 1 ? `-${key}` : `--${key}`;
}

function fieldSchema(def: ArgDef): z.ZodType {
  switch (def.type) {
    case 'positional':
      if (def.variadic) return z.array(z.string()).default([]);
      return withPresence(z.string(), def.required, def.default);
    case 'string':
      return def.multiple ? z.array(z.string()).default([]) : withPresence(z.string(), def.required);
    case 'boolean':
      return def.default === undefined ? z.boolean().optional() : z.boolean().default(def.default);
    case 'enum':
      return z.enum(def.options as [string, ...string[]]).optional();
    case 'number':
      return numberSchema(def);
  }
}

function withPresence(schema: z.ZodType, required?: boolean, fallback?: unknown): z.ZodType {
  if (fallback !== undefined) return schema.default(fallback);
  return required ? schema : schema.optional();
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function numberSchema(def: NumberArg): z.ZodType {
  let n = def.integer ? z.int() : z.number();
  if (def.min !== undefined) n = n.min(def.min);
  if (def.max !== undefined) n = n.max(def.max);
  if (def.positive) n = n.positive();
  const parsed = z.string().trim().regex(NUMBER).transform(Number).pipe(n);
  return def.default === undefined ? parsed.optional() : parsed.optional().transform((v) => v ?? def.default);
}

function numberExpectation(def: NumberArg): string {
  const kind = def.integer ? 'a whole number' : 'a number';
  if (def.min !== undefined && def.max !== undefined) return `${kind} from ${def.min} to ${def.max}`;
  if (def.positive) return `${kind} greater than 0`;
  if (def.min !== undefined) return `${kind} of ${def.min} or more`;
  if (def.max !== undefined) return `${kind} of at most ${def.max}`;
  return kind;
}

// Positional words by name; words beyond the definitions are returned, to be refused rather than dropped.
function assignPositionals(
  words: string[],
  defs: ArgDefs,
): { values: Record<string, unknown>; extra: string[] } {
  const values: Record<string, unknown> = {};
  const extra = [...words];
  for (const [key, def] of Object.entries(defs)) {
    if (def.type !== 'positional' || !extra.length) continue;
    values[key] = def.variadic ? extra.splice(0) : extra.shift();
  }
  return { values, extra };
}

function unexpectedWord(
  word: string,
  defs: ArgDefs,
  command: string,
  given: Record<string, unknown>,
): TandemError {
  const takesVars = defs.var?.type === 'string';
  const flag = firstUnsetValueFlag(defs, given);
  // A question typed after the target ("tandem run handbook 'is the canteen open?'") is a variable's value: the
  // hint names the variable most apps ask for, quoted, not "--var is the canteen open?".
  const hint =
    takesVars && word.includes('=')
      ? `input variables are flags: --var ${word}`
      : takesVars
        ? `input variables are flags: --var question=${JSON.stringify(word)} (or the input your prompt names; ${command} --help shows the arguments it takes)`
        : flag
          ? `did you mean ${displayName(flag)} ${word}? (${command} --help shows the arguments it takes)`
          : `${command} --help shows the arguments it takes`;
  return new TandemError('USAGE', `unexpected argument "${word}" for ${command}`, { hint });
}

// A stray word is most likely the value of a flag its writer left out (`label answer production ef42` for
// `--version ef42`): the command's first value flag not given is named, leaving out the project flags every
// command takes.
function firstUnsetValueFlag(defs: ArgDefs, given: Record<string, unknown>): string | undefined {
  return Object.entries(defs).find(
    ([key, def]) =>
      def.type !== 'positional' &&
      def.type !== 'boolean' &&
      !PROJECT_FLAGS.has(key) &&
      given[key] === undefined,
  )?.[0];
}

const PROJECT_FLAGS = new Set(['cwd', 'config']);

// A missing positional after one that was given ("tandem search 'how late is the canteen open?'") most often means
// the words went to the first slot: the hint says how they were read and shows the call with every slot.
function shiftedHint(
  key: string,
  defs: ArgDefs,
  raw: Record<string, unknown>,
  command: string,
): string | undefined {
  const slots = Object.entries(defs).filter(([, d]) => d.type === 'positional');
  const at = slots.findIndex(([k]) => k === key);
  const filled = slots.slice(0, at).filter(([k]) => typeof raw[k] === 'string');
  if (at <= 0 || !filled.length) return undefined;
  const [lastKey, lastDef] = filled.at(-1)!;
  const words = String(raw[lastKey]);
  // One word ("handbook") is most likely that slot's own value, and the next one was left out.
  if (!/\s/.test(words.trim())) return undefined;
  const call = slots.map(([k, d]) => (k === key ? JSON.stringify(words) : displayName(k, d))).join(' ');
  return `"${words}" was read as ${displayName(lastKey, lastDef)}; give both: ${command} ${call}`;
}

function issueToError(
  issue: core.$ZodIssue,
  defs: ArgDefs,
  raw: Record<string, unknown>,
  command: string,
): TandemError {
  if (issue.code === 'unrecognized_keys') return unknownFlag(issue.keys[0]!, defs, command);
  const key = String(issue.path[0]);
  const def = defs[key]!;
  const name = displayName(key, def);
  // "-j 0" is told about by both its names: the short one the reader typed, the long one the help lists.
  const named = def.type !== 'positional' && def.alias ? `-${def.alias}/${name}` : name;
  const given = raw[key];
  if (given === undefined) {
    return new TandemError('USAGE', `missing ${name}: ${def.description}`, {
      hint: shiftedHint(key, defs, raw, command) ?? `${command} --help shows how to call it`,
    });
  }
  const guess = def.type === 'enum' && typeof given === 'string' ? closest(given, def.options) : undefined;
  return new TandemError('USAGE', `${named} expects ${expectation(def)}, got "${String(given)}"`, {
    hint: guess ? `did you mean ${name} ${guess}?` : undefined,
  });
}

function unknownFlag(key: string, defs: ArgDefs, command: string): TandemError {
  const flags = Object.entries(defs)
    .filter(([, d]) => d.type !== 'positional')
    .flatMap(([k, d]) => [`--${k}`, ...(d.type !== 'positional' && d.alias ? [`-${d.alias}`] : [])]);
  const negations = Object.entries(defs)
    .filter(([, d]) => d.type === 'boolean')
    .map(([k]) => `--no-${k}`);
  const typed = displayName(key);
  const synonym = Object.entries(defs).find(([, d]) => d.synonyms?.includes(typed.replace(/^-+/, '')));
  const guess = synonym ? `--${synonym[0]}` : closest(typed, [...flags, ...negations]);
  // "--question …" is most likely a prompt's input, which a command that takes inputs takes as --var.
  const asInput = 'var' in defs && /^--[a-z][\w-]*$/i.test(typed) ? typed.slice(2) : undefined;
  return new TandemError('USAGE', `unknown option ${typed} for ${command}`, {
    hint: guess
      ? `did you mean ${guess}? (${command} --help lists its options)`
      : asInput
        ? `a prompt's input is given as --var ${asInput}=… (${command} --help lists its options)`
        : flags.length
          ? `${command} takes ${listedFlags(defs).join(', ')}`
          : `${command} takes no options`,
  });
}

// Each option by its long name; one on by default also by the name that turns it off ("--cache, --no-cache").
function listedFlags(defs: ArgDefs): string[] {
  return Object.entries(defs)
    .filter(([, d]) => d.type !== 'positional')
    .flatMap(([k, d]) => (d.type === 'boolean' && d.default === true ? [`--${k}`, `--no-${k}`] : [`--${k}`]));
}
