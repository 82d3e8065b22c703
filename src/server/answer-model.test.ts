import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeUpstream } from '../../test/support/fake-upstream.js';
import { chatCompletion, chatStream } from '../../test/support/openai-wire.js';
import { type ServedProject, shopProject, startServedProject } from '../../test/support/served-project.js';

// `model` in every answer is the model that answered: the upstream's own name for it, or, when a route fell
// back, the fallback's; the same streamed and not, in every wire format.
let served: ServedProject;
let upstream: FakeUpstream;

beforeAll(async () => {
  served = await startServedProject((url) => shopProject(url));
  upstream = served.upstream;
});
afterAll(() => served.close());
beforeEach(() => upstream.reset());

const post = async (path: string, body: object) => {
  const res = await fetch(`${served.server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
    body: JSON.stringify(body),
  });
  return res.text();
};
/** Every `model` the answer names (in a JSON body, or in any event of a stream). */
const modelsIn = (text: string) => [...text.matchAll(/"model":"([^"]*)"/g)].map((m) => m[1]);

const asks = {
  chat: ['/v1/chat/completions', { messages: [{ role: 'user', content: 'Hi' }] }],
  messages: ['/v1/messages', { max_tokens: 50, messages: [{ role: 'user', content: 'Hi' }] }],
  responses: ['/v1/responses', { input: 'Hi' }],
} as const;

describe('model in every answer', () => {
  for (const [format, [path, body]] of Object.entries(asks))
    it(`${format}: names the upstream's model, streamed and not`, async () => {
      upstream.reply({ json: chatCompletion('Hello.', { model: 'gpt-4o-mini-2024-07-18' }) });
      const whole = await post(path, { ...body, model: 'openai' });
      upstream.reply({ sse: chatStream(['Hel', 'lo.']) });
      const streamed = await post(path, { ...body, model: 'openai', stream: true });
      expect(new Set(modelsIn(whole))).toEqual(new Set(['gpt-4o-mini-2024-07-18']));
      expect(new Set(modelsIn(streamed))).toEqual(new Set(['gpt-4o-mini-2024-07-18']));
    });

  for (const [format, [path, body]] of Object.entries(asks))
    it(`${format}: names the fallback's model when a route fell back, streamed and not`, async () => {
      upstream.reply({ status: 503 }, { status: 503 });
      const whole = await post(path, { ...body, model: 'main' });
      const streamed = await post(path, { ...body, model: 'main', stream: true });
      expect(upstream.requests).toHaveLength(2);
      expect(new Set(modelsIn(whole))).toEqual(new Set(['extractive']));
      expect(new Set(modelsIn(streamed))).toEqual(new Set(['extractive']));
    });
});
