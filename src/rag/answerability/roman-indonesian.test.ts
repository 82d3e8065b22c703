import { describe, expect, it } from 'vitest';
import { privatePersonAsked } from './private-request.js';
import { readIndonesian, typedInIndonesian, withoutUnknownIndonesian } from './roman-indonesian.js';
import { readRomanised } from './roman-typed.js';

const noWords = { df: () => 0, chunks: 1 } as never;

describe('a question typed in Indonesian chat', () => {
  it('is read as the English it asks: the word of asking first, grammar left out, everyday words in English', () => {
    expect(readIndonesian('kapan gajian bulan ini? mau bayar cicilan')).toBe(
      'when payday this month? want pay instalment',
    );
    expect(readIndonesian('harga cottonii grade B di Pajukukang minggu ini berapa?')).toBe(
      'how much price cottonii grade B Pajukukang this week?',
    );
    // Chat shorthand ("brp") and a second sentence that asks on its own.
    expect(readIndonesian('ada kos buat karyawan cewek dekat KIMA? brp sebulan')).toBe(
      'is there boarding house employees female near KIMA? how much a month?',
    );
    // Phrases before words: "berapa hari" asks how many days, "datang bulan" is a period, not "come month".
    expect(readIndonesian('anak saya mau sunatan bulan depan, bisa izin berapa hari?')).toBe(
      'child my want circumcision next month. how many days can leave?',
    );
    expect(readIndonesian('lagi datang bulan dan sakit perut banget, boleh ga libur?')).toBe(
      'menstrual period stomach pain may day off?',
    );
  });

  it('keeps the words a workplace keeps in Indonesian beside their English', () => {
    expect(readIndonesian('uang makan per hari sekarang berapa?')).toBe(
      'how much uang makan meal allowance per days now?',
    );
  });

  it("reads a thing followed by a person's name as that person's, so a private request is seen", () => {
    const read = readIndonesian('berapa gaji Ibu Fransiska Lintin sebulan?');
    expect(read).toBe('how much salary of Ibu Fransiska Lintin a month?');
    expect(privatePersonAsked(read)).toBe('Ibu Fransiska Lintin');
    expect(privatePersonAsked(readIndonesian('boleh minta no wa Bu Sari?'))).toBe('Bu Sari');
  });

  it('keeps English, with a borrowed Indonesian word, and Hindi or Urdu, as theirs', () => {
    for (const english of [
      'how much is the mess per day? my anak is sick',
      'when is the uang makan paid?',
      'is there a shuttle bus from the city to KIMA for the night shift?',
    ]) {
      expect(typedInIndonesian(english)).toBe(false);
      expect(readRomanised(english)).toBe(english);
    }
    expect(readRomanised('hostel ka gate kitne baje band hota hai?')).toBe('what time hostel gate closes?');
  });

  it('drops the forms of Indonesian verbs neither English nor the knowledge base knows, never a name', () => {
    const written = 'bisa bayarin ojol Pak Budi berapa?';
    expect(readIndonesian(written)).toBe('how much can bayarin online ojek taxi Pak Budi?');
    expect(
      withoutUnknownIndonesian('how much can bayarin online ojek taxi Pak Budi?', written, noWords),
    ).toBe('how much can online ojek taxi Pak Budi?');
  });
});
