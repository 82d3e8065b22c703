import type { Usage } from '../../core/index.js';
import { usageOf } from '../usage-of.js';

/** Chat Completions `usage` to ours; missing counts (or no usage at all) are 0. */
export function mapOpenAIUsage(
  usage: { prompt_tokens?: number; completion_tokens?: number } | null | undefined,
): Usage {
  return usageOf(usage?.prompt_tokens ?? 0, usage?.completion_tokens ?? 0);
}
