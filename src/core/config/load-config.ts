/**
 * @module Finds, parses, interpolates and validates a project's config (tandem.yaml or tandem.config.ts).
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { formatLocation, type SourceLocation, TandemError } from '../errors.js';
import { issuesToError } from './format-issues.js';
import { interpolateEnv, type MissingEnv } from './interpolate-env.js';
import { configSchema, type TandemConfig } from './schema.js';
import { type FieldPath, formatPath, parseYamlSource } from './yaml-source.js';

export const CONFIG_FILES = [
  'tandem.yaml',
  'tandem.yml',
  'tandem.config.ts',
  'tandem.config.mjs',
  'tandem.config.js',
];

/** A validated config plus what is needed to point back into its file. */
export interface LoadedConfig {
  config: TandemConfig;
  /** Absolute path of the config file. */
  file: string;
  /** The project directory: paths in the config are relative to it. */
  root: string;
  locate(path: FieldPath): SourceLocation;
  /** Throws CONFIG_ENV_MISSING if a field under `prefix` referenced an unset variable. */
  requireEnv(prefix: FieldPath): void;
}

export interface LoadConfigOptions {
  /** A specific config file instead of searching `root`. */
  file?: string;
  env?: NodeJS.ProcessEnv;
}

// `--cwd` naming a file: its directory is suggested when it holds a config.
function notADirectory(root: string): TandemError {
  const parent = dirname(resolve(root));
  const where = findConfigFile(parent) ? ` (perhaps ${parent})` : '';
  return new TandemError('CONFIG_NOT_FOUND', `${resolve(root)} is a file, not a project directory`, {
    hint: `Pass the directory that holds tandem.yaml to --cwd${where}.`,
  });
}

/** Loads the config of the project in `root`. */
export async function loadConfig(root: string, opts: LoadConfigOptions = {}): Promise<LoadedConfig> {
  if (!existsSync(root))
    throw new TandemError('CONFIG_NOT_FOUND', `no such directory: ${resolve(root)}`, {
      hint: 'Check the path given to --cwd, or run `tandem init <dir>` to create a project there.',
    });
  if (!opts.file && !statSync(root).isDirectory()) throw notADirectory(root);
  const file = opts.file ? resolve(root, opts.file) : findConfigFile(root);
  if (opts.file && (!file || !existsSync(file) || statSync(file).isDirectory())) {
    const what = file && existsSync(file) ? 'is a directory, not a config file' : 'does not exist';
    throw new TandemError('CONFIG_NOT_FOUND', `--config ${resolve(root, opts.file)} ${what}`, {
      hint: 'Pass the path of a tandem.yaml (or tandem.config.ts) to --config.',
    });
  }
  if (!file || !existsSync(file)) {
    throw new TandemError('CONFIG_NOT_FOUND', `no tandem config found in ${resolve(root)}`, {
      hint: 'Run `tandem init <dir>` to create a project, or pass --cwd <project dir>.',
    });
  }
  if (!CONFIG_EXTENSION.test(file)) {
    throw new TandemError(
      'CONFIG_INVALID',
      `${basename(file)} is not a tandem config: it is neither YAML nor TypeScript/JavaScript`,
      {
        hint: 'Pass the path of a tandem.yaml (or tandem.config.ts) to --config.',
      },
    );
  }
  const display = basename(file);
  let raw: unknown;
  let locate: (path: FieldPath) => SourceLocation = (path) => ({ file: display, path: formatPath(path) });
  if (/\.ya?ml$/.test(file)) {
    const source = parseYamlSource(await readFile(file, 'utf8'), display);
    raw = source.value ?? {};
    locate = source.locate;
  } else {
    raw = await importConfigModule(file);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new TandemError(
      'CONFIG_INVALID',
      'the config must be a mapping of sections (providers:, routes:, apps:…)',
      {
        where: { file: display, line: 1 },
        hint: 'Start from `tandem init` or see docs/config.md.',
      },
    );
  }
  const missing: MissingEnv[] = [];
  const interpolated = interpolateEnv(raw, opts.env ?? process.env, missing);
  const parsed = configSchema.safeParse(interpolated, { reportInput: true });
  if (!parsed.success) throw issuesToError(parsed.error.issues, locate);
  const requireEnv = (prefix: FieldPath) => {
    const hit = missing.find((m) => prefix.every((seg, i) => m.path[i] === seg));
    if (hit) {
      const where = locate(hit.path);
      throw new TandemError(
        'CONFIG_ENV_MISSING',
        `${formatPath(hit.path)} uses \${${hit.variable}}, which is not set`,
        {
          where,
          hint: `export ${hit.variable}=… in your shell (or a .env loader) before running; ${formatLocation(where)} reads it.`,
        },
      );
    }
  };
  return { config: parsed.data, file, root: resolve(root), locate, requireEnv };
}

// What a config may be written in: YAML, or a module that exports it.
const CONFIG_EXTENSION = /\.(?:ya?ml|[cm]?[jt]s)$/i;

/** The first config file present in `root`, if any. */
export function findConfigFile(root: string): string | undefined {
  return CONFIG_FILES.map((f) => join(root, f)).find((f) => existsSync(f));
}

async function importConfigModule(file: string): Promise<unknown> {
  const { importModule } = await import('../module/import-module.js');
  const mod = (await importModule(file)) as { default?: unknown };
  return mod.default ?? mod;
}
