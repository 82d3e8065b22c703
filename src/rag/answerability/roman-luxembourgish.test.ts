// Where Luxembourgish stands in roman-typed.ts's LANGUAGES: after Tongan and before Portuguese, so before Romanian,
// Haitian and French, since Luxembourgish chat mixes in French words ("Merci", "Congé", "fiche de paie") and French's
// reader takes such a question ("wou ass de Sammelplatz zu Wasserbillig wann et brennt? merci") and reads it badly.
// Kabuverdianu, Wolof, Serbian, Krio, Kriol, Arabic, Tetum, Samoan and Tongan, tried before it, take none of the
// Luxembourgish questions below; Luxembourgish's reader takes none of the German, French, Dutch and English ones (it
// counts only with two words only Luxembourgish writes, or one of its own words of asking beside one of its small
// words, and more of its own than of German's, Dutch's, French's or English's), so it costs them nothing where it
// stands. The questions below were made up for these tests, not taken from any data file.
import { describe, expect, it } from 'vitest';
import { readFrenchQuestion } from './french-question.js';
import { readArabic } from './roman-arabic.js';
import { readKabuverdianu } from './roman-kabuverdianu.js';
import { readKrio } from './roman-krio.js';
import { readKriol } from './roman-kriol.js';
import {
  isLuxembourgishListed,
  readLuxembourgish,
  typedInLuxembourgish,
  withoutUnknownLuxembourgish,
} from './roman-luxembourgish.js';
import { ASKING, PHRASES, SPELLINGS, WORDS } from './roman-luxembourgish-words.js';
import { readSamoan } from './roman-samoan.js';
import { readSerbian } from './roman-serbian.js';
import { readTetum } from './roman-tetum.js';
import { readTongan } from './roman-tongan.js';
import { readRomanised } from './roman-typed.js';
import { readWolof } from './roman-wolof.js';

const noWords = { df: () => 0, chunks: 1 } as never;

// The readers roman-typed.ts tries before Luxembourgish's place.
const BEFORE = [
  readKabuverdianu,
  readWolof,
  readSerbian,
  readKrio,
  readKriol,
  readArabic,
  readTetum,
  readSamoan,
  readTongan,
];

// roman-typed.ts's order with Luxembourgish in its place, as the comment above puts it.
const readInOrder = (question: string) => {
  for (const read of BEFORE) if (read(question) !== question) return read(question);
  const read = readLuxembourgish(question);
  return read !== question ? read : readRomanised(question);
};

// The brief's questions, as staff type them in chat.
const CHAT: ReadonlyArray<readonly [string, string]> = [
  ["wéini ass d'Inventur zu Bettembourg dëst Joer?", 'when is inventory in Bettembourg this year?'],
  [
    "wéi vill Congé hunn ech am Joer a wéini kréien ech d'Gratifikatioun vum Enn vum Joer?",
    'how much leave do I have per year, and when do I get year-end bonus?',
  ],
  [
    'wou ass de Sammelplatz zu Wasserbillig wann et brennt?',
    'where is assembly point in Wasserbillig in case of fire?',
  ],
  [
    'wéi vill Stonnen dauert den Erste-Hëllef Cours a wat kascht en?',
    'how many hours does first aid course last, and how much does it cost?',
  ],
  [
    'ech hunn mäi Badge verluer, wat muss ech maachen a wat kascht dat?',
    'I have lost my badge. what must I do, and how much does it cost?',
  ],
  ["wéi maachen ech d'Abfahrtskontroll um Stapler?", 'how do I do pre-start check on forklift?'],
];

// Each word of asking, and the phrases that ask.
const ASKED: ReadonlyArray<readonly [string, string]> = [
  ["wéini fänkt d'Nuetsschicht un?", 'when does night shift start?'],
  ['wou fannen ech meng Paiefiche?', 'where do I find my payslip?'],
  ['wien ass mäi Chef am Lager zu Gasperich?', 'who is my manager in warehouse in Gasperich?'],
  ['wat ass de Sammelplatz zu Gasperich?', 'what is assembly point in Gasperich?'],
  ['firwat gouf meng Pai nach net bezuelt?', 'why was my pay not yet paid?'],
  ['wisou kréien ech keng Iwwerstonne bezuelt?', 'why do I get no overtime paid?'],
  ['wéi vill Minutten Paus hu mir?', 'how many minutes break do we have?'],
  ['wéivill Stonnen schafft een am Dag?', 'how many hours does one work per day?'],
  ["wéi laang dauert d'Proufzäit?", 'how long does trial period last?'],
  ["wéi oft ass d'Formatioun?", 'how often is training?'],
  ["Um wéi vill Auer mécht d'Kantin op?", 'what time does canteen open?'],
  ['wéi eng Formulairen muss ech ausfëllen?', 'which forms must I fill in?'],
  ['wat fir Schong muss ech am Lager droen?', 'which shoes must I wear in warehouse?'],
  ['bis wéini muss ech mäi Congé huelen?', 'until when must I take my leave?'],
  ['wou hin mat mengem Krankeschäin?', 'where to with my sick note?'],
  ['wat kascht de Cours?', 'how much does course cost?'],
  ["weess een ob d'Kantin muer op ass?", 'whether canteen tomorrow is open?'],
];

// Words of leave, pay, safety and time, "kann ech" (can I), "muss ech" (must I), "gëtt et" (is there), a verb at the
// clause's end put where English says it, and the passive ("gëtt … bezuelt", is paid).
const WORK: ReadonlyArray<readonly [string, string]> = [
  ["Moien, kann ech mäi Congé op d'nächst Joer iwwerdroen?", 'can I carry over my leave to next year?'],
  ['wou kann ech mech krank mellen?', 'where can I report sick?'],
  [
    'muss ech e Krankeschäin ofginn wann ech een Dag krank sinn?',
    'must I hand in sick note if I am one day sick?',
  ],
  ["hunn ech Recht op Congé fir d'Hochzäit?", 'am I entitled to leave for wedding?'],
  ["wéi vill Deeg Congé kritt een wann d'Mamm stierft?", 'how many days leave does one get if mother dies?'],
  ['kréien ech Congé wann ech bestueden?', 'do I get leave if I marry?'],
  ["wéini gëtt d'Pai bezuelt?", 'when is pay paid?'],
  ['wéini muss de Stapler gepréift ginn?', 'when must forklift be checked?'],
  ['kann ech vun doheem schaffen?', 'can I work from home?'],
  ['gëtt et eng Kantin zu Gasperich?', 'is there canteen in Gasperich?'],
  ['ass de Parking gratis?', 'is car park free?'],
  ['wéi vill Iwwerstonnen däerf ech de Mount maachen?', 'how many overtime hours may I do per month?'],
  ["wéi vill Stonnen schaffen ech d'Woch?", 'how many hours do I work per week?'],
  ["wéini sinn d'Feierdeeg dëst Joer?", 'when are public holidays this year?'],
  ['däerf ech de Stapler ouni Staplerschäin fueren?', 'may I drive forklift without forklift licence?'],
  ['wou kann ech meng Sécherheetsschong ersetzen?', 'where can I replace my safety shoes?'],
  ['wou ass den Noutausgang am Lager zu Trier?', 'where is emergency exit in warehouse in Trier?'],
  ["Ass d'Erste-Hëllef-Këscht am Camion?", 'is first aid kit in lorry?'],
  ['ech hunn e Accident gehat, wien muss ech uruffen?', 'I have had accident. who must I call?'],
  ['kann ech muer fräi huelen?', 'can I take tomorrow off?'],
  [
    'wéi vill Deeg Congé hunn ech wann ech 10 Joer an der Firma sinn?',
    'how many days leave do I have if I am 10 years in company?',
  ],
];

// Luxembourgish typed without its accents, with French and English words, greetings and thanks.
const MIXED: ReadonlyArray<readonly [string, string]> = [
  ["weini ass d'inventur zu Bettembourg dest joer?", 'when is inventory in Bettembourg this year?'],
  ['wei vill deeg conge hunn ech?', 'how many days leave do I have?'],
  [
    'wei vill stonnen dauert den erste-hellef cours a wat kascht en?',
    'how many hours does first aid course last, and how much does it cost?',
  ],
  ["weini kreien ech d'gratifikatioun?", 'when do I get bonus?'],
  ['Merci, wéini kréien ech meng fiche de paie?', 'when do I get my payslip?'],
  ['ech sinn malade, wat muss ech maachen?', 'I am sick. what must I do?'],
  ['Salut! wéini kréie mir eis Gratifikatioun?', 'when do we get our bonus?'],
  ['wéini ass the next training?', 'when is the next training?'],
  [
    'wou ass de Sammelplatz zu Wasserbillig wann et brennt? merci',
    'where is assembly point in Wasserbillig in case of fire?',
  ],
  [
    'wéini ass den Erste-Hëllef Cours zu Metz a wat kascht en?',
    'when is first aid course in Metz, and how much does it cost?',
  ],
];

describe('a question typed in Luxembourgish chat', () => {
  it('is read as the English it asks, each part asked after "a" (and) a part of its own', () => {
    for (const [typed, read] of CHAT) expect(readLuxembourgish(typed)).toBe(read);
  });

  it('reads each word of asking: wéini, wou, wien, wat, firwat, wisou, wéi vill, wéi laang, wéi eng, bis wéini, ob', () => {
    for (const [typed, read] of ASKED) expect(readLuxembourgish(typed)).toBe(read);
  });

  it('reads the words of leave, pay, safety and time, and puts a verb where English says it', () => {
    for (const [typed, read] of WORK) expect(readLuxembourgish(typed)).toBe(read);
  });

  it('reads a word without its accents, keeps English words, and leaves out greetings and thanks', () => {
    for (const [typed, read] of MIXED) expect(readLuxembourgish(typed)).toBe(read);
  });

  it('keeps a place as typed, and reads a noun the lists know whatever its capital', () => {
    expect(readLuxembourgish('wéini ass d’Inventur zu Bettembourg?')).toBe(
      'when is inventory in Bettembourg?',
    );
    expect(readLuxembourgish("wéini ass d'Inventur z'Gasperich?")).toBe('when is inventory in Gasperich?');
    expect(readLuxembourgish('WÉINI ass de Congé fir HR?')).toBe('when is leave for HR?');
  });

  it('takes no name for a word of asking or a verb ("Hu Wei", "Hien Wei"): past a sentence’s start, only nouns', () => {
    for (const q of ['Hu Wei home address?', 'Wei Eng home address?', 'Hien Wei home address?'])
      expect(readLuxembourgish(q)).toBe(q);
    expect(readLuxembourgish('Wéi vill Congé hunn ech am Joer?')).toBe('how much leave do I have per year?');
  });

  const GERMAN: readonly string[] = [
    'Wie viel Urlaub habe ich dieses Jahr?',
    'Wann bekomme ich meine Prämie?',
    'Wo ist der Sammelplatz in Wasserbillig, wenn es brennt?',
    'Ich habe meinen Badge verloren, was muss ich machen?',
    'Wie lange dauert der Erste-Hilfe-Kurs und was kostet er?',
    'Kann ich meinen Urlaub ins nächste Jahr übertragen?',
    'Wie mache ich die Abfahrtskontrolle am Stapler?',
    'Wann ist die Inventur in Bettembourg dieses Jahr?',
    'wie viel kostet ein neuer Badge?',
    'Muss ich eine Krankmeldung abgeben, wenn ich einen Tag krank bin?',
    'Wer ist mein Chef im Lager?',
    'Gibt es eine Kantine in Gasperich?',
    'wann wird das Gehalt bezahlt?',
    'Warum wurde mein Lohn noch nicht bezahlt?',
    'Um wie viel Uhr öffnet die Kantine am Samstag?',
    'Wo finde ich meine Lohnabrechnung?',
    'An der Kantine gibt es heute Fisch?',
  ];
  const FRENCH: readonly string[] = [
    'Combien de jours de congé ai-je cette année ?',
    "Quand est-ce que je reçois la prime de fin d'année ?",
    "Où est le point de rassemblement à Wasserbillig en cas d'incendie ?",
    "J'ai perdu mon badge, qu'est-ce que je dois faire ?",
    'Combien d’heures dure le cours de premiers secours et combien ça coûte ?',
    'Comment faire le contrôle avant démarrage du chariot élévateur ?',
    "Quand a lieu l'inventaire à Bettembourg cette année ?",
    "est-ce que je peux reporter mes congés à l'année prochaine ?",
    'c’est quand la paie ce mois-ci ?',
    'a quelle heure ouvre la cantine le samedi ?',
    'qui est mon chef au dépôt de Gasperich ?',
    'merci, où je trouve ma fiche de paie ?',
    'le parking est gratuit ?',
    'combien des jours de congé en mai ?',
  ];
  const DUTCH: readonly string[] = [
    'Hoeveel vakantiedagen heb ik dit jaar?',
    'Wanneer krijg ik mijn eindejaarsbonus?',
    'Wat kost de cursus eerste hulp?',
    'Ik ben mijn badge kwijt, wat moet ik doen?',
    'Waar is het verzamelpunt als er brand is?',
    'Hoe lang duurt de proeftijd?',
    'Kan ik mijn verlof meenemen naar volgend jaar?',
  ];
  const ENGLISH: readonly string[] = [
    'wat time does the canteen open?',
    'How many days of leave do I get this year?',
    'when is the stocktake in Bettembourg?',
    'where is the assembly point in case of fire?',
    'I lost my badge, what do I do?',
    'is the car park free on Saturday?',
    'Can I work from home on Monday?',
    'wat is the cost of the first aid course?',
    'what is the main rule for the forklift?',
  ];

  it('leaves German, French, Dutch and English chat questions alone', () => {
    for (const q of [...GERMAN, ...FRENCH, ...DUTCH, ...ENGLISH]) {
      expect(typedInLuxembourgish(q)).toBe(false);
      expect(readLuxembourgish(q)).toBe(q);
    }
  });

  it("is read so in its place in roman-typed.ts's order, before French, which takes one with a French word", () => {
    for (const [typed, read] of [...CHAT, ...ASKED, ...WORK, ...MIXED]) {
      for (const before of BEFORE) expect(before(typed)).toBe(typed);
      expect(readInOrder(typed)).toBe(read);
    }
    for (const q of [...GERMAN, ...FRENCH, ...DUTCH, ...ENGLISH])
      expect(readInOrder(q)).toBe(readRomanised(q));
    const thanked = 'wou ass de Sammelplatz zu Wasserbillig wann et brennt? merci';
    expect(readFrenchQuestion(thanked)).not.toBe(thanked);
  });

  it('keeps its phrases and words in the spelling the reading compares them in', () => {
    const listed = [...ASKING.keys(), ...WORDS.keys(), ...PHRASES.flatMap(([words]) => words.split(' '))];
    expect(listed.filter((word) => SPELLINGS.has(word))).toEqual([]);
    expect(SPELLINGS.get('weini')).toBe('wéini');
    expect(SPELLINGS.get('dest')).toBe('dëst');
    expect(SPELLINGS.get('conge')).toBe('congé');
    // A listed word is read as typed ("hatt", she, is no "hätt"), and an English word never as Luxembourgish's.
    expect(SPELLINGS.get('hatt')).toBeUndefined();
    expect(SPELLINGS.get('main')).toBeUndefined();
    expect(SPELLINGS.get('are')).toBeUndefined();
  });

  it('lists its own words with or without accents, but no place', () => {
    expect(isLuxembourgishListed('wéini')).toBe(true);
    expect(isLuxembourgishListed('Weini')).toBe(true);
    expect(isLuxembourgishListed('stonnen')).toBe(true);
    expect(isLuxembourgishListed('bettembourg')).toBe(false);
    expect(typedInLuxembourgish('wéini ass d’Inventur?')).toBe(true);
  });

  it('drops a form of a verb neither English nor the knowledge base knows, and keeps one the base has', () => {
    const written = "wéini gëtt d'Pai iwwerwisen?";
    const read = readLuxembourgish(written);
    expect(read).toBe('when is pay iwwerwisen?');
    expect(withoutUnknownLuxembourgish(read, written, noWords)).toBe('when is pay?');
    const known = { df: (t: string) => (t === 'iwwerwisen' ? 1 : 0), chunks: 1 } as never;
    expect(withoutUnknownLuxembourgish(read, written, known)).toBe(read);
    // A question in another language is left as it is.
    expect(withoutUnknownLuxembourgish('Wann bekomme ich Geld?', 'Wann bekomme ich Geld?', noWords)).toBe(
      'Wann bekomme ich Geld?',
    );
  });
});
