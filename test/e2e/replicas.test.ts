// Replicas of `tandem serve` (the built CLI, one project, one SQLite store file in WAL mode) sharing Redis:
// rate limits, budgets and revocations hold across them, and losing Redis degrades, then recovers.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { issueKey, type KeyLimits } from '../../src/server/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { type FakeUpstream, startFakeUpstream } from '../support/fake-upstream.js';
import { chatCompletion } from '../support/openai-wire.js';
import { freePort, type Replica, startRedisServer, startReplica } from '../support/replicas.js';
import { runCli } from '../support/run-cli.js';
import { describeWithRedis, REDIS_URL } from '../support/services.js';
import { tempProject } from '../support/temp-project.js';
import { waitFor } from '../support/wait-for.js';

const ADMIN = 'admin-for-replica-tests';
// 10 input and 10 output tokens at $500 per million each: every call costs exactly $0.01.
const COST = 0.01;

const yaml = (upstreamUrl: string, redis: string) => `
providers:
  up: { type: openai, model: gpt-4o-mini, apiKey: sk-x, baseUrl: ${upstreamUrl}/v1, pricing: { input: 500, output: 500 } }
routes:
  cached: { targets: [up], cache: { ttlSeconds: 600 } }
redis: ${redis}
`;

// Keys are made in the store directly (the CLI's own path is tested in keys-cli): fewer processes to start on
// a machine already running the replicas.
async function createKeys(project: string, keys: Record<string, KeyLimits>): Promise<Record<string, string>> {
  const store = openSqliteStore(join(project, '.tandem', 'tandem.db'));
  try {
    const secrets: Record<string, string> = {};
    for (const [name, limits] of Object.entries(keys))
      secrets[name] = (await issueKey(store.keys, name, limits)).secret;
    return secrets;
  } finally {
    await store.close();
  }
}

/** One chat completion; its status code (and the error code, when refused). */
async function ask(url: string, secret: string): Promise<{ status: number; code?: string }> {
  const res = await fetch(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'up', messages: [{ role: 'user', content: 'Hi' }] }),
  });
  const body = (await res.json()) as { error?: { code: string } };
  return { status: res.status, ...(body.error ? { code: body.error.code } : {}) };
}

/** `n` requests, request i to replica i mod count, `concurrency` at a time; how many got each answer. */
async function spread(replicas: Replica[], secret: string, n: number, concurrency = 16) {
  const counts: Record<string, number> = {};
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        const r = await ask(replicas[i % replicas.length]!.url, secret);
        const label = r.code ? `${r.status} ${r.code}` : String(r.status);
        counts[label] = (counts[label] ?? 0) + 1;
      }
    }),
  );
  return counts;
}

const readyz = async (r: Replica) => {
  const res = await fetch(`${r.url}/readyz`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describeWithRedis('four replicas of tandem serve sharing Redis', () => {
  const prefix = `tandem-e2e:${randomUUID()}:`;
  const env = { TANDEM_REDIS: REDIS_URL, TANDEM_ADMIN_KEY: ADMIN };
  let upstream: FakeUpstream;
  let project: string;
  let replicas: Replica[];
  let secrets: Record<string, string>;

  beforeAll(async () => {
    upstream = await startFakeUpstream(() => ({ json: chatCompletion('Hello', { usage: [10, 10] }) }));
    project = tempProject({ 'tandem.yaml': yaml(upstream.url, `{ prefix: "${prefix}" }`) });
    secrets = await createKeys(project, {
      limited: { rpm: 100 },
      budget: { budgetUsdDay: 1 },
      'revoked-by-api': {},
      'revoked-by-cli': {},
      plain: {},
    });
    replicas = await Promise.all([1, 2, 3, 4].map(() => startReplica(project, env)));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(replicas?.map((r) => r.stop()) ?? []);
    await upstream?.close();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  }, 60_000);

  it('report Redis on /readyz', async () => {
    for (const r of replicas)
      expect(await readyz(r)).toEqual({ status: 200, body: { status: 'ready', redis: 'ok', store: 'ok' } });
    expect(replicas[0]!.stdout()).toContain(
      'rate limits, budgets, response cache and key revocations shared through Redis at redis://',
    );
  });

  it('admit at most 100 of 400 requests sent across them to a key limited to 100 a minute', async () => {
    const counts = await spread(replicas, secrets.limited!, 400);
    console.info(`[replicas] rpm 100, 400 requests over 4 replicas: ${JSON.stringify(counts)}`);
    const admitted = counts['200'] ?? 0;
    expect(admitted).toBeGreaterThanOrEqual(95);
    expect(admitted).toBeLessThanOrEqual(100);
    expect(counts).toEqual({ '200': admitted, '429 rate_limit_exceeded': 400 - admitted });
  }, 120_000);

  it('spend a $1 budget across them without overspending it by more than one request', async () => {
    const counts = await spread(replicas, secrets.budget!, 200);
    const admitted = counts['200'] ?? 0;
    expect(counts).toEqual({ '200': admitted, '429 insufficient_quota': 200 - admitted });
    // The store is the record: each replica writes its calls' spend there in batches.
    const store = openSqliteStore(join(project, '.tandem', 'tandem.db'));
    try {
      const key = (await store.keys.list()).find((k) => k.name === 'budget')!;
      const today = new Date().toISOString().slice(0, 10);
      const spent = await waitFor(
        async () => {
          const s = await store.keys.spendSince(key.id, today);
          return s.requests === admitted ? s : undefined;
        },
        { what: `${admitted} calls in the store` },
      );
      console.info(
        `[replicas] $1 budget, 200 requests over 4 replicas: ${admitted} admitted, $${spent.costUsd.toFixed(4)} spent`,
      );
      expect(spent.costUsd).toBeCloseTo(admitted * COST, 9);
      expect(spent.costUsd).toBeLessThanOrEqual(1 + COST + 1e-9);
      expect(spent.costUsd).toBeGreaterThanOrEqual(1 - 5 * COST);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('answer from one response cache: a question answered by one replica is a cache hit on the others', async () => {
    const question = `What is ${randomUUID()}?`;
    const before = upstream.requests.length;
    const cacheHeaders: string[] = [];
    // One after the other: the first replica answers (and fills the cache) before the others ask.
    for (const r of replicas) {
      const res = await fetch(`${r.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secrets.plain}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'cached', messages: [{ role: 'user', content: question }] }),
      });
      expect(res.status).toBe(200);
      cacheHeaders.push(res.headers.get('x-tandem-cache')!);
    }
    expect(cacheHeaders).toEqual(['miss', 'hit', 'hit', 'hit']);
    expect(upstream.requests.length - before).toBe(1);
  });

  it('stop a key revoked over one replica’s admin API on every replica at once', async () => {
    const secret = secrets['revoked-by-api']!;
    for (const r of replicas) expect(await ask(r.url, secret)).toEqual({ status: 200 }); // cached on each
    const res = await fetch(`${replicas[0]!.url}/admin/keys/revoked-by-api`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    const revokedAt = performance.now();
    expect(res.status).toBe(200);
    // The first request each replica gets once the revocation is answered is refused: their caches (one
    // second old at most) were dropped by the message, not by age.
    const firsts = await Promise.all(
      replicas.map(async (r) => ({ ...(await ask(r.url, secret)), ms: performance.now() - revokedAt })),
    );
    console.info(
      `[replicas] revoked over the admin API; each replica's first answer after: ${firsts.map((f) => `${f.status} in ${f.ms.toFixed(1)} ms`).join(', ')}`,
    );
    expect(firsts.map((f) => [f.status, f.code])).toEqual(Array(4).fill([401, 'revoked_api_key']));
  });

  it('stop a key revoked with `tandem keys revoke` on every replica by the time the command exits', async () => {
    const secret = secrets['revoked-by-cli']!;
    // Requests keep each replica's key cache fresh while the command runs (a cache entry lives a second).
    let polling = true;
    const polls = replicas.map(async (r) => {
      while (polling) {
        await ask(r.url, secret);
        await new Promise((res) => setTimeout(res, 20));
      }
    });
    const revoked = await runCli(['keys', 'revoke', 'revoked-by-cli'], { cwd: project, env });
    polling = false;
    await Promise.all(polls);
    expect(revoked).toEqual({ code: 0, stdout: 'revoked revoked-by-cli\n', stderr: '' });
    const firsts = await Promise.all(replicas.map((r) => ask(r.url, secret)));
    expect(firsts).toEqual(Array(4).fill({ status: 401, code: 'revoked_api_key' }));
  }, 60_000);
});

describeWithRedis('replicas when Redis stops and starts again', () => {
  const prefix = `tandem-e2e:${randomUUID()}:`;
  let upstream: FakeUpstream;
  let project: string;
  let port: number;
  let redis: { stop(): Promise<void> };
  let degrading: Replica[];
  let refusing: Replica;
  let secret: string;
  let offline: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedisServer(port);
    upstream = await startFakeUpstream(() => ({ json: chatCompletion('Hello', { usage: [10, 10] }) }));
    project = tempProject({
      'tandem.yaml': yaml(upstream.url, `{ prefix: "${prefix}" }`),
      'refuse.yaml': yaml(upstream.url, `{ prefix: "${prefix}", onFailure: refuse }`),
    });
    env = { TANDEM_REDIS: `redis://127.0.0.1:${port}` };
    ({ six: secret, offline } = (await createKeys(project, { six: { rpm: 6 }, offline: {} })) as {
      six: string;
      offline: string;
    });
    [refusing, ...degrading] = await Promise.all([
      startReplica(project, env, ['--config', 'refuse.yaml']),
      startReplica(project, env),
      startReplica(project, env),
    ]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([refusing, ...(degrading ?? [])].map((r) => r?.stop()));
    await redis?.stop();
    await upstream?.close();
  }, 60_000);

  it('share the limit, count per replica while Redis is down (one warning each), and share it again once it is back', async () => {
    const all = [...degrading, refusing];
    expect(await spread(degrading, secret, 12)).toEqual({ '200': 6, '429 rate_limit_exceeded': 6 });

    await redis.stop();
    const killedAt = performance.now();
    for (const r of degrading)
      await expect
        .poll(() => readyz(r), { timeout: 10_000 })
        .toEqual({
          status: 200,
          body: {
            status: 'ready',
            redis: 'down',
            degraded: 'rate limits and budgets are counted per replica',
            store: 'ok',
          },
        });
    await expect.poll(async () => (await readyz(refusing)).status, { timeout: 10_000 }).toBe(503);
    const noticedMs = performance.now() - killedAt;
    // Each degrading replica now enforces the whole limit on its own; the refusing one turns the key away.
    expect(await spread(degrading.slice(0, 1), secret, 8)).toEqual({
      '200': 6,
      '429 rate_limit_exceeded': 2,
    });
    expect(await spread(degrading.slice(1), secret, 8)).toEqual({ '200': 6, '429 rate_limit_exceeded': 2 });
    expect(await ask(refusing.url, secret)).toEqual({ status: 503, code: 'limits_unavailable' });
    // A key revoked while no replica hears Redis still stops: their key cache holds it a second at most.
    for (const r of all) expect(await ask(r.url, offline)).toEqual({ status: 200 });
    const revoked = await runCli(['keys', 'revoke', 'offline'], { cwd: project, env });
    expect(revoked.stdout).toBe('revoked offline\n');
    expect(revoked.stderr).toMatch(
      /^note: Redis at redis:\/\/127\.0\.0\.1:\d+ did not answer \(connect ECONNREFUSED 127\.0\.0\.1:\d+\); running servers stop the key within a second \(their key cache\)\n$/,
    );
    for (const r of all)
      await expect
        .poll(() => ask(r.url, offline), { timeout: 5000 })
        .toEqual({ status: 401, code: 'revoked_api_key' });

    redis = await startRedisServer(port);
    const restartedAt = performance.now();
    for (const r of all)
      await expect.poll(async () => (await readyz(r)).body.redis, { timeout: 10_000 }).toBe('ok');
    console.info(
      `[replicas] Redis killed: all three said so on /readyz within ${noticedMs.toFixed(0)} ms; restarted: all back within ${(performance.now() - restartedAt).toFixed(0)} ms`,
    );
    // The restarted Redis is empty: a fresh shared minute, six calls across both replicas.
    expect(await spread(degrading, secret, 12)).toEqual({ '200': 6, '429 rate_limit_exceeded': 6 });
    expect(await ask(refusing.url, secret)).toEqual({ status: 429, code: 'rate_limit_exceeded' });

    const warning = /^warning Redis at redis:\/\/127\.0\.0\.1:\d+ is unreachable \(.+\): (.+)$/gm;
    for (const r of degrading) {
      expect([...r.stderr().matchAll(warning)].map((m) => m[1])).toEqual([
        'rate limits and budgets are counted per replica until it is back',
      ]);
      expect(r.stdout()).toContain(
        `Redis is back at redis://127.0.0.1:${port}: limits and budgets are shared again`,
      );
    }
    expect([...refusing.stderr().matchAll(warning)].map((m) => m[1])).toEqual([
      'requests with keys that have limits are refused (503) until it is back',
    ]);
  }, 120_000);
});
