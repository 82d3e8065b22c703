/**
 * The store an end-to-end test's project uses: its own SQLite file by default; with
 * TANDEM_TEST_STORE=postgres, a PostgreSQL schema of its own (named after the project directory), so the
 * same tests check the CLI on PostgreSQL: `TANDEM_TEST_STORE=postgres npx vitest run test/e2e/eval-cli.test.ts`.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { afterAll } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { dropPgSchemas, pgUrlWithSchema } from './pg-schemas.js';

/** True when this run puts the projects' stores in PostgreSQL. */
export const projectsOnPostgres = process.env.TANDEM_TEST_STORE === 'postgres';

// The schemas this test file's projects used, to drop when it ends.
const used = new Set<string>();

/** The project's schema: the same for every process run in it, different for every project. */
function schemaOf(dir: string): string {
  const schema = `p_${createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 20)}`;
  used.add(schema);
  return schema;
}

/** What a CLI process run in `cwd` adds to its environment: TANDEM_STORE on PostgreSQL runs, else nothing. */
export function projectStoreEnv(cwd: string): NodeJS.ProcessEnv {
  return projectsOnPostgres ? { TANDEM_STORE: pgUrlWithSchema(schemaOf(cwd)) } : {};
}

/** Opens the store the CLI uses for the project in `dir`. */
export function openProjectStore(dir: string): Promise<Store> {
  return openStore(dir, '.tandem/tandem.db', { ...process.env, ...projectStoreEnv(dir) });
}

// Every test file that runs the CLI imports this module (through run-cli.ts): its projects' schemas are
// dropped when the file ends.
if (projectsOnPostgres)
  afterAll(async () => {
    await dropPgSchemas([...used]);
    used.clear();
  });
