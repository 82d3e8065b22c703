import { describe, expect, it } from 'vitest';
import { currencyAcross } from './currency-across.js';
import { TABLE_FROM, TABLE_SHAPE, TABLE_UNTIL } from './currency-tables.js';
import type { IndexedDocument } from './knowledge-index.js';
import { parseCsvRecords } from './loaders/load-records.js';

// The rows of a CSV file as the index holds them.
async function table(source: string, csv: string): Promise<IndexedDocument[]> {
  const rows = await parseCsvRecords(csv, source, undefined);
  return rows.map((r) => ({ id: r.id, source, hash: 'h', metadata: r.metadata, chunks: 1, ingestedAt: 0 }));
}

const rates = (day: string, column = 'review_date', weekday = '25.00', weekend = '130.00') =>
  `code,payment,rate_gbp,${column}\nSB-01,Weekday standby,${weekday},${day}\nSB-02,Weekend standby,${weekend},${day}\n`;

const judgedFiles = (docs: IndexedDocument[], now: Date) =>
  Object.fromEntries(
    currencyAcross(docs, now)
      .changes.filter((c) => c.id.endsWith('#1'))
      .map((c) => [c.id.replace(/#1$/, ''), c.metadata.supersededByDocument]),
  );

describe('copies of one table under two names', () => {
  it('reads the shape and the one date a review column holds into every row', async () => {
    const rows = await table('docs/oncall-rates.csv', rates('2027-03-31'));
    expect(rows.map((r) => r.metadata[TABLE_UNTIL])).toEqual(['2027-03-31', '2027-03-31']);
    expect(rows[0]!.metadata[TABLE_SHAPE]).toBe(rows[1]!.metadata[TABLE_SHAPE]);
    // Other figures, the same columns and rows: the same table.
    const other = await table(
      'docs/standby-rates.csv',
      rates('2028-03-31', 'review_date', '28.50', '145.00'),
    );
    expect(other[0]!.metadata[TABLE_SHAPE]).toBe(rows[0]!.metadata[TABLE_SHAPE]);
  });

  it('dates a table by the day most rows give when a row carries its own, and not when a row is undated', async () => {
    const csv = (third: string) =>
      `code,item,effective_from\nMIL-01,Mileage,2030-01-01\nDAY-01,Meals,2030-01-01\nVAC-01,Flu jab,${third}\n`;
    const dated = await table('docs/data/allowances.csv', csv('2030-10-01'));
    expect(dated.map((r) => r.metadata[TABLE_FROM])).toEqual(['2030-01-01', '2030-01-01', '2030-01-01']);
    // A copy whose one unchanged row keeps an older day is dated by the day most rows give.
    const older = await table('docs/data/allowances.csv', csv('2026-07-01'));
    expect(older[0]!.metadata[TABLE_FROM]).toBe('2030-01-01');
    const gap = await table('docs/data/allowances.csv', csv(''));
    expect(gap.map((r) => r.metadata[TABLE_FROM])).toEqual([undefined, undefined, undefined]);
  });

  it('the copy whose review day is later replaces the other, under any name', async () => {
    const docs = [
      ...(await table('docs/oncall-rates.csv', rates('2027-03-31'))),
      ...(await table('docs/standby-and-callout-rates.csv', rates('2028-03-31', 'review_date', '28.50'))),
    ];
    expect(judgedFiles(docs, new Date(2027, 10, 16))).toEqual({
      'docs/oncall-rates.csv': 'docs/standby-and-callout-rates.csv',
    });
  });

  it('a copy that takes effect later replaces the other once its day has come', async () => {
    const docs = [
      ...(await table('docs/rates-a.csv', rates('2027-04-01', 'effective_from'))),
      ...(await table('docs/rates-b.csv', rates('2028-04-01', 'effective_from', '28.50'))),
    ];
    expect(judgedFiles(docs, new Date(2027, 10, 16))).toEqual({});
    expect(judgedFiles(docs, new Date(2028, 3, 2))).toEqual({ 'docs/rates-a.csv': 'docs/rates-b.csv' });
  });

  it('tables of other sites, years, people or folders are no copies, nor is a copy that does not apply', async () => {
    const now = new Date(2027, 10, 16);
    const hours = (site: string, review: string) =>
      `day,site,opens,closes,review_date\nMonday,${site},09:00,17:00,${review}\nFriday,${site},09:00,16:00,${review}\n`;
    const sites = [
      ...(await table('docs/leeds-opening-hours.csv', hours('Leeds', '2027-06-30'))),
      ...(await table('docs/bristol-opening-hours.csv', hours('Bristol', '2028-01-31'))),
    ];
    expect(judgedFiles(sites, now)).toEqual({});
    const years = (issued: string, day: string) =>
      `holiday,date,issued\nNew Year,${day}-01-01,${issued}\nChristmas,${day}-12-25,${issued}\n`;
    const yearly = [
      ...(await table('docs/bank-holidays-2027.csv', years('2026-10-01', '2027'))),
      ...(await table('docs/bank-holidays-2028.csv', years('2027-10-01', '2028'))),
    ];
    expect(judgedFiles(yearly, now)).toEqual({});
    const rota = (a: string, b: string, from: string) =>
      `id,name,shift,effective_from\n1,${a},Early,${from}\n2,${b},Late,${from}\n`;
    const wards = [
      ...(await table('docs/rota-ward-a.csv', rota('Ann Lee', 'Bo Chan', '2027-01-01'))),
      ...(await table('docs/rota-ward-b.csv', rota('Cy Dunn', 'Di Evans', '2027-06-01'))),
    ];
    expect(judgedFiles(wards, now)).toEqual({});
    const places = [
      ...(await table('docs/rates-leeds.csv', rates('2027-03-31'))),
      ...(await table('docs/rates-glasgow.csv', rates('2028-03-31', 'review_date', '28.50'))),
    ];
    expect(judgedFiles(places, now)).toEqual({});
    const folders = [
      ...(await table('docs/nursing/pay-grades.csv', rates('2027-03-31'))),
      ...(await table('docs/estates/pay-grades.csv', rates('2028-03-31', 'review_date', '28.50'))),
    ];
    expect(judgedFiles(folders, now)).toEqual({});
    const draft = [
      ...(await table('docs/oncall-rates.csv', rates('2027-03-31'))),
      ...(await table('docs/oncall-rates-next.csv', rates('2028-03-31', 'review_date', '28.50'))).map(
        (d) => ({
          ...d,
          metadata: { ...d.metadata, status: 'draft' },
        }),
      ),
    ];
    expect(judgedFiles(draft, now)).toEqual({});
    // A later draft copy is passed over: the latest copy that applies still replaces the oldest.
    const withInForce = [
      ...draft,
      ...(await table('docs/standby-rates.csv', rates('2027-09-30', 'review_date', '27.00'))),
    ];
    expect(judgedFiles(withInForce, now)).toEqual({ 'docs/oncall-rates.csv': 'docs/standby-rates.csv' });
  });

  it('tables of other rows, or copies of one day, replace nothing', async () => {
    const otherRows = [
      ...(await table(
        'docs/holidays-2027.csv',
        'date,holiday,review_date\n2027-01-01,New Year,2026-12-01\n2027-12-25,Christmas,2026-12-01\n',
      )),
      ...(await table(
        'docs/holidays-2028.csv',
        'date,holiday,review_date\n2028-01-03,New Year,2027-12-01\n2028-12-25,Christmas,2027-12-01\n',
      )),
    ];
    const sameDay = [
      ...(await table('docs/a.csv', rates('2028-03-31'))),
      ...(await table('docs/b.csv', rates('2028-03-31', 'review_date', '28.50'))),
    ];
    const now = new Date(2027, 10, 16);
    expect(judgedFiles(otherRows, now)).toEqual({});
    expect(judgedFiles(sameDay, now)).toEqual({});
  });
});

describe('a table redrawn with other columns', () => {
  const claims = (file: string, header: string, day: string, codes = ['TX-01', 'TX-02', 'ML-01', 'PK-01']) =>
    table(file, `${header}\n${codes.map((c, i) => `${c},Claim ${c},${10 + i}.00,${day}`).join('\n')}\n`);
  const now = new Date(2027, 11, 7);

  it('is replaced by the table listing the same coded items from a later day', async () => {
    const docs = [
      ...(await claims(
        'docs/data/transport-and-meal-claims.csv',
        'code,item,amount_sgd,valid_from',
        '2025-04-01',
      )),
      ...(await claims(
        'docs/data/staff-claim-rates-fy2027.csv',
        'code,claim,cap_sgd,effective_from',
        '2027-04-01',
        ['TX-01', 'TX-02', 'ML-01', 'PK-01', 'MA-02'],
      )),
    ];
    expect(judgedFiles(docs, now)).toEqual({
      'docs/data/transport-and-meal-claims.csv': 'docs/data/staff-claim-rates-fy2027.csv',
    });
  });

  it('is no copy of a table of other items, another folder, or one named for another thing of the same codes', async () => {
    const older = await claims('docs/data/claims.csv', 'code,item,amount_sgd,valid_from', '2025-04-01');
    const otherItems = await claims(
      'docs/data/claim-rates.csv',
      'code,claim,cap_sgd,effective_from',
      '2027-04-01',
      ['AB-1', 'AB-2', 'AB-3', 'AB-4'],
    );
    const elsewhere = await claims(
      'docs/old/claim-rates.csv',
      'code,claim,cap_sgd,effective_from',
      '2027-04-01',
    );
    // Pay scales and leave by grade list the same grades: two tables, both in force.
    const grades = (file: string, header: string, day: string) =>
      table(file, `grade,${header},effective_from\nG1,14,${day}\nG2,16,${day}\nG3,18,${day}\n`);
    const byGrade = [
      ...(await grades('docs/data/leave-by-grade.csv', 'annual_leave_days', '2026-01-01')),
      ...(await grades('docs/data/grades.csv', 'salary_min_sgd', '2027-04-01')),
    ];
    expect(judgedFiles([...older, ...otherItems], now)).toEqual({});
    expect(judgedFiles([...older, ...elsewhere], now)).toEqual({});
    expect(judgedFiles(byGrade, now)).toEqual({});
  });

  it('is judged only by an edition: a later year in the name and a later start day, of items keyed by codes', async () => {
    const leave = (file: string, header: string, column: string, day: string) =>
      table(
        file,
        `grade,title,${header},${column}\nG1,Nurse,14,${day}\nG2,Senior nurse,16,${day}\nG3,Manager,18,${day}\n`,
      );
    // Two live tables of the same grades, one named "leave" like the other: no year says either is an edition.
    const twoTables = [
      ...(await leave('docs/data/annual-leave-by-grade.csv', 'days', 'effective_from', '2026-01-01')),
      ...(await leave(
        'docs/data/leave-carry-over-by-grade.csv',
        'carry_days',
        'effective_from',
        '2027-01-01',
      )),
    ];
    // A review day is no edition's start.
    const reviewed = [
      ...(await leave('docs/data/leave-entitlement-by-grade.csv', 'days', 'review_date', '2028-03-31')),
      ...(await leave('docs/data/leave-carry-over-2027.csv', 'carry_days', 'review_date', '2028-06-30')),
    ];
    // Months are no codes.
    const months = (file: string, header: string, day: string) =>
      table(
        file,
        `month,${header},effective_from\nJan-2026,10,${day}\nFeb-2026,12,${day}\nMar-2026,9,${day}\n`,
      );
    const byMonth = [
      ...(await months('docs/data/overtime-hours.csv', 'hours', '2026-01-01')),
      ...(await months('docs/data/overtime-budget-2027.csv', 'budget_sgd', '2027-01-01')),
    ];
    expect(judgedFiles(twoTables, now)).toEqual({});
    expect(judgedFiles(reviewed, now)).toEqual({});
    expect(judgedFiles(byMonth, now)).toEqual({});
    // With a year in the later name and a start day, the same grades are a new edition.
    const edition = [
      ...(await leave('docs/data/leave-by-grade.csv', 'days', 'valid_from', '2025-04-01')),
      ...(await leave('docs/data/leave-by-grade-fy2027.csv', 'annual_days', 'effective_from', '2027-04-01')),
    ];
    expect(judgedFiles(edition, now)).toEqual({
      'docs/data/leave-by-grade.csv': 'docs/data/leave-by-grade-fy2027.csv',
    });
  });
});
