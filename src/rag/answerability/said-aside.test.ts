import { describe, expect, it } from 'vitest';
import { saidAside } from './said-aside.js';

describe('saidAside', () => {
  it('reads a measure that points back as said beside the question', () => {
    const aside = saidAside('Is there a fee for a cash-in of that size?');
    expect([...aside]).toEqual(['size']);
  });

  it('reads a length of time and the asker’s family as said aside', () => {
    const aside = saidAside('Can I pause my box for a month while my mum visits?');
    expect([...aside].sort()).toEqual(['month', 'mum']);
  });

  it('keeps what is asked about: a size asked for is not aside', () => {
    expect(saidAside('What size are the boxes?').size).toBe(0);
  });
});
