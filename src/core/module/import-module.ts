/**
 * @module Loads a user's TS/JS module (config, tools, script providers) without a build step.
 */
import { fileURLToPath } from 'node:url';
import { TandemError } from '../errors.js';

// moduleCache off so an edited tool or config is read again (watch mode); the on-disk transform cache
// is keyed by content, so unchanged files are not compiled twice.
// Users write `import { defineTool } from 'tandem'`; point that at this copy's small authoring entry, so it
// works when tandem is not installed in their project (npx) and stays cheap to load into every file.
const authoringEntry = fileURLToPath(
  new URL(`../../authoring.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url),
);

let jitiInstance: { import(id: string): Promise<unknown> } | undefined;

/** Imports a .ts/.mts/.js/.mjs file; syntax and load errors become SCRIPT_INVALID with the file named. */
export async function importModule(file: string): Promise<unknown> {
  if (!jitiInstance) {
    const { createJiti } = await import('jiti');
    jitiInstance = createJiti(import.meta.url, {
      alias: { tandem: authoringEntry },
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
