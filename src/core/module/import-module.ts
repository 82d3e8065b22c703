/**
 * @module Loads a user's TS/JS module (config, tools, script providers) without a build step.
 */
import { fileURLToPath } from 'node:url';
import { TandemError } from '../errors.js';

// Users write `import { defineConfig } from 'tandem'`; point that at this copy even when tandem is not
// installed in their project (e.g. run through npx).
const selfEntry = fileURLToPath(new URL('../../index.js', import.meta.url));

let jitiInstance: { import(id: string): Promise<unknown> } | undefined;

/** Imports a .ts/.mts/.js/.mjs file; syntax and load errors become SCRIPT_INVALID with the file named. */
export async function importModule(file: string): Promise<unknown> {
  if (!jitiInstance) {
    const { createJiti } = await import('jiti');
    jitiInstance = createJiti(import.meta.url, {
      alias: { tandem: selfEntry },
      moduleCache: false,
      fsCache: false,
    });
  }
  try {
    return await jitiInstance.import(file);
  } catch (err) {
    throw new TandemError(
      'SCRIPT_INVALID',
      `could not load ${file}: ${(err as Error).message.split('\n')[0]}`,
      {
        where: { file },
        hint: 'Fix the error in that file; run it with `node --check` or your editor to see details.',
        cause: err,
      },
    );
  }
}
