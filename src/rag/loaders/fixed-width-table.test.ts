import { describe, expect, it } from 'vitest';
import { withPipeTables } from './fixed-width-table.js';
import { parsePlainText } from './load-plain-text.js';

const rowsOf = (text: string) =>
  parsePlainText(text)
    .blocks.flatMap((b) => b.text.split('\n'))
    .filter((l) => l.includes(' · '));

describe('a table laid out in columns in plain text', () => {
  it('becomes rows that keep their column headers and the heading above the table', () => {
    const text = [
      '5. PENALTIES',
      '',
      '   OFFENSE                                   1ST                     2ND',
      '   ----------------------------------------  ----------------------  ----------------------',
      '   Phone or smartwatch on production floor   Written warning         Final written warning',
      '   Sharing your password                     Final written warning   Dismissal',
      '',
      '5.1 Copying customer data may also lead to a criminal complaint.',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      '5. PENALTIES · OFFENSE: Phone or smartwatch on production floor · 1ST: Written warning · 2ND: Final written warning',
      '5. PENALTIES · OFFENSE: Sharing your password · 1ST: Final written warning · 2ND: Dismissal',
    ]);
    expect(
      parsePlainText(text)
        .blocks.map((b) => b.text)
        .join('\n'),
    ).toContain('criminal complaint');
  });

  it('joins header lines over one column, a wrapped cell to its row, and stops at a closing rule', () => {
    const text = [
      '                          Paid by     Paid from',
      '   Category               31 July     1 August',
      '   --------------------   ---------   ---------',
      '   Standard dog           $138.00     $207.00',
      '   Working dog - first    $46.00      $69.00',
      '     dog on the farm',
      '   --------------------   ---------   ---------',
      'Fees are due every year.',
    ].join('\n');
    const lines = withPipeTables(text.split('\n'));
    expect(lines).toContain('| Category | Paid by 31 July | Paid from 1 August |');
    expect(lines).toContain('| Working dog - first dog on the farm | $46.00 | $69.00 |');
    expect(lines.at(-1)).toBe('Fees are due every year.');
  });

  it('a heading over a group of columns heads each of them; dot leaders are no part of a cell', () => {
    const text = [
      '   Allowance                  Rotational crews      Day crews',
      '                              Ratings   Officers    Ratings   Officers',
      '   -------------------------  -------   --------    -------   --------',
      '   Standby, per night .....   £26.00    £31.00      £22.00    £27.50',
    ].join('\n');
    expect(withPipeTables(text.split('\n'))).toEqual([
      '',
      '| Allowance | Rotational crews Ratings | Rotational crews Officers | Day crews Ratings | Day crews Officers |',
      '| --- | --- | --- | --- | --- |',
      '| Standby, per night | £26.00 | £31.00 | £22.00 | £27.50 |',
      '',
    ]);
  });

  it("carries a group's first cell down, keeps a line introducing the table, and reads wide cells and tabs", () => {
    const table = (text: string) => withPipeTables(text.split('\n')).filter((l) => l.startsWith('|'));
    expect(
      table(
        'Shift        Day         Rate\n-----------  ----------  -------\nNight        Weekday     $20.00\n             Weekend     $25.00',
      ),
    ).toContain('| Night | Weekend | $25.00 |');
    const introduced = withPipeTables(
      'Penalties are below:\nOFFENSE      1ST\n----------   ------\nLate         Warning'.split('\n'),
    );
    expect(introduced[0]).toBe('Penalties are below:');
    expect(introduced).toContain('| OFFENSE | 1ST |');
    expect(table('Item   Price\n----   -----\nStandard laptop bag with shoulder strap   $45.00')).toContain(
      '| Standard laptop bag with shoulder strap | $45.00 |',
    );
    expect(
      table('Absence\tFirst\tSecond\n-------\t-----\t------\nAbsence without leave\tWarning\tFinal'),
    ).toEqual([
      '| Absence | First | Second |',
      '| --- | --- | --- |',
      '| Absence without leave | Warning | Final |',
    ]);
  });

  it("reads one rule of dashes across the table by its header's cells, when the rows have as many", () => {
    const text = [
      'Loan                  Amount up to      Interest          Repay in',
      '------------------------------------------------------------------',
      'Emergency loan        Rs. 1,50,000      Interest free     12 EMIs',
      'Two-wheeler loan      INR 60,000        6% a year         24 EMIs',
      'An emergency loan is for a medical emergency.',
    ];
    expect(withPipeTables(text)).toEqual([
      '',
      '| Loan | Amount up to | Interest | Repay in |',
      '| --- | --- | --- | --- |',
      '| Emergency loan | Rs. 1,50,000 | Interest free | 12 EMIs |',
      '| Two-wheeler loan | INR 60,000 | 6% a year | 24 EMIs |',
      '',
      'An emergency loan is for a medical emergency.',
    ]);
    // A row may leave a cell empty; a page's header and footer around a rule are no table.
    const blank = [
      text[0]!,
      text[1]!,
      text[2]!,
      'Festival advance      Rs. 10,000                          10 EMIs',
    ];
    expect(withPipeTables(blank)).toContain('| Festival advance | Rs. 10,000 |  | 10 EMIs |');
    const furniture = [
      'Awadhpath Coachlines     Page 3 of 12     Confidential',
      '-'.repeat(30),
      'HR Handbook     Section 4     Rev 2',
    ];
    expect(withPipeTables(furniture)).toEqual(furniture);
    // A heading underlined, or two columns, is no such table.
    const heading = ['LEAVE  AND  PAY', '--------------------', 'Staff get 25 days.'];
    expect(withPipeTables(heading)).toEqual(heading);
    const two = ['Item      Rate', '--------------', 'Night     20'];
    expect(withPipeTables(two)).toEqual(two);
  });

  it('leaves a rule with no header over it, and a sentence right above one, as text', () => {
    const rule = ['Text before.', '', '-----   -----', 'a       b'];
    expect(withPipeTables(rule)).toEqual(rule);
    const sentence = ['We pay these rates from April, as agreed with the union this year.', '-----   -----'];
    expect(withPipeTables(sentence)).toEqual(sentence);
    // A divider of short dashes under a question is no table.
    const divider = ['Questions?', '-- -- -- --', 'Call HR on extension 4410.'];
    expect(withPipeTables(divider)).toEqual(divider);
  });
});
