import { describe, expect, it } from 'vitest';
import { useExtractiveApp } from '../../test/support/extractive-app.js';

const docs = {
  'promo.md':
    '# Promo codes\n\nEnter a promo code under Settings, then Promotions. Only one promo code can be active at a time, and codes cannot be combined.\n',
  'delivery.md': '# Delivery days\n\nBoxes are delivered on Tuesday, Wednesday or Friday.\n',
};

const open = useExtractiveApp({ maxSentences: 2, k: 3 });

describe('a follow-up declined for a word the knowledge base never mentions', () => {
  it('is not rescued by the turn before it, whose words would outweigh that word', async () => {
    const app = await open(docs);
    const history = [
      { role: 'user' as const, content: 'Where do I enter a promo code?' },
      { role: 'assistant' as const, content: 'Enter a promo code under Settings, then Promotions. [1]' },
    ];
    const r = await app.run({ vars: { question: 'whats this months code?' }, history });
    expect(r.grounding).toMatchObject({ grounded: false, unknown: ['months'] });
    expect(r.text).toBe("I don't know.");
  });
});
