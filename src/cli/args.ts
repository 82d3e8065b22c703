import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TandemError } from '../core/index.js';

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
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    // Both are slips a run would hide: an unset shell variable ("--var question=$Q") and a value given twice.
    if (value === '')
      throw new TandemError('USAGE', `--var ${name} has an empty value`, {
        hint: `give it a value (--var ${name}="…"), or leave it out if the prompt does not require it`,
      });
    if (Object.hasOwn(vars, name))
      throw new TandemError('USAGE', `--var ${name} is given twice`, { hint: 'give each variable once' });
    vars[name] = /^\s*[[{]/.test(value) ? parseJsonOr(value) : value;
  }
  return vars;
}

/**
 * `--var` pairs and `--var-file name=path` pairs together: a file's text is its variable's value (a long question,
 * a pasted document; a `[…]` or `{…}` file, a conversation's history, is parsed as JSON), read relative to `dir`.
 */
export function parseVarsAndFiles(pairs: string[] | undefined, files: string[] | undefined, dir: string) {
  const vars = parseVars(pairs ?? []);
  const read = (pair: string) => {
    const eq = pair.indexOf('=');
    if (eq <= 0 || eq === pair.length - 1)
      throw new TandemError('USAGE', `--var-file expects name=path, got "${pair}"`, {
        hint: 'e.g. --var-file question=question.txt',
      });
    return `${pair.slice(0, eq)}=${fileText(pair.slice(0, eq), pair.slice(eq + 1), dir)}`;
  };
  const fromFiles = parseVars((files ?? []).map(read));
  const twice = Object.keys(fromFiles).find((name) => Object.hasOwn(vars, name));
  if (twice)
    throw new TandemError('USAGE', `${twice} is given by both --var and --var-file`, {
      hint: 'give each variable once',
    });
  return { ...vars, ...fromFiles };
}

// A --var-file's text, without the line break an editor ends a file with.
function fileText(name: string, path: string, dir: string): string {
  try {
    return readFileSync(resolve(dir, path), 'utf8').replace(/\r?\n$/, '');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new TandemError(
      'USAGE',
      `--var-file ${name}: cannot read ${path} (${code === 'ENOENT' ? 'no such file' : code})`,
      {
        hint: 'give a path to a text file, relative to the current directory',
      },
    );
  }
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

/** Where `tandem serve` and `tandem ui` listen. */
export const listenArgs = {
  port: {
    type: 'number',
    integer: true,
    min: 0,
    max: 65535,
    default: 8787,
    description: 'port (default 8787; 0 takes any free port)',
    valueHint: 'n',
  },
  host: { type: 'string', description: 'address to bind (default 127.0.0.1)', valueHint: 'address' },
} as const;
