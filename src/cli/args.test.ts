import { describe, expect, it } from 'vitest';
import { parseVars } from './args.js';

describe('--var name=value pairs', () => {
  it('are read as an object, JSON values parsed', () => {
    expect(parseVars(['question=hi', 'tags=["a","b"]', 'sep= '])).toEqual({
      question: 'hi',
      tags: ['a', 'b'],
      sep: ' ',
    });
  });

  it('refuse an empty value and a name given twice, but not a name every object has', () => {
    expect(() => parseVars(['question='])).toThrow('--var question has an empty value');
    expect(() => parseVars(['q=a', 'q=b'])).toThrow('--var q is given twice');
    expect(parseVars(['toString=hi', 'constructor=x'])).toEqual({ toString: 'hi', constructor: 'x' });
  });
});
