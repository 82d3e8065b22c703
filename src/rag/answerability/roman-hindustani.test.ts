import { describe, expect, it } from 'vitest';
import { readRomanHindustani, typedInHindustani, withoutUnknownHindustani } from './roman-hindustani.js';

describe('a question typed in Roman Hindi or Urdu', () => {
  it('is told by its words of grammar, never an English question', () => {
    expect(typedInHindustani('canteen kitne baje khulti hai?')).toBe(true);
    expect(typedInHindustani('mujhe chutti kab milegi')).toBe(true);
    for (const english of [
      'What is the overtime rate for the B shift?',
      'Can I take Eid off if I worked the last two Saturdays?',
      'How much is the Ki-Ra noodle bowl at the Kaka canteen?',
    ])
      expect(typedInHindustani(english)).toBe(false);
  });

  it('is read as the English it asks, its word of asking first', () => {
    expect(readRomanHindustani('canteen kitne baje band hota hai raat ko?')).toBe(
      'what time canteen closes night?',
    );
    expect(readRomanHindustani('meri shadi hai next month, kitni chutti milegi')).toBe(
      'my wedding next month. how many days leave given?',
    );
    expect(readRomanHindustani('transport ka kiraya kitna katega aur van kab aati hai')).toBe(
      'how much transport fare deducted, and when van comes?',
    );
    // "kya" opening a clause asks whether; "kitne" of money asks how much.
    expect(readRomanHindustani('kya hostel mein AC milta hai?')).toBe('is hostel AC given?');
    expect(readRomanHindustani('advance ke liye kitne paise mil sakte hain')).toBe(
      'how much money advance for can I get?',
    );
  });

  it('keeps names and English as typed, and a name’s "ka" as its "’s"', () => {
    expect(readRomanHindustani('Ayesha Khan ka mobile number kya hai')).toBe(
      "what Ayesha Khan's mobile number?",
    );
    expect(readRomanHindustani('What is the overtime rate?')).toBe('What is the overtime rate?');
    // In lower case, a word neither language lists is a name; an English one is not ("hostel ka gate").
    expect(readRomanHindustani('line incharge imran qureshi ki salary kitni hai')).toBe(
      "how much line incharge imran qureshi's salary?",
    );
    expect(readRomanHindustani('hostel ka gate kab band hota hai')).toBe('when hostel gate closes?');
  });

  it('reads the spellings of a hurry and of Pakistan ("kia", "hy", "kb", "nhi") as the words they spell', () => {
    expect(readRomanHindustani('salary kb ayegi is mahine?')).toBe('when salary comes this month?');
    expect(readRomanHindustani('meri salary abhi tak nhi mili kia karun')).toBe(
      'what should I do my salary yet not received?',
    );
    expect(readRomanHindustani('canteen kitny baje khulti hy')).toBe('what time canteen opens?');
  });

  it('reads a sentence that opens with "aur" as asking on, and "kitne ki" as how much', () => {
    expect(readRomanHindustani('drill kab hoti hai? aur assembly point kaun sa hai')).toBe(
      'when drill? which assembly point?',
    );
    expect(readRomanHindustani('canteen mein biryani kitne ki hai')).toBe('how much canteen biryani?');
  });

  it('drops the forms of verbs neither English nor the knowledge base knows', () => {
    const written = 'bus subah kitne baje nikalte hain';
    const read = readRomanHindustani(written);
    const stats = { chunks: 10, df: (t: string) => (['bus', 'morn'].includes(t) ? 2 : 0) };
    expect(withoutUnknownHindustani(read, written, stats)).toBe('what time bus morning?');
    // An English question is left alone, whatever its words.
    expect(withoutUnknownHindustani('Is the zorblax open?', 'Is the zorblax open?', stats)).toBe(
      'Is the zorblax open?',
    );
  });
});
