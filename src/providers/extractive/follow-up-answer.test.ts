import { describe, expect, it } from 'vitest';
import { createExtractiveProvider } from './extractive-provider.js';

const provider = createExtractiveProvider({
  id: 'local',
  maxSentences: 3,
  minScore: 0.15,
  minTerms: 2,
  fallbackText: "I don't know.",
});

const FEES = [
  '[1] Delivery fees · Country: Netherlands · Delivery fee: free',
  '[2] Delivery fees · Country: Belgium · Delivery fee: free',
  '[3] Delivery fees · Country: Luxembourg · Delivery fee: 2.99 EUR',
];
const PLANS = [
  '[1] The Family plan has four recipes a week and costs 89 EUR per week, including delivery.',
  '[2] The Single plan costs 32 EUR per week.',
  '[3] We do not offer a fully vegan plan.',
  '[4] Delivery is free in the Netherlands.',
];

/** The answer to `followUp`, as the app reads it after `before` (its verdict's `question`), from `facts`. */
async function answer(facts: string[], before: string, followUp: string): Promise<string> {
  const res = await provider.generate({
    messages: [
      { role: 'system', content: `Answer from the facts.\n\n${facts.join('\n')}` },
      { role: 'user', content: followUp },
    ],
    grounding: { grounded: true, reason: '', coverage: 1, question: `${before} ${followUp}` },
  });
  return res.text;
}

describe('a property asked of the thing before ("Is it free?")', () => {
  it('is answered by that thing, not by the rows that say the word for other things', async () => {
    const text = await answer(FEES, 'How much is delivery to Luxembourg.', 'Is it free?');
    expect(text).toBe('Delivery fees · Country: Luxembourg · Delivery fee: 2.99 EUR [1]');
  });

  it('goes by the most particular name asked about, not one every passage shares', async () => {
    const facts = FEES.map((f) => f.replace('Delivery fees', 'Fernway delivery fees'));
    const text = await answer(facts, 'What does Fernway charge for delivery to Luxembourg.', 'Is it free?');
    expect(text).toBe('Fernway delivery fees · Country: Luxembourg · Delivery fee: 2.99 EUR [1]');
  });

  it("a value asked for is the thing's own value; a word another passage says is answered there", async () => {
    const before = 'How much does the Family plan cost.';
    expect(await answer(PLANS, before, 'Is it free?')).toBe(
      'The Family plan has four recipes a week and costs 89 EUR per week, including delivery. [1]',
    );
    expect(await answer(PLANS, before, 'Is it vegan?')).toBe('We do not offer a fully vegan plan. [1]');
  });

  it('"is there an expiry date on it?" asks the same of the thing before', async () => {
    const facts = [
      '[1] Fernway gift cards are sold in amounts of 50 and 100 EUR and are valid for three years.',
      '[2] Promo codes expire on the date printed with them.',
    ];
    const text = await answer(facts, 'How do I use my gift card.', 'is there an expiry date on it?');
    expect(text).toContain('valid for three years');
    expect(text).not.toContain('Promo codes');
  });

  it('asks of the thing the latest turn named, not one named before it', async () => {
    const text = await answer(PLANS, 'How much does the Family plan cost. And the Single.', 'Is that free?');
    expect(text).toBe('The Single plan costs 32 EUR per week. [1]');
  });
});

describe('a follow-up that names something new', () => {
  it('is answered by the sentence that says its words, not the one the question before was answered with', async () => {
    const text = await answer(PLANS, 'How much does the Family plan cost.', 'And the Single one?');
    expect(text).toBe('The Single plan costs 32 EUR per week. [1]');
  });

  it('a number it asks for ("and for two people?") is answered by the sentence that says it', async () => {
    const facts = [
      '[1] The Classic plan is for two people and costs 54 EUR per week.',
      '[2] The Family plan is for four people and costs 89 EUR per week.',
    ];
    const text = await answer(facts, 'How much is the Family plan.', 'and for two people?');
    expect(text).toBe('The Classic plan is for two people and costs 54 EUR per week. [1]');
  });
});

describe('"does it expire?" after a gift card', () => {
  it("is answered from the gift card's passage, not by another thing that expires", async () => {
    const facts = [
      '[1] Gift cards are sold in amounts of 50 and 100 EUR and are valid for three years. To redeem a gift card, enter its code under Settings.',
      '[2] The confirmation link expires after 24 hours.',
    ];
    const text = await answer(facts, 'How do I redeem a gift card.', 'does it expire?');
    // What the passage about gift cards says, as far as the sentences chosen for it go.
    expect(text).toMatch(/^(?:Gift cards|To redeem a gift card)/);
    expect(text).not.toContain('confirmation link');
  });
});
