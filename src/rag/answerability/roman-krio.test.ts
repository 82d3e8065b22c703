// Where Krio stands in roman-typed.ts's LANGUAGES: right after Serbian and BEFORE Kriol, which reads Belizean
// Kriol and Jamaican Patois and shares many words with Krio ("tek", "lef", "mek", "sik", "dem", "tumara"), so it
// takes Krio questions and reads them badly ("a de wok nɛt shif dis wik, homoch dem go pe mi?" as "a the work nɛt
// shift this week homoch they go my pe?", "mi pikin sik, a fit tek lif tumara?" as "my pikin sick a fit take lif
// tomorrow?", "wetin mek dem nɔ pay mi ovataim?" as "wetin make them nɔ pay my overtime?"). No other reader takes
// any of the Krio questions below. Krio's reader takes none of the questions of the other readers' tests, nor
// Kriol's (it counts only with two words of its own, none of them a word Kriol lists, or one of its own words of
// asking, or a word typed in Krio's "ɔ" or "ɛ", beside its "na", "di" or "mi", and more of its own than of its
// neighbours'), so it costs them nothing to be tried before Kriol; Serbian, which took none of the Krio questions,
// may keep the front.
// The questions below were made up for these tests, not taken from any data file.
import { describe, expect, it } from 'vitest';
import { readKrio, typedInKrio, withoutUnknownKrio } from './roman-krio.js';
import { MARKERS } from './roman-krio-words.js';
import { readKriol } from './roman-kriol.js';
import {
  ASKING as KRIOL_ASKING,
  MARKERS as KRIOL_MARKERS,
  SPELLINGS as KRIOL_SPELLINGS,
  WORDS as KRIOL_WORDS,
} from './roman-kriol-words.js';
import { readRomanised } from './roman-typed.js';

const noWords = { df: () => 0, chunks: 1 } as never;

// roman-typed.ts's order with Krio tried before the others, as the comment above puts it.
const readInOrder = (question: string) => {
  const read = readKrio(question);
  return read !== question ? read : readRomanised(question);
};

const KRIO: ReadonlyArray<readonly [string, string]> = [
  [
    'wetin na di floor price for grade A paddy dis season?',
    'what is the floor price for grade A paddy this season?',
  ],
  [
    'wetin time di gate close for farmers na Makeni depot?',
    'what time the gate close for farmers at Makeni depot?',
  ],
  [
    'ow I go complain bout problem wit mi work? wetin di steps dem?',
    'how I will complain about problem with my work? what the steps?',
  ],
  ['usai a go get mi payslip?', 'where I will get my payslip?'],
  ['homoch dem de pay for overtime?', 'how much they pay for overtime?'],
  ['abeg una sabi wetin time di bus de lef?', 'do you know what time the bus leave?'],
  ['wetin time Mr Kamara de come?', 'what time Mr Kamara come?'],
  ['udat a fɔ tɔk to bout mi sik lif?', 'who I should talk to about my sick leave?'],
  ['a nɔ get mi moni dis mɔnt, usai a fɔ go?', 'I not get my money this month. where I should go?'],
  ['mi pikin sik, a fit tek lif tumara?', 'my child sick I can take leave tomorrow?'],
  ['homoch de a get fɔ mi lif?', 'how many days I get for my leave?'],
  ['a wan lef wok erli tide, udat a fɔ aks?', 'I want leave work early today. who I should ask?'],
  ['udat na di manija fɔ HR?', 'who is the manager for HR?'],
  ['wetin dem de gi fɔ chop?', 'what they give for food?'],
  [
    'a sik, a nɔ go kam wok tumara, udat a fɔ tɛl?',
    'I sick, I will not come work tomorrow. who I should tell?',
  ],
  [
    'a de wok nɛt shif dis wik, homoch dem go pe mi?',
    'I work night shift this week. how much they will pay me?',
  ],
  ['wetin na di numba fɔ di dokta?', 'what is the number for the doctor?'],
  ['dem go pay mi fɔ di ovataim?', 'they will pay me for the overtime?'],
  ['wetin mek dem nɔ pay mi ovataim?', 'why they not pay my overtime?'],
  ['aw fɔ aplay fɔ lif?', 'how to apply for leave?'],
  ['una de wok Sonde?', 'you work Sunday?'],
  ['homoch dem de pay na di Bo ofis?', 'how much they pay at the Bo office?'],
  // Nigerian, Ghanaian and Cameroonian Pidgin.
  ['abeg how much dem dey pay for night shift?', 'how much they pay for night shift?'],
  ['wetin be the leave days for new pikin?', 'what is the leave days for new child?'],
  ['na wetin be the procedure for sick leave?', 'what is the procedure for sick leave?'],
  ['abeg which day dem dey pay salary?', 'which day they pay salary?'],
  ['wetin I go do if I lose my ID card?', 'what I will do if I lose my ID card?'],
  ['oga, usai I fit collect my uniform?', 'where I can collect my uniform?'],
  ['chale, how much dem dey pay for overtime?', 'how much they pay for overtime?'],
  ['e get bus fɔ night shift?', 'is there bus for night shift?'],
  ['how una dey pay the casual workers dem?', 'how you pay the casual workers?'],
];

describe('a question typed in Krio or West African Pidgin chat', () => {
  it('is read as the English it asks, each word in its place', () => {
    for (const [typed, read] of KRIO) expect(readKrio(typed)).toBe(read);
  });

  it('reads "na" as "is" after a word of asking, "at" before a place, and leaves it out elsewhere', () => {
    expect(readKrio('usai na di ofis fɔ HR?')).toBe('where is the office for HR?');
    expect(readKrio('usai a fɔ go na ofis tumara?')).toBe('where I should go at office tomorrow?');
    expect(readKrio('wetin di company policy na bout maternity leave?')).toBe(
      'what the company policy about maternity leave?',
    );
    // A title after "na" is a person, no place.
    expect(readKrio('na Mr Sesay de sain di lif fom?')).toBe('Mr Sesay sign the leave form?');
  });

  it('reads "de" ending a clause as where a thing is, and "go" before a verb as "will"', () => {
    expect(readKrio('usai di kantin de?')).toBe('where the canteen is?');
    expect(readKrio('usai e de?')).toBe('where he is?');
    expect(readKrio('e nɔ de, usai e go?')).toBe('he is not. where he go?');
    expect(readKrio('wetin a go do wit am?')).toBe('what I will do with it?');
    expect(readKrio('wetin time e go reach, 9 am?')).toBe('what time he will reach 9 am?');
  });

  it('reads a pronoun as who does a thing, who it is done to, or whose it is', () => {
    expect(readKrio('tel mi usai a fɔ sen mi sik note')).toBe('tell me where I should send my sick note');
    expect(readKrio('dem nɔ gi mi di fom, udat a fɔ aks?')).toBe(
      'they not give me the form. who I should ask?',
    );
    expect(readKrio('mi wef bɔn, homoch de a get?')).toBe('my wife born. how many days I get?');
    expect(readKrio('kushe, udat de sain di lif fom dem?')).toBe('who sign the leave form?');
  });

  it('reads Krio with "ɔ" and "ɛ" or as chat types them, with "o" and "e"', () => {
    for (const typed of ['udat a fɔ tɛl bout mi sik lif?', 'udat a fo tel bout mi sik lif?'])
      expect(readKrio(typed)).toBe('who I should tell about my sick leave?');
  });

  it('leaves out an opening "a wan no …" and a greeting, and reads a day in its spelling', () => {
    expect(readKrio('a wan no usai a fɔ sain')).toBe('where I should sign?');
    expect(readKrio('kushe, wetin time di canteen de opin Satide?')).toBe(
      'what time the canteen open Saturday?',
    );
  });

  it('drops nothing as an unknown verb form: the languages take no endings', () => {
    const written = 'usai a go get mi payslip?';
    const read = readKrio(written);
    expect(withoutUnknownKrio(read, written, noWords)).toBe(read);
  });

  it('counts as its own no word Belizean Kriol or Jamaican Patois lists', () => {
    const kriol = new Set([
      ...KRIOL_MARKERS,
      ...KRIOL_WORDS.keys(),
      ...KRIOL_SPELLINGS.keys(),
      ...KRIOL_ASKING.keys(),
    ]);
    expect([...MARKERS].filter((w) => kriol.has(w))).toEqual([]);
  });

  it('is read before Kriol, which takes these questions too and reads them as its own', () => {
    for (const q of [
      'mi pikin sik, a fit tek lif tumara?',
      'a sik, a nɔ go kam wok tumara, udat a fɔ tɛl?',
      'a de wok nɛt shif dis wik, homoch dem go pe mi?',
      'dem go pay mi fɔ di ovataim?',
      'wetin mek dem nɔ pay mi ovataim?',
    ]) {
      expect(readKriol(q)).not.toBe(q);
      expect(readInOrder(q)).toBe(readKrio(q));
    }
  });

  const NOT_KRIO: readonly string[] = [
    // English, and English with one Pidgin word, which chat's spellings read.
    'what is the floor price?',
    "I need days off for my mother's burial",
    'how much dey paying for nights',
    'how I fit take leave for my pikin naming ceremony?',
    'Who cleans the wok and the big pan after the night shift?',
    'Can i work overtime on sunday? mi pikni in hospital',
    // Belizean Kriol and Jamaican Patois.
    'weh time di bus lef fi Pomona?',
    'ow much dem pay fi overtime?',
    'mi kyaan come tumara, who fi call?',
    'how much ovataim mi gat dis wik?',
    'dem gwine pay wi fi Christmas?',
    'mi sik tideh, hoo mi fi tell?',
    // Spanish, Italian, Portuguese, Indonesian, Haitian, Tetum, Hindi, Nepali and Taglish.
    'cuanto pagan por la hora extra de noche?',
    'me pagan una hora extra si trabajo de noche?',
    'orario di lavoro per una settimana',
    'o que fazer se a minha filha fica doente na escola?',
    'berapa gaji di bulan ini?',
    'ki lè mwen ka pran konje',
    'loron hira ba licensa',
    'mera salary kab aayega? na mila to kya karu',
    'kati din ko bida paincha?',
    'sabi ng HR una muna ang night shift bago day shift',
  ];

  it('leaves English with a Pidgin word, and the languages whose small words it shares, as typed', () => {
    for (const q of NOT_KRIO) {
      expect(typedInKrio(q)).toBe(false);
      expect(readKrio(q)).toBe(q);
    }
  });

  it("leaves the other languages' readings in roman-typed.ts's order as they were", () => {
    for (const q of NOT_KRIO) expect(readInOrder(q)).toBe(readRomanised(q));
  });

  it('reads Pidgin\'s "we" after a verb as us, and "wetin mek dem no" as why they do not (review)', () => {
    expect(readKrio('una go pay we for Satide?')).toBe('you will pay us for Saturday?');
    expect(readKrio('wetin mek dem no pay mi ovataim?')).toBe('why they not pay my overtime?');
    expect(readKrio('wetin mek dem no pay mi ovataim?')).toBe(readKrio('wetin mek dem nɔ pay mi ovataim?'));
  });
});

// Liberian English (Kolokwa) as Liberian workers type it in chat; made up for these tests from general knowledge of
// the language, not taken from any data file.
const LIBERIAN: ReadonlyArray<readonly [string, string]> = [
  // "wetin", and "da" as "is the" after a word of asking and as "the" before a thing.
  ['wetin da price for da staff bus?', 'what is the price for the staff bus?'],
  [
    'Wetin da meaning of dis deduction on ma payslip yah?',
    'what is the meaning of this deduction on my payslip?',
  ],
  // "my man," and "ma people," (courtesy), left out.
  ['my man, wetin time da staff bus can leave da yard?', 'what time the staff bus can leave the yard?'],
  ['dey dey pay overtime for Sunday work, ma people?', 'they pay overtime for Sunday work?'],
  // "ma" (my), "get belly" (pregnant), and "dey" before a modal (they).
  [
    'ma wife get belly, how many weeks off dey can give me?',
    'my wife pregnant. how many weeks off they can give me?',
  ],
  // "dem" after a kind of person only making it many; "dey" after "how much" marks the verb, left out.
  ['how much dey pay da dryer operator dem for overtime?', 'how much pay the dryer operator for overtime?'],
  ['I wan know how much dey pay da security dem for night duty', 'how much pay the security for night duty?'],
  // "pekin" (child), "I wan know" inside the question, "small small" (a little).
  [
    'ma pekin dem sick, I wan know if da company can help small small',
    'my child sick I want to know if the company can help a little',
  ],
  ['ma pekin sick, dey can give me two days off?', 'my child sick they can give me two days off?'],
  // "born" (give birth) and a dropped final consonant ("las", "tomorro").
  [
    'ma wife born las week, how many days dey can give me for da baby?',
    'my wife give birth last week. how many days they can give me for the baby?',
  ],
  ['dey tell dem to come tomorro, wetin da reason?', 'they tell them to come tomorrow. what is the reason?'],
  ['da thing can work tomorro, wetin da time?', 'the thing can work tomorrow. what is the time?'],
  // "da" before whose a thing is (is), and "dey" ending a clause (where a thing is).
  ['dey say dis helmet da ma own?', 'they say this helmet is my own?'],
  ['where da clinic dey, ma people?', 'where the clinic is?'],
  // "ehn" (not), "oh" and "please ya" (courtesy).
  ['I ehn get ma pay for las month, wetin I can do oh?', 'I not get my pay for last month. what I can do?'],
  ['please ya, wetin da rule for ma pekin school fees?', 'what is the rule for my child school fees?'],
];

describe('a question typed in Liberian English (Kolokwa) chat', () => {
  it('is read as the English it asks, each word in its place', () => {
    for (const [typed, read] of LIBERIAN) expect(readKrio(typed)).toBe(read);
  });

  it("is read so in roman-typed.ts's order too", () => {
    for (const [typed, read] of LIBERIAN) expect(readRomanised(typed)).toBe(read);
  });

  it('reads no "they" into a Pidgin "dey" that marks a verb after "how many" or "how long" (review)', () => {
    for (const q of [
      'how many days dey remain for my leave?',
      'how much dey remain for mi loan?',
      'how long dey take to pay di gratuity?',
    ])
      expect(readKrio(q)).not.toContain('they');
  });

  it('reads "Ma" before a name opening a sentence as a title, not "my"', () => {
    expect(readKrio('Ma Korto dey pay da casual dem?')).toBe('Madam Korto pay the casual?');
  });

  const NOT_LIBERIAN: readonly string[] = [
    // English, and English with one Liberian word or phrase ("dey", "da", "small small", "get belly").
    'how much dey pay for overtime?',
    'how much dey pay for night shift at da plant?',
    'what da price of the bus?',
    'my man, how much is the overtime rate?',
    'who da boss of ma department',
    'can I get small small advance on my salary?',
    'my wife get belly, can I get leave?',
    'the thing can work on sunday?',
    'I wan know when the bus leaves',
    // Italian, Portuguese and Nepali, whose "da" and "ma" Liberian types too; Spanish, Tagalog, Cape Verdean
    // Creole, Haitian, Indonesian and Belizean Kriol.
    'ma da quando posso prendere le ferie?',
    'qual é o horário da cantina?',
    'ma bida lina sakchu?',
    'cuánto pagan por la hora extra de noche?',
    'magkano ang bayad sa overtime?',
    'kantu ki nhos ta paga pa ora extra?',
    'konbyen yo peye pou lè siplemantè?',
    'kapan gaji dibayar bulan ini?',
    'da weh time di bus lef?',
  ];

  it('leaves English with a Liberian word, and the languages whose "da" and "ma" it shares, as typed', () => {
    for (const q of NOT_LIBERIAN) {
      expect(typedInKrio(q)).toBe(false);
      expect(readKrio(q)).toBe(q);
    }
  });
});
