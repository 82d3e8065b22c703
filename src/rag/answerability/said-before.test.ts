import { describe, expect, it } from 'vitest';
import type { Message } from '../../core/index.js';
import { afterPreamble, refersToAnswer, withoutPointersToAnswer } from './said-before.js';

const exchange = (assistant: string, user = 'Can the driver leave my box somewhere?'): Message[] => [
  { role: 'user', content: user },
  { role: 'assistant', content: assistant },
];

describe("a message that points at the assistant's words", () => {
  const safePlace = exchange(
    'Yes, the driver can leave it with a neighbour or in a safe place you name [1].',
  );

  it('keeps what the assistant named and drops the words that point at it', () => {
    expect(withoutPointersToAnswer('could the safe place you mentioned be a parcel locker?', safePlace)).toBe(
      'could the safe place be a parcel locker?',
    );
    expect(withoutPointersToAnswer('and if the neighbour you just mentioned is out?', safePlace)).toBe(
      'and if the neighbour is out?',
    );
    // A "one" standing for a thing stays with it.
    const texts = exchange('Delivery text messages cannot be turned off [1].', 'Can I stop the texts?');
    expect(withoutPointersToAnswer('why are the delivery ones you mentioned the exception?', texts)).toBe(
      'why are the delivery ones the exception?',
    );
  });

  it('a pointing word the assistant never said, or what it described, is "that"', () => {
    const promo = exchange('Enter it under Settings, then Promotions [1].', 'Where do I put a promo code?');
    expect(withoutPointersToAnswer('will the spot you mentioned take an old code?', promo)).toBe(
      'will that take an old code?',
    );
    expect(withoutPointersToAnswer('is there a fee for doing what you just described?', promo)).toBe(
      'is there a fee for doing that?',
    );
    expect(withoutPointersToAnswer('how much is the one you just described per week?', promo)).toBe(
      'how much is that per week?',
    );
  });

  it('an item picked from the list the assistant gave is that item', () => {
    const methods = exchange(
      'No — besides Visa, Mastercard and American Express, Fernway accepts PayPal and SEPA direct debit [1].',
      'Do I have to use a credit card?',
    );
    expect(withoutPointersToAnswer('the last one you named — when is it charged?', methods)).toBe(
      'SEPA direct debit — when is it charged?',
    );
    expect(withoutPointersToAnswer('and the second one you listed?', methods)).toBe('and Mastercard?');
    // No list to pick from: it points at what the assistant said, as "that" does.
    const days = exchange('Boxes are delivered on Tuesdays [1].', 'When do boxes come?');
    expect(withoutPointersToAnswer('the last one you named?', days)).toBe('that?');
  });

  it('a clause that goes on after "you said" says what was meant: only "you said" goes', () => {
    const app = exchange('Download it from the App Store or Google Play [1].', 'Where do I get the app?');
    expect(withoutPointersToAnswer('is the version you said is on the App Store for iPad?', app)).toBe(
      'is the version is on the App Store for iPad?',
    );
  });

  it('keeps the things named beside a verb of handing over, and only drops the words that point', () => {
    const promo = exchange('Enter it under Settings, then Promotions [1].', 'Where do I put a promo code?');
    expect(withoutPointersToAnswer('the promo code you gave me is not accepted', promo)).toBe(
      'the promo code is not accepted',
    );
    expect(withoutPointersToAnswer('that page you sent me to has no VAT field', promo)).toBe(
      'that page has no VAT field',
    );
    expect(withoutPointersToAnswer('the link you sent me has a broken image', promo)).toBe(
      'the link has a broken image',
    );
    // Said of what the company did, not of the assistant's words.
    expect(refersToAnswer('you sent the wrong box')).toBe(false);
    expect(refersToAnswer('you gave me a refund last week, where is it?')).toBe(false);
  });

  it('picks an item only from a real list: bullets, or a sentence of three items or more', () => {
    const bullets = exchange(
      'You can pay with:\n- Visa [1]\n- PayPal: charged on delivery [1]\n- SEPA direct debit [2]',
    );
    expect(withoutPointersToAnswer('the second one you listed?', bullets)).toBe('PayPal?');
    const negation = exchange('We do not accept cash or cheques [1].', 'Can I pay cash?');
    expect(withoutPointersToAnswer('the first one you mentioned?', negation)).toBe('that?');
    const path = exchange('Go to Settings, then Plan [1].', 'Where do I change plan?');
    expect(withoutPointersToAnswer('the last one you mentioned?', path)).toBe('that?');
    // "First you said…" picks nothing.
    const methods = exchange('We take Visa, Mastercard and PayPal [1].', 'How can I pay?');
    expect(withoutPointersToAnswer('First you said Visa, is Amex ok?', methods)).toBe(
      'First you said Visa, is Amex ok?',
    );
  });

  it('after a review: two offered items, a thing or step picked, the noun a pointing word heads, no box picked', () => {
    const two = exchange('You can pay with PayPal or SEPA direct debit [1].', 'How can I pay?');
    expect(withoutPointersToAnswer('the second one you mentioned — when is it charged?', two)).toBe(
      'SEPA direct debit — when is it charged?',
    );
    const box = exchange('Each box has recipes, fresh ingredients, and ice packs [1].', "What's in a box?");
    expect(withoutPointersToAnswer('the third thing you listed, can I recycle them?', box)).toBe(
      'ice packs, can I recycle them?',
    );
    const plans = exchange('Our plans:\n- **Single**\n- Duo\n- Family', 'Which plans are there?');
    expect(withoutPointersToAnswer('the first one you listed?', plans)).toBe('Single?');
    // What the company sent is a box, not an item of the list.
    expect(withoutPointersToAnswer('the last one you sent me arrived warm, what do I do?', plans)).toBe(
      'that arrived warm, what do I do?',
    );
    const help = exchange(
      'Call us on 0800 123 or use the tracking link in your e-mail [1].',
      'Where is my box?',
    );
    expect(withoutPointersToAnswer('the phone number you gave me, is it free to call?', help)).toBe(
      'the phone number, is it free to call?',
    );
    const deal = exchange('New accounts start with a box at half price [1].', 'Any deals?');
    expect(withoutPointersToAnswer('the new-account deal you mentioned — can I get two?', deal)).toBe(
      'the new-account — can I get two?',
    );
  });

  it('reads a long message in time proportional to its length', () => {
    const long = `the spot you mentioned${'\n'.repeat(200_000)} you said is it?`;
    const started = process.cpuUsage();
    withoutPointersToAnswer(long, safePlace);
    afterPreamble(long);
    const { user } = process.cpuUsage(started);
    // Linear reading takes milliseconds; the quadratic one took tens of seconds.
    expect(user / 1e6).toBeLessThan(2);
  });

  it('changes nothing without a reference, or without an assistant turn to point at', () => {
    expect(withoutPointersToAnswer('could the safe place be a locker?', safePlace)).toBe(
      'could the safe place be a locker?',
    );
    expect(withoutPointersToAnswer('the spot you mentioned?', [])).toBe('the spot you mentioned?');
  });

  it('tells a reference to the answer, and a preamble that only names what was said', () => {
    expect(refersToAnswer('so after the step you described, when does it kick in?')).toBe(true);
    expect(refersToAnswer('what did you mean by pausing?')).toBe(true);
    expect(refersToAnswer('you can pause it for 8 weeks?')).toBe(false);
    expect(afterPreamble('thanks. since you said Settings — where do I switch on two-step login?')).toBe(
      'where do I switch on two-step login?',
    );
    expect(afterPreamble('ok. you mentioned codes, is Amex accepted?')).toBe('is Amex accepted?');
    expect(afterPreamble('the safe place you mentioned — is a locker ok?')).toBeUndefined();
  });

  it('reads a long message in linear time', () => {
    const long = `${'the '.repeat(50_000)}thing you mentioned ${'a'.repeat(100_000)}`;
    const started = process.cpuUsage();
    withoutPointersToAnswer(long, safePlace);
    afterPreamble(long);
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(2000);
  });
});
