/**
 * @module Splits argv into flags and positional words against a command's definitions. Unknown flags are kept
 * (under the name typed) for the schema to reject with a suggestion; only structure is checked here.
 */
import { TandemError } from '../../core/index.js';
import type { ArgDef, ArgDefs } from './define-command.js';

export type RawFlagValue = string | string[] | boolean;

export interface TokenizedArgv {
  /** By definition key; an unknown flag is kept under its typed name (`ic` for `--ic`, `-x` for `-x`). */
  flags: Record<string, RawFlagValue>;
  positionals: string[];
}

// A word that looks like another flag, not a value (negative numbers such as -1 are values).
const FLAG_LIKE = /^--?[A-Za-z]/;

/** Flags and positional words of `argv` for a command with `defs`; `--` ends the flags. */
export function tokenizeArgv(argv: string[], defs: ArgDefs): TokenizedArgv {
  const aliases = aliasesOf(defs);
  const out: TokenizedArgv = { flags: {}, positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    const flag = splitFlag(token, aliases);
    if (!flag) out.positionals.push(token);
    else if (readFlag(out, flag, defs, argv[i + 1])) i++;
  }
  return out;
}

// One-letter names a flag answers to: its alias, and its own name when that is one letter (`-k 3`).
function aliasesOf(defs: ArgDefs): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const [key, def] of Object.entries(defs)) {
    if (def.type === 'positional') continue;
    if (def.alias) aliases.set(def.alias, key);
    if (key.length === 1) aliases.set(key, key);
  }
  return aliases;
}

/** Stores one flag in `out`; true when it took the next word as its value. */
function readFlag(out: TokenizedArgv, flag: SplitFlag, defs: ArgDefs, next: string | undefined): boolean {
  const def = defs[flag.key];
  if (!def || def.type === 'positional') {
    negatedOrUnknown(out, flag, defs);
    return false;
  }
  if (def.type === 'boolean') {
    out.flags[flag.key] = booleanValue(flag, flag.inline);
    return false;
  }
  const takesNext = flag.inline === undefined;
  if (takesNext && (next === undefined || FLAG_LIKE.test(next))) throw missingValue(flag.typed, def);
  const value = flag.inline ?? (next as string);
  if (def.type === 'string' && def.multiple) {
    const prev = out.flags[flag.key];
    out.flags[flag.key] = [...(Array.isArray(prev) ? prev : []), value];
  } else out.flags[flag.key] = value;
  return takesNext;
}

interface SplitFlag {
  /** The definition key the flag names (or the typed name when it names none). */
  key: string;
  /** As typed, without any value: `--port`, `-j`. */
  typed: string;
  inline?: string;
}

function splitFlag(token: string, aliases: Map<string, string>): SplitFlag | undefined {
  if (token.startsWith('--') && token.length > 2) {
    const eq = token.indexOf('=');
    const name = eq < 0 ? token.slice(2) : token.slice(2, eq);
    return { key: name, typed: `--${name}`, inline: eq < 0 ? undefined : token.slice(eq + 1) };
  }
  if (!FLAG_LIKE.test(token)) return undefined;
  // -j 8, -j8, -j=8
  const letter = token[1]!;
  const rest = token.slice(2).replace(/^=/, '');
  const key = aliases.get(letter);
  if (!key) return { key: token, typed: token };
  return { key, typed: `-${letter}`, inline: rest === '' ? undefined : rest };
}

function negatedOrUnknown(out: TokenizedArgv, flag: SplitFlag, defs: ArgDefs): void {
  const negated = flag.key.startsWith('no-') ? defs[flag.key.slice(3)] : undefined;
  if (negated?.type === 'boolean' && flag.inline === undefined) out.flags[flag.key.slice(3)] = false;
  else out.flags[flag.key] = flag.inline ?? true;
}

function booleanValue(flag: SplitFlag, inline: string | undefined): boolean {
  if (inline === undefined || inline === 'true') return true;
  if (inline === 'false') return false;
  throw new TandemError('USAGE', `${flag.typed} is a switch and takes no value, got "${inline}"`, {
    hint: `write ${flag.typed} to turn it on${flag.typed.startsWith('--') ? ` or --no-${flag.typed.slice(2)} to turn it off` : ''}`,
  });
}

function missingValue(typed: string, def: Exclude<ArgDef, { type: 'positional' | 'boolean' }>): TandemError {
  const hint = def.type === 'enum' ? def.options.join('|') : (def.valueHint ?? 'value');
  return new TandemError('USAGE', `${typed} needs a value`, {
    hint: `${typed} <${hint}>: ${def.description}`,
  });
}
