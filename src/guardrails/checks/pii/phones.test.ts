import { describe, expect, it } from 'vitest';
import { findPii } from './index.js';

const phones = (text: string, regions?: Parameters<typeof findPii>[2]) =>
  findPii(text, ['phone'], regions).map((f) => f.value);

// [text, the phone numbers in it], with the default regions.
const found: Array<[string, string[]]> = [
  ['Call me on +31 20 123 4567 tomorrow', ['+31 20 123 4567']],
  ['my number is (415) 555-2671', ['(415) 555-2671']],
  ['Ring 0044 20 7946 0958 from abroad', ['0044 20 7946 0958']],
  ['Festnetz: +49 (0)30 901820 55, tagsüber', ['+49 (0)30 901820 55']],
  ['Appelez le 06.23.45.67.89 avant midi', ['06.23.45.67.89']],
  ['Mon fixe 01 45 67 89 10, merci', ['01 45 67 89 10']],
  ['Bel 010-4567890 voor de afspraak', ['010-4567890']],
  ['Handy: 0160 98765432', ['0160 98765432']],
  ['Il fisso di Torino è 011 5678 123', ['011 5678 123']],
  ['Llámame al 655 43 21 09 por favor', ['655 43 21 09']],
  ['Kantoor Antwerpen 03 234 56 78', ['03 234 56 78']],
  ['Contact: 0485/12.34.56', ['0485/12.34.56']],
  ['Office in Perth (08) 9123 4567', ['(08) 9123 4567']],
  ['Chennai desk 044 2345 6789', ['044 2345 6789']],
  ['Ligue para (31) 3456-7890', ['(31) 3456-7890']],
  ['Sales: 312.555.0148 or 720-555-0199', ['312.555.0148', '720-555-0199']],
  ['Two lines: 030 1234567 / 0171 4455667', ['030 1234567', '0171 4455667']],
  // A label makes a number a phone even in a range the numbering plan does not hold.
  ['tel. 07700 900321, after 5', ['07700 900321']],
  ['cellulare 340 000 0000', ['340 000 0000']],
  ['Tél. : 09 99 99 99 99', ['09 99 99 99 99']],
  ['Order 12 for Ann, tel. 1234 56789', ['1234 56789']],
  ['call 0612345678 or tel 4155552671', ['0612345678', '4155552671']],
  ['<a href="tel:+31201234567">bel ons</a>, Tel.:0171 4455667', ['+31201234567', '0171 4455667']],
  // Extensions and labels stay out of the span.
  ['Phone: +1 (212) 555-0187 ext. 42', ['+1 (212) 555-0187']],
  // The nearer word decides: a phone label after a prescription is still a phone.
  ['Call me on 0612345678 about my prescription', ['0612345678']],
];

// Numbers that are not phone numbers, though some numbering plan would allow their digits.
const notPhones = [
  'I ordered on 2025-03-12 and again on 14.11.2025',
  'Order 2025-118834 is still processing',
  'Meine Bestellnummer ist 304-2291887-1102',
  'The ISBN is 978-0-14-103614-4',
  'GTIN 05012345678900 is missing, barcode 8710398512345 too',
  'Tracking 1Z 999 AA1 01 2345 6784 says delivered',
  'Receipt number 000123-4567-89 from store 114',
  'Ma commande n° 7741209 est en retard',
  'Running version 10.0.19041.1 on 192.168.1.20',
  'Pay 1.234,56 EUR, ref 88-2231-0045',
  'Serial 4C2X 99112233 on the box',
  'The account number is 2025118834',
  'Timestamp 1732960000, epoch ms 1732960000123',
  'Please call about invoice 2025-118834',
  'We want to reach 12500000 users, call 1 250 000 000 a target',
  'Revenue was 1 234 567 890 last year',
  'NL91 ABNA 0417 1643 01 is a typo',
  // A pharmacy's numbers: prescriptions and pick-up codes.
  'Prescription number 0612345678 is ready?',
  'Rx #0612345678 was refilled on 03/12/2025.',
  'Pick-up code 0203 456 789 at the counter.',
  'Receta electrónica 912 345 678 caducada',
];

describe('phone numbers', () => {
  it.each(found)('finds the numbers in: %s', (text, values) => {
    expect(phones(text)).toEqual(values);
  });

  it.each(notPhones)('finds none in: %s', (text) => {
    expect(phones(text)).toEqual([]);
  });

  it('reads national numbers only in the regions it is given', () => {
    const text = 'Paris 06 12 34 56 78 or Boston (617) 555-0163';
    expect(phones(text, ['FR'])).toEqual(['06 12 34 56 78']);
    expect(phones(text, ['US'])).toEqual(['(617) 555-0163']);
    expect(phones(text, ['FR', 'US'])).toEqual(['06 12 34 56 78', '(617) 555-0163']);
    expect(phones('Sydney office 0412 345 678', ['AU'])).toEqual(['0412 345 678']);
    // Without a label, a number is found only where it is valid; the international form everywhere.
    expect(phones('Sydney office 0412 345 678', ['US'])).toEqual([]);
    expect(phones('Sydney office +61 412 345 678', ['US'])).toEqual(['+61 412 345 678']);
    expect(phones('Sydney office 0412 345 678', 'AU')).toEqual(['0412 345 678']);
  });

  it('a French number written with dots is a phone, not an IP address', () => {
    expect(findPii('Vous pouvez me joindre au 06.12.34.56.78').map((f) => [f.kind, f.value])).toEqual([
      ['phone', '06.12.34.56.78'],
    ]);
  });
});
