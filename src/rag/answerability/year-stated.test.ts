import { describe, expect, it } from 'vitest';
import { assessGrounding } from './assess.js';

const fund = [
  {
    title: 'Provident fund and gratuity rules',
    text: 'PROVIDENT FUND RULES · Ref: HR/PF/2028-04 · Effective: 01.07.2028. - Member: 10% of basic salary every month. - Profit is credited on 31 December at the rate declared by the Board of Trustees after the audit. The rate declared for 2027 was 9.25%.',
  },
];

describe('a year asked of', () => {
  it('is not answered by figures every passage about the topic gives for another year', () => {
    const asked = assessGrounding('What PF profit rate was declared for 2028?', fund);
    expect([asked.grounded, asked.reason]).toEqual([
      false,
      'the passages about "What PF profit rate was declared for 2028" give figures for 2027, not 2028',
    ]);
    expect(assessGrounding('What PF profit rate was declared for 2027?', fund).grounded).toBe(true);
  });

  it('is answered by a figure given for no year, and a day or a month of that year is no year asked alone', () => {
    const leave = [
      {
        text: 'Leave policy, 2028 edition. Annual leave: you get 20 days a year. Up to 5 days moved into 2027.',
      },
    ];
    expect(assessGrounding('How many days of annual leave do I get in 2028?', leave).grounded).toBe(true);
    const salary = [
      {
        text: 'Pay calendar 2028. Salaries are paid on the 25th. The January 2027 salary was paid on 24 January.',
      },
    ];
    expect(assessGrounding('When is the salary for March 2028 paid?', salary).grounded).toBe(true);
    // A figure from a day of an earlier year holds on, and a question whether it still does is no look-up.
    const rates = [{ text: 'Pay guide 2028. Hourly rates from 1 April 2026 · Grade: TM2 · York: £13.45' }];
    expect(assessGrounding('What is the TM2 hourly rate at York in 2028?', rates).grounded).toBe(true);
    expect(assessGrounding('Is the TM2 hourly rate at York still the same in 2028?', rates).grounded).toBe(
      true,
    );
  });
});
