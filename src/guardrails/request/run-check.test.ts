import { describe, expect, it } from 'vitest';
import { guardrailSchema } from '../../core/index.js';
import type { GuardDeps } from './guard-context.js';
import { runCheck } from './run-check.js';

const deps: GuardDeps = {
  root: '.',
  provider: async () => {
    throw new Error('the pii check calls no model');
  },
};

async function redacted(text: string, config: object) {
  const g = { name: 'pii', config: guardrailSchema.parse({ check: 'pii', action: 'redact', ...config }) };
  return (await runCheck(g, text, 'input', deps, { redactions: new Map() })).redacted ?? text;
}

describe('the pii check', () => {
  const text = 'Boston (617) 555-0163, Paris 06 12 34 56 78';

  it('reads national numbers in the default regions', async () => {
    expect(await redacted(text, {})).toBe('Boston [PHONE_1], Paris [PHONE_2]');
  });

  it('reads them only in the regions: it is given, or its country:', async () => {
    expect(await redacted(text, { regions: ['FR'] })).toBe('Boston (617) 555-0163, Paris [PHONE_1]');
    expect(await redacted(text, { country: 'US' })).toBe('Boston [PHONE_1], Paris 06 12 34 56 78');
  });

  it('finds only the kinds: it is given', async () => {
    expect(await redacted('ann@example.com, 06 12 34 56 78', { kinds: ['email'] })).toBe(
      '[EMAIL_1], 06 12 34 56 78',
    );
  });
});
