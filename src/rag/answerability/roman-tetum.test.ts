/**
 * Where Tetum stands in roman-typed.ts's LANGUAGES: after Arabic and before Portuguese,
 *
 *   { read: readSerbian, … }, { read: readArabic, … }, { read: readTetum, drop: withoutUnknownTetum },
 *   { read: readPortugueseQuestion }, …
 *
 * Before Portuguese, because Portuguese takes Tetum questions that carry its loanwords or its "se" and reads them
 * badly ("quantos dias de férias mak ha'u bele hetan?" keeps "mak ha'u bele hetan"; "saida", Tetum's what, is
 * Portuguese's "saída"), and Albanian, later still, takes "sa" ("tanba sa", why) for its "how much". Tetum takes
 * none of theirs: its sign that asks is always a word of its own ("hira", "bele", "mak"), never a loanword, and
 * `typedInTetum` read none of the ~4,500 questions of the other readers' tests. After Serbian and Arabic, which
 * read no Tetum question here and keep their place at the front ("ne", "sa" and "se" are Serbian's too).
 * The questions below were made up for these tests, not taken from any data file.
 */
import { describe, expect, it } from 'vitest';
import { privatePersonAsked } from './private-request.js';
import { readTetum, typedInTetum, withoutUnknownTetum } from './roman-tetum.js';
import { ASKING, PHRASES, SPELLINGS, WORDS } from './roman-tetum-words.js';
import { readRomanised } from './roman-typed.js';

const noWords = { df: () => 0, chunks: 1 } as never;

// roman-typed.ts's order, Tetum where the comment above puts it.
const readInOrder = readRomanised;

const TETUM: ReadonlyArray<readonly [string, string]> = [
  ['loron hira ba licensa?', 'how many days leave?'],
  ["ha'u bele hetan lisensa anuál loron hira?", 'how many days can get annual leave?'],
  ["saláriu fulan ne'e selu bainhira?", 'when salary this month pay?'],
  ['oinsa atu husu lisensa moras?', 'how ask for sick leave?'],
  ['kantina iha nebee?', 'where canteen?'],
  ['se mak aprova lisensa?', 'who approve leave?'],
  ['tanba sa osan transporte seidauk tama?', 'why transport allowance not yet arrive?'],
  ["bele ka lae ha'u lori kareta ba servisu?", 'can I bring car work?'],
  ['lisensa isin rua fulan hira?', 'how many months maternity leave?'],
  ["ha'u nia aman mate, bele hetan lisensa loron hira?", 'my father death. how many days can get leave?'],
  ['turnu kalan hahú tuku hira?', 'what time night shift start?'],
  ['servisu oras hira loron ida?', 'how many hours work a day?'],
  ["kapasete no sapatu seguransa hetan husi ne'ebé?", 'where from helmet and shoes safety get?'],
  ['uniforme foun hetan dala hira iha tinan ida?', 'how many times uniform new get a year?'],
  ['loron feriadu nasionál ami tenke servisu ka lae?', 'public holiday must work?'],
  ["se mak ha'u tenke hato'o karta moras ba?", 'who must send sick note?'],
  ['bele fuma iha fatin servisu?', 'can smoke workplace?'],
];

describe('a question typed in Tetum chat', () => {
  it('is read as the English it asks: the word of asking first, grammar left out, everyday words in English', () => {
    for (const [typed, read] of TETUM) expect(readTetum(typed)).toBe(read);
  });

  it("reads chat's spellings, a phone's capital, and a question said after what it is about", () => {
    expect(readTetum('Loron hira ba lisensa kaben?')).toBe('how many days marriage leave?');
    expect(readTetum("Saida mak ha'u tenke lori?")).toBe('what must bring?');
    expect(readTetum('hau presiza lori saida bainhira mai servisu loron primeiru?')).toBe(
      'what need bring come work day first?',
    );
    // "bainhira" before another word of asking says when; the other word asks.
    expect(readTetum("bainhira ha'u moras ha'u tenke halo saida?")).toBe('what sick must do?');
    expect(readTetum("payslip fulan ne'e seidauk tama, tanba sa?")).toBe(
      'payslip this month not yet arrive. why?',
    );
    expect(readTetum("ha'u nia feen isin rua, lisensa paternidade loron hira?")).toBe(
      'my wife pregnant. how many days paternity leave?',
    );
  });

  it('reads Tetum mixed with Portuguese, Indonesian and English, keeping the English as typed', () => {
    expect(readTetum("quantos dias de férias mak ha'u bele hetan?")).toBe(
      'how many days annual leave can get?',
    );
    expect(readTetum('subsídio de natal selu bainhira?')).toBe('when Christmas bonus pay?');
    expect(readTetum('kuantu ba oras extra loron domingu?')).toBe('how much overtime Sunday?');
    expect(readTetum("ha'u nia annual leave hira loron?")).toBe('how many days my annual leave?');
    expect(readTetum('bele claim overtime ba loron domingu?')).toBe('can claim overtime Sunday?');
    expect(readTetum("ha'u bele libur loron sesta?")).toBe('can day off Friday?');
    expect(readTetum('ita nia kompania selu subsídiu transporte loron-loron?')).toBe(
      'our company pay transport allowance daily?',
    );
  });

  it("reads a name before 'nia' as that person's, so a private request is seen", () => {
    expect(readTetum('Maria Soares nia saláriu hira?')).toBe("how much Maria Soares's salary?");
    expect(privatePersonAsked(readTetum('Maria Soares nia saláriu hira?'))).toBe('Maria Soares');
    expect(readTetum('saláriu Maun João nian hira?')).toBe('how much salary of Maun João?');
    expect(readTetum("João Pereira nia enderesu uma iha ne'ebé?")).toBe("where João Pereira's home address?");
    expect(privatePersonAsked(readTetum("João Pereira nia enderesu uma iha ne'ebé?"))).toBe('João Pereira');
  });

  it("leaves English, Portuguese, Indonesian and its other neighbours' questions alone", () => {
    for (const question of [
      'how many days of annual leave do I get?',
      'can my mate take leave for a funeral?',
      'where is the motor pool?',
      "ha'u moras ohin. can I take sick leave without a doctor's note?",
      // Portuguese, with Tetum's loanwords, its "se" and "saída"
      'quantos dias de férias tenho?',
      'posso tirar férias se estiver doente?',
      'quem aprova as férias?',
      'qual a hora de saida do turno da noite e quando pagam o salario?',
      // Indonesian and Malay, with Malay's "mak" (mother)
      'berapa hari cuti?',
      'mak saya sakit, boleh cuti?',
      'bila gaji masuk?',
      // Romanian's "sa", Albanian's "sa" and "ne", French's "sa", Kreol, Spanish, Bengali's "ami", Hindi's "sa"
      'cand pot sa iau concediu de odihna?',
      'sa dite pushim kam ne vit?',
      'quelle est sa date de paie?',
      'ki ler kantin la ouver?',
      'cuantos dias de vacaciones me dan?',
      'ami koto din chuti pabo?',
      'mujhe thoda sa advance mil sakta hai kya?',
      'koliko dana godisnjeg odmora imam?',
    ]) {
      expect(typedInTetum(question)).toBe(false);
      expect(readTetum(question)).toBe(question);
      expect(readInOrder(question)).toBe(readRomanised(question));
    }
  });

  it("is read so in its place in roman-typed.ts's order, before Portuguese and Albanian, which took these", () => {
    for (const [typed, read] of TETUM) expect(readInOrder(typed)).toBe(read);
    expect(readRomanised("quantos dias de férias mak ha'u bele hetan?")).not.toMatch(/mak ha'u bele hetan/);
    expect(readRomanised("payslip fulan ne'e seidauk tama, tanba sa?")).toBe(
      'payslip this month not yet arrive. why?',
    );
  });

  it('keeps its phrases and words in the spelling the reading compares them in', () => {
    const listed = [...ASKING.keys(), ...WORDS.keys(), ...PHRASES.flatMap(([words]) => words.split(' '))];
    expect(listed.filter((word) => SPELLINGS.has(word))).toEqual([]);
    expect(SPELLINGS.get('nebee')).toBe("ne'ebé");
    expect(SPELLINGS.get('salariu')).toBe('saláriu');
    // "to'o" (until) is never typed "too", which is English.
    expect(SPELLINGS.has('too')).toBe(false);
  });

  it("drops no word of a reading: Tetum's verbs take no endings", () => {
    const written = 'bele hetan adiantamentu saláriu?';
    expect(readTetum(written)).toBe('can get advance salary?');
    expect(withoutUnknownTetum('can get advance salary?', written, noWords)).toBe('can get advance salary?');
  });
});
