/**
 * @module What the words before a number say about it: a label that makes it a phone number ("tel.",
 * "call me on", "Handy", "cellulare"), or one that makes it some other number ("order", "invoice", "ISBN").
 */

// Words that introduce a phone number, in the languages tandem's users write (en de fr nl es it pt).
const PHONE_WORDS = [
  'phone',
  'phones',
  'phoned',
  'ph',
  'tlf',
  'tfno',
  'hotline',
  'helpline',
  'switchboard',
  'pager',
  'bleep',
  'tel',
  'tél',
  'telephone',
  'téléphone',
  'telefon',
  'telefoon',
  'teléfono',
  'telefono',
  'telefone',
  'telemóvel',
  'telemovel',
  'contacto',
  'contactar',
  'contatto',
  'kontakt',
  'cellular',
  'mobiele',
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

// "My number is …" speaks of a phone, "order number …" does not: these count only when no other word is near.
const NUMBER_WORDS = ['number', 'nummer', 'numero', 'número', 'numéro', 'num', 'no\\.', 'nr', 'n°', 'nº'];

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
  'customer',
  'kunde',
  'kundennummer',
  'artikel',
  'article',
  'item',
  'part',
  'model',
  'lot',
  'patient',
  'mrn',
  'nhs',
  'insurance',
  'member',
  'medicare',
  'claim',
  'employee',
  'payroll',
  'staff',
  'tax',
  'passport',
  'licence',
  'license',
  'flight',
  'pnr',
  'confirmation',
  'transaction',
  'sort',
  'routing',
  // Pharmacies and clinics: prescriptions and pick-up codes are numbers, not phones.
  'prescription',
  'rx',
  'receta',
  'ordonnance',
  'rezept',
  'ricetta',
  'receita',
  'recept',
  'code',
  'pin',
  'pickup',
  'pick-up',
];

const words = (list: string[]) => new RegExp(`(?<![\\p{L}\\d])(?:${list.join('|')})(?![\\p{L}])`, 'giu');
const PHONE_WORD = words(PHONE_WORDS);
const OTHER_NUMBER_WORD = words(OTHER_NUMBER_WORDS);
const NUMBER_WORD = words(NUMBER_WORDS);
// How far back a label still speaks about the number: "Phone (Denver, daytime): …" fits, a sentence before does not.
const WINDOW = 32;

/** The text just before `at`, on the same line. */
function before(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - WINDOW), at);
  return window.slice(window.lastIndexOf('\n') + 1);
}

/** Where the last of the words ends in `lead`, or -1. */
function lastEnd(lead: string, re: RegExp): number {
  let end = -1;
  for (const m of lead.matchAll(re)) end = m.index + m[0].length;
  return end;
}

export type NumberContext = 'phone' | 'other' | 'none';

/**
 * What the words before the number at `at` call it. The nearer of a phone word and a word for another number
 * wins ("order 12, tel. …" is a phone, "call about invoice …" is not); a bare "number" ("my number is …")
 * counts for a phone only when neither is there.
 */
export function numberContext(text: string, at: number): NumberContext {
  const lead = before(text, at);
  const phone = lastEnd(lead, PHONE_WORD);
  const other = lastEnd(lead, OTHER_NUMBER_WORD);
  if (phone >= 0 || other >= 0) return phone > other ? 'phone' : 'other';
  return lastEnd(lead, NUMBER_WORD) >= 0 ? 'phone' : 'none';
}
