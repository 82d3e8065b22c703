/**
 * @module `${VAR}` and `${VAR:-default}` in config strings, resolved from the environment at load time.
 */
import type { FieldPath } from './yaml-source.js';

/** A reference to an environment variable that was not set; reported only if the field is used. */
export interface MissingEnv {
  path: FieldPath;
  variable: string;
}

const pattern = /\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/** Returns a copy of `value` with every `${VAR}` replaced; unset variables become "" and are listed in `missing`. */
export function interpolateEnv(
  value: unknown,
  env: NodeJS.ProcessEnv,
  missing: MissingEnv[] = [],
  path: FieldPath = [],
): unknown {
  if (typeof value === 'string') {
    return value.replace(pattern, (match, variable: string | undefined, fallback: string | undefined) => {
      if (match === '$${') return '${'; // escape for a literal "${"
      const found = env[variable!];
      if (found !== undefined && found !== '') return found;
      if (fallback !== undefined) return fallback;
      missing.push({ path, variable: variable! });
      return '';
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolateEnv(v, env, missing, [...path, i]));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = interpolateEnv(v, env, missing, [...path, k]);
    return out;
  }
  return value;
}
