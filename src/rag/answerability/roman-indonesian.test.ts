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
    expect(readIndonesian('apakah lembur hari minggu dibayar?')).toBe('is overtime Sunday paid?');
    // A first word a phone capitalised, and a figure kept with its word ("ke-13", the 13th).
    expect(readIndonesian('Kapan gajian bulan ini?')).toBe('when payday this month?');
    expect(readIndonesian('gaji ke-13 ada gak?')).toBe('is there salary ke-13?');
  });

  it('reads Malay too', () => {
    expect(readIndonesian('bila gaji masuk?')).toBe('when salary start?');
    expect(readIndonesian('macam mana nak mohon cuti?')).toBe('how want apply leave?');
    expect(readIndonesian('pejabat HR kat mana?')).toBe('where office HR?');
    expect(readIndonesian('adakah cuti umum dibayar?')).toBe('is public holiday paid?');
  });

  it('keeps the words a workplace keeps in Indonesian beside their English', () => {
    expect(readIndonesian('uang makan per hari sekarang berapa?')).toBe(
      'how much uang makan meal allowance per day now?',
    );
  });

  it("reads a thing followed by a person's name as that person's, so a private request is seen", () => {
    const read = readIndonesian('berapa gaji Ibu Fransiska Lintin sebulan?');
    expect(read).toBe('how much salary of Ibu Fransiska Lintin a month?');
    expect(privatePersonAsked(read)).toBe('Ibu Fransiska Lintin');
    expect(privatePersonAsked(readIndonesian('boleh minta nomor wa Bu Sari?'))).toBe('Bu Sari');
    expect(privatePersonAsked(readIndonesian('alamat rumah Pak Budi dimana?'))).toBe('Pak Budi');
    expect(readIndonesian('berapa gaji Fransiska Lintin?')).toBe('how much salary of Fransiska Lintin?');
  });

  it('reads no acronym, month, role or brand after a thing as its owner, so pay questions stay answerable', () => {
    for (const [typed, read] of [
      ['berapa gaji UMR di Makassar?', 'how much salary UMR Makassar?'],
      ['berapa gaji Karyawan Tetap?', 'how much salary Karyawan Tetap?'],
      ['berapa gaji Manager HRD?', 'how much salary Manager HRD?'],
      ['gaji Desember kapan dibayar?', 'when salary Desember paid?'],
    ]) {
      expect(readIndonesian(typed!)).toBe(read);
      expect(privatePersonAsked(read!)).toBeUndefined();
    }
  });

  it('keeps English, with a borrowed Indonesian word, and Hindi or Urdu, as theirs', () => {
    for (const english of [
      'how much is the mess per day? my anak is sick',
      'when is the uang makan paid?',
      'is there a shuttle bus from the city to KIMA for the night shift?',
      'is the hp printer on floor 2 ada compliant?',
      'do we have ada toilets ya?',
      'can the ada ramp take a 5 min wait?',
    ]) {
      expect(typedInIndonesian(english)).toBe(false);
      expect(readRomanised(english)).toBe(english);
    }
    // Urdu's "ada karna" (to pay) is no Indonesian "ada".
    for (const urdu of ['salary ada ho ga ya nahi?', 'zakat ada karni hai?'])
      expect(typedInIndonesian(urdu)).toBe(false);
  });

  it('drops the forms of Indonesian verbs neither English nor the knowledge base knows, never a name', () => {
    const written = 'bisa bayarin ojol Pak Budi berapa?';
    expect(readIndonesian(written)).toBe('how much can bayarin online ojek taxi Pak Budi?');
    expect(
      withoutUnknownIndonesian('how much can bayarin online ojek taxi Pak Budi?', written, noWords),
    ).toBe('how much can online ojek taxi Pak Budi?');
  });
});
