import { describe, expect, it } from 'vitest';
import { useExtractiveApp } from '../../test/support/extractive-app.js';

const open = useExtractiveApp({ maxSentences: 1, k: 3 });
const docs = {
  'plans.md':
    '# Plans\n\n## Classic plan\n\nThe Classic plan costs 54 EUR per week.\n\n## Family plan\n\nThe Family plan costs 89 EUR per week.\n',
  'areas.md': '# Where we deliver\n\nWe deliver in Amsterdam and Utrecht, but not in Amersfoort.\n',
};

describe('a question whose asker corrects themselves', () => {
  it('is answered for what they meant, not for the words they took back', async () => {
    const app = await open(docs);
    const r = await app.run({
      vars: { question: 'How much is the Family plan — sorry, I mean the Classic plan — per week?' },
    });
    expect(r.text).toContain('54 EUR');
    expect(r.text).not.toContain('89 EUR');
    // The verdict shows the question as it was read.
    expect(r.grounding?.question).toBe('How much is the Classic plan — per week?');
  });
});
