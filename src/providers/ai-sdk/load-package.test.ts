// Loading the package a config names: from the project first, by its ESM entry, with a clear error when missing.
import { describe, expect, it } from 'vitest';
import { tempProject } from '../../../test/support/temp-project.js';
import type { TandemError } from '../../core/index.js';
import { createAiSdkProvider } from './ai-sdk-provider.js';
import { loadProviderPackage } from './load-package.js';

// A package that exports only an `import` entry (no `require`), as ESM-only packages do, with a factory whose
// model answers with where it was loaded from. Its name shadows the real package installed beside tandem.
const project = tempProject({
  'package.json': '{ "name": "my-assistant", "private": true }',
  'node_modules/@ai-sdk/google/package.json': JSON.stringify({
    name: '@ai-sdk/google',
    type: 'module',
    exports: { './package.json': './package.json', '.': { types: './index.d.ts', import: './esm/index.js' } },
  }),
  'node_modules/@ai-sdk/google/esm/index.js': `
export const VERSION = 'project-copy';
export function createGoogleGenerativeAI(options = {}) {
  const languageModel = (modelId) => ({
    specificationVersion: 'v4',
    provider: 'fake.google',
    modelId,
    supportedUrls: {},
    async doGenerate(call) {
      return {
        content: [{ type: 'text', text: 'from the project copy, key ' + options.apiKey + ', asked: ' + call.prompt.at(-1).content[0].text }],
        finishReason: { unified: 'stop', raw: 'STOP' },
        usage: { inputTokens: { total: 3 }, outputTokens: { total: 2 } },
        warnings: [],
      };
    },
  });
  return { languageModel };
}
`,
});

describe('loadProviderPackage', () => {
  it('finds the package in the project before the copy installed beside tandem, by its import entry', async () => {
    const mod = await loadProviderPackage('@ai-sdk/google', project, 'gemini');
    expect(mod.VERSION).toBe('project-copy');
    const provider = await createAiSdkProvider({
      id: 'gemini',
      package: '@ai-sdk/google',
      model: 'gemini-2.5-flash',
      options: { apiKey: 'k1' },
      root: project,
    });
    const res = await provider.generate({ messages: [{ role: 'user', content: 'Hi' }] });
    expect(res).toMatchObject({
      text: 'from the project copy, key k1, asked: Hi',
      usage: { inputTokens: 3, outputTokens: 2, totalTokens: 5 },
      model: 'gemini-2.5-flash',
    });
  });

  it('says which package is missing and the command that installs it', async () => {
    const err = (await loadProviderPackage('@ai-sdk/mistral', project, 'mistral').catch(
      (e) => e,
    )) as TandemError;
    expect(err).toMatchObject({
      code: 'CONFIG_INVALID',
      message: 'provider mistral: package @ai-sdk/mistral is not installed',
      hint: `run \`npm install @ai-sdk/mistral\` in ${project}`,
    });
  });
});
