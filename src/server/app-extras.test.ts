import { describe, expect, it } from 'vitest';
import type { AppResult } from '../pipeline/index.js';
import { appExtras } from './app-from-conversation.js';

const result = (more: Partial<AppResult>) =>
  ({ traceId: 'tr_1', citations: [], guardrails: [], ...more }) as unknown as AppResult;

describe("an app's answer over HTTP (the tandem field)", () => {
  it('says the model declined, as the CLI does, beside a verdict that the passages cover the question', () => {
    const grounding = { grounded: true, reason: 'the best passage covers 100%', coverage: 1 };
    const declinedReason = 'no sentence of the passages answers it closely enough';
    expect(appExtras(result({ grounding, declined: true, declinedReason }))).toEqual({
      traceId: 'tr_1',
      citations: [],
      guardrails: [],
      grounding,
      declined: true,
      declinedReason,
    });
    expect(appExtras(result({ grounding }))).not.toHaveProperty('declined');
  });
});
