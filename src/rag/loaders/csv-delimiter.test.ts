import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from './csv-delimiter.js';

describe('the delimiter a CSV file uses, guessed from its first lines', () => {
  it.each([
    ['semicolons with decimal commas', 'code;rate_eur;notes\nHV-01;125,00;x\nHV-03;70,00;y\n', ';'],
    ['tabs beside a comma in a name', 'grade\tpay, monthly\nA\t1,200\n', '\t'],
    ['bars', 'a|b|c\n1|2|3\n', '|'],
    ['commas', 'type,rent\nFlat,92.10\n', ','],
    // The split that gives every line as many values as the header wins over more of another in the header.
    ['commas beside semicolons in a column name', 'item,notes (kg; m; l),price\nBoots,size 42,12\n', ','],
    ['a comma beside a semicolon in a name', 'code;rate, monthly, gross\nA;1\nB;2\n', ';'],
    // A stray semicolon in a note does not turn a semicolon file into a comma one.
    [
      'semicolons with a stray one in a note',
      'date;holiday;notes\n01/01;New Year;x\n25/02;Carnival;a; b\n',
      ';',
    ],
    ['a quoted semicolon in a comma file', 'item,"note; short"\nBoots,"size; 42"\n', ','],
    ['one column', 'question\nWhere is the canteen?\n', ','],
    ['nothing', '', ','],
  ])('%s', (_label, text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });

  it('reads the first lines only: a row far down that splits otherwise does not change the guess', () => {
    const text = `a;b\n${'1;2\n'.repeat(10)}x,y,z,w\n`;
    expect(sniffDelimiter(text)).toBe(';');
  });
});
