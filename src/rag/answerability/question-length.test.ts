import { describe, expect, it } from 'vitest';
import { readableQuestion } from './question-length.js';

describe('a very long question', () => {
  it('is read by its opening and its end; a question of ordinary length whole', () => {
    const asked = 'how much is the internet stipend?';
    expect(readableQuestion(asked)).toBe(asked);
    const pasted = `${asked} ${'my data runs out. '.repeat(60_000)}can you check?`;
    const read = readableQuestion(pasted);
    expect(read.startsWith(asked)).toBe(true);
    expect(read.endsWith('can you check?')).toBe(true);
    expect(read.length).toBeLessThan(8100);
  });
});
