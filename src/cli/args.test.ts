import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVars, parseVarsAndFiles } from './args.js';

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

describe('--var-file name=path pairs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-var-file-'));
  writeFileSync(join(dir, 'question.txt'), 'How many days of leave?\nAnd for part-timers?\n');
  writeFileSync(join(dir, 'history.json'), '[{"role":"user","content":"hi"}]\n');

  it("read a file's text as the value, JSON parsed, beside --var pairs", () => {
    expect(
      parseVarsAndFiles(['tone=formal'], ['question=question.txt', 'history=history.json'], dir),
    ).toEqual({
      tone: 'formal',
      question: 'How many days of leave?\nAnd for part-timers?',
      history: [{ role: 'user', content: 'hi' }],
    });
  });

  it('refuse a missing file, a pair without a path and a name given both ways', () => {
    expect(() => parseVarsAndFiles([], ['question=nope.txt'], dir)).toThrow(
      '--var-file question: cannot read nope.txt (no such file)',
    );
    expect(() => parseVarsAndFiles([], ['question='], dir)).toThrow('--var-file expects name=path');
    expect(() => parseVarsAndFiles(['question=hi'], ['question=question.txt'], dir)).toThrow(
      'question is given by both --var and --var-file',
    );
  });
});
