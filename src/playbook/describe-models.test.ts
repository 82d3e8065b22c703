import { describe, expect, it } from 'vitest';
import { tempProject } from '../../test/support/temp-project.js';
import { loadConfig } from '../core/index.js';
import { describeModels } from './describe-models.js';

const config = async () =>
  (
    await loadConfig(
      tempProject({
        'tandem.yaml': `
providers:
  openai: { type: openai, model: gpt-4o-mini, apiKey: sk-x }
  vllm: { type: openai, model: qwen2.5-7b, baseUrl: http://gpu-box.internal:8000/v1 }
  claude: { type: anthropic, model: claude-sonnet-4-6, apiKey: sk-ant }
  local: { type: extractive }
routes:
  cheap: { strategy: cost, targets: [{ provider: openai, model: gpt-4o }, inner, claude] }
  inner: { targets: [vllm, local] }
`,
      }),
    )
  ).config;

describe('which models answer, in words', () => {
  it('flattens nested routes into providers with the host each sends data to', async () => {
    expect(describeModels(await config(), 'cheap')).toEqual({
      name: 'cheap',
      strategy: 'the cheapest goes first; when it fails the next cheapest answers',
      providers: [
        {
          name: 'openai',
          type: 'openai',
          what: 'OpenAI-compatible API',
          model: 'gpt-4o',
          sendsTo: 'api.openai.com',
        },
        {
          name: 'vllm',
          type: 'openai',
          what: 'OpenAI-compatible API',
          model: 'qwen2.5-7b',
          sendsTo: 'gpu-box.internal:8000',
        },
        {
          name: 'local',
          type: 'extractive',
          what: 'no model: sentences picked from the retrieved passages, on this machine',
        },
        {
          name: 'claude',
          type: 'anthropic',
          what: 'Anthropic API',
          model: 'claude-sonnet-4-6',
          sendsTo: 'api.anthropic.com',
        },
      ],
    });
  });

  it('reads a provider/model reference and says when nothing is configured', async () => {
    const cfg = await config();
    expect(describeModels(cfg, 'openai/gpt-4.1').providers).toEqual([
      {
        name: 'openai',
        type: 'openai',
        what: 'OpenAI-compatible API',
        model: 'gpt-4.1',
        sendsTo: 'api.openai.com',
      },
    ]);
    expect(describeModels(cfg, undefined)).toEqual({ providers: [] });
  });

  it('names an ai-sdk provider by its package and the host it sends to', async () => {
    const cfg = (
      await loadConfig(
        tempProject({
          'tandem.yaml': `
providers:
  gemini: { type: ai-sdk, package: "@ai-sdk/google", model: gemini-2.5-flash }
  azure: { type: ai-sdk, package: "@ai-sdk/azure", model: my-gpt, options: { resourceName: contoso } }
  proxy: { type: ai-sdk, package: "@ai-sdk/mistral", model: mistral-small, options: { baseURL: "https://llm.internal/v1" } }
routes:
  all: { targets: [gemini, azure, proxy] }
`,
        }),
      )
    ).config;
    expect(describeModels(cfg, 'all').providers).toEqual([
      {
        name: 'gemini',
        type: 'ai-sdk',
        what: '@ai-sdk/google (through the AI SDK)',
        model: 'gemini-2.5-flash',
        sendsTo: 'generativelanguage.googleapis.com',
      },
      {
        name: 'azure',
        type: 'ai-sdk',
        what: '@ai-sdk/azure (through the AI SDK)',
        model: 'my-gpt',
        sendsTo: 'contoso.openai.azure.com',
      },
      {
        name: 'proxy',
        type: 'ai-sdk',
        what: '@ai-sdk/mistral (through the AI SDK)',
        model: 'mistral-small',
        sendsTo: 'llm.internal',
      },
    ]);
  });
});
