import { describe, expect, it } from 'vitest';
import { leadInOf, sentenceBefore, splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('splits prose at sentence ends, not after abbreviations or inside decimals', () => {
    expect(
      splitSentences('Claims are paid weekly, e.g. every Thursday. The rate is 0.45 GBP. See Dr. Okafor.'),
    ).toEqual(['Claims are paid weekly, e.g. every Thursday.', 'The rate is 0.45 GBP.', 'See Dr. Okafor.']);
  });

  it('reads a currency abbreviation before a figure as part of its sentence, and after one as its end', () => {
    expect(
      splitSentences(
        'The lunch scheme costs kr. 450 per month. Rs. 2,000 is paid. Lunch costs 45 kr. Coffee is free.',
      ),
    ).toEqual([
      'The lunch scheme costs kr. 450 per month.',
      'Rs. 2,000 is paid.',
      'Lunch costs 45 kr.',
      'Coffee is free.',
    ]);
    // A telephone's extension goes on after its abbreviation.
    expect(
      splitSentences('Call Employee Health, ext. 2160; the nurse sees you. Tel. 555 0134 at night.'),
    ).toEqual(['Call Employee Health, ext. 2160; the nurse sees you.', 'Tel. 555 0134 at night.']);
    // After a number too (review); "fax" ends a sentence as a word does.
    expect(
      splitSentences(
        'Call us on (210) 555-0134 ext. 2160 for an appointment. Send it by post or fax. 2 copies are kept.',
      ),
    ).toEqual([
      'Call us on (210) 555-0134 ext. 2160 for an appointment.',
      'Send it by post or fax.',
      '2 copies are kept.',
    ]);
    expect(
      splitSentences('Lunch costs 45 kr. 3 meals a week are included. Fresno, CA. 2 vans leave daily.'),
    ).toEqual(['Lunch costs 45 kr.', '3 meals a week are included.', 'Fresno, CA.', '2 vans leave daily.']);
    // Words that end a sentence before a figure stay its end: Dutch "nu" (now), grades, a noise.
    expect(splitSentences('Het rooster geldt vanaf nu. 3 ploegen draaien. Two Bs. 2 resits.')).toEqual([
      'Het rooster geldt vanaf nu.',
      '3 ploegen draaien.',
      'Two Bs.',
      '2 resits.',
    ]);
    expect(splitSentences('El bono es de Bs. 150 al mes. Otro.')).toEqual([
      'El bono es de Bs. 150 al mes.',
      'Otro.',
    ]);
    // Ngultrum and shillings as their abbreviations are written before a figure.
    expect(
      splitSentences('The company pays up to Nu. 1,00,000 a year. Lunch is Shs. 5,000. Travel is extra.'),
    ).toEqual(['The company pays up to Nu. 1,00,000 a year.', 'Lunch is Shs. 5,000.', 'Travel is extra.']);
  });

  it('keeps a numbered list item with its number, on one line or after a line break', () => {
    expect(splitSentences("1. Find the vacancy on the Careers tab. 2. Enter your friend's name.")).toEqual([
      '1. Find the vacancy on the Careers tab.',
      "2. Enter your friend's name.",
    ]);
    expect(splitSentences('Steps:\n1. Sign in.\n2. Open "My Time Off".\n3.1 Put it in writing.')).toEqual([
      'Steps:',
      '1. Sign in.',
      '2. Open "My Time Off".',
      '3.1 Put it in writing.',
    ]);
    // A step's label opens its sentence too.
    expect(splitSentences('Step 1. Read the notes. Step 2. Walk around the truck.')).toEqual([
      'Step 1. Read the notes.',
      'Step 2. Walk around the truck.',
    ]);
    // A step named inside a sentence still ends it.
    expect(splitSentences('If it fails, go back to step 4. Then call the desk.')).toEqual([
      'If it fails, go back to step 4.',
      'Then call the desk.',
    ]);
  });

  it('reads a record of "field: value" lines as a table row, its fields apart', () => {
    expect(
      splitSentences(
        'code: CAMP\nunit: per day\nremote_sites: 28.40\nnotes: Paid each night. Meals are provided\n\nAsk payroll.',
      ),
    ).toEqual([
      'code: CAMP · unit: per day · remote_sites: 28.40 · notes: Paid each night.',
      'Meals are provided',
      'Ask payroll.',
    ]);
    // An FAQ's questions and answers repeat their labels: not one record.
    expect(splitSentences('Q: Can I pause?\nA: Yes.\nQ: Can I cancel?\nA: Yes, any time.')).toEqual([
      'Q: Can I pause?',
      'A: Yes.',
      'Q: Can I cancel?',
      'A: Yes, any time.',
    ]);
    // Two lines are not yet a record: "Phone: 0800 1234" over "Hours: 9 to 5" reads as before.
    expect(splitSentences('Phone: 0800 1234\nHours: 9 to 5')).toEqual(['Phone: 0800 1234 Hours: 9 to 5']);
  });

  it('a list item leans on the line introducing its list; another sentence on the one before it', () => {
    const s = splitSentences(
      'Standard floats are:\n- Reception: 300 pounds\n- Bar: 150 pounds\n\nCount them.',
    );
    expect(s.map((_, i) => leadInOf(s, i))).toEqual([-1, 0, 0, -1]);
    expect(s.map((_, i) => sentenceBefore(s, i))).toEqual([-1, 0, 0, 2]);
    // Items after a sentence that introduces nothing lean on the item before them.
    const plain = splitSentences('Floats.\n- Reception: 300 pounds\n- Bar: 150 pounds');
    expect(plain.map((_, i) => sentenceBefore(plain, i))).toEqual([-1, 0, 1]);
  });

  it('a run of short labelled sentences leans on the short line before the run', () => {
    const s = splitSentences(
      'Annual physical exam (APE) 2027. Ortigas: April 12–23. Cebu IT Park: April 26–May 7. Davao: May 10–14. The clinic will e-mail your slot.',
    );
    expect(s.map((_, i) => leadInOf(s, i))).toEqual([-1, 0, 0, 0, -1]);
    expect(s.map((_, i) => sentenceBefore(s, i))).toEqual([-1, 0, 0, 0, 3]);
    // One labelled sentence is no run; a long sentence before a run introduces nothing.
    const one = splitSentences('Annual physical exam. Davao: May 10–14. Bring your ID.');
    expect(one.map((_, i) => leadInOf(one, i))).toEqual([-1, -1, -1]);
    const long = splitSentences(
      'We hold the annual physical exam at every site in the spring each year. Ortigas: April. Davao: May.',
    );
    expect(long.map((_, i) => leadInOf(long, i))).toEqual([-1, -1, -1]);
  });
});
