import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../test/support/serve-app.js';
import { type ServedProject, startServedProject } from '../../test/support/served-project.js';
import type { Project } from '../pipeline/index.js';
import { issueKey } from './index.js';

let served: ServedProject;
let project: Project;
let server: RunningServer;
const ADMIN = 'admin-secret-for-tests';

beforeAll(async () => {
  served = await startServedProject(
    (url) => ({
      'tandem.yaml': `
providers:
  openai: { type: openai, model: gpt-4o-mini, apiKey: sk-up, baseUrl: ${url}/v1 }
  local: { type: extractive }
`,
    }),
    { server: { adminKey: ADMIN } },
  );
  ({ project, server } = served);
});
afterAll(() => served.close());

const openai = (apiKey: string) => new OpenAI({ apiKey, baseURL: `${server.url}/v1`, maxRetries: 0 });
const ask = (c: OpenAI, model = 'openai') =>
  c.chat.completions.create({ model, messages: [{ role: 'user', content: 'Hi' }] });

describe('tandem serve: virtual API keys', () => {
  it('is open until the first key exists, then requires a valid, unrevoked key', async () => {
    await expect(ask(openai('anything'))).resolves.toMatchObject({
      choices: [{ message: { content: 'Hello from upstream' } }],
    });
    // Created over the admin API, the key applies at once (from the CLI, within a second).
    const created = await fetch(`${server.url}/admin/keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'web' }),
    });
    const { secret } = (await created.json()) as { secret: string };
    expect(secret).toMatch(/^tdm_/);
    const keys = await project.store.keys.list();
    expect(JSON.stringify(keys)).not.toContain(secret); // only the hash is kept

    const none = await fetch(`${server.url}/v1/models`);
    expect(none.status).toBe(401);
    expect(((await none.json()) as { error: { message: string } }).error.message).toContain(
      'tandem keys create',
    );
    await expect(ask(openai('tdm_wrong'))).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    await expect(ask(openai(secret))).resolves.toMatchObject({
      choices: [{ message: { content: 'Hello from upstream' } }],
    });
    // The Anthropic SDK sends x-api-key; errors come back in Anthropic's shape.
    const claude = await new Anthropic({
      apiKey: secret,
      baseURL: server.url,
      maxRetries: 0,
    }).messages.create({
      model: 'openai',
      max_tokens: 20,
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(claude.content[0]).toMatchObject({ text: 'Hello from upstream' });
    const badClaude = await new Anthropic({
      apiKey: 'tdm_wrong',
      baseURL: server.url,
      maxRetries: 0,
    }).messages
      .create({ model: 'openai', max_tokens: 20, messages: [{ role: 'user', content: 'Hi' }] })
      .catch((e) => e);
    expect(badClaude).toBeInstanceOf(Anthropic.AuthenticationError);
    expect(badClaude.error).toMatchObject({ type: 'error', error: { type: 'authentication_error' } });

    // Revoked from another process (the CLI writes the store), the key stops within a second.
    expect(await project.store.keys.revoke('web')).toBe(true);
    await new Promise((r) => setTimeout(r, 1100));
    const revoked = await ask(openai(secret)).catch((e) => e);
    expect(revoked).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(revoked.message).toContain('"web" was revoked');
  });

  it('limits a key to its models', async () => {
    const { secret } = await issueKey(project.store.keys, 'widget', { routes: ['local'] });
    await expect(ask(openai(secret), 'local')).resolves.toMatchObject({
      choices: [{ message: { content: "I don't know based on the information I have." } }],
    });
    const denied = await ask(openai(secret), 'openai').catch((e) => e);
    expect(denied).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect(denied.message).toContain('may not call "openai" (allowed: local)');
  });

  it('answers 429 with Retry-After past the requests-per-minute and tokens-per-minute limits', async () => {
    const { secret } = await issueKey(project.store.keys, 'slow', { rpm: 2 });
    await ask(openai(secret));
    await ask(openai(secret));
    const third = await ask(openai(secret)).catch((e) => e);
    expect(third).toBeInstanceOf(OpenAI.RateLimitError);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(third.message).toContain('over its 2 requests per minute');

    const tokens = await issueKey(project.store.keys, 'tokens', { tpm: 10 });
    await ask(openai(tokens.secret)); // 17 tokens: over the limit afterwards
    const next = await ask(openai(tokens.secret)).catch((e) => e);
    expect(next).toBeInstanceOf(OpenAI.RateLimitError);
    expect(next.message).toContain('10 tokens per minute');
  });

  it('charges each call to its key and stops the key at its daily budget', async () => {
    const { key, secret } = await issueKey(project.store.keys, 'budget', { budgetUsdDay: 0.000004 });
    await ask(openai(secret)); // 12 in + 5 out on gpt-4o-mini = $0.0000048
    await server.flush(); // spend is written in batches
    const today = new Date().toISOString().slice(0, 10);
    const spent = await project.store.keys.spendSince(key.id, today);
    expect(spent).toMatchObject({ requests: 1, tokens: 17 });
    expect(spent.costUsd).toBeCloseTo(0.0000048, 10);
    const over = await ask(openai(secret)).catch((e) => e);
    expect(over).toBeInstanceOf(OpenAI.RateLimitError);
    expect(over.error).toMatchObject({ code: 'insufficient_quota', type: 'insufficient_quota' });
    expect(over.message).toContain('daily budget');
    expect(Number(over.headers.get('retry-after'))).toBeLessThanOrEqual(86_400);
  });

  it('manages keys over HTTP with the admin key', async () => {
    const anonymous = await fetch(`${server.url}/admin/keys`);
    expect(anonymous.status).toBe(401);
    const admin = { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' };
    const created = await fetch(`${server.url}/admin/keys`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ name: 'ops', rpm: 100 }),
    });
    expect(created.status).toBe(201);
    const body = (await created.json()) as { secret: string; rpm: number };
    expect(body.rpm).toBe(100);
    await expect(ask(openai(body.secret))).resolves.toMatchObject({
      choices: [{ message: { content: 'Hello from upstream' } }],
    });
    const bad = await fetch(`${server.url}/admin/keys`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ name: 'x', rpm: -1 }),
    });
    expect(bad.status).toBe(400);
    const list = (await (await fetch(`${server.url}/admin/keys`, { headers: admin })).json()) as {
      data: Array<{ name: string }>;
    };
    expect(list.data.map((k) => k.name)).toContain('ops');
    expect((await fetch(`${server.url}/admin/keys/ops`, { method: 'DELETE', headers: admin })).status).toBe(
      200,
    );
    await expect(ask(openai(body.secret))).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    expect((await fetch(`${server.url}/admin/keys/ops`, { method: 'DELETE', headers: admin })).status).toBe(
      404,
    );
  });
});

describe('tandem serve: key roles', () => {
  const call = async (secret: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as { error?: { message: string; code: string } } };
  };

  it("lets a client key call models and leave feedback but not read or change the studio's data", async () => {
    const { secret } = await issueKey(project.store.keys, 'app-backend');
    await expect(ask(openai(secret))).resolves.toMatchObject({ object: 'chat.completion' });
    const read = await call(secret, 'GET', '/api/runs');
    expect(read.status).toBe(403);
    expect(read.body.error).toEqual(
      expect.objectContaining({
        code: 'role_not_allowed',
        message:
          'key "app-backend" is a client key: GET /api/runs needs a read-only key (tandem keys create --name <who> --role read-only)',
      }),
    );
    expect((await call(secret, 'POST', '/api/feedback', { traceId: 'tr_none', score: 1 })).status).toBe(404);
    expect(await call(secret, 'GET', '/api/me')).toEqual({
      status: 200,
      body: { open: false, name: 'app-backend', role: 'client', signRoles: [], gatedLabels: [] },
    });
  });

  it('lets a read-only key read but not write, a reviewer write but not manage keys, an admin key do both', async () => {
    const reader = (await issueKey(project.store.keys, 'reader', { role: 'read-only' })).secret;
    const reviewer = (await issueKey(project.store.keys, 'rev', { role: 'reviewer' })).secret;
    const admin = (await issueKey(project.store.keys, 'boss', { role: 'admin' })).secret;
    expect((await call(reader, 'GET', '/api/runs')).status).toBe(200);
    const write = await call(reader, 'POST', '/api/runs', { suite: 'none.yaml' });
    expect([write.status, write.body.error?.message]).toEqual([
      403,
      'key "reader" is a read-only key: POST /api/runs needs a reviewer key (tandem keys create --name <who> --role reviewer)',
    ]);
    // The reviewer gets past the role check to the request itself (no such suite).
    const past = await call(reviewer, 'POST', '/api/runs', { suite: 'none.yaml' });
    expect([past.status, past.body.error?.code]).not.toEqual([403, 'role_not_allowed']);
    expect(past.status).toBe(400);
    const notAdmin = await call(reviewer, 'GET', '/admin/keys');
    expect([notAdmin.status, notAdmin.body.error?.code]).toEqual([403, 'role_not_allowed']);
    expect((await call('tdm_unknown', 'GET', '/admin/keys')).status).toBe(401);
    const listed = (await call(admin, 'GET', '/admin/keys')) as unknown as {
      status: number;
      body: { data: Array<{ name: string; role?: string }> };
    };
    expect(listed.status).toBe(200);
    expect(listed.body.data.filter((k) => ['reader', 'rev', 'boss'].includes(k.name))).toEqual([
      expect.objectContaining({ name: 'reader', role: 'read-only' }),
      expect.objectContaining({ name: 'rev', role: 'reviewer' }),
      expect.objectContaining({ name: 'boss', role: 'admin' }),
    ]);
    const made = await call(admin, 'POST', '/admin/keys', { name: 'auditor', role: 'read-only' });
    expect([made.status, (made.body as { role?: string }).role]).toEqual([201, 'read-only']);
    const badRole = await call(admin, 'POST', '/admin/keys', { name: 'x', role: 'owner' });
    expect(badRole.status).toBe(400);
  });
});

describe('tandem serve: Prometheus metrics', () => {
  it('counts requests, errors, latency, tokens and cost per endpoint, model and key', async () => {
    const { secret } = await issueKey(project.store.keys, 'metrics-key');
    await ask(openai(secret));
    await ask(openai(secret), 'nope').catch(() => undefined);
    const res = await fetch(`${server.url}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain(
      'tandem_requests_total{endpoint="/v1/chat/completions",model="openai",key="metrics-key",status="200"} 1',
    );
    expect(text).toContain(
      'tandem_request_errors_total{endpoint="/v1/chat/completions",model="-",key="metrics-key",status="404"} 1',
    );
    expect(text).toContain(
      'tandem_tokens_total{model="openai",provider="openai",key="metrics-key",direction="input"} 12',
    );
    expect(text).toMatch(
      /tandem_cost_usd_total\{model="openai",provider="openai",key="metrics-key"\} 0\.0000048/,
    );
    expect(text).toMatch(
      /tandem_request_duration_seconds_count\{endpoint="\/v1\/chat\/completions",model="openai"\} \d+/,
    );
  });
});

describe('tandem serve: a metrics key', () => {
  it('keeps /metrics to scrapers that send it', async () => {
    const guarded = await startServedProject(
      () => ({ 'tandem.yaml': 'providers:\n  local: { type: extractive }\n' }),
      { server: { metricsKey: 'scrape-secret' } },
    );
    try {
      const url = `${guarded.server.url}/metrics`;
      const none = await fetch(url);
      expect(none.status).toBe(401);
      expect(await none.json()).toMatchObject({ error: { code: 'invalid_metrics_key' } });
      expect((await fetch(url, { headers: { authorization: 'Bearer scrape-secreT' } })).status).toBe(401);
      const scraped = await fetch(url, { headers: { authorization: 'Bearer scrape-secret' } });
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toContain('# TYPE tandem_requests_total counter');
    } finally {
      await guarded.close();
    }
  });
});

describe('tandem serve: traces by key and time', () => {
  it('records the key on each trace and filters by key, route and time', async () => {
    const { secret } = await issueKey(project.store.keys, 'tracer', { role: 'read-only' });
    const before = Date.now();
    await ask(openai(secret));
    await ask(openai(secret), 'local');
    await server.flush();
    const get = async (query: string) => {
      const res = await fetch(`${server.url}/api/traces?${query}`, {
        headers: { authorization: `Bearer ${secret}` },
      });
      return {
        status: res.status,
        body: (await res.json()) as { data: Array<{ name: string; apiKey?: string }> },
      };
    };
    const byKey = await get('key=tracer');
    expect(byKey.body.data.map((t) => [t.name, t.apiKey])).toEqual([
      ['local', 'tracer'],
      ['openai', 'tracer'],
    ]);
    expect((await get('key=tracer&route=openai')).body.data).toHaveLength(1);
    expect((await get(`key=tracer&since=${before}`)).body.data).toHaveLength(2);
    expect((await get(`key=tracer&until=${new Date(before).toISOString()}`)).body.data).toHaveLength(0);
    expect((await get('since=yesterday')).status).toBe(400);
    expect((await get('key=tracer&since=1h')).body.data).toHaveLength(2); // an age, as the CLI's --since
    // A status filter that is not a status is refused, not ignored (it would list every trace).
    const bad = await get('status=failed');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { message: 'status is ok, error or aborted', param: 'status' } });
    expect((await get('key=tracer&status=ok&limit=1')).body.data).toHaveLength(1);
    // A page size past the largest gets the largest page; one that is not a number is refused.
    expect((await get('key=tracer&limit=100000')).body.data).toHaveLength(2);
    const notANumber = await get('key=tracer&limit=abc');
    expect(notANumber.status).toBe(400);
    expect(notANumber.body).toMatchObject({
      error: { message: 'limit is a whole number from 1 to 200', param: 'limit' },
    });
    // A misspelt filter is refused too, rather than listing every trace.
    const misspelt = await get('stauts=ok');
    expect(misspelt.status).toBe(400);
    expect(misspelt.body).toMatchObject({
      error: { message: 'unknown query parameter "stauts"', param: 'stauts' },
    });
  });
});
