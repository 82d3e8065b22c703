/**
 * @module Loads the AI SDK provider package a config names. It is the user's dependency, not tandem's, so it is
 * looked for from the project's directory first, then from where tandem itself is installed, and imported by
 * its ESM entry (the one `import` would pick there).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TandemError } from '../../core/index.js';

/** The package's exports, imported from the project at `root` (or from tandem's own node_modules). */
export async function loadProviderPackage(
  pkg: string,
  root: string,
  providerId: string,
): Promise<Record<string, unknown>> {
  const entry = findEntry(pkg, join(root, 'package.json')) ?? findEntry(pkg, import.meta.url);
  if (!entry) {
    throw new TandemError('CONFIG_INVALID', `provider ${providerId}: package ${pkg} is not installed`, {
      hint: `run \`npm install ${pkg}\` in ${root}`,
    });
  }
  try {
    return (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
  } catch (err) {
    throw new TandemError(
      'CONFIG_INVALID',
      `provider ${providerId}: package ${pkg} failed to load: ${msg(err)}`,
      {
        cause: err,
        hint: `Reinstall it (\`npm install ${pkg}\`) and check that it supports Node ${process.versions.node}.`,
      },
    );
  }
}

/** The file `import(pkg)` would load from `base` (a file path or URL), or undefined when it is not there. */
function findEntry(pkg: string, base: string): string | undefined {
  const dirs = createRequire(base).resolve.paths(pkg) ?? [];
  const dir = dirs.map((d) => join(d, pkg)).find((d) => existsSync(join(d, 'package.json')));
  if (!dir) return undefined;
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageManifest;
  const target = esmTarget(manifest.exports) ?? manifest.module ?? manifest.main ?? 'index.js';
  return join(dir, target);
}

interface PackageManifest {
  exports?: unknown;
  module?: string;
  main?: string;
}

// The conditions an `import` from Node matches, in the order package authors list them.
const CONDITIONS = ['node', 'import', 'default'];

/** The `.` entry of an `exports` field under Node's import conditions. */
function esmTarget(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports;
  if (!exports || typeof exports !== 'object' || Array.isArray(exports)) return undefined;
  const map = exports as Record<string, unknown>;
  if ('.' in map) return esmTarget(map['.']);
  // A map of conditions: the first one (in the package's order) that Node's import matches.
  for (const [key, value] of Object.entries(map)) {
    if (!CONDITIONS.includes(key)) continue;
    const found = esmTarget(value);
    if (found) return found;
  }
  return undefined;
}

const msg = (err: unknown) => (err instanceof Error ? err.message : String(err));
