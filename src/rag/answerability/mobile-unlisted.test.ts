import { describe, expect, it } from 'vitest';
import { assessGrounding } from './assess.js';
import { mobileAskedOf } from './mobile-asked.js';
import { unlistedMobile } from './mobile-unlisted.js';

const directory = [
  {
    text: "Who's who · Name: Gord Pettigrew · Role: Woodlands Manager · Ext: 2300 · E-mail: g.pettigrew@example.ca",
  },
];
const withMobiles = [{ text: 'Duty managers · Name: Ana Ruiz · Mobile: 0412 555 019 · Desk: ext 4410' }];

describe('a named person’s mobile number', () => {
  it('is read from the question by full name, not a work or duty phone', () => {
    expect(mobileAskedOf("need Gord Pettigrew's cell number, he's not answering ext")).toBe('Gord Pettigrew');
    expect(mobileAskedOf('What is the mobile number of Ana Ruiz?')).toBe('Ana Ruiz');
    expect(mobileAskedOf('What is the duty mobile for Night Shift?')).toBeUndefined();
    expect(mobileAskedOf("What is Gord's cell number?")).toBeUndefined();
    expect(mobileAskedOf('How often is a site engineer’s mobile phone replaced?')).toBeUndefined();
    // A mobile crane, a role or a team, and a name typed in lower case.
    expect(mobileAskedOf("When is Gord Pettigrew's mobile crane due for inspection?")).toBeUndefined();
    expect(mobileAskedOf('What is the mobile number for Site Security?')).toBeUndefined();
    expect(mobileAskedOf('Mobile number for Gord Pettigrew?')).toBe('Gord Pettigrew');
    expect(mobileAskedOf("need gord pettigrew's cell number")).toBe('Gord Pettigrew');
    // Chat leaves the possessive out; a place or a question's opening word before "cell number" is no one.
    expect(mobileAskedOf('can somebody send me Rajendra Singh cell number? payroll line not answering')).toBe(
      'Rajendra Singh',
    );
    expect(mobileAskedOf('What is the Walvis Bay cell number?')).toBeUndefined();
    expect(mobileAskedOf('Any Vodacom cell number for the depot?')).toBeUndefined();
    expect(mobileAskedOf('send me the Payroll Office cell number')).toBeUndefined();
    // The words a message opens with are no part of the name; a surname that is also a word is still a name.
    expect(mobileAskedOf('Need Rajendra Singh cell number asap')).toBe('Rajendra Singh');
    expect(mobileAskedOf('Hi Rajendra Singh cell number')).toBe('Rajendra Singh');
    expect(mobileAskedOf('send me Emily Carter cell number')).toBe('Emily Carter');
    for (const asked of [
      'Any Vodacom cell number for the depot?',
      'MTN Business cell number',
      'What is the Walvis Bay Harbour cell number?',
      'how do I register an MTC Aweh cell number',
      'What is Walvis Bay cell number',
      'Give me Payroll Admin cell number',
      'Airtel Money cell number',
    ])
      expect(mobileAskedOf(asked)).toBeUndefined();
    for (const asked of [
      "What is Gord Pettigrew's mobile phone?",
      "Can I get Gord Pettigrew's mobile please",
      "Gord Pettigrew's mobile so I can call him?",
    ])
      expect(mobileAskedOf(asked)).toBe('Gord Pettigrew');
    expect(mobileAskedOf('What is the mobile of Ana Ruiz?')).toBe('Ana Ruiz');
    expect(mobileAskedOf("What is Gord Pettigrew's mobile phone bill?")).toBeUndefined();
    // Guessed from lower case, a name has a word no dictionary has: a helpline or an in-charge is no person.
    expect(mobileAskedOf('mobile number for dengue helpline')).toBeUndefined();
    expect(mobileAskedOf("what transport incharge's mobile number?")).toBeUndefined();
  });

  it('is declined when no passage gives one beside the name, and left to the other checks when one does', () => {
    const declined = unlistedMobile(
      "need Gord Pettigrew's cell number, he's not answering ext",
      directory,
      'other',
    );
    expect(declined).toMatchObject({
      grounded: false,
      reason: "asks for Gord Pettigrew's mobile number, which no passage gives",
    });
    expect(unlistedMobile("What is Ana Ruiz's mobile number?", withMobiles, 'other')).toBeUndefined();
    // Another person's mobile in the same passage gives none for the person asked about, nor does a surname
    // inside another word.
    const both = [{ text: `${directory[0]!.text}  ${withMobiles[0]!.text}` }];
    expect(unlistedMobile("What is Gord Pettigrew's mobile?", both, 'other')?.grounded).toBe(false);
    const oneLine = [{ text: 'Name: Gord Pettigrew · Ext: 2300 · Name: Ana Ruiz · Mobile: 0412 555 019' }];
    expect(unlistedMobile("What is Gord Pettigrew's mobile?", oneLine, 'other')?.grounded).toBe(false);
    const road = [{ text: 'Pettigrew Road depot: mobile crane bookings 0412 555 019' }];
    expect(unlistedMobile("What is Gord Pettigrew's mobile?", road, 'other')?.grounded).toBe(false);
    // A table whose header names the column, and a list under a heading, give it.
    for (const text of [
      'Name | Ext | Mobile\nGord Pettigrew | 2300 | 0412 555 019',
      'Mobile numbers\nGord Pettigrew: 0412 555 019',
    ])
      expect(unlistedMobile("What is Gord Pettigrew's mobile?", [{ text }], 'other')).toBeUndefined();
    const rules = [{ text: 'Mobile phones are not allowed on the line.' }];
    expect(unlistedMobile("What is Ana Li's mobile number?", rules, 'other')?.grounded).toBe(false);
  });

  it('is what the answerability check says of such a question', () => {
    const g = assessGrounding("need Gord Pettigrew's cell number, he's not answering ext", directory);
    expect(g.reason).toBe("asks for Gord Pettigrew's mobile number, which no passage gives");
  });
});
