// Where Seychellois Creole (Kreol Seselwa) stands in roman-typed.ts's LANGUAGES: just BEFORE Haitian Creole (after
// Romanian), so before French too. French's reader also reads Mauritian Kreol, whose "kan", "kot", "zour", "konze",
// "nou" and "zot" are Seselwa's too, so it takes most Seselwa questions and reads them as Mauritian, leaving
// Seselwa's own words as typed ("kan mon kapab pran mon konze?" as "when kapab leave?"); Haitian's takes a few, by
// the "konbyen", "kouman" and "kapab" the two write alike ("kouman mon kapab ganny en lonn?" as "how mon can ganny
// en lonn?"). Seselwa's reader takes none of the Haitian, French or Mauritian questions of the other readers' tests
// (but "konbyen zour konze mon annan?", which is Seselwa), so it costs them nothing tried first; the readers before
// Haitian take none of the Seselwa questions below. The questions below were made up for these tests, not taken
// from any data file.
import { describe, expect, it } from 'vitest';
import { growthOf } from '../../../test/support/growth.js';
import { readCatalanQuestion } from './catalan-question.js';
import { readFrenchQuestion } from './french-question.js';
import { readPortugueseQuestion } from './portuguese-question.js';
import { privatePersonAsked } from './private-request.js';
import { readArabic } from './roman-arabic.js';
import { readBislama } from './roman-bislama.js';
import { readKabuverdianu } from './roman-kabuverdianu.js';
import { readKreyol } from './roman-kreyol.js';
import { readKrio } from './roman-krio.js';
import { readKriol } from './roman-kriol.js';
import { readLuxembourgish } from './roman-luxembourgish.js';
import { readPijin } from './roman-pijin.js';
import { readSamoan } from './roman-samoan.js';
import { readSerbian } from './roman-serbian.js';
import { isSeselwaListed, readSeselwa, typedInSeselwa, withoutUnknownSeselwa } from './roman-seselwa.js';
import { HAITIAN_ALIKE, MAURITIAN_ALIKE, MAURITIAN_ONLY, OWN } from './roman-seselwa-words.js';
import { readSesotho } from './roman-sesotho.js';
import { readSomali } from './roman-somali.js';
import { readTetum } from './roman-tetum.js';
import { readTongan } from './roman-tongan.js';
import { readRomanised } from './roman-typed.js';
import { readWolof } from './roman-wolof.js';
import { readRomanianQuestion } from './romanian-question.js';

const noWords = { df: () => 0, chunks: 1 } as never;

// The readers roman-typed.ts tries before Seselwa's place (just before Haitian Creole).
const BEFORE = [
  readCatalanQuestion,
  readKabuverdianu,
  readWolof,
  readSerbian,
  readPijin,
  readBislama,
  readKrio,
  readKriol,
  readSomali,
  readArabic,
  readTetum,
  readSamoan,
  readTongan,
  readSesotho,
  readLuxembourgish,
  readPortugueseQuestion,
  readRomanianQuestion,
];

// roman-typed.ts's order with Seselwa in its place, as the comment above puts it.
const readInOrder = (question: string) => {
  for (const read of BEFORE) if (read(question) !== question) return read(question);
  const read = readSeselwa(question);
  return read !== question ? read : readRomanised(question);
};

// Questions as staff type them in chat, each with its whole reading.
const READ: ReadonlyArray<readonly [string, string]> = [
  ['konbyen zour konze mon ganny par lannen?', 'how many days leave do I get per year?'],
  ['kan nou ganny lapey sa mwan?', 'when do we get pay this month?'],
  ['kot mon kapab ganny mon fis lapey?', 'where can I get my payslip?'],
  ['ki ler bato i kit Praslin demen?', 'what time boat leave Praslin tomorrow?'],
  ['Ki ler kantin i ouver zordi?', 'what time canteen open today?'],
  ['lekel sif mon annan sa semenn?', 'which shift do I have this week?'],
  ['eski mon kapab pran en lavans lo mon saler?', 'can I take advance on my salary?'],
  ['eski mon ganny bonis Desanm?', 'do I get bonus December?'],
  ['mon bezwen en lavans, kouman mon fer aplikasyon?', 'I need advance. how do I apply?'],
  ['eski i annan bis pou sif lannwit?', 'is there bus night shift?'],
  ['kouman mon kapab ganny en lonn?', 'how can I get loan?'],
  ['konbyen mon kapab prete?', 'how much can I borrow?'],
];

// More questions, each with the English words its reading must hold (and what it must not).
const HOLDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['kan lapey i pou rantre sa mwan?', /^when pay come in this month\?$/],
  ['lekel mon bezwen apel si mon malad?', /^who do I need call if I sick\?$/],
  ['konbyen zot pey par er pou overtime?', /^how much do they pay per hour overtime\?$/],
  ['konbyen overtaym mon in fer sa mwan?', /^how much overtime .*this month\?$/],
  ['akoz mon lapey pa ankor rantre?', /^why my pay not yet come in\?$/],
  ['kouman mon kapab aplay pou konze anyel?', /^how can I apply annual leave\?$/],
  ['konbyen zour konze malad nou annan par lannen?', /^how many days sick leave do we have per year\?$/],
  ['mon malad zordi, eski mon bezwen sertifika medikal?', /^I sick today\. do I need medical certificate\?$/],
  ['kan mon kapab pran mon konze?', /^when can I take my leave\?$/],
  ['eski mon kapab sanz mon sif avek mon kanmarad?', /^can I change my shift with my colleague\?$/],
  ['lekel mon bezwen demann pou sanz sif?', /^who .*need ask for change shift\?$/],
  ['kot mon kapab lav mon linifonm?', /^where can I wash my uniform\?$/],
  ['konbyen linifonm mon ganny par lannen?', /^how many uniform do I get per year\?$/],
  ['mon in perdi mon linifonm, kouman mon fer?', /^I lose my uniform\. how do I do\?$/],
  ['eski nou ganny alokasyon transpor?', /^do we get transport allowance\?$/],
  ['konbyen alokasyon manze par zour?', /^how much meal allowance per day\?$/],
  ['ki zour nou ganny lapey?', /^which day do we get pay\?$/],
  ['eski konze piblik i ganny peye double?', /public holiday get pay double/],
  ['kan mon kapab retourn travay apre konze maternite?', /^when can I return work after maternity leave\?$/],
  ['eski mon kapab prete larzan avek konpanni?', /^can I borrow money with company\?$/],
  ['ki ler sif bomaten i komans?', /^what time morning shift start\?$/],
  ['ki ler nou fini travay sanmdi?', /^what time do we finish work Saturday\?$/],
  ['konbyen er travay par semenn?', /^how many hours work per week\?$/],
  ['konbyen dimoun i travay lo bato?', /^how many people work on boat\?$/],
  ['mon pou anreta demen, lekel mon bezwen apel?', /^I late tomorrow\. who do I need call\?$/],
  ['eski mon kapab manze dan kantin gratis?', /^can I eat in canteen free\?$/],
  ['kan konpanni i pey bonis sa lannen?', /^when company pay bonus this year\?$/],
  ['konbyen zour vakans nou annan an Desanm?', /^how many days holiday do we have December\?$/],
  [
    'eski mon ganny overtime si mon travay lo zour ferye?',
    /^do I get overtime if I work on public holiday\?$/,
  ],
  ['kouman mon sanz mon nimero telefonn?', /^how do I change my phone number\?$/],
  ['kot mon avoy mon sertifika dokter?', /^where do I send my medical certificate\?$/],
  ['eski zot pou pey nou pou overtime lendi?', /^do they pay us overtime Monday\?$/],
  ['kan zot pou donn nou nouvo linifonm?', /^when do they give us new uniform\?$/],
  ['mon pou travay de zour sanmdi?', /work 2 day Saturday/],
  ['lekel mon siperviser?', /^who my supervisor\?$/],
];

// A sentence that tells before the question asks, read as two sentences.
const TOLD: ReadonlyArray<readonly [string, string]> = [
  [
    'mon madanm in akous, konbyen zour konze paternite mon ganny?',
    'my wife give birth. how many days paternity leave do I get?',
  ],
  ['mon papa in mor, konbyen zour konze mon ganny?', 'my father die. how many days leave do I get?'],
  [
    'bato in anile akoz move tan, eski nou ganny lapey kanmenm?',
    'boat cancelled because bad weather. do we get pay?',
  ],
];

// English questions with a Seselwa word, a name or a loanword, and questions in the neighbours' languages.
const NOT_SESELWA = [
  'how many days of annual leave do I get?',
  // Mauritian and Haitian, whose words Seselwa shares some of ("ranpli" and "madanm" are Mauritius's too, "kan" Haiti's).
  'Kot mo bizin ranpli form konze?',
  'Kan mwen bezwen vini travay demen?',
  'can I take konze demen?',
  'when is the bus to Praslin tomorrow?',
  'Mon to Fri shift schedule?',
  'where is the canteen in the Mahe office?',
  "is Kan Mon's payslip ready?",
  "who is Li Wei's manager?",
  'can I wear my own kit on the boat?',
  'mon konze?',
  // French
  "combien de jours de congé j'ai ?",
  'quand est-ce que je reçois mon salaire ?',
  'est-ce que je peux prendre mes congés lundi?',
  'ki sa mon salaire?',
  // Mauritian Kreol
  'konbien zour konze mo gagne?',
  'ki ler kantinn ouver samdi?',
  'eski mo kapav pran konze vandredi?',
  'kan nou gagn lapay sa mwa la?',
  'kot mo bizin avoy mo sertifika medikal?',
  // Haitian Creole
  'konbyen jou konje mwen genyen?',
  'ki lè pou m vini travay demen?',
  'eske m ka pran yon avans sou salè mwa pwochen?',
  'kilè salè mwa sa a ap antre?',
  'a ki lè bis la pase pou ekip lannwit la?',
  // Spanish, Portuguese, Albanian, Hindi or Urdu
  'cuanto pagan la hora extra el domingo?',
  'quanto tempo de férias eu tenho?',
  'quando recebo o meu salário?',
  'sa dite pushim vjetor kam?',
  'ap ki salary kab milegi?',
];

describe('a question typed in Seychellois Creole chat', () => {
  it('is read as the English it asks: the word of asking first, grammar left out, everyday words in English', () => {
    for (const [question, english] of READ) {
      expect(typedInSeselwa(question)).toBe(true);
      expect(readSeselwa(question)).toBe(english);
    }
  });

  it('holds the English words each question asks of', () => {
    for (const [question, english] of HOLDS) expect(readSeselwa(question)).toMatch(english);
  });

  it('says what a sentence tells before it asks, and reads "akoz" after a word as because', () => {
    for (const [question, english] of TOLD) expect(readSeselwa(question)).toBe(english);
  });

  it('reads a pronoun as who does a verb, whom it is done to, or whose a thing is, by where it stands', () => {
    expect(readSeselwa('kan zot pou pey nou mwan prosen?')).toBe('when do they pay us next month?');
    expect(readSeselwa('kot mon kapab sanz mon linifonm?')).toBe('where can I change my uniform?');
    expect(readSeselwa('lekel mon bezwen dir si mon malad?')).toMatch(/^who .*if I sick\?$/);
  });

  it('reads "konbyen" of what is counted as how many, "ki ler" as what time or when, "lekel" as which or who', () => {
    expect(readSeselwa('konbyen zour konze mon ganny?')).toMatch(/^how many days/);
    expect(readSeselwa('konbyen lapey mon ganny pou overtime?')).toMatch(/^how much/);
    expect(readSeselwa('ki ler bis i ariv Victoria?')).toMatch(/^what time bus arrive Victoria\?$/);
    expect(readSeselwa('ki ler nou ganny lapey?')).toBe('when do we get pay?');
    expect(readSeselwa('lekel zour nou ganny lapey?')).toMatch(/^which day/);
    expect(readSeselwa('lekel mon bezwen apel?')).toMatch(/^who/);
  });

  it('reads it typed in capitals, after a greeting, or after "can you tell me" and "I want to know"', () => {
    expect(readSeselwa('KONBYEN ZOUR KONZE MON GANNY?')).toBe('how many days leave do I get?');
    expect(readSeselwa('Bonzour, eski ou kapab dir mwan kan nou ganny lapey?')).toBe('when do we get pay?');
    expect(readSeselwa('mon oule konnen konbyen lavans mon kapab ganny')).toBe('how much advance can I get?');
    expect(readSeselwa('Konbyen zour konze mon ganny?')).toBe('how many days leave do I get?');
  });

  it('keeps the English words of a mixed question as typed', () => {
    expect(readSeselwa('konbyen overtime mon ganny lo public holiday?')).toBe(
      'how much overtime do I get on public holiday?',
    );
    expect(readSeselwa('kot mon kapab ganny mon payslip sa mwan?')).toBe(
      'where can I get my payslip this month?',
    );
  });

  it("reads a thing followed by a person's name as that person's, so a private request is seen", () => {
    const read = readSeselwa('saler Msye Payet konbyen?');
    expect(read).toBe('how much salary of Msye Payet?');
    expect(privatePersonAsked(read)).toBe('Msye Payet');
  });

  it('leaves English, French, Mauritian Kreol, Haitian, Spanish and Portuguese questions as they are', () => {
    for (const question of NOT_SESELWA) {
      expect(typedInSeselwa(question)).toBe(false);
      expect(readSeselwa(question)).toBe(question);
    }
  });

  it('leaves a question Mauritius would type word for word to the French reader', () => {
    // Every word is Mauritian Kreol's too: nothing tells Seselwa.
    for (const question of ['eski nou travay dimans?', 'kot biro HR?', 'kan zot pou pey nou?'])
      expect(typedInSeselwa(question)).toBe(false);
    expect(readFrenchQuestion('eski nou travay dimans?')).not.toBe('eski nou travay dimans?');
  });

  it("keeps its own words apart from Haitian's and Mauritian's", () => {
    for (const word of OWN) expect(MAURITIAN_ONLY.has(word)).toBe(false);
    for (const word of HAITIAN_ALIKE) expect(MAURITIAN_ALIKE.has(word)).toBe(false);
    expect(isSeselwaListed('ganny')).toBe(true);
    expect(isSeselwaListed('lapey')).toBe(true);
    expect(isSeselwaListed('gagn')).toBe(false);
    expect(isSeselwaListed('genyen')).toBe(false);
  });

  it('drops nothing as an unknown verb form: Seselwa verbs take no endings', () => {
    const written = 'kouman mon kapab ganny en lonn?';
    const read = readSeselwa(written);
    expect(withoutUnknownSeselwa(read, written, noWords)).toBe(read);
  });

  it("is read so in its place in roman-typed.ts's order, before Haitian and French, which read it badly", () => {
    for (const [question] of [...READ, ...HOLDS, ...TOLD]) {
      expect(readInOrder(question)).toBe(readSeselwa(question));
    }
    expect(readKreyol('kouman mon kapab ganny en lonn?')).not.toBe(
      readSeselwa('kouman mon kapab ganny en lonn?'),
    );
    const asked = 'kan mon kapab pran mon konze?';
    expect(readFrenchQuestion(asked)).not.toBe(asked);
    expect(readFrenchQuestion(asked)).not.toBe(readSeselwa(asked));
  });

  // Many runs of long inputs, timed side by side: a loaded machine may take a while, so the test waits longer.
  it('reads a 100,000-character question in time that grows with its length', () => {
    // Each run grown fourfold takes about four times as long, not sixteen (a ratio of two sizes side by side, so a
    // loaded machine slows both alike).
    for (const make of [
      (k: number) => 'konbyen zour konze mon ganny par lannen, '.repeat(625 * k),
      (k: number) => `konbyen zour konze mon ganny${' '.repeat(25_000 * k)}?`,
      (k: number) => `bato i kit ${'i '.repeat(12_500 * k)}`,
    ]) {
      expect(make(4).length).toBeGreaterThanOrEqual(100_000);
      expect(growthOf((k) => readSeselwa(make(k)), 1)).toBeLessThan(9);
    }
  }, 60_000);
});
