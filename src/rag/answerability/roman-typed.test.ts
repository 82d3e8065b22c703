import { describe, expect, it } from 'vitest';
import { readRomanised, withoutUnknownRomanised } from './roman-typed.js';

const noWords = { df: () => 0, chunks: 1 } as never;

describe('a question typed in one of the languages read in Latin letters', () => {
  it('is read in the one language it is typed in, though its small words are other languages’ too', () => {
    // Spanish with Albanian's "si" and "del" and Serbian's "mis": Spanish.
    expect(readRomanised('que vaina pasa si mis botados pasan del 5% en la semana')).toBe(
      'vaina botados 5% week',
    );
    // Serbian with Spanish's "mi", "se" and "da": Serbian.
    expect(readRomanised('da li mi se placa bolovanje?')).toBe('is paid sick leave?');
    // Belizean Kriol, whose "fi" and "di" chat Arabic writes too: Kriol.
    expect(readRomanised('weh time di bus lef fi Pomona?')).toBe('what time the bus leave for Pomona?');
    expect(readRomanised('wah fi do if smaddy get cut eena di plant?')).toBe(
      'what to do if somebody get cut in the plant?',
    );
    expect(readRomanised('sa dite pushim vjetor kam?')).toBe('how many days annual leave?');
    // Bengali's "ki" is Kreol's too; Serbian's "da", "se" and "na" Portuguese's.
    const bengali = 'Nasreen Akter madam ki married? unar husband ki kore?';
    expect(readRomanised(bengali)).not.toMatch(/what married/);
    expect(readRomanised('da li se placa prekovremeni rad nedeljom?')).toBe('is paid overtime work Sunday?');
    expect(readRomanised('kan nou gagn lapay sa mwa la?')).toBe('when do we get pay this month?');
    expect(readRomanised('a que horas abre a cantina na sexta?')).toBe('what time open cantina Friday?');
    // Bengali's "e" and Spanish's "de" and "a" are Portuguese's too: Portuguese counts with a word of its own.
    expect(readRomanised('A shift e nasta kokhon dey canteen e?')).toBe('when A shift tiffin canteen?');
    expect(readRomanised('tope de hotel si me mandan a otra ciudad que no sea santo domingo')).toBe(
      'tope hotel send ciudad santo domingo',
    );
  });

  it('leaves short English questions with words other languages have as they are', () => {
    for (const q of ['Overtime pay on Mon?', 'AI on Mon?', 'On Mon?', 'Notes on AI use?', 'EST on Mon?'])
      expect(readRomanised(q)).toBe(q);
    // English words inside a question typed in another language are kept as English.
    expect(readRomanised('a paguhet overtime per part time?')).toBe('is paid overtime part time?');
    expect(readRomanised('cat vin primim de Craciun?')).toMatch(/\bvin\b/);
    expect(readRomanised('si me mandan a Puerto Plata, cuanto es el viatico?')).toMatch(/Puerto Plata/);
  });

  it('drops unknown verb forms only in the language it was read in', () => {
    const q = 'koliko dana ferija imam ako sam 10 god u firmi?';
    const read = readRomanised(q);
    expect(read).toBe('how many days ferija I have 10 god company?');
    expect(withoutUnknownRomanised(read, q, noWords)).toMatch(/^how many days/);
    // A question no language reads is kept.
    expect(withoutUnknownRomanised('how many days off?', 'how many days off?', noWords)).toBe(
      'how many days off?',
    );
  });
});
