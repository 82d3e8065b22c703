import { describe, expect, it } from 'vitest';
import { leansOnConversation, withConversation } from './follow-up.js';

describe('follow-ups', () => {
  it.each([
    'And the Single one?',
    'What about at Bellshill?',
    'Can I pause it?',
    'Why?',
    'How much?',
    'ok, and for nights?',
    'Is there a fee for that?',
  ])('%s leans on the question before it', (question) => {
    expect(leansOnConversation(question)).toBe(true);
  });

  it.each([
    'How do I reset my password?',
    'Which days are boxes delivered on?',
    'And how do I cancel my subscription to the weekly recipe box?',
    'What is the night premium at Doncaster?',
  ])('%s says what it is about', (question) => {
    expect(leansOnConversation(question)).toBe(false);
  });

  it('reads a follow-up after the question it follows, as context', () => {
    const earlier = ['How much does the Family plan cost?'];
    expect(withConversation('And the Single one?', earlier)).toBe(
      'How much does the Family plan cost. And the Single one?',
    );
    expect(withConversation('How do I reset my password?', earlier)).toBe('How do I reset my password?');
    expect(withConversation('And the Single one?', [])).toBe('And the Single one?');
  });

  it('goes back past a turn that said nothing of its own, and drops a "one" standing for a noun', () => {
    expect(withConversation('And the Single one?', ['How much does the Family plan cost?', 'Why?'])).toBe(
      'How much does the Family plan cost. Why. And the Single one?',
    );
    expect(
      withConversation('Can I pause it?', ['How much does the Family plan cost?', 'And the Single one?']),
    ).toBe('And the Single. Can I pause it?');
  });
});
