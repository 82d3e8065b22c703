import { describe, expect, it } from 'vitest';
import { narrowRow, quantityFit, questionQuantities, rangeFit } from './quantity-fit.js';

const years = (n: number) => ({ value: n * 365, dimension: 'time' as const });

describe('quantities in questions and bands in table rows', () => {
  it('reads the quantities a question names, in numbers and words', () => {
    expect(questionQuantities("How many weeks at half pay with 6 years' service?")).toEqual([years(6)]);
    expect(questionQuantities('I joined two years ago')).toEqual([years(2)]);
    expect(questionQuantities('the first 10,000 miles')).toEqual([{ value: 10000, dimension: 'miles' }]);
    expect(questionQuantities('What is the rate in Leeds?')).toEqual([]);
    // One of a unit after "in" or "per" is a rate's, not a length asked about.
    expect(questionQuantities("What's the most overtime I'm allowed to work in one month?")).toEqual([]);
    expect(questionQuantities('Can I take leave within one month of joining?')).toHaveLength(1);
    // A pattern of work is no length of time.
    expect(questionQuantities("I've been here 11 years and I only do 3 days a week")).toEqual([years(11)]);
    expect(questionQuantities('I work 20 hours a week')).toEqual([{ value: 20, dimension: 'hours' }]);
    // A time of day on the 24-hour clock is no number of hours.
    expect(questionQuantities('the night shift from Saturday 2200hrs into Sunday')).toEqual([]);
    expect(questionQuantities('from Saturday 2200 hours into Sunday')).toEqual([]);
    expect(questionQuantities("I've done 1500hrs of training")).toEqual([
      { value: 1500, dimension: 'hours' },
    ]);
  });

  it('reads a band whose unit only its column names ("Completed years: 10 or more")', () => {
    const q = [years(11)];
    expect(rangeFit('Annual leave · Completed years: 10 or more · 3 days a week: 19.8', q)).toBe(1);
    expect(rangeFit('Annual leave · Completed years: 5 to 9 · 3 days a week: 18.6', q)).toBe(-1);
    expect(rangeFit('Annual leave · Completed years: Less than 2 · 3 days a week: 16.8', q)).toBe(-1);
    // A column of another quantity is no band of service.
    expect(rangeFit('Mileage · Miles per year: first 10,000 · Rate: 45p', q)).toBe(0);
    expect(rangeFit('Notice · Notice period in weeks: up to 4 · Grade: G1', [years(2)])).toBe(0);
  });

  it('fits a row whose band holds the quantity, and not its neighbours', () => {
    const q = questionQuantities("someone with 6 years' service");
    expect(rangeFit('Sick pay · Continuous service: 5 to 10 years · Weeks at full pay: 8', q)).toBe(1);
    expect(rangeFit('Sick pay · Continuous service: Under 6 months · Weeks at full pay: none', q)).toBe(-1);
    expect(rangeFit('Sick pay · Continuous service: 10 years or more · Weeks at full pay: 12', q)).toBe(-1);
    expect(rangeFit('Sick pay · Continuous service: over 5 years · Weeks at full pay: 12', q)).toBe(1);
    expect(rangeFit('Sick pay · Region: UK · Weeks at full pay: 12', q)).toBe(0);
    expect(rangeFit('Sick pay is paid for 5 to 10 years of service.', q)).toBe(0); // prose, not a row
    // "Under 3 years" leaves 3 out; "up to 3 years" keeps it.
    expect(rangeFit('Leave · Service: Under 3 years · Days: 25', [years(3)])).toBe(-1);
    expect(rangeFit('Leave · Service: up to 3 years · Days: 25', [years(3)])).toBe(1);
    expect(
      rangeFit('Mileage · Distance: first 10,000 miles · Rate: 45p', questionQuantities('12,000 miles')),
    ).toBe(-1);
  });

  it('cuts a row with a band per column down to the column that holds the quantity', () => {
    const row =
      'Annual leave · Grade: Associate (G4) · Under 3 years: 27 · 3 to 5 years: 28 · 6 years or more: 30';
    expect(narrowRow(row, [years(2)])).toBe('Annual leave · Grade: Associate (G4) · Under 3 years: 27');
    expect(narrowRow(row, [years(25)])).toBe('Annual leave · Grade: Associate (G4) · 6 years or more: 30');
    expect(narrowRow(row, [])).toBe(row);
    expect(narrowRow('Leave · Grade: G1 · Days: 25', [years(2)])).toBe('Leave · Grade: G1 · Days: 25');
  });

  it('tells text that states the quantity, or a band holding it, from text whose amounts all miss it', () => {
    const q = questionQuantities("35 years' service");
    expect(quantityFit('Long service award · Service: 25 years · Award: £500', q)).toBe(-1);
    expect(quantityFit('Driver CPC training (35 hours every 5 years) is paid for.', q)).toBe(-1);
    expect(quantityFit('Long service award · Service: 30 years or more · Award: £1,000', q)).toBe(1);
    expect(quantityFit('Staff with 35 years of service get an extra week.', q)).toBe(1);
    expect(quantityFit('A long-service award is presented at the annual dinner.', q)).toBe(0);
    // "12 months" is a year, near enough.
    expect(quantityFit('Cover lasts 12 months.', questionQuantities('1 year'))).toBe(1);
  });

  it('reads how many people a plan, a room or a booking is for', () => {
    const six = questionQuantities('and for six people?');
    expect(six).toEqual([{ value: 6, dimension: 'people' }]);
    expect(quantityFit('The Family plan is for four people and costs 89 EUR a week.', six)).toBe(-1);
    expect(quantityFit('Large rooms sleep up to 6 guests.', six)).toBe(1);
    expect(quantityFit('The Family plan costs 89 EUR a week.', six)).toBe(0);
  });

  it('reads a grade code the question names ("an E2") as held by a range of its letter ("E1–E3")', () => {
    const e2 = questionQuantities("I'm an E2 from Pune. What is my hotel limit per night?");
    expect(e2).toEqual([{ value: 2, dimension: 'code:E' }]);
    expect(rangeFit('Hotel limits · Grade: E1–E3 · Hotel per night: ₹4,500', e2)).toBe(1);
    expect(rangeFit('Hotel limits · Grade: E4–E6 · Hotel per night: ₹5,500', e2)).toBe(-1);
    // Another letter's range says nothing of E2.
    expect(rangeFit('Hotel limits · Grade: M1–M2 · Hotel per night: ₹6,500', e2)).toBe(0);
    expect(quantityFit('Grade: M3 and above · Hotel: actuals', questionQuantities('band M4'))).toBe(1);
    // Form names and tax codes are no grades, nor is a range the question writes itself.
    expect(questionQuantities('Do I get a P45, and what is S1257L?')).toEqual([]);
    expect(questionQuantities('What do W1-W2 operatives get?')).toEqual([]);
    // Only where the question says it is a grade: paper sizes, quarters, visas and roads are not.
    for (const q of [
      'Where is the A4 paper?',
      'When is the Q3 bonus paid?',
      'Do I need a B1 visa?',
      'Who pays the M6 toll?',
    ])
      expect(questionQuantities(q)).toEqual([]);
    expect(questionQuantities('I am on band O3.')).toEqual([{ value: 3, dimension: 'code:O' }]);
    expect(questionQuantities('What does grade E10 get?')).toEqual([{ value: 10, dimension: 'code:E' }]);
    // A row's single grade is its own band; "A4 - 20 sheets" is no range of grades.
    expect(rangeFit('Hotel limits · Grade: E2 · Hotel per night: ₹4,000', e2)).toBe(1);
    expect(rangeFit('Paper · Size: A4 - 20 sheets', questionQuantities('as an A5'))).toBe(0);
  });
});
