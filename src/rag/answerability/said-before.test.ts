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
