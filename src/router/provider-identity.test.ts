import { describe, expect, it } from 'vitest';
import { tempProject } from '../../test/support/temp-project.js';
import { loadConfig } from '../core/index.js';
import { providerIdentity } from './provider-identity.js';

describe('providerIdentity of an ai-sdk provider', () => {
  it('keeps what picks the model and leaves its credentials out of the cache key', async () => {
    const dir = tempProject({
      'tandem.yaml': `
providers:
  bedrock:
    type: ai-sdk
    package: "@ai-sdk/amazon-bedrock"
    model: us.anthropic.claude-sonnet-4-20250514-v1:0
    options:
      region: eu-west-1
      accessKeyId: AKIAEXAMPLE
      secretAccessKey: s3cr3t
      sessionToken: tok
      apiKey: k
      headers: { x-team: a }
`,
    });
    const { config } = await loadConfig(dir);
    expect(await providerIdentity(config, dir, 'bedrock')).toEqual({
      type: 'ai-sdk',
      package: '@ai-sdk/amazon-bedrock',
      model: 'us.anthropic.claude-sonnet-4-20250514-v1:0',
      method: 'languageModel',
      timeoutMs: 120_000,
      options: { region: 'eu-west-1' },
    });
  });
});

describe('providerIdentity of the extractive provider', () => {
  it("carries a hash of tandem's own answering code, so an upgrade never serves an older answer", async () => {
    const dir = tempProject({
      'tandem.yaml': 'providers:\n  local:\n    type: extractive\n    maxSentences: 2\n',
    });
    const { config } = await loadConfig(dir);
    const identity = (await providerIdentity(config, dir, 'local')) as Record<string, unknown>;
    expect(identity).toMatchObject({ type: 'extractive', maxSentences: 2 });
    expect(identity.code).toMatch(/^[0-9a-f]{64}$/);
    // The same code gives the same key: answers are still cached between runs.
    expect(await providerIdentity(config, dir, 'local')).toEqual(identity);
  });
});
