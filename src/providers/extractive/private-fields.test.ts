import { describe, expect, it } from 'vitest';
import { createExtractiveProvider } from './extractive-provider.js';
import { withoutPrivateFields } from './private-fields.js';

const row = [
  'name: Sarah Okafor',
  'role: Area manager',
  'shop: North',
  'annual_salary_gbp: 44500',
  'home_address: 2 Ropewalk Court, York YO1 7PB',
  'mobile: 07700 900456',
  'work_phone: 01632 960301',
].join('\n');

describe("a person's record, quoted", () => {
  it('keeps who they are and how to reach them at work, not their pay, home or own mobile', () => {
    expect(withoutPrivateFields(row)).toBe(
      ['name: Sarah Okafor', 'role: Area manager', 'shop: North', 'work_phone: 01632 960301'].join('\n'),
    );
    const cells =
      'Staff · Name: Dean Whitaker · Role: Shop manager · Salary: £37,000 · Date of birth: 1988-02-03';
    expect(withoutPrivateFields(cells)).toBe('Staff · Name: Dean Whitaker · Role: Shop manager');
  });

  it('leaves records that are not about a person, and prose, as they are', () => {
    const band = 'band: W1\npay_basis: hourly\nminimum: £12.85\nsalary: n/a';
    expect(withoutPrivateFields(band)).toBe(band);
    const table = 'Pay · Role: Baker · Hourly rate (GBP): 14.10 · Address: 1 High Street';
    expect(withoutPrivateFields(table)).toBe(table);
    const prose = 'Sarah Okafor manages the North area. Her address: see the directory.';
    expect(withoutPrivateFields(prose)).toBe(prose);
  });

  it("leaves out a sentence of prose that tells someone's own details, whatever was asked", () => {
    const prose =
      'Out of hours, Priya Shah holds the keys. Her home address is 14 Elm Road, Leeds and her personal mobile is 07700 900123. Call security first.';
    expect(withoutPrivateFields(prose)).toBe('Out of hours, Priya Shah holds the keys. Call security first.');
    expect(withoutPrivateFields("Priya's date of birth is 3 May 1990.")).toBe('');
    // Where someone lives, said in passing: the sentence goes, the rest stays.
    expect(
      withoutPrivateFields(
        'The summer barbecue is on 4 July. It is hosted by Tom Becker at his home, 12 Larch Close, Dunmore.',
      ),
    ).toBe('The summer barbecue is on 4 July.');
    expect(withoutPrivateFields('The party is at the head office, 12 Larch Close.')).toBe(
      'The party is at the head office, 12 Larch Close.',
    );
  });

  it('is how the offline answerer quotes a staff list, and cites it so', async () => {
    const provider = createExtractiveProvider({
      id: 'local',
      maxSentences: 2,
      minScore: 0.15,
      minTerms: 1,
      fallbackText: "I don't know.",
    });
    const res = await provider.generate({
      messages: [{ role: 'user', content: 'Who is the area manager for the North?' }],
      documents: [{ id: 'staff', text: row, source: 'knowledge/staff.csv#2' }],
    });
    expect(res.text).toContain('name: Sarah Okafor');
    expect(res.text).not.toMatch(/44500|Ropewalk|07700/);
    expect(JSON.stringify(res.citations)).not.toMatch(/44500|Ropewalk|07700/);
  });
});
