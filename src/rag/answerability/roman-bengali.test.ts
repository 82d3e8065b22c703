import { describe, expect, it } from 'vitest';
import { readRomanBengali, typedInBengali, withoutUnknownBengali } from './roman-bengali.js';
import { readRomanised } from './roman-typed.js';

const noWords = { df: () => 0, n: 1, avgLen: 1 } as never;

describe('a question typed in Bengali in Latin letters', () => {
  it('is read as the English it asks: the word of asking first, grammar left out, everyday words in English', () => {
    expect(readRomanBengali('Bogura depot er cash counter koyta theke koyta khola thake?')).toBe(
      'what time Bogura depot cash counter open?',
    );
    expect(readRomanBengali('canteen e lunch er jonno koto taka kate?')).toBe(
      'how much money canteen lunch deducted?',
    );
    // "ar" opening a second question joins it; each is read on its own.
    expect(readRomanBengali('maternity leave koto din? ar delivery r pore koto week?')).toBe(
      'how many days maternity leave? how many weeks delivery after?',
    );
    // What is said before the first part that asks is a sentence of its own.
    expect(readRomanBengali('shunsi 16 week, delivery r pore koto week?')).toBe(
      'shunsi 16 week. how many weeks delivery after?',
    );
  });

  it('keeps names and English sentences as typed, reads a name\'s "er" as its "\'s" and a place\'s "e" as "at"', () => {
    expect(
      readRomanBengali('Salam. is it possible to get a doctor on Saturday? koyta porjonto khola thake'),
    ).toBe('Salam. is it possible to get a doctor on Saturday? until what time open?');
    expect(readRomanBengali('QC manager Rezaul Karim sir er salary koto?')).toBe(
      "how much QC manager Rezaul Karim's salary?",
    );
    expect(readRomanBengali('Chattogram depot e meeting kon tarikh e hoy?')).toBe(
      'which date at Chattogram depot meeting?',
    );
  });

  it('reads "ki" as what, or as whether after a verb or before what is said of a thing', () => {
    expect(readRomanBengali('production area te dhukar process ta ki?')).toBe(
      'what production area entry process?',
    );
    expect(readRomanBengali('refer korle company bonus dey ki?')).toBe('is refer company bonus?');
    expect(readRomanBengali('Nasreen Akter madam ki married? ar unar bari kothay?')).toBe(
      'is Nasreen Akter married? where his home?',
    );
    // Whose it is, said last, goes before the thing ("ki operation hoise unar?").
    expect(readRomanBengali('ki operation hoise unar?')).toBe('what his operation?');
    // Before a thing and a verb ending the clause, whether ("will I get maternity leave?"); right before it, what.
    expect(readRomanBengali('ami ki maternity leave pabo?')).toBe('is maternity leave get?');
    expect(readRomanBengali('late hole ki korbo?')).toBe('what late?');
  });

  it('is told from English and from Roman Hindi or Urdu', () => {
    expect(typedInBengali('kobe')).toBe(false);
    expect(typedInBengali('How many din do I get?')).toBe(false);
    expect(typedInBengali('hostel ka gate kitne baje band hota hai?')).toBe(false);
    expect(typedInBengali('salary kobe dibe?')).toBe(true);
    // English words that Bengali lists know too, and a city opening a sentence, are English.
    for (const english of [
      'what is the bare minimum sick leave for a tooth ache?',
      'can i dine in the kobe canteen?',
      'Kobe office: when do we dine?',
    ])
      expect(readRomanised(english)).toBe(english);
    // Hindi with words Bengali types alike ("ache", "lage") is read as Hindi.
    expect(typedInBengali('mujhe ye shift ache nahi lage, kya main badal sakta hoon?')).toBe(false);
    // Hindi's and Urdu's questions are still read as theirs.
    expect(readRomanised('hostel ka gate kitne baje band hota hai?')).toBe('what time hostel gate closes?');
    expect(readRomanised('canteen e lunch er jonno koto taka kate?')).toBe(
      'how much money canteen lunch deducted?',
    );
  });

  it("drops the forms of verbs neither English nor the knowledge base knows, never the reading's own words", () => {
    const written = 'shunsi 16 week, delivery r pore koto week?';
    expect(withoutUnknownBengali(readRomanBengali(written), written, noWords)).toBe(
      '16 week. how many weeks delivery after?',
    );
    const when = 'bonus ta kobe pabo?';
    expect(withoutUnknownBengali(readRomanBengali(when), when, noWords)).toBe('when bonus get?');
    // A name or a word that only ends as a verb does is kept: the check must see whom it is about.
    const named = 'shaheen er salary koto?';
    expect(withoutUnknownBengali(readRomanBengali(named), named, noWords)).toBe('how much shaheen salary?');
  });
});
