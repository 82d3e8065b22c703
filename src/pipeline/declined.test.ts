import { describe, expect, it } from 'vitest';
import { useExtractiveApp } from '../../test/support/extractive-app.js';

const open = useExtractiveApp({ maxSentences: 2, k: 2 });
const docs = {
  'payments.md':
    '# Payments\n\nWe accept Visa, Mastercard and American Express cards. Annual plans can also be paid by bank transfer.\n',
  'plans.md': '# Plans\n\nThe Team plan costs 8 USD per user per month.\n',
};

describe('an answer the offline answerer could not give', () => {
  it('is marked declined on the result, though the verdict before it said the passages cover the rest', async () => {
    const app = await open(docs);
    const r = await app.run({ vars: { question: 'Can I pay with PayPal?' } });
    expect(r.text).toBe("I don't know.");
    // "PayPal" is a name the base never mentions: a wider rule might cover it, so the verdict stays grounded.
    expect(r.grounding).toMatchObject({ grounded: true, unknown: ['PayPal'] });
    expect(r.declined).toBe(true);
    // It says why, beside a verdict that the passages cover the question.
    expect(r.declinedReason).toBe('no sentence of the passages answers it closely enough');
    const declined = await app.run({ vars: { question: 'What is the dental plan?' } });
    expect(declined).toMatchObject({ declined: true, grounding: { grounded: false } });
    expect(declined.declinedReason).toBe(declined.grounding!.reason);
    const answered = await app.run({ vars: { question: 'How much does the Team plan cost?' } });
    expect(answered.declined).toBeUndefined();
    expect(answered.declinedReason).toBeUndefined();
  });

  it('answers the first part and leaves unanswered a later part about what the base never mentions', async () => {
    const app = await open({
      ...docs,
      'gift-cards.md': '# Gift cards\n\nGift cards are valid for three years from the day they are bought.\n',
    });
    const r = await app.run({
      vars: { question: 'How long is a gift card valid? And can I add a handwritten note to it?' },
    });
    expect(r.grounding).toMatchObject({
      grounded: true,
      unanswered: ['And can I add a handwritten note to it?'],
    });
    expect(r.text).toContain('valid for three years');
    expect(r.declined).toBeUndefined();
  });
});
