/**
 * @module A question typed in Tetum (Tetun Dili) chat, as staff in Timor-Leste type it, mixed with Portuguese
 * loanwords, Indonesian words and English ("loron hira ba licensa?", "saláriu fulan ne'e selu bainhira?"), read as
 * the English question it asks ("how many days leave?", "when salary this month pay?"). The reading is
 * roman-reading.ts's; Tetum's own rules are here: "hira" of what is counted asks how many, "bainhira" before another
 * word of asking says when (not asks it), the owner goes before "nia" ("Maria nia saláriu": Maria's salary), and
 * Portuguese's "saída" is no "saida" (what). Tetum's verbs take no endings. The word lists were written from general
 * knowledge of the language, without reading any organisation's documents or questions.
 */
import { type RomanLanguage, romanReading } from './roman-reading.js';
import { ASKING, DROPPED, MARKERS, PHRASES, SPELLINGS, WORDS } from './roman-tetum-words.js';

// What "hira" counts: read "how many" after these, "how much" after anything else ("osan", "saláriu").
const COUNTED = /^(?:days?|hours?|weeks?|months?|years?|times?|people|child|children|employees?|shifts?)$/;
// Words of asking that ask on their own, after which "bainhira" (when) only sets the time of the question.
const ASKS = new Set(['hira', 'oinsá', 'saida', 'sa', "ne'ebé", 'tansá']);

// "loron hira" is a phrase; "kareta hira", "funsionáriu hira": how many of the thing before.
function askingAt(word: string, tokens: string[], at: number, spelled: (t: string) => string) {
  if (word === 'hira' && /^%/.test(tokens[at + 1] ?? '')) return 'what percent';
  if (word === 'hira')
    return COUNTED.test(WORDS.get(spelled(tokens[at - 1] ?? '')) ?? '') ? 'how many' : undefined;
  // "bainhira ha'u moras ha'u tenke halo saida?": when I am sick, what must I do. Said, not asked: the later word
  // asks.
  const asksLater = tokens.slice(at + 1).some((t) => ASKS.has(spelled(t)));
  if ((word === 'bainhira' || word === 'wainhira') && asksLater) return '';
  return undefined;
}

// Tetum's word lists and rules.
const TETUM: RomanLanguage = {
  asking: ASKING,
  phrases: PHRASES,
  dropped: DROPPED,
  words: WORDS,
  markers: MARKERS,
  // "can", "must", "get", "pay", "want", "need", "there is", and the "mak" that stands beside a word of asking
  // ("se mak aprova?", who approves): none a word of Portuguese, Indonesian or English, so a Portuguese question
  // with Tetum's loanwords in it ("férias", "semana") has no sign of Tetum that asks.
  verbs: new Set(
    "bele labele tenke hetan selu simu hakarak presiza iha hatene foti husu hatama hato'o hahú hatais uza kaben fó mak maka".split(
      ' ',
    ),
  ),
  spellings: SPELLINGS,
  // Words Portuguese, Spanish, Romanian, Albanian, Indonesian, Malay, Bengali, Hindi or Urdu type alike ("ami",
  // Bengali's "I"; "rua", Portuguese's street, and "moras", you live; "sa", Romanian's "to"; "ne", Albanian's "in";
  // "gaji", Indonesian's own; "tuan", Malay's sir; "mai", Hindi's "in"): no sign of Tetum on their own.
  shared: new Set(
    "ami sa ka se de la no ne'e mai rua uma semana ida mina taka fila lori tuan halo han aman motor bis bota luvas férias agora transporte uniforme família segunda sexta telefone motorista ajuda tarde kolega favor obrigada obrigadu senhor senhora bebé natál domingu sábadu oras pauza moras aprova fuma abríl libur kantor gaji cuti sakit".split(
      ' ',
    ),
  ),
  // Words the dictionary has as names or acronyms that are plainly Tetum in a question ("saida" is not: it is
  // Portuguese's "saída" too).
  plainly: new Set(['hira', 'iha', 'loron', 'osan', 'bele', 'hetan', 'servisu']),
  // "Maria nia saláriu", "João Pereira nia kontratu": the name's "'s". Tetum has no case endings typed apart.
  genitive: new Set(['nia']),
  locative: new Set(),
  // "saláriu Maun João nian": the salary of Maun João.
  owned: new Set(['saláriu', 'númeru', 'telefone', 'enderesu', 'uma', 'kontratu', 'feen', "la'en", 'oan']),
  titles: new Set('Maun Mana Sr Sr. Sra Sra. Senhor Senhora Dona Dr Dr. Dra Tiu Tia Pak Bu Ibu'.split(' ')),
  // "no" (and) joins two things more often than two questions ("kapasete no sapatu"): read as "and".
  joins: /\s*,\s*|\s+and\s+/i,
  leadingJoin: /^\s*(?:no|and|entaun|depois)\s+/i,
  askingAt,
  // Tetum's verbs take no endings ("selu" is pay, paid and paying): no form of one is unknown.
  verbForm: /(?!)$/,
  verbStems: new Set(),
};

const tetum = romanReading(TETUM);

// Portuguese's "saída" (the way out, the end of a shift) after an article or a preposition ("a saída", "hora de
// saida"): no Tetum "saida" (what), so no sign of Tetum in a Portuguese question.
const PORTUGUESE_SAIDA = /(?<!\p{L})(?:a|as|à|da|de|na|pela|sua|minha)\s+sa[ií]da(?!\p{L})/giu;
// A sentence's first word without its capital, as the reading takes it ("Hira osan?").
const SENTENCE_START = /(^|[.?!]\s+)(\p{Lu})(?=\p{Ll})/gu;

/** Whether a question is typed in Tetum (two words the lists know, one that asks, one plainly Tetum). */
export const typedInTetum = (question: string): boolean =>
  tetum.typedIn(
    question
      .replace(PORTUGUESE_SAIDA, ' ')
      .replace(SENTENCE_START, (_, before: string, first: string) => before + first.toLowerCase()),
  );
/** The question read in English when it is typed in Tetum; else the question as it is. */
export const readTetum = (question: string): string =>
  typedInTetum(question) ? tetum.read(question) : question;
/** The reading as it is: Tetum's verbs have no forms that neither English nor the knowledge base knows. */
export const withoutUnknownTetum = tetum.withoutUnknown;
