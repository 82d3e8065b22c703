/**
 * @module What the words before a number say about it: a label that makes it a phone number ("tel.",
 * "call me on", "Handy", "cellulare"), or one that makes it some other number ("order", "invoice", "ISBN").
 */

// Words that introduce a phone number, in the languages tandem's users write (en de fr nl es it pt).
const PHONE_WORDS = [
  'phone',
  'ph',
  'tel',
  'tél',
  'telephone',
  'téléphone',
  'telefon',
  'telefoon',
  'teléfono',
  'telefono',
  'telefone',
  'mobile',
  'mob',
  'cell',
  'cellphone',
  'cellulare',
  'cel',
  'celular',
  'móvil',
  'movil',
  'portable',
  'handy',
  'mobil',
  'mobiel',
  'gsm',
  'landline',
  'festnetz',
  'fijo',
  'fisso',
  'fixe',
  'fax',
  'whatsapp',
  'sms',
  'text',
  'call',
  'calling',
  'ring',
  'dial',
  'reach',
  'contact',
  'bel',
  'bellen',
  'anruf',
  'anrufen',
  'rufen',
  'appeler',
  'appelé',
  'joindre',
  'llamar',
  'llame',
  'chiamate',
  'chiamare',
  'ligar',
  'ligue',
];

// Words that introduce some other number a support desk sees: orders, invoices, parcels, products.
const OTHER_NUMBER_WORDS = [
  'order',
  'orders',
  'bestelling',
  'bestellung',
  'bestellnummer',
  'commande',
  'pedido',
  'ordine',
  'encomenda',
  'invoice',
  'factuur',
  'rechnung',
  'facture',
  'factura',
  'fattura',
  'tracking',
  'sendung',
  'receipt',
  'ticket',
  'ref',
  'reference',
  'sku',
  'isbn',
  'gtin',
  'ean',
  'barcode',
  'serial',
  'batch',
  'booking',
  'reservation',
  'loyalty',
  'coupon',
  'voucher',
  'account',
  'id',
  'case',
  'policy',
  'rma',
  'vat',
  'iban',
  'ssn',
  'card',
];

const words = (list: string[]) => new RegExp(`(?<![\\p{L}\\d])(?:${list.join('|')})(?![\\p{L}])`, 'iu');
const PHONE_WORD = words(PHONE_WORDS);
const OTHER_NUMBER_WORD = words(OTHER_NUMBER_WORDS);
// How far back a label still speaks about the number: "Phone (Denver, daytime): …" fits, a sentence before does not.
const WINDOW = 32;

/** The text just before `at`, on the same line. */
function before(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - WINDOW), at);
  return window.slice(window.lastIndexOf('\n') + 1);
}

export type NumberContext = 'phone' | 'other' | 'none';

/** What the words before the number at `at` call it. A phone word wins: "order line, tel. …" is a phone. */
export function numberContext(text: string, at: number): NumberContext {
  const lead = before(text, at);
  if (PHONE_WORD.test(lead)) return 'phone';
  return OTHER_NUMBER_WORD.test(lead) ? 'other' : 'none';
}
