import type { Usage } from '../core/index.js';

/** Usage from input and output token counts (missing counts are 0); the total is their sum. */
export function usageOf(inputTokens = 0, outputTokens = 0): Usage {
  return { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens };
}
