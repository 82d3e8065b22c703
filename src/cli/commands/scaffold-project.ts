import { existsSync, statSync } from 'node:fs';
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configJsonSchema, TandemError } from '../../core/index.js';

/** The starter project shipped in the package (same depth from src/ and dist/). */
export const STARTER_DIR = fileURLToPath(new URL('../../../templates/starter', import.meta.url));

// Files whose shipped name differs from the name they must have (npm drops dotfiles named .gitignore).
const RENAMES: Record<string, string> = { gitignore: '.gitignore' };
const SKIP = new Set(['.tandem', 'node_modules', 'tandem.schema.json']);

/** Copies the starter into `dir` and writes its JSON Schema; refuses a non-empty dir unless `force`. */
export async function scaffoldProject(dir: string, opts: { force?: boolean } = {}): Promise<string[]> {
  if (existsSync(dir) && !statSync(dir).isDirectory())
    throw new TandemError('USAGE', `${dir} is a file, not a directory`, {
      hint: 'Choose a new directory name for the project (tandem init creates it).',
    });
  if (existsSync(dir) && (await readdir(dir)).length > 0 && !opts.force) {
    throw new TandemError('USAGE', `${dir} is not empty`, {
      hint: 'Choose a new directory name, or add --force to add the starter files next to what is there (nothing is overwritten).',
    });
  }
  const written: string[] = [];
  const copy = async (from: string, to: string) => {
    await mkdir(to, { recursive: true });
    for (const entry of await readdir(from, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const src = join(from, entry.name);
      const dest = join(to, RENAMES[entry.name] ?? entry.name);
      if (entry.isDirectory()) await copy(src, dest);
      else if (!existsSync(dest)) {
        await copyFile(src, dest);
        written.push(dest);
      }
    }
  };
  await copy(STARTER_DIR, dir);
  const schemaFile = join(dir, 'tandem.schema.json');
  await writeFile(schemaFile, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
  written.push(schemaFile);
  return written;
}
