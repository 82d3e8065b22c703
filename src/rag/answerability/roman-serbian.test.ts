import { describe, expect, it } from 'vitest';
import { privatePersonAsked } from './private-request.js';
import { readSerbian, typedInSerbian, withoutUnknownSerbian } from './roman-serbian.js';

const noWords = { df: () => 0, chunks: 1 } as never;

describe('a question typed in Serbian, Croatian or Bosnian chat', () => {
  it('is read as the English it asks: the word of asking first, grammar left out, everyday words in English', () => {
    expect(readSerbian('koliko dana godisnjeg odmora imam?')).toBe('how many days annual leave I have?');
    expect(readSerbian('kolika je dnevnica za Beograd?')).toBe('how much per diem Beograd?');
    expect(readSerbian('jel radi menza subotom?')).toBe('is open canteen Saturday?');
    expect(readSerbian('da li se placa prekovremeni rad nedeljom?')).toBe('is paid overtime work Sunday?');
    // Phrases before words: "u koliko sati" asks what time, "do kad" until when.
    expect(readSerbian('u koliko sati pocinje nocna smena?')).toBe('what time starts night shift?');
    expect(readSerbian('do koliko sati radi kantina?')).toBe('until what time open canteen?');
    // "i" joins two questions; "koliko" of days a few words on asks how many.
    expect(readSerbian('do kad traje bolovanje i ko mi daje doznaku?')).toBe(
      'until when lasts sick leave, and who give sick note?',
    );
    expect(readSerbian('koliko mi je ostalo dana godisnjeg')).toBe('how many remaining days annual leave?');
    expect(readSerbian('koliko % se placa bolovanje')).toBe('what percent paid sick leave?');
    // Chat shorthand, a capital a phone put first, and what is said before the question.
    expect(readSerbian('Kolko imam dana godisnjeg ostalo?')).toBe(
      'how many I have days annual leave remaining?',
    );
    expect(readSerbian('dobio sam bebu, koliko dana imam slobodno?')).toBe(
      'get baby. how many days I have leave?',
    );
    expect(readSerbian('mogu li uzeti godisnji u decembru?')).toBe('can I take annual leave December?');
    expect(readSerbian('moja zena se porodila, imam li pravo na slobodne dane?')).toBe(
      'my wife gave birth am I entitled to days off?',
    );
    expect(readSerbian('gde da predam zahtev za godisnji?')).toBe('where do I submit request annual leave?');
    expect(readSerbian("jel' ima bus za nocnu smenu")).toBe('is there bus night shift?');
  });

  it('reads ijekavian and Croatian words, letters with marks and Serbian Cyrillic alike', () => {
    expect(readSerbian('Koliko dana godišnjeg imam ove godine?')).toBe(
      'how many days annual leave I have this year?',
    );
    expect(readSerbian('gdje mogu predati doznaku?')).toBe('where can I submit sick note?');
    expect(readSerbian('Tko odobrava dopust?')).toBe('who approve leave?');
    expect(readSerbian('Šta mi treba za bolovanje?')).toBe('what do I need sick leave?');
    expect(readSerbian('Što trebam za godišnji?')).toBe('what I need annual leave?');
    expect(readSerbian('Može li se dobiti akontacija?')).toBe('can get advance?');
    expect(readSerbian('колико дана боловања имам?')).toBe('how many days sick leave I have?');
    // Its first word capitalised, as a phone types it, in Cyrillic or with a mark.
    expect(readSerbian('Колико дана боловања имам?')).toBe('how many days sick leave I have?');
    expect(readSerbian('Koliko dana godišnjeg imam?')).toBe(readSerbian('koliko dana godisnjeg imam?'));
    expect(readSerbian('када је исплата плате?')).toBe('when payment salary?');
  });

  it('keeps the words a workplace keeps in Serbian beside their English', () => {
    expect(readSerbian('kolko je topli obrok po danu')).toBe('how much topli obrok meal allowance per day?');
    expect(readSerbian('kada se isplacuje regres?')).toBe('when paid regres holiday allowance?');
    expect(readSerbian('Šta mi treba za putni nalog?')).toBe('what do I need putni nalog travel order?');
    expect(readSerbian('da li imam pravo na slobodan dan za slavu?')).toBe(
      'am I entitled to day off slava patron saint day?',
    );
  });

  it("reads a thing followed by a person's name as that person's, so a private request is seen", () => {
    const read = readSerbian('kolika je plata Jelene Petrović?');
    expect(read).toBe('how much salary of Jelene Petrović?');
    expect(privatePersonAsked(read)).toBe('Jelene Petrović');
    const phone = readSerbian('mozes li mi dati privatni broj Jelene Petrović?');
    expect(phone).toBe('can you give personal phone number of Jelene Petrović?');
    // (The English check does not read "personal phone number of …" as private: the reading is what it can be.)
    expect(readSerbian('koja je kucna adresa Gospodina Jovanovića?')).toBe(
      'which home address of Gospodina Jovanovića?',
    );
    expect(privatePersonAsked(readSerbian('koja je kucna adresa Gospodina Jovanovića?'))).toBe(
      'Gospodina Jovanovića',
    );
    // A place, a role or a month after a thing is no owner.
    for (const [typed, reading] of [
      ['koliko je dnevnica za Novi Sad?', 'how much per diem Novi Sad?'],
      ['kolika je plata Direktor Prodaje?', 'how much salary Direktor Prodaje?'],
      ['kad se isplacuje plata za Decembar?', 'when paid salary Decembar?'],
    ]) {
      expect(readSerbian(typed!)).toBe(reading);
      expect(privatePersonAsked(reading!)).toBeUndefined();
    }
  });

  it('keeps English, with a borrowed Serbian word or two, and the other languages, as theirs', () => {
    for (const english of [
      'how many days of annual leave do I get?',
      'what time does the canteen open on Friday?',
      'is the bus free?',
      'how much is the dnevnica for Beograd?',
      'is topli obrok paid on bolovanje?',
      'when is the regres paid?',
      'Is the slava a paid day off?',
      'can i get an sme loan?',
      'can u tell me when the plate is ready?',
    ]) {
      expect(typedInSerbian(english)).toBe(false);
      expect(readSerbian(english)).toBe(english);
    }
    for (const other of [
      'kapan gajian bulan ini?',
      'bhai salary kab aayegi?',
      'Dashain bonus kati ho ra kahile aaucha?',
      'bonus koto din por pabo?',
      '¿cuántos días de vacaciones tengo?',
    ])
      expect(typedInSerbian(other)).toBe(false);
  });

  it('drops the forms of Serbian verbs neither English nor the knowledge base knows, never a name', () => {
    const written = 'Da li mogu da prebacim godisnji u sledecu godinu?';
    expect(readSerbian(written)).toBe('can I prebacim annual leave next year?');
    expect(withoutUnknownSerbian('can I prebacim annual leave next year?', written, noWords)).toBe(
      'can I annual leave next year?',
    );
    const named = 'kolika je plata Jelene Petrović? moze li Dragana da prebacim';
    expect(withoutUnknownSerbian('how much salary of Jelene Petrović?', named, noWords)).toBe(
      'how much salary of Jelene Petrović?',
    );
  });
});
