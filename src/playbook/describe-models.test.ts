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
});
