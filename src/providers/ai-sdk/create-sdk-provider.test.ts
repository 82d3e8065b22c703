import { describe, expect, it } from 'vitest';
import type { TandemError } from '../../core/index.js';
import { createAiSdkProviderFrom } from './ai-sdk-provider.js';
import { createSdkProvider } from './create-sdk-provider.js';

const model = (specificationVersion: string) => ({
  specificationVersion,
  provider: 'fake',
  modelId: 'm',
  supportedUrls: {},
  doGenerate: async () => ({
    content: [{ type: 'text', text: 'ok' }],
    finishReason: { unified: 'stop', raw: undefined },
    usage: { inputTokens: { total: 1 }, outputTokens: { total: 1 } },
    warnings: [],
  }),
  doStream: async () => ({ stream: new ReadableStream() }),
});

const choice = { id: 'p', package: 'fake-provider', method: 'languageModel' };

describe('createSdkProvider', () => {
  it('calls the first create… export that makes a provider with language models, with the options', () => {
    const seen: unknown[] = [];
    const mod = {
      createHelper: () => ({ notAProvider: true }),
      createFake: (o: unknown) => {
        seen.push(o);
        return { languageModel: () => model('v4'), tag: 'fake' };
      },
      fake: {},
    };
    expect(createSdkProvider(mod, { ...choice, options: { apiKey: 'k' } }).tag).toBe('fake');
    expect(seen).toEqual([{ apiKey: 'k' }]);
  });

  it('uses the factory and method a config names, and says what is wrong when they do not fit', () => {
    const mod = {
      createA: () => ({ languageModel: () => model('v4') }),
      createB: () => ({ languageModel: () => model('v4'), chat: () => model('v4'), tag: 'b' }),
    };
    expect(createSdkProvider(mod, { ...choice, factory: 'createB' }).tag).toBe('b');
    expect(createSdkProvider(mod, { ...choice, method: 'chat' }).tag).toBe('b');
    expect(() => createSdkProvider(mod, { ...choice, factory: 'createC' })).toThrow(
      expect.objectContaining({
        code: 'CONFIG_INVALID',
        message: 'provider p: package fake-provider exports no function named createC',
        hint: 'Name one of its factories with factory: (createA, createB).',
      }),
    );
    expect(() => createSdkProvider(mod, { ...choice, method: 'responses' })).toThrow(
      expect.objectContaining({
        message:
          'provider p: package fake-provider: no factory made a provider (createA() made no provider with responses(); createB() made no provider with responses())',
      }),
    );
  });

  it('reports a factory that throws, and a package with no factory at all', () => {
    const throwing = {
      createX: () => {
        throw new Error('apiKey must be a string');
      },
    };
    expect(() => createSdkProvider(throwing, choice)).toThrow(
      expect.objectContaining({
        message: expect.stringContaining('createX() failed: apiKey must be a string'),
      }),
    );
    const err = (() => {
      try {
        createSdkProvider({ helper: () => 1 }, choice);
      } catch (e) {
        return e as TandemError;
      }
    })();
    expect(err?.hint).toBe(
      'Is this an AI SDK provider package? They export a create… function (e.g. createGoogleGenerativeAI).',
    );
  });
});

describe('specification versions', () => {
  it('calls a v3 model as a v4 one, and refuses an older one with the upgrade command', async () => {
    const v3 = createAiSdkProviderFrom(
      { createFake: () => ({ languageModel: () => model('v3') }) },
      { id: 'p', package: 'fake-provider', model: 'm' },
    );
    expect((await v3.generate({ messages: [{ role: 'user', content: 'Hi' }] })).text).toBe('ok');
    const v2 = createAiSdkProviderFrom(
      { createFake: () => ({ languageModel: () => model('v2') }) },
      { id: 'p', package: 'fake-provider', model: 'm' },
    );
    await expect(v2.generate({ messages: [{ role: 'user', content: 'Hi' }] })).rejects.toMatchObject({
      code: 'PROVIDER_UNSUPPORTED',
      message: 'p: fake-provider made model "m" with specification v2; tandem speaks v3 and v4',
      hint: 'Install a current version: npm install fake-provider@latest (AI SDK 6 or 7 packages).',
    });
  });

  it('offers embed only when the package makes embedding models, and asks for embeddingModel when none is set', async () => {
    const chatOnly = createAiSdkProviderFrom(
      { createFake: () => ({ languageModel: () => model('v4') }) },
      { id: 'p', package: 'fake-provider', model: 'm' },
    );
    expect(chatOnly.embed).toBeUndefined();
    const withEmbeddings = createAiSdkProviderFrom(
      {
        createFake: () => ({
          languageModel: () => model('v4'),
          embeddingModel: () => ({
            maxEmbeddingsPerCall: 2,
            doEmbed: async ({ values }: { values: string[] }) => ({
              embeddings: values.map((v) => [v.length]),
              warnings: [],
            }),
          }),
        }),
      },
      { id: 'p', package: 'fake-provider', model: 'm' },
    );
    await expect(withEmbeddings.embed!(['a'])).rejects.toMatchObject({
      code: 'PROVIDER_UNSUPPORTED',
      hint: 'Set embeddingModel: under providers.p in tandem.yaml (a model id fake-provider embeds with).',
    });
    // Five texts at two per call: three calls, vectors in input order.
    const vectors = await withEmbeddings.embed!(['a', 'bb', 'ccc', 'dddd', 'eeeee'], { model: 'e' });
    expect(vectors.map((v) => v[0])).toEqual([1, 2, 3, 4, 5]);
  });
});
