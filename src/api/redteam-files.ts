/**
 * @module The report files of `tandem redteam`, checked before any attack runs: a kind tandem writes
 * (.html, .json), and a place it can write (not a folder, under folders and not under a file), so a run of
 * many minutes does not end on an error it could have found at the start.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { TandemError } from '../core/index.js';

/** Refuses report files of an unknown kind, or that cannot be written, before anything runs. */
export function checkRedteamFiles(outputs: readonly string[], cwd = process.cwd()): void {
  for (const out of outputs) {
    if (!['.html', '.json'].includes(extname(out).toLowerCase()))
      throw new TandemError('USAGE', `cannot write a red-team report to ${out}`, {
        hint: 'Use a file ending in .html or .json, e.g. -o redteam.html',
      });
    const problem = unwritable(resolve(cwd, out));
    if (problem)
      throw new TandemError('USAGE', `cannot write a red-team report to ${out}: ${problem}`, {
        hint: 'Pick a file in a folder you can write to, e.g. -o redteam.html',
      });
  }
}

// Why `file` cannot be written, in words, or undefined when it looks writable.
function unwritable(file: string): string | undefined {
  const here = kindOf(file);
  if (here === 'folder') return `${file} is a folder`;
  if (here === 'file') return writable(file) ? undefined : `${file} is not writable`;
  // The nearest existing ancestor must be a writable folder: mkdir makes the rest.
  let dir = dirname(file);
  while (kindOf(dir) === undefined && dirname(dir) !== dir) dir = dirname(dir);
  if (kindOf(dir) === 'file') return `${dir} is a file, not a folder`;
  return writable(dir) ? undefined : `the folder ${dir} is not writable`;
}

function kindOf(path: string): 'file' | 'folder' | undefined {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
