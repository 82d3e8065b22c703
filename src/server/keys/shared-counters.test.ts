import { randomUUID } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import { type ServedProject, startServedProject } from '../../../test/support/served-project.js';
import { describeWithRedis, REDIS_URL } from '../../../test/support/services.js';
import { openRedisLink, type RedisLink } from '../../redis/index.js';
import { issueKey } from './issue-key.js';

// 12 input and 5 output tokens (the fake upstream's usage) at $500 per million: $0.0085 a call.
const files = (url: string) => ({
  'tandem.yaml': `providers:\n  openai: { type: openai, model: gpt-4o-mini, apiKey: sk-up, baseUrl: ${url}/v1, pricing: { input: 500, output: 500 } }\n`,
});

const ask = async (served: ServedProject, secret: string) => {
  const res = await fetch(`${served.server.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'openai', messages: [{ role: 'user', content: 'Hi' }] }),
  });
  const body = (await res.json()) as { error?: { code: string } };
  return body.error ? `${res.status} ${body.error.code}` : String(res.status);
};

const links: RedisLink[] = [];
const open = (url: string, onFailure: 'degrade' | 'refuse') => {
  const link = openRedisLink({ url, prefix: `tandem-test:${randomUUID()}:`, onFailure });
  links.push(link);
  return link;
};

afterAll(async () => {
  for (const link of links) {
    if (link.up()) {
      const keys = await link.client().keys(`${link.settings.prefix}*`);
      if (keys.length) await link.client().del(...keys);
    }
    await link.close();
  }
});

describeWithRedis('keys counted in Redis', () => {
  it('give back the budget held by a call that failed, at once', async () => {
    const redis = open(REDIS_URL, 'degrade');
    expect(await redis.connected(5000)).toBe(true);
    const served = await startServedProject(files, { server: { redis } });
    try {
      const { secret } = await issueKey(served.project.store.keys, 'b', { budgetUsdDay: 0.016 });
      expect(await ask(served, secret)).toBe('200'); // $0.0085 spent; calls now hold $0.0085 each
      served.upstream.reply({ status: 500, body: '{"error":{"message":"boom"}}' });
      expect(await ask(served, secret)).toMatch(/^50\d /);
      // Had the failed call kept its hold, $0.0085 spent + $0.0085 held would refuse this one.
      expect(await ask(served, secret)).toBe('200');
      expect(await ask(served, secret)).toBe('429 insufficient_quota');
    } finally {
      await served.close();
    }
  });

  it('refuse keys with limits while Redis is unreachable when set to refuse; keys without limits still work', async () => {
    const redis = open('redis://127.0.0.1:1', 'refuse');
    expect(await redis.connected(2000)).toBe(false);
    const served = await startServedProject(files, { server: { redis } });
    try {
      const limited = await issueKey(served.project.store.keys, 'limited', { rpm: 10 });
      const unlimited = await issueKey(served.project.store.keys, 'open');
      const refused = await fetch(`${served.server.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${limited.secret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'openai', messages: [{ role: 'user', content: 'Hi' }] }),
      });
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(await refused.json()).toEqual({
        error: {
          message:
            'API key "limited" has limits shared through Redis at redis://127.0.0.1:1, which is unreachable; try again shortly',
          type: 'service_unavailable',
          param: null,
          code: 'limits_unavailable',
        },
      });
      expect(await ask(served, unlimited.secret)).toBe('200');
      const ready = await fetch(`${served.server.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({
        status: 'unavailable',
        redis: 'down',
        error: 'connect ECONNREFUSED 127.0.0.1:1',
      });
    } finally {
      await served.close();
    }
  });
});
