// Where Kabuverdianu stands in roman-typed.ts's LANGUAGES: FIRST, before Serbian, and so before Portuguese. Portuguese
// takes many Kabuverdianu questions, whose "q", "é", "pa" and "na" are its own words too, and reads them badly
// ("quonts dia antes m tem q pedi férias?" as "quonts day antes m pedi férias?", "N'ta começá trabaiá segunda. …"
// as "N'ta start trabaiá segunda. …"); Serbian, at the front, takes those with "sta" or "ki" in them ("kenha ki N
// ten ki fla si N sta duenti?" as "what kenha ki N ten ki fla N duenti?"). Kabuverdianu's reader takes none of
// the ~4,600 questions of the other readers' tests (it counts only with two words of its own, or one of its own
// words of asking beside its "m", "N", "bu", "nha", "ki" or "ta", and more of its own than of Portuguese's or a
// neighbour's), so it costs them nothing to be tried first. Kriol, Arabic and Tetum took none of the questions below.
// The questions below were made up for these tests, not taken from any data file.
import { describe, expect, it } from 'vitest';
import { readPortugueseQuestion } from './portuguese-question.js';
import { privatePersonAsked } from './private-request.js';
import { readKabuverdianu, typedInKabuverdianu, withoutUnknownKabuverdianu } from './roman-kabuverdianu.js';
import { ASKING, PHRASES, SPELLINGS, WORDS } from './roman-kabuverdianu-words.js';
import { readSerbian } from './roman-serbian.js';
import { readRomanised } from './roman-typed.js';

const noWords = { df: () => 0, chunks: 1 } as never;

// roman-typed.ts's order with Kabuverdianu tried first, as the comment above puts it.
const readInOrder = (question: string) => {
  const read = readKabuverdianu(question);
  return read !== question ? read : readRomanised(question);
};

// São Vicente's (Barlavento) chat, as the brief's examples type it.
const BARLAVENTO: ReadonlyArray<readonly [string, string]> = [
  [
    "quont'é q nhôs tita pagá pa quilo d'gaiado d 2 kg qualidade A?",
    'how much do you pay for kilo of gaiado of 2 kg quality A?',
  ],
  ["ond'é q m ta oiá nha folha d pagamento?", 'where do I see my payslip?'],
  [
    "N'ta começá trabaiá segunda. Qu'hora m tem q tchegá e quê q m tem q trazê?",
    'I start work Monday. what time do I have to arrive, and what do I have to bring?',
  ],
  [
    'm tá prenha, m pode continuá ta trabaiá na frizer?',
    'I am pregnant. can I continue to work in the freezer?',
  ],
  ['quonts dia antes m tem q pedi férias?', 'how many days before I have to ask for leave?'],
  [
    'mi é tripulante na Monte Verde. quont tempe antes m tem q tá na cais?',
    'I am crew member at Monte Verde. how long before I have to be at the quay?',
  ],
  ["quont'é nhôs ta pagá pa hora extra na domingo?", 'how much do you pay for overtime on Sunday?'],
  ['kuzé k m tem q levá pa trabói?', 'what do I have to take for work?'],
  ['m ka pode bem trabaiá oje, kenha q m tem q tchmá?', 'I cannot come work today. who do I have to call?'],
  ['Ondé q m ta pegá nha farda?', 'where do I get my uniform?'],
];

// Santiago's (Sotavento), in the spelling ALUPEC gives it and chat's.
const SOTAVENTO: ReadonlyArray<readonly [string, string]> = [
  ['kantu dia di férias N ten pa anu?', 'how many days of leave I have per year?'],
  ['kuandu ki nhos ta paga salariu di es mes?', 'when do you pay salary of this month?'],
  ['undi ki N ta bai buska nha farda?', 'where do I go look for my uniform?'],
  ['kenha ki N ten ki fla si N sta duenti?', 'who do I have to tell if I am sick?'],
  ['modi ki N ta pidi lisensa di maternidadi?', 'how do I ask for maternity leave?'],
  ['pamodi ki nha salariu ka txiga inda?', 'why my salary not arrive yet?'],
  ['kal dia ki nhos ta paga oras extra?', 'which day do you pay overtime?'],
  ['ki ora ki turnu di noti ta kumesa?', 'what time night shift start?'],
  ['nha fidju sta duenti, N pode fika na kaza manhan?', 'my child is sick. can I stay at home tomorrow?'],
];

describe('a question typed in Cape Verdean Creole (Kabuverdianu) chat', () => {
  it("is read as the English it asks, as São Vicente types it: elided words apart, English's 'do' put in", () => {
    for (const [typed, read] of BARLAVENTO) expect(readKabuverdianu(typed)).toBe(read);
  });

  it("is read so as Santiago types it, in ALUPEC's spelling or chat's", () => {
    for (const [typed, read] of SOTAVENTO) expect(readKabuverdianu(typed)).toBe(read);
  });

  it('reads "kantu" of what is counted as how many, "pa" before a verb as "to", and "tá" after "have to" as "be"', () => {
    expect(readKabuverdianu('kantu luva ki nhos ta da pa simana?')).toBe(
      'how many gloves do you give per week?',
    );
    expect(readKabuverdianu('kantu ki nhos ta paga pa sta na kais dumingu?')).toBe(
      'how much do you pay to be at the quay Sunday?',
    );
    expect(readKabuverdianu('N ka pode bai trabadja manhan, N mesti pidi folga pa sigunda?')).toBe(
      'I cannot go work tomorrow. I need ask for day off for Monday?',
    );
  });

  it('leaves out a greeting, "bu pode fla-m …" or "m crê sabê …" opening a sentence', () => {
    expect(readKabuverdianu('Bon dia, kantu tenpu ki N ten ki trabadja pa N ten féria?')).toBe(
      'how long do I have to work for me to have leave?',
    );
    expect(readKabuverdianu('bu pode flan modi q m ta pidi folga?')).toBe('how do I ask for day off?');
    expect(readKabuverdianu("m crê sabê qu'hora q barco ta sai")).toBe('what time boat leave?');
  });

  it('keeps a name typed with capitals as typed, and reads a thing of a person as theirs', () => {
    expect(readKabuverdianu('Kantu ki Sr. Lopes ta ganha?')).toBe('how much Sr. Lopes earn?');
    expect(readKabuverdianu('mi é tripulante na Monte Verde, undi ki N ta odja nha turnu?')).toBe(
      'I am crew member at Monte Verde. where do I see my shift?',
    );
    const read = readKabuverdianu('kantu é salariu di Djon Lopes?');
    expect(read).toBe('how much salary of Djon Lopes?');
    expect(privatePersonAsked(read)).toBe('Djon Lopes');
  });

  // Each with what roman-typed.ts's order (without Kabuverdianu) reads it as, which Kabuverdianu tried first keeps.
  const NOT_KABUVERDIANU: readonly string[] = [
    // Portuguese, with the words Kabuverdianu borrows from it ("férias", "cais", "tripulante")
    'quanto é o subsídio de alimentação por dia?',
    'onde vejo o meu recibo de vencimento?',
    'vc sabe q hora abre o refeitório?',
    'ond fica o refeitório?',
    'quando é q recebemos o subsídio de férias?',
    'estou grávida, posso continuar a trabalhar na câmara frigorífica?',
    'quantos dias antes tenho que pedir férias?',
    'sou tripulante no Monte Verde. quanto tempo antes tenho de estar no cais?',
    'Qual é o horário de trabalho na fábrica?',
    // Spanish, Italian, Haitian, Tetum, Indonesian, Hindi, Serbian and the English creoles
    'cuanto pagan por la hora extra?',
    'a ke hora tengo ke llegar el lunes?',
    'quanto mi pagano per ora?',
    'konbyen jou konje mwen genyen?',
    'ki lè m dwe rive lendi?',
    'loron hira ba licensa?',
    'kapan gajian bulan ini?',
    'bhai kal ki shift kya hai?',
    'da li mi se placa bolovanje?',
    'mi kyaan come tomorrow, who fi call?',
    // English
    'where do I see my payslip?',
    'how much do you pay per kilo of tuna?',
  ];

  it('leaves Portuguese, Spanish, Haitian, Tetum, Indonesian, English and Italian questions alone', () => {
    for (const q of NOT_KABUVERDIANU) {
      expect(typedInKabuverdianu(q)).toBe(false);
      expect(readKabuverdianu(q)).toBe(q);
      expect(readInOrder(q)).toBe(readRomanised(q));
    }
  });

  it("is read so in its place in roman-typed.ts's order, before Serbian and Portuguese, which took these", () => {
    for (const [typed, read] of [...BARLAVENTO, ...SOTAVENTO]) expect(readInOrder(typed)).toBe(read);
    expect(readSerbian('kenha ki N ten ki fla si N sta duenti?')).not.toBe(
      'kenha ki N ten ki fla si N sta duenti?',
    );
    expect(readPortugueseQuestion('quonts dia antes m tem q pedi férias?')).toBe(
      'quonts day antes m pedi férias?',
    );
  });

  it('keeps its phrases and words in the spelling the reading compares them in', () => {
    const listed = [...ASKING.keys(), ...WORDS.keys(), ...PHRASES.flatMap(([words]) => words.split(' '))];
    expect(listed.filter((word) => SPELLINGS.has(word))).toEqual([]);
    expect(SPELLINGS.get('oiá')).toBe('odja');
    expect(SPELLINGS.get('tchêu')).toBe('txeu');
    // "tá" is "sta" (be), not the "ta" that marks a verb; "quê" asks what, "que" is only "that".
    expect(SPELLINGS.get('tá')).toBe('sta');
    expect(SPELLINGS.get('quê')).toBe('ke');
    expect(SPELLINGS.get('que')).toBe('ki');
  });

  it("drops no word of a reading: Kabuverdianu's verbs take no endings", () => {
    const written = 'kantu dia di férias N ten pa anu?';
    const read = readKabuverdianu(written);
    expect(withoutUnknownKabuverdianu(read, written, noWords)).toBe(read);
  });

  it('reads "ki ora" and "ki dia" as its own asking, and "si" as if (review)', () => {
    expect(readKabuverdianu('a ki ora ki autokaru ta sai?')).toBe('what time bus leave?');
    expect(readKabuverdianu('ki dia ki nhos ta paga?')).toBe('which day do you pay?');
    expect(readKabuverdianu('kuze ki N debe faze si N perde nha kartão?')).toContain(' if I lose');
    // Spanish's "si" and "debe" are no sign of it.
    expect(readKabuverdianu('cuanto debe pagar el trabajador si pierde el carnet?')).toBe(
      'cuanto debe pagar el trabajador si pierde el carnet?',
    );
  });
});
