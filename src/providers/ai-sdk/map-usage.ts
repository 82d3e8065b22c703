import type { Usage } from '../../core/index.js';
import { usageOf } from '../usage-of.js';
import type { SpecUsage } from './spec.js';

type Count = number | { total?: number | undefined } | undefined;

/**
 * The specification's usage as ours: input and output totals (cached and reasoning tokens are inside them).
 * A count the provider did not report is 0.
 */
export function mapUsage(
  usage: SpecUsage | { inputTokens?: Count; outputTokens?: Count } | undefined,
): Usage {
  return usageOf(countOf(usage?.inputTokens), countOf(usage?.outputTokens));
}

// v3 and v4 nest the totals ({ total, … }); a plain number is read too, as older packages sent it.
function countOf(count: Count): number | undefined {
  return typeof count === 'number' ? count : (count?.total ?? undefined);
}
