import { describe, expect, it } from 'vitest';
import type { Message } from '../../core/index.js';
import { asReplyToClarification } from './clarified.js';

const chat = (...turns: string[]): Message[] =>
  turns.map((content, i) => ({ role: i % 2 ? 'assistant' : 'user', content }) as Message);

describe('a reply to the assistant asking back', () => {
  it('picks an option by its place, read after the turn that asked', () => {
    const history = chat(
      "I've got a question about paying for my boxes.",
      "Sure — is it about which payment methods we accept, or about when you're charged?",
    );
    expect(asReplyToClarification('The second one.', history)).toBe(
      "I've got a question about paying for my boxes. when you're charged?",
    );
    expect(asReplyToClarification('the first', history)).toBe(
      "I've got a question about paying for my boxes. which payment methods we accept?",
    );
  });

  it('picks an option by a word it shares, and both when asked', () => {
    const history = chat(
      'We will be away.',
      'Do you want to pause your subscription, or skip particular weeks?',
    );
    expect(asReplyToClarification('Skipping weeks, I think', history)).toContain('skip particular weeks?');
    expect(asReplyToClarification('Both, please.', history)).toContain(
      'to pause your subscription and skip particular weeks?',
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

  it('reads a question of its own after a declined offer alone', () => {
    const history = chat(
      'What does the Single plan cost?',
      '32 EUR per week [1]. Would you like to compare it with the other plans?',
    );
    expect(asReplyToClarification('Not really — how do I delete my account?', history)).toBe(
      'how do I delete my account?',
    );
    expect(asReplyToClarification('No thanks.', history)).toBeUndefined();
  });

  it('reads an answer to an open question after the question it answers', () => {
    const history = chat(
      "We're moving abroad next month — can we keep our boxes?",
      "That depends on where you're going. Which country are you moving to?",
    );
    expect(asReplyToClarification('Belgium, just outside Ghent.', history)).toBe(
      "We're moving abroad next month — can we keep our boxes. Belgium, just outside Ghent. Which country are you moving to?",
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

  it('leaves a message alone when the assistant asked nothing, or the message says what it asks', () => {
    expect(
      asReplyToClarification('The second one.', chat('Hi', 'Fernway delivers on Tuesdays [1].')),
    ).toBeUndefined();
    expect(asReplyToClarification('The second one.', [])).toBeUndefined();
    const asked = chat('Hi', 'Which plan are you on?');
    expect(
      asReplyToClarification(
        'Separate question: how long is a password reset link valid for these days?',
        asked,
      ),
    ).toBeUndefined();
    expect(
      asReplyToClarification(
        'I would like to know how long the password reset link stays valid after it is sent to me by e-mail',
        asked,
      ),
    ).toBeUndefined();
  });
});
