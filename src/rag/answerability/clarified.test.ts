import { describe, expect, it } from 'vitest';
import { growthOf } from '../../../test/support/growth.js';
import type { Message } from '../../core/index.js';
import { asReplyToClarification, readingsOfReply } from './clarified.js';

const chat = (...turns: string[]): Message[] =>
  turns.map((content, i) => ({ role: i % 2 ? 'assistant' : 'user', content }) as Message);

describe('a reply to the assistant asking back', () => {
  const paying = chat(
    "I've got a question about paying for my boxes.",
    "Sure — is it about which payment methods we accept, or about when you're charged?",
  );

  it('picks an option by its place, read after the turn that asked', () => {
    expect(asReplyToClarification('The second one.', paying)).toBe(
      "I've got a question about paying for my boxes. when you're charged?",
    );
    expect(readingsOfReply('the first', paying)).toEqual([
      "I've got a question about paying for my boxes. which payment methods we accept?",
      'which payment methods we accept?',
    ]);
  });

  it('picks an option by a word it shares, and both when asked', () => {
    const history = chat(
      'We will be away.',
      'Do you want to pause your subscription, or skip particular weeks?',
    );
    expect(asReplyToClarification('Skipping weeks', history)).toBe('We will be away. skip particular weeks?');
    expect(asReplyToClarification('Both, please.', history)).toBe(
      'We will be away. to pause your subscription and skip particular weeks?',
    );
  });

  it('takes what a yes accepts, and asks the question the reply goes on to ask', () => {
    const history = chat(
      'Can I follow the recipes on my phone while I cook?',
      'Yes, cooking mode shows each step [1]. Would you like to know which phones it runs on?',
    );
    expect(asReplyToClarification('Yes please', history)).toBe(
      'Can I follow the recipes on my phone while I cook. which phones it runs on?',
    );
    expect(asReplyToClarification('Yes — does it work on tablets too?', history)).toBe(
      'Can I follow the recipes on my phone while I cook. which phones it runs on. does it work on tablets too?',
    );
  });

  it('reads an answer to an open question after the turn that asked, without the question', () => {
    const history = chat(
      "We're moving abroad next month — can we keep our boxes?",
      "That depends on where you're going. Which country are you moving to?",
    );
    expect(asReplyToClarification('Belgium, just outside Ghent.', history)).toBe(
      "We're moving abroad next month — can we keep our boxes. Belgium, just outside Ghent.",
    );
  });

  it('goes back to the turn an offer to return names, not the turn just before', () => {
    const history = chat(
      'My box was warm when I opened it today.',
      'Sorry to hear that. Did you report it?',
      'Not yet. Also, what do I do with the ice packs?',
      'Empty them into the sink [1]. Shall I go back to the warm box?',
    );
    expect(asReplyToClarification('Please — what will I get for it?', history)).toBe(
      'My box was warm when I opened it today. the warm box. what will I get for it?',
    );
  });

  it('a no asks nothing, or asks without the option it refuses', () => {
    const meant = chat('How much is the plan?', 'Did you mean the Family plan?');
    expect(readingsOfReply('Nope', meant)).toEqual([]);
    expect(asReplyToClarification('No, the one for two people', meant)).toBe(
      'How much is the plan. the one for two people',
    );
    const offered = chat(
      'What does the Single plan cost?',
      '32 EUR per week [1]. Would you like to compare it with the Family plan?',
    );
    expect(readingsOfReply('No thanks.', offered)).toEqual([]);
  });

  it('a question of its own is read as it is, whatever the assistant asked', () => {
    for (const reply of [
      'How do I skip a week?',
      'No thanks — how do I delete my account?',
      'Nope. Which countries can I get boxes in?',
      'Write me a poem about cats.',
      'Sure, write me a short essay about the French revolution.',
      'Yes, which wine goes best with the risotto?',
    ])
      expect([reply, readingsOfReply(reply, paying)]).toEqual([reply, []]);
    // A question that closes an answer asks for nothing in particular.
    for (const closing of ['Anything else?', 'Did that help?', 'Is there anything else I can help with?'])
      expect(
        readingsOfReply('The second one.', chat('Hi', `Change it under Settings [1]. ${closing}`)),
      ).toEqual([]);
  });

  it('an opener must stand alone: "The first box", "No box" and "Last week" pick nothing', () => {
    const history = chat('I want to stop my plan.', 'Do you want to pause your plan, or cancel for good?');
    for (const reply of [
      'The first box was warm.',
      'No box arrived this week though.',
      'Last week my box never came.',
    ])
      expect(asReplyToClarification(reply, history) ?? '').not.toMatch(/pause your plan\?|cancel for good\?/);
  });

  it('a clause set off by commas is part of its option; a list is split', () => {
    const invoice = chat('Hi', 'Is it about your invoice, which you got yesterday, or about a refund?');
    expect(asReplyToClarification('The second one.', invoice)).toBe('Hi. a refund?');
    const list = chat('Hi', 'Is it about delivery, billing or the app?');
    expect(asReplyToClarification('The third one.', list)).toBe('Hi. the app?');
    const which = chat('Hi', 'I can help with pausing or cancelling. Which one would you like?');
    expect(asReplyToClarification('The second one.', which)).toBe('Hi. cancelling?');
  });

  it('reads a long assistant turn by its end, in linear time', () => {
    const history = (n: number) =>
      chat('How do I pause my plan?', `x${' '.repeat(n)}Pause or cancel — which would help?`);
    expect(asReplyToClarification('The second one.', history(200_000))).toBe(
      'How do I pause my plan. cancel?',
    );
    // Four times the turn takes about four times as long, not sixteen (a ratio of two runs side by side, so a loaded
    // machine slows both alike). Only the turn's last 600 characters are read: what grows is making the turn.
    expect(growthOf((n) => asReplyToClarification('The second one.', history(n)), 3_000_000)).toBeLessThan(9);
  });
});
