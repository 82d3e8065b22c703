import { describe, expect, it } from 'vitest';
import { withSelfCorrections } from './self-correction.js';

describe('withSelfCorrections', () => {
  it('replaces the words taken back from the word the correction repeats', () => {
    expect(
      withSelfCorrections(
        'We have just moved from Utrecht to Amersfoort — sorry, to Amsterdam — and I need to put the new address in.',
      ),
    ).toBe('We have just moved from Utrecht to Amsterdam — and I need to put the new address in.');
    expect(
      withSelfCorrections(
        'Is there a way to have it in English instead of Dutch — sorry, I mean to switch it to French?',
      ),
    ).toBe('Is there a way to switch it to French?');
  });

  it('aligns on the second word when the first is new', () => {
    expect(
      withSelfCorrections("it's me and three teenagers — sorry, two teenagers and their dad, so four of us."),
    ).toBe("it's me and two teenagers and their dad, so four of us.");
  });

  it('replaces the last word when the correction repeats none', () => {
    expect(withSelfCorrections('How much is the Family, I mean Classic plan?')).toBe(
      'How much is the Classic plan?',
    );
  });

  it('never reaches back past the sentence the correction is in', () => {
    expect(withSelfCorrections('I love the app. Where is the invoice — sorry, the receipt?')).toBe(
      'I love the app. Where is the receipt?',
    );
  });

  it('leaves apologies and a sorry that opens the message alone', () => {
    for (const text of [
      'Sorry, going back to my partner: how many recipes can she eat?',
      'Thanks, sorry for the trouble. How long does a refund take?',
      'My box is late, sorry to bother you. Where is it?',
      'Sorry if this is silly, but can I skip a week?',
    ])
      expect(withSelfCorrections(text)).toBe(text);
  });

  it('reads a long message in linear time', () => {
    const started = performance.now();
    withSelfCorrections(`the plan${' '.repeat(40_000)}, sorry,${' '.repeat(40_000)}x`);
    withSelfCorrections(`a — sorry, ${'b '.repeat(40_000)}`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
