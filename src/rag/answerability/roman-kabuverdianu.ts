/**
 * @module A question typed in Cape Verdean Creole (Kabuverdianu) in chat, Santiago's or São Vicente's, with or
 * without accents and mixed with Portuguese and English ("ond'é q m ta oiá nha folha d pagamento?", "kantu dia di
 * férias N ten?"), read as the English question it asks ("where do I see my payslip?"). The reading is
 * roman-reading.ts's; Kabuverdianu's own rules are here: a word elided before another ("d'gaiado", "N'ta",
 * "qu'hora", "ond'é") is read as the two words it is, "kantu" of what is counted asks how many, "pa" before a verb
 * is "to", "na" is "in the" ("at" before a name), its verbs take no endings, and English's "do" goes before who
 * does what a word of asking asks of ("where do I see", "how much do you pay"). A question is Kabuverdianu's only
 * with two words Portuguese never writes ("nha", "nhôs", "txeu", "oiá", "trabaiá") or one of its own words of asking
 * beside "m", "N", "bu", "nha" or "ki", and more of its own words than of Portuguese's, Spanish's, Haitian's or
 * Tetum's: a question in Portuguese, whose words it borrows ("férias", "semana", "salário"), is left to Portuguese's
 * reader.
 * The word lists were written from general knowledge of the language, without reading any organisation's documents
 * or questions.
 */
import type { TermStats } from './assess.js';
import { doAskedReader } from './do-asked.js';
import { CREOLE_NEIGHBOUR_MARKERS } from './neighbour-markers.js';
import {
  ASKING,
  DROPPED,
  OWN,
  OWN_ASKING,
  PHRASES,
  PORTUGUESE,
  SPELLINGS,
  VERBS,
  WEAK,
  WORDS,
} from './roman-kabuverdianu-words.js';
import { ROMANCE } from './roman-kriol-words.js';
import { type RomanLanguage, romanReading } from './roman-reading.js';

// A word as the lists spell it, in lower case.
const spell = (word: string) => SPELLINGS.get(word.toLowerCase()) ?? word.toLowerCase();

// The words of asking as typed, for the patterns that look for one; "ki ora" and "ki dia" ask too.
const ASKED = `(?:${[...ASKING.keys(), ...[...SPELLINGS].filter(([, w]) => ASKING.has(w)).map(([t]) => t)].join('|')}|(?:ki|k|q|que)\\s+(?:h?oras?|dia))(?![\\p{L}])`;

// What "kantu" counts: read "how many" before these, "how much" before anything else ("kantu nhos ta paga").
const COUNTED =
  /^(?:days?|hours?|weeks?|months?|years?|times?|people|child(?:ren)?|gloves|boots|boxes|kilos?|shifts?)$/;

// "kantu" asks how many of what is counted, what percent before "%"; "kal" asks what before "ki" or "é".
function askingAt(
  word: string,
  tokens: string[],
  at: number,
  spelled: (t: string) => string,
): string | undefined {
  const next = spelled(tokens[at + 1] ?? '');
  // "kal ki nha turnu?", "kal é …": what is; before a thing, which.
  if (word === 'kal') return next === 'ki' || next === 'e' ? 'what' : undefined;
  if (word !== 'kantu') return undefined;
  if (/^%/.test(tokens[at + 1] ?? '')) return 'what percent';
  return COUNTED.test(WORDS.get(next) ?? next) ? 'how many' : undefined;
}

// Kabuverdianu's word lists and rules.
const KABUVERDIANU: RomanLanguage = {
  asking: ASKING,
  phrases: PHRASES,
  dropped: DROPPED,
  words: WORDS,
  markers: new Set([...OWN].map(spell)),
  verbs: new Set(VERBS.keys()),
  spellings: SPELLINGS,
  // Words Portuguese, Spanish, Tetum, Haitian, Hindi or Urdu type alike ("mi", "na", "di", "ka", "pa", "dia",
  // "pode", "paga"): no sign of Kabuverdianu on their own.
  shared: new Set(
    'mi na di ka pa e el es se ta ti dia mes anu ora pode paga sabe fika toma ganha muda sai da ten bai ben pai mai kaza folga baixa ferias turnu farda kantina motorista luva bota tardi kal ke ki modi'.split(
      ' ',
    ),
  ),
  // Words the dictionary has that are plainly Kabuverdianu's in a question ("fla", say; "nha", my).
  plainly: new Set(['fla', 'nha', 'nhos', 'undi', 'kenha', 'txiga', 'odja', 'dja']),
  // Kabuverdianu has no case endings: whose a thing is follows it with "di" ("salariu di Sr. Lopes").
  genitive: new Set(),
  locative: new Set(),
  // Commas, and "e" or "i" (and) where a second question follows: "kapasete e luva" is one thing asked for.
  joins: new RegExp(`\\s*,\\s*|\\s+(?:e|i|and)\\s+(?=${ASKED})`, 'iu'),
  // "e …" (and …), a greeting, "tudu dret", "bu pode fla-m …" (can you tell me) or "N kre sabe …" (I want to know)
  // opening a sentence say nothing.
  leadingJoin:
    /^(?:\s*(?:e|i|and|ntom|ent[aã]o|ol[aá]|oi|bo[nm]\s+dia|boa\s+(?:tarde|noite)|tud[ou]?\s+dret[ou]?|mantenha|pfv?|por\s+favor|(?:bu|bo|b[oô]|nhos|nh[oô]s)\s+(?:pode|pod[eê]|podi)\s+fl[aá](?:[-\s]?(?:m|n|mi))?|(?:n|m|mi)\s+(?:kre|cr[eê]|kr[eé]|misti|mest[eê])\s+sab[eê]?)[\s,]+)+/iu,
  askingAt,
  // Kabuverdianu's verbs take no endings ("paga" is pay, paid and paying): no form to drop.
  verbForm: /(?!)$/,
  verbStems: new Set(),
};

const kabuverdianu = romanReading(KABUVERDIANU);

// A word elided before the next ("d'gaiado", "N'ta", "qu'hora", "ond'é", "quont'é", "p'el"), or typed with its
// apostrophe apart ("d' gaiado"): the two words it is. English's own ("I'm", "don't") are left alone.
const ELIDED = /(?<![\p{L}'’])(d|n|m|k|q|qu|p|ond|quont|quant|kont|kant|pamód|pamod)['’]\s*(?=\p{L})/giu;
const withElisionsApart = (question: string) => question.replace(ELIDED, '$1 ');

// "N" (I), always typed with its capital: in lower case, so the reading reads it and does not keep it as a name.
const withPronounLowered = (question: string) => question.replace(/(?<![\p{L}'’])N(?=\s+\p{Ll})/gu, 'n');

// A sentence's first word as a phone capitalises it ("Kantu", "M tá", "Nha"), in lower case when the lists know
// it: the reading's own lowering misses a word of one letter, and the count of Kabuverdianu's words needs it too.
const withOpenersLowered = (question: string) =>
  question.replace(/(^|[.?!]\s+)(\p{Lu}\p{Ll}*)(?=[\s,?!.]|$)/gu, (all, before: string, word: string) =>
    kabuverdianu.isListed(spell(word)) ? `${before}${word.toLowerCase()}` : all,
  );

// A day or a month typed with its capital ("Segunda", "Sábado", "Dezembru"): no name, but the day, read so.
const withDaysLowered = (question: string) =>
  question.replace(/(?<![\p{L}'’])\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?![\p{L}'’])/gu, (day: string) =>
    /^\p{Lu}\p{Ll}/u.test(WORDS.get(spell(day.replace(/-/g, ''))) ?? '') ? day.toLowerCase() : day,
  );

// "na" before a name ("na Monte Verde", "na Mindelo") is "at" it; before a thing, "in the", which the lists read.
const withAtNames = (question: string) => question.replace(/(?<![\p{L}'’])na\s+(?=\p{Lu})/gu, 'at ');

// "m tá prenha, m pode …": what is told before a comma and a question of whether one can or must after it are two
// sentences, read as two ("I am pregnant. can I …").
const withCanAsked = (question: string) =>
  question.replace(
    /,\s*(?=(?:n|m|mi|nu|bu|bo|nhos|nhôs|bzot|el|es)\s+(?:pode|podê|podi|pudi|ten|tem|mesti|mestê)(?![\p{L}]))/gu,
    '. ',
  );

// "sta" (tá) is "is" ("nha fidju sta duenti"), but "be" after "have to", "can" or "want" ("m tem q tá na cais").
const withBeAfterModal = (question: string) =>
  question.replace(
    /(?<![\p{L}])((?:ten|tem|tên)\s+(?:ki|q|k|di|d|que)|pode|podê|podi|pudi|mesti|mestê|kre|crê)\s+(?:sta|stá|tá)(?![\p{L}])/giu,
    '$1 be',
  );

// The question as the lists spell it: its elisions apart, its pronoun, first words and days in lower case.
const asTyped = (question: string) =>
  withBeAfterModal(
    withCanAsked(
      withAtNames(withDaysLowered(withOpenersLowered(withPronounLowered(withElisionsApart(question))))),
    ),
  );

// Every word some neighbour types as its own (Spanish's "cuanto", Haitian's "konbyen", Tetum's "hira", Indonesian's
// "gaji", Hindi's "kya"), unless Kabuverdianu types it too; and Portuguese's own words, though its lists read them.
const NEIGHBOURS: ReadonlySet<string> = new Set([
  ...PORTUGUESE,
  ...[...ROMANCE, ...CREOLE_NEIGHBOUR_MARKERS].filter((w) => !kabuverdianu.isListed(w) && !OWN.has(w)),
]);

// A word in lower case without its marks.
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

// The words of a question in lower case, without "por favor", which a Kabuverdianu question borrows whole.
const tokensOf = (question: string) =>
  question
    .replace(/por\s+favor/giu, ' ')
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter(Boolean);

// "ki ora", "k'ora", "qu'hora" (what time): a word of asking of Kabuverdianu's own, though "ki" and "ora" are not.
const WHAT_TIME = /(?:^| )(?:ki|k|ke|kê|qu) (?:h?ora|dia)(?: |$)/;

// Two of Kabuverdianu's own words at least (and "ka" before a verb is one), or one of its own words of asking beside
// "m", "N", "bu", "nha", "ki" or "ta", and more of its own than of its neighbours': Portuguese has "onde", "quem",
// "semana" and "férias" too, and Spanish, Tetum and Haitian "na", "ka", "di" and "mi".
function outweighsNeighbours(question: string): boolean {
  const tokens = tokensOf(question);
  const own = tokens.filter((t, at) => OWN.has(t) || (t === 'ka' && VERBS.has(spell(tokens[at + 1] ?? ''))));
  const theirs = tokens.filter((t) => !OWN.has(t) && (NEIGHBOURS.has(t) || NEIGHBOURS.has(fold(t))));
  // "ki ora", "ki dia" count as one of its own words: "a ki ora ki autokaru ta sai?" has no other.
  const whatTime = WHAT_TIME.test(tokens.join(' '));
  const asks = (tokens.some((t) => OWN_ASKING.has(t)) || whatTime) && tokens.some((t) => WEAK.has(t));
  return (new Set(own.map(spell)).size >= 2 || asks) && own.length + (whatTime ? 1 : 0) > theirs.length;
}

// The English of the verbs, which a pronoun after a word of asking does: "do" goes before it ("where do I see").
const DOING = new Set(
  [...VERBS.values()].map((english) => english.split(' ')[0]!).filter((e) => e !== 'is' && e !== 'can'),
);
const withDoAsked = doAskedReader(DOING);

/** Whether a question is typed in Kabuverdianu (its own words, more of them than of Portuguese's or a neighbour's). */
export const typedInKabuverdianu = (question: string): boolean => {
  const typed = asTyped(question);
  return outweighsNeighbours(typed) && kabuverdianu.typedIn(typed);
};

/** The question read in English when it is typed in Kabuverdianu; else the question as it is. */
export const readKabuverdianu = (question: string): string => {
  if (!typedInKabuverdianu(question)) return question;
  const typed = asTyped(question);
  const read = kabuverdianu.read(typed);
  return read === typed ? question : withDoAsked(read);
};

/** The reading as it is: Kabuverdianu's verbs take no endings, so no unknown form of one is left to drop. */
export const withoutUnknownKabuverdianu = (read: string, written: string, stats: TermStats): string =>
  kabuverdianu.withoutUnknown(read, asTyped(written), stats);
