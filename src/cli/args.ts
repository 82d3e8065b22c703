import { resolve } from 'node:path';
import { TandemError } from '../core/index.js';

/** Every value of a repeatable flag (`--var a=1 --var b=2`), including `--flag=value` and a short alias (`-o x`). */
export function collectRepeated(rawArgs: string[], flag: string, alias?: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < rawArgs.length; i++) {
    const a = rawArgs[i]!;
    if (a === `--${flag}` || (alias && a === `-${alias}`)) {
      const v = rawArgs[i + 1];
      if (v === undefined)
        throw new TandemError('USAGE', `--${flag} needs a value`, { hint: `--${flag} name=value` });
      out.push(v);
      i++;
    } else if (a.startsWith(`--${flag}=`)) out.push(a.slice(flag.length + 3));
  }
  return out;
}

/** `name=value` pairs as an object; `[…]` and `{…}` values are parsed as JSON (numbers are coerced by the schema). */
export function parseVars(pairs: string[]): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) {
      throw new TandemError('USAGE', `--var expects name=value, got "${pair}"`, {
        hint: 'e.g. --var question="How do I reset my password?"',
      });
    }
    const value = pair.slice(eq + 1);
    vars[pair.slice(0, eq)] = /^\s*[[{]/.test(value) ? parseJsonOr(value) : value;
  }
  return vars;
}

/** The project directory from --cwd (default: the current directory). */
export function projectDir(cwd: unknown): string {
  return resolve(typeof cwd === 'string' && cwd ? cwd : process.cwd());
}

/** Flags every project command takes. */
export const projectArgs = {
  cwd: { type: 'string', description: 'project directory (default: current directory)', valueHint: 'dir' },
  config: {
    type: 'string',
    description: 'config file (default: tandem.yaml or tandem.config.ts)',
    valueHint: 'file',
  },
} as const;

function parseJsonOr(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
