/**
 * PostgreSQL and Redis for the scale-out tests. `.ci/run` starts both (127.0.0.1:5432, trust auth, user
 * postgres, database test; 127.0.0.1:6379); elsewhere set TANDEM_TEST_PG / TANDEM_TEST_REDIS to reach yours.
 *
 * Without a reachable service these tests are skipped and say so, except under CI=true, where they run and fail.
 */
import { execFileSync } from 'node:child_process';
import { describe, it } from 'vitest';

export const PG_URL = process.env.TANDEM_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.TANDEM_TEST_REDIS ?? 'redis://127.0.0.1:6379';

const inCi = ['true', '1'].includes(process.env.CI ?? '');

/** True when a TCP connection to `url`'s host and port opens within a second (checked once, synchronously). */
function reachable(url: string, defaultPort: number): boolean {
  const u = new URL(url);
  const script = `require('net').connect(${Number(u.port) || defaultPort}, ${JSON.stringify(u.hostname)})
    .on('connect', () => process.exit(0)).on('error', () => process.exit(1)).setTimeout(1000, () => process.exit(1));`;
  try {
    execFileSync(process.execPath, ['-e', script], { stdio: 'ignore', timeout: 3000 });
    return true;
  } catch {
    return false;
  }
}

function gate(name: string, url: string, port: number) {
  const up = inCi || reachable(url, port);
  if (!up)
    console.warn(
      `[tandem tests] skipping the ${name} tests: nothing answers at ${url}. ` +
        `Start ${name} (see .ci/run) or set ${name === 'PostgreSQL' ? 'TANDEM_TEST_PG' : 'TANDEM_TEST_REDIS'}; under CI=true they always run.`,
    );
  return up;
}

const pgUp = gate('PostgreSQL', PG_URL, 5432);
const redisUp = gate('Redis', REDIS_URL, 6379);

/** `describe` for tests that need PostgreSQL: skipped (with the notice above) only outside CI without one. */
export const describeWithPostgres = (pgUp ? describe : describe.skip) as typeof describe.skip;
/** `describe` for tests that need Redis. */
export const describeWithRedis = (redisUp ? describe : describe.skip) as typeof describe.skip;
/** `it` for a test that needs both. */
export const itWithPostgresAndRedis = (pgUp && redisUp ? it : it.skip) as typeof it.skip;
