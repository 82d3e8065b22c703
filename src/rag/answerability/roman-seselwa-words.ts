/**
 * @module Seychellois Creole (Kreol Seselwa) as ferry crews and office staff type it in chat, without accents and
 * mixed with English: the words of asking, the small words of grammar, everyday words of pay, leave, shifts,
 * overtime, advances, sickness, transport, uniforms, the canteen, the calendar and numbers, with what each says in
 * English, and the words that tell Seselwa from its neighbours. Seselwa shares most of its words with the Kreol of
 * Mauritius ("kan", "kot", "zour", "konze", "lapey", "semenn", "zordi") and a few with Haitian ("konbyen", "kouman",
 * "kapab", "bezwen", "demen"); the words only it writes ("mon", "ganny", "lekel", "mwan", "lannen") tell it apart.
 * Every list is written as the reading meets a word: in lower case, accents folded. Written from general knowledge
 * of the language, without reading any organisation's documents or questions.
 */

// A table of "english: form form …" lines as entries; '-' for an English of nothing.
const table = (lines: readonly string[], parted: string): Array<[string, string]> =>
  lines.flatMap((line) => {
    const [english, forms] = line.split(': ') as [string, string];
    return forms.split(parted).map((form): [string, string] => [form.trim(), english === '-' ? '' : english]);
  });

/**
 * Words of asking, each with what it asks in English ("konbyen", "lekel", "ki" and "ki ler", joined as "kiler",
 * as the words around them say).
 */
export const ASKING: ReadonlyMap<string, string> = new Map(
  table(
    [
      'how much: konbyen',
      // "eski" only says that a question follows: it asks nothing English needs, but opens a clause that asks.
      '-: eski',
      'when: kan kiler',
      'where: kot',
      'how: kouman',
      'what: kwa ki',
      'who: lekel',
      'why: akoz',
    ],
    ' ',
  ),
);

/** Seselwa's own words of asking: neither Mauritius nor Haiti writes them so. */
export const OWN_ASKING: ReadonlySet<string> = new Set(['lekel', 'kwa']);

// The months, Seselwa then English.
const MONTHS: ReadonlyArray<readonly [string, string]> = [
  ['zanvye', 'January'],
  ['fevriye', 'February'],
  ['mars', 'March'],
  ['avril', 'April'],
  ['zen', 'June'],
  ['zilyet', 'July'],
  ['septanm', 'September'],
  ['oktob', 'October'],
  ['novanm', 'November'],
  ['desanm', 'December'],
];

// Each line: the English, then the phrases that say it, apart with ' | '. Read before single words, the longest
// first, so "konbyen zour" asks how many days and "sa mwan" is this month.
// biome-ignore format: one English a line keeps the list readable and easy to review
const PHRASE_LINES = [
  'what time: a kiler | kiler egzakt',
  'which day: ki zour | lekel zour | ki dat | lekel dat',
  'how: ki mannyer | ki fason',
  'why: akoz ki | pour kwa | pou kwa',
  'who: ki dimoun',
  'is there: eski i annan | i annan | eski annan',
  'there is no: i napa',
  'how long: konbyen letan | konbyen tan',
  'how many days: konbyen zour',
  'how many hours: konbyen er | konbyen lertan',
  'how many weeks: konbyen semenn | konbyen lasemenn',
  'how many months: konbyen mwan',
  'how many years: konbyen lannen | konbyen an',
  'how many times: konbyen fwa',
  'how many people: konbyen dimoun',
  'how much money: konbyen larzan | konbyen kas',
  'what percent: konbyen pousan | konbyen pourcentaz',
  'apply: fer aplikasyon | fer en aplikasyon | fer demann | fer en demann',
  'not yet: pa ankor',
  'today: zordi la',
  'this week: sa semenn | sa lasemenn | semenn sa | lasemenn sa',
  'next week: semenn prosen | lasemenn prosen | semenn ki pe vini | lot semenn',
  'last week: semenn pase | lasemenn pase | semenn dernyen | lasemenn dernyen',
  'this month: sa mwan | mwan sa',
  'next month: mwan prosen | lot mwan | mwan ki pe vini',
  'last month: mwan pase | mwan dernyen',
  'this year: sa lannen | lannen sa',
  'next year: lannen prosen | lot lannen',
  'last year: lannen pase | lannen dernyen',
  'end of month: lafen mwan | fen mwan | lafen sa mwan',
  'May: mwan me',
  'August: mwan out',
  'per day: par zour',
  'per hour: par er | par ler',
  'per week: par semenn | par lasemenn',
  'per month: par mwan',
  'per year: par lannen',
  'every day: sak zour | tou le zour',
  'every week: sak semenn | sak lasemenn',
  'every month: sak mwan',
  'afternoon: apre midi | apremidi',
  'tomorrow morning: demen bomaten',
  'sick leave: konze malad | konze maladi | konze lamaladi',
  'maternity leave: konze maternite | konze matennite',
  'paternity leave: konze paternite | konze paterniti',
  'annual leave: konze anyel | konze annyel | konze sak lannen',
  'unpaid leave: konze san lapey | konze san saler',
  'public holiday: zour ferye | konze piblik | zour konze piblik',
  'day off: zour konze | zour lib | zour repo',
  'overtime: ler siplemanter | ler an plis | extra ler',
  'night shift: sif lannwit | sif aswar | lekip lannwit',
  'day shift: sif lazournen | sif zour',
  'morning shift: sif bomaten | sif lematen',
  'payslip: fis lapey | fis saler | papye lapey',
  'medical certificate: sertifika medikal | sertifika dokter | papye dokter | papye lopital',
  'bad weather: move tan | move letan',
  'transport allowance: alokasyon transpor',
  'meal allowance: alokasyon manze',
  'uniform allowance: alokasyon linifonm',
  'salary advance: lavans lo saler | lavans saler | lavans lo lapey | lavans lapey',
  'bank account: kont labank',
  'phone number: nimero telefonn',
  'ID card: kart idantite',
  'safety shoes: soulye sekirite',
  'late: an reta',
  'in advance: an avans',
];

/**
 * Numbers that are English or French words too ("de", "set", "dis"), with their figures: a number only before a
 * thing counted ("de zour"), read so by roman-seselwa.ts.
 */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ['en', '1'],
  ['de', '2'],
  ['kat', '4'],
  ['set', '7'],
  ['dis', '10'],
]);

/** What a number counts ("zour", "semenn", "er"), after which "de" is 2. */
export const COUNTED_THINGS: ReadonlySet<string> = new Set(
  'zour semenn lasemenn mwan lannen er fwa dimoun zanfan sif'.split(' '),
);

/** The months as Seselwa writes them ("desanm"): "an" or "dan" before one (in December) says nothing English needs. */
export const MONTH_NAMES: ReadonlySet<string> = new Set(MONTHS.map(([form]) => form));

/** Phrases of several words, read before single words, with their English. */
export const PHRASES: ReadonlyArray<readonly [string, string]> = table(PHRASE_LINES, ' | ');

// The small words of grammar: "i" (the mark before what is said of a thing), the marks of tense ("in", "pe",
// "pou", "ti", "a", "ava"), articles and demonstratives ("la", "en", "sa", "bann"), "pour" (for) and "e" (and),
// which say no topic.
const GRAMMAR = 'i in pe pou ti a ava la en sa bann ar pour e osi byen deza zis kanmenm tou menm ankor';
// Words of courtesy and greeting: no topic.
const COURTESY = 'bonzour bonswar alo mersi silvouple souple svp plz pls wi non oke ok';

/** Words that are only grammar or courtesy, dropped from the English reading. */
export const DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY}`.split(' '));

// Each line: the English, then the forms that say it. One meaning a line.
// biome-ignore format: one meaning a line keeps the list readable and easy to review
const WORD_LINES = [
  // pronouns, read as whose a thing is; who does a verb and whom it is done to are read before (roman-seselwa.ts)
  'my: mon',
  'our: nou',
  'your: ou',
  'their: zot',
  'his: son',
  'him: li',
  'me: mwan',
  // time
  'day: zour lazournen',
  'hours: er',
  'time: ler lertan',
  'week: semenn lasemenn',
  'month: mwan',
  'year: lannen',
  'today: zordi',
  'tomorrow: demen',
  'yesterday: yer',
  'morning: bomaten lematen maten',
  'afternoon: tanto',
  'evening: aswar',
  'night: lannwit',
  'noon: midi',
  'now: konmela aprezan',
  'every: sak',
  'next: prosen',
  'last: dernyen',
  'other: lot',
  'before: avan',
  'after: apre',
  'until: ziska',
  'since: depi',
  'date: dat',
  'late: anreta reta',
  'early: boner',
  'weekend: wikenn',
  'per: par',
  'in: dan',
  'on: lo',
  'with: avek',
  // money
  'salary: saler',
  'pay: lapey',
  'money: larzan kas',
  'advance: lavans',
  'loan: lonn',
  'bonus: bonis',
  'overtime: overtaym ovataym',
  'deduction: dediksyon',
  'tax: taks',
  'account: kont',
  'bank: labank',
  'raise: ogmantasyon',
  'price: pri',
  'free: gratis',
  'allowance: alokasyon',
  'pension: pansyon',
  'half: demi',
  // leave, health and family
  'leave: konze',
  'holiday: vakans',
  'public holiday: ferye',
  'Christmas: nowel nwel',
  'sick: malad',
  'illness: maladi lamaladi',
  'pregnant: ansent',
  'give birth: akous',
  'marriage: maryaz',
  'die: mor',
  'death: lanmor',
  'funeral: lanterman',
  'doctor: dokter',
  'hospital: lopital',
  'clinic: klinik',
  'medicine: dimedsin remed',
  'injury: blese blesir',
  'accident: aksidan',
  'certificate: sertifika',
  'insurance: lasirans',
  'father: papa',
  'mother: manman',
  'child: zanfan',
  'baby: baba',
  'wife: madanm',
  'husband: msye',
  'family: fanmir fanmi',
  'people: dimoun',
  'colleague: kanmarad',
  'company: konpanni',
  // work and places
  'work: travay',
  'worker: travayer',
  'employee: anplwaye',
  'office: biro',
  'shop: laboutik',
  'canteen: kantin lakantin',
  'shift: sif lekip',
  'supervisor: siperviser',
  'boss: patron',
  'manager: manazer',
  'contract: kontra',
  'training: formasyon',
  'permission: permisyon',
  'absent: absan',
  'letter: let',
  'report: rapor',
  'phone: telefonn',
  'number: nimero',
  'address: adres',
  'card: kart',
  'home: lakaz',
  'school: lekol',
  'food: manze',
  'lunch: dezenen',
  'break: poz repo',
  'water: dilo',
  'toilet: twalet',
  'sea: lanmer',
  'rain: lapli',
  'weather: letan',
  // uniforms and transport
  'uniform: linifonm',
  'shoes: soulye',
  'boots: bot',
  'clothes: lenz',
  'safety: sekirite',
  'bus: bis',
  'boat: bato',
  'car: loto',
  'transport: transpor',
  'driver: sofer',
  'ticket: tiket',
  'plane: avyon',
  'airport: laeroport',
  'cancelled: anile',
  // what is more or less
  'new: nouvo',
  'old: vye',
  'more: plis',
  'less: mwens',
  'first: premye',
  'not: pa',
  'no: napa',
  'if: si',
  'many: bokou',
  'all: tou',
  'any: okenn',
];

/**
 * Verbs and modals, with their English: who does one goes before it ("mon ganny": I get), and "do" or the modal
 * before who in English's order.
 */
export const VERBS: ReadonlyMap<string, string> = new Map(
  table(
    [
      'get: ganny gannyen',
      'take: pran',
      'give: donn donnen',
      'go: al ale',
      'come: vini vin',
      'come in: rantre',
      'leave: kit',
      'call: apel telefonn',
      'send: avoy anvoy',
      'ask for: demann',
      'sign: sinnen',
      'start: komans konmans',
      'finish: fini',
      'open: ouver',
      'close: ferm',
      'arrive: ariv',
      'return: retourn',
      'change: sanz sanze',
      'fill: ranpli',
      'buy: aste',
      'lose: perdi',
      'wear: met mete',
      'wash: lav',
      'use: servi',
      'apply: aplay',
      'borrow: prete',
      'pay: pey peye',
      'work: travay',
      'wait: atann',
      'cancel: anil',
      'do: fer',
      'know: konnen',
      'tell: dir',
      'need: bezwen bizin',
      'want: oule anvi',
      'can: kapab kab',
      'have: annan',
    ],
    ' ',
  ),
);

// Days, each English then Seselwa (the months are MONTHS, above; May and August, "me" and "out", are English words
// too, read only after "mwan" by the phrases).
const CALENDAR =
  'Monday lendi Tuesday mardi Wednesday merkredi Thursday zedi Friday vandredi Saturday sanmdi Saturday samdi Sunday dimans'.match(
    /\S+ \S+/g,
  ) ?? [];

// Numbers that are no English or French word, as figures.
const NUMBERS =
  '3 trwa 5 senk 6 sis 8 wit 9 nef 11 onz 12 douz 15 kenz 20 ven 30 trant 40 karant 50 senkant 100 san'.match(
    /\S+ \S+/g,
  ) ?? [];

/** Everyday words with their English, the verbs among them. */
export const WORDS: ReadonlyMap<string, string> = new Map([
  ...table(WORD_LINES, ' '),
  ...VERBS,
  ...[...CALENDAR, ...NUMBERS].map((pair): [string, string] => {
    const [english, form] = pair.split(' ') as [string, string];
    return [form, english];
  }),
  ...MONTHS.map(([form, english]): [string, string] => [form, english]),
]);

/**
 * Words only Seselwa writes so: neither Mauritian Kreol ("mo", "gagn", "kisannla", "mwa", "lane", "lor"), nor
 * Haitian ("mwen", "jwenn", "kiyes", "mwa", "ane"), nor French nor English.
 */
export const OWN: ReadonlySet<string> = new Set(
  'mon ganny gannyen lekel kwa sif mwan lannen lapey linifonm kanmarad kanmenm akous prosen konmela aprezan dimoun sanz demann oule sanmdi zilyet zanvye bomaten lematen dezenen fanmir laeroport donnen sinnen'.split(
    ' ',
  ),
);

/**
 * Words Seselwa writes as Haitian does, and Mauritius does not ("konbyen", "kouman", "kapab", "demen"); not "madanm",
 * "ranpli" nor "ansent", which Mauritius writes too.
 */
export const HAITIAN_ALIKE: ReadonlySet<string> = new Set(
  'konbyen kouman kapab bezwen demen lendi'.split(' '),
);

/** Words Seselwa writes as Mauritius does, and Haiti does not ("kot", "zour", "konze", "zordi"; not "kan", Haiti's too). */
export const MAURITIAN_ALIKE: ReadonlySet<string> = new Set(
  'kiler kot zour konze zordi semenn lasemenn ler saler lavans zot bizin annan akoz dokter zanfan larzan lakaz aswar ziska eski'.split(
    ' ',
  ),
);

/**
 * Mauritian Kreol's words that Seselwa writes otherwise ("mo" for "mon", "gagn" for "ganny", "konbien" for
 * "konbyen", "finn" for "in", "kapav" for "kapab"): a question with them is Mauritian, the French reader's.
 */
export const MAURITIAN_ONLY: ReadonlySet<string> = new Set(
  'mo to so gagn gagne finn kapav ena pena konbien kombien komie kisannla kisanla kouma kifer lor enn demin mwa lane dimann kone aster lapay lizinn izinn dimatin kosa ousa ek'.split(
    ' ',
  ),
);

// Chat's short forms and other spellings, as the reading spells them.
const SHORT = table(
  [
    'konbyen: kombyen konbyn kobyen kbyen',
    'ganny: gany gagny ganye',
    'gannyen: ganyen',
    'kouman: kmn',
    'zordi: zodi',
    'demen: dmen',
    'lasemenn: lasmenn',
    'linifonm: linifom inifonm inifom',
    'konze: konzi',
    'kapab: kpb',
    'bezwen: bzwen',
    'travay: trvay',
    'lapey: lpey',
    'overtaym: ovetaym',
    'sanmdi: sanmedi',
    'dimans: dimanch',
    'lopital: lopitall',
    'vandredi: vandrdi',
  ],
  ' ',
);

// A word in lower case without its marks ("konzé" as "konze").
const fold = (word: string) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

// The spellings above, and any other word with marks as typed without them, so no form needs listing with and
// without its accents.
class SeselwaSpellings extends Map<string, string> {
  override get(word: string): string | undefined {
    const listed = super.get(word);
    if (listed !== undefined) return listed;
    const plain = fold(word);
    return plain === word ? undefined : (super.get(plain) ?? plain);
  }
}

/** Other spellings of the listed words: with their accents, and as chat shortens them ("kbyen", "dmen"). */
export const SPELLINGS: ReadonlyMap<string, string> = new SeselwaSpellings(SHORT);
