import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatCompletion } from '../../test/support/openai-wire.js';
import { type ServedProject, startServedProject } from '../../test/support/served-project.js';

let served: ServedProject;

beforeAll(async () => {
  served = await startServedProject((url) => ({
    'tandem.yaml': `
providers:
  unpriced: { type: openai, model: gpt-4.1-turbo, apiKey: sk-up, baseUrl: ${url}/v1 }
  priced: { type: openai, model: gpt-4.1-mini, apiKey: sk-up, baseUrl: ${url}/v1 }
apps:
  helper: { prompt: answer, route: unpriced }
`,
    'prompts/answer.prompt': '---\ninput:\n  schema:\n    question: string\n---\n{{question}}\n',
  }));
});
afterAll(() => served.close());

describe('a model with no known price', () => {
  it('is not shown as free: the answer says its cost is unknown, on model and app calls', async () => {
    const openai = new OpenAI({ apiKey: 'unused', baseURL: `${served.server.url}/v1`, maxRetries: 0 });
    const ask = (model: string) => {
      served.upstream.reply({
        json: chatCompletion('hi', { model: model === 'priced' ? 'gpt-4.1-mini' : 'gpt-4.1-turbo' }),
      });
      return openai.chat.completions
        .create({ model, messages: [{ role: 'user', content: 'hello' }] })
        .withResponse();
    };
    const unpriced = await ask('unpriced');
    expect(unpriced.response.headers.get('x-tandem-cost-unknown')).toBe('true');
    expect(unpriced.response.headers.get('x-tandem-cost-usd')).toBe('0.000000');
    const priced = await ask('priced');
    expect(priced.response.headers.get('x-tandem-cost-unknown')).toBeNull();
    const app = await ask('app:helper');
    expect(app.response.headers.get('x-tandem-cost-unknown')).toBe('true');
    served.upstream.reply({ json: chatCompletion('hi', { model: 'gpt-4.1-turbo' }) });
    const result = await (await served.project.app('helper')).run({ vars: { question: 'hello' } });
    expect(result).toMatchObject({ costUsd: 0, costUnknown: true });
  });
});
