/** @module Running some of a suite's variants (`tandem eval --variant a,b`, the studio's start form). */
import { TandemError } from '../core/index.js';
import type { LoadedSuite } from './load-suite.js';
import { variantsOf } from './runner/run-suite.js';

/** The suite with only the named variants (in the suite's order); every name must be one of its variants. */
export function selectVariants(suite: LoadedSuite, names: readonly string[] | undefined): LoadedSuite {
  if (!names?.length) return suite;
  const all = variantsOf(suite);
  const unknown = names.filter((n) => !all.some((v) => v.name === n));
  if (unknown.length)
    throw new TandemError(
      'USAGE',
      `${suite.file} has no variant ${unknown.map((n) => `"${n}"`).join(', ')}`,
      {
        hint: `Its variants: ${all.map((v) => v.name).join(', ')}.`,
      },
    );
  const kept = all.filter((v) => names.includes(v.name));
  return { ...suite, spec: { ...suite.spec, variants: kept } };
}
