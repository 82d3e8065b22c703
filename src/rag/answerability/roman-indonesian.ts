/**
 * @module A question typed in Indonesian or Malay chat, mixed with English ("kapan gajian bulan ini?", "ada kos
 * buat karyawan cewek dekat KIMA? brp sebulan"), read as the English question it asks ("when payday this
 * month?"). The reading is roman-reading.ts's; Indonesian's own rules are here: no case endings, "dan" and
 * "terus" join two questions.
 */
import { ASKING, DROPPED, MARKERS, PHRASES, SPELLINGS, WORDS } from './roman-indonesian-words.js';
import { type RomanLanguage, romanReading } from './roman-reading.js';

// Indonesian's word lists and rules.
const INDONESIAN: RomanLanguage = {
  asking: ASKING,
  phrases: PHRASES,
  dropped: DROPPED,
  words: WORDS,
  markers: MARKERS,
  verbs: new Set(
    'bisa boleh ada mau harus perlu dapat dapet pulang masuk bayar lapor klaim ganti minta'.split(' '),
  ),
  spellings: SPELLINGS,
  // Words South Asia's readings type too ("mana", "sama", "ke"; Urdu's "ada karna", to pay): no sign of
  // Indonesian on their own.
  shared: new Set(['mana', 'sama', 'ke', 'hari', 'jam', 'ada', 'ga']),
  // Words the dictionary has that are plainly Indonesian in a question ("ada", "apa", "mau").
  plainly: new Set(['apa', 'mau', 'kos', 'anak', 'gaji', 'izin', 'sakit', 'harga', 'uang', 'saya']),
  // Indonesian has no case endings typed apart: whose and where are words before the name ("gaji Budi", "di
  // Makassar").
  genitive: new Set(),
  locative: new Set(),
  owned: new Set('gaji nomor hp wa alamat rumah rekening umur istri suami anak'.split(' ')),
  titles: new Set('Pak Bu Ibu Bapak Mas Mbak Kak Bang Encik Cik Puan Tuan'.split(' ')),
  joins: /\s*,\s*|\s+(?:dan|terus|trus|and)\s+/i,
  leadingJoin: /^\s*(?:dan|terus|trus|and)\s+/i,
  askingAt: () => undefined,
  // The endings verbs take ("bayarin", "kirimkan", "urusnya").
  verbForm: /(?:kan|nya|in|i)$/,
  verbStems: new Set('bayar ambil kirim urus ganti pakai pake kasih tanya isi lapor daftar cek'.split(' ')),
};

const indonesian = romanReading(INDONESIAN);

/** Whether a question is typed in Indonesian or Malay (two words the lists know, one plainly Indonesian). */
export const typedInIndonesian = (question: string): boolean => indonesian.typedIn(question);
/** The question read in English when it is typed in Indonesian or Malay; else the question as it is. */
export const readIndonesian = (question: string): string => indonesian.read(question);
/** The reading without the forms of Indonesian verbs that neither English nor the knowledge base knows. */
export const withoutUnknownIndonesian = indonesian.withoutUnknown;
