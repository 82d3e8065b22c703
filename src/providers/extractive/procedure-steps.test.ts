import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../core/index.js';
import { firstOfList } from './procedure-steps.js';

describe('where a procedure found by a later step begins', () => {
  it('goes back to step 1 when the steps before it are short and in order', () => {
    const sentences = splitSentences(
      'Step 1. Stop. Put on the hazard lights. Step 2. If anybody is hurt, call 102. Step 3. Call the desk.',
    );
    expect(firstOfList(sentences, sentences.indexOf('Step 2. If anybody is hurt, call 102.'))).toBe(0);
  });

  it('keeps the step that matched after numbered sections of prose, a break in the numbers, or past the steps quoted', () => {
    const prose = splitSentences(
      `1. Purpose. ${'This procedure sets out what we do. '.repeat(4)}2. Scope. ${'It covers all staff. '.repeat(4)}3. If you are hurt, call ext 222.`,
    );
    const hurt = prose.indexOf('3. If you are hurt, call ext 222.');
    expect(firstOfList(prose, hurt)).toBe(hurt);
    const gap = splitSentences('1. Sign in. 3. Open the form. 4. Submit it.');
    expect(firstOfList(gap, 2)).toBe(2);
    const long = splitSentences(
      Array.from({ length: 10 }, (_, i) => `${i + 1}. Do thing ${i + 1}.`).join(' '),
    );
    expect(firstOfList(long, 9)).toBe(9);
  });
});
