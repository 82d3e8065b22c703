import { describe, expect, it } from 'vitest';
import { useExtractiveApp } from '../../test/support/extractive-app.js';
import { asksAboutEarlierVersion } from '../rag/index.js';

// The current rates and the ones they replaced.
const docs = {
  'travel-rates.md': `---
title: Travel rates 2026
supersedes: travel-rates-2025.md
---
# Travel rates 2026

## Mileage

Cars are paid 48p per mile for business journeys.
`,
  'travel-rates-2025.md': `---
title: Travel rates 2025
status: superseded
---
# Travel rates 2025

## Mileage

Cars are paid 45p per mile for business journeys.
`,
};

const open = useExtractiveApp({ maxSentences: 2, k: 3 });

describe('a question about a version that no longer applies', () => {
  it('is answered from the superseded document, saying it no longer applies', async () => {
    const app = await open(docs);
    for (const question of [
      'What was the mileage rate for a car under the old policy?',
      'What was the mileage rate for a car in 2025?',
    ]) {
      const r = await app.run({ vars: { question } });
      expect(r.text).toContain('45p per mile');
      expect(r.text).toMatch(/^From a version that no longer applies:/);
      expect(r.text).not.toContain('48p');
    }
  });

  it('does not change a question about what applies now', async () => {
    const app = await open(docs);
    const r = await app.run({ vars: { question: 'What is the mileage rate for a car?' } });
    expect(r.text).toContain('48p per mile');
    expect(r.text).not.toContain('45p');
    expect(r.text).not.toContain('no longer applies');
  });

  it('is told by the words of an earlier version, or by the past tense with a year', () => {
    expect(asksAboutEarlierVersion('What did the previous policy say about carry-over?')).toBe(true);
    expect(asksAboutEarlierVersion('How much was the allowance before the change?')).toBe(true);
    expect(asksAboutEarlierVersion('What was the rate in 2025?')).toBe(true);
    expect(asksAboutEarlierVersion('What is the rate in 2026?')).toBe(false);
    expect(asksAboutEarlierVersion('My old laptop broke. Who do I call?')).toBe(false);
    expect(asksAboutEarlierVersion('I was off sick in 2025. Do I get a bonus?')).toBe(false);
  });
});
