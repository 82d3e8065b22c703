import { describe, expect, it } from 'vitest';
import { readRomanNepali, typedInNepali, withoutUnknownNepali } from './roman-nepali.js';
import { readRomanised } from './roman-typed.js';

const noWords = { df: () => 0, chunks: 1 } as never;

describe('a question typed in Nepali in Latin letters', () => {
  it('is read as the English it asks: the word of asking first, grammar left out, everyday words in English', () => {
    expect(readRomanNepali('Lukla hostel ma kati raat free basna paincha?')).toBe(
      'how many nights at Lukla hostel free stay get?',
    );
    expect(readRomanNepali('pension fund ko lagi mero salary bata kati percent katcha?')).toBe(
      'what percent pension fund for my salary from deducted?',
    );
    expect(readRomanNepali('Dashain allowance kun din bank ma aaucha?')).toBe(
      'which day Dashain allowance bank comes?',
    );
    // A name's "ko" is its "'s"; "kaha ho" asks where something is.
    expect(readRomanNepali('Mingma sir ko ghar kaha ho?')).toBe("where is Mingma's home?");
    // "ra" joins two questions; "ke" opening a clause a verb ends asks whether.
    expect(readRomanNepali('Dashain bonus kati ho ra kahile aaucha?')).toBe(
      'how much Dashain bonus, and when comes?',
    );
    expect(readRomanNepali('ke Saturday ma office khulla cha?')).toBe('is at Saturday office khulla?');
  });

  it('keeps English sentences, and Hindi or Urdu, as theirs', () => {
    expect(readRomanised('how many days sick leave in one year? senior dai told me its 12 days')).toBe(
      'how many days sick leave in one year? senior dai told me its 12 days',
    );
    expect(typedInNepali('hostel ka gate kitne baje band hota hai?')).toBe(false);
    expect(readRomanised('hostel ka gate kitne baje band hota hai?')).toBe('what time hostel gate closes?');
    expect(typedInNepali('kati')).toBe(false);
    // Hindi's words that Nepali types alike ("chutti", "hai"), and English chat ("yo", "bro", kina the currency).
    expect(readRomanised('overtime ke paise kab tak aate hai bro?')).toBe('by when overtime money aate bro?');
    for (const english of [
      'yo, how much is the per diem in kina?',
      'Is the per diem paid in kina or USD, bro?',
    ])
      expect(readRomanised(english)).toBe(english);
  });

  it('drops the forms of Nepali verbs neither English nor the knowledge base knows, never a name', () => {
    const written = 'Thorong La top ma kati baje samma pugisaknu parcha? Pasang ko bag kaha cha?';
    const read = readRomanNepali(written);
    expect(read).toBe("by what time at Thorong La top reach? where Pasang's bag?");
    expect(withoutUnknownNepali('by what time garda reach? where Pasang bag?', written, noWords)).toBe(
      'by what time reach? where Pasang bag?',
    );
  });
});
