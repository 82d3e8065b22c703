/**
 * @module Haitian Creole (Kreyòl ayisyen) as staff type it in chat, mostly without "è" and "ò" and mixed with French
 * and English: the words of asking, the small words of grammar and everyday words of pay, leave, shifts, safety,
 * transport and uniforms, with what each says in English, and the words that tell Haitian from French and from
 * Mauritian Kreol. Every list is written as the reading meets a word: in lower case, accents folded ("semèn" is
 * "semen", "lè" is "le") and short forms spelled out ("m'ap" is "ap"). Written from general knowledge of the
 * language, without reading any organisation's documents or questions.
 */

// A table of "english: form | form …" lines as entries; '-' for an English of nothing.
const table = (lines: readonly string[], parted: string): Array<[string, string]> =>
  lines.flatMap((line) => {
    const [english, forms] = line.split(': ') as [string, string];
    return forms.split(parted).map((form): [string, string] => [form.trim(), english === '-' ? '' : english]);
  });

/** Words of asking, each with what it asks in English ("ki" and "konbyen" as the words around them say). */
export const ASKING: ReadonlyMap<string, string> = new Map(
  table(
    [
      'how much: konbyen',
      // "èske" only says that a question follows: it asks nothing English needs, but opens a clause that asks.
      '-: eske',
      'when: kile',
      'where: kote kikote kibo',
      'how: kijan kouman',
      'what: kisa ki',
      'who: kiyes kimoun',
      'which: kiles',
      'why: poukisa pouki',
    ],
    ' ',
  ),
);

// Each line: the English, then the phrases that say it, apart with ' | '. Read before single words, the longest
// first, so "konbyen jou" asks how many days and "mwa sa a" is this month, not "month what".
// biome-ignore format: one English a line keeps the list readable and easy to review
const PHRASE_LINES = [
  'what time: a kile | kile li ye | kile l ye',
  'when: ki moman',
  'where: ki bo | ki bo kote',
  'how: ki fason | ki mannye',
  'what: ki bagay | sa pou | sa k | sa ki | sa m | sa mwen | sa nou',
  'which day: ki jou',
  'what date: ki dat',
  'what kind: ki kalite | ki tip',
  'why: pou kisa | pou ki rezon',
  'apply: fe demann | fe yon demann',
  'how long: konbyen tan',
  'how many days: konbyen jou',
  'how many hours: konbyen le | konbyen edtan',
  'how many weeks: konbyen semen',
  'how many months: konbyen mwa',
  'how many years: konbyen ane | konbyen lane',
  'how many times: konbyen fwa',
  'how many people: konbyen moun',
  'how many children: konbyen pitit | konbyen timoun',
  'how much money: konbyen kob | konbyen lajan',
  'what percent: konbyen pousan | konbyen pousantaj',
  'can I: eske m ka | eske mwen ka | eske m kab | eske mwen kab | eske m kapab | eske mwen kapab | m ka | mwen ka | m kab | mwen kab | m kapab | mwen kapab',
  'can we: eske nou ka | eske nou kab | eske nou kapab | nou ka | nou kab | nou kapab',
  'must I: eske m dwe | eske mwen dwe | m dwe | mwen dwe | fok m | fok mwen | fo m | fo mwen | m oblije | mwen oblije',
  'must we: eske nou dwe | nou dwe | fok nou | fo nou | nou oblije',
  'am I entitled: m gen dwa | mwen gen dwa | eske m gen dwa | eske mwen gen dwa',
  'are we entitled: nou gen dwa | eske nou gen dwa',
  'is there: eske gen | eske genyen | eske te gen',
  'I have: m gen | mwen gen | m genyen | mwen genyen',
  'we have: nou gen | nou genyen',
  'no: pa gen | pa genyen',
  'cannot: pa ka | pa kab | pa kapab',
  // "lè" before who does it is "when" of a condition, not an hour ("lè m malad": if I am sick); "if" is no word
  // of asking, so it never goes first.
  'if: le m | le mwen | le nou | le li | le l | le yo | le w | le ou',
  'today: jodi a',
  'now: kounye a',
  'this month: mwa sa a | mwa sa | mwa sa la',
  'next month: mwa pwochen | lot mwa | mwa k ap vini | mwa ki ap vini',
  'last month: mwa pase | mwa ki sot pase | mwa k sot pase',
  'this week: semen sa a | semen sa',
  'next week: semen pwochen | lot semen | semen k ap vini',
  'last week: semen pase | semen ki sot pase | semen k sot pase',
  'this year: ane sa a | ane sa | lane sa a | lane sa',
  'next year: ane pwochen | lot ane | lane pwochen | lot lane',
  'last year: ane pase | lane pase',
  'end of month: fen mwa | fen mwa a | finisman mwa',
  'per day: pa jou',
  'per hour: pa le | pa edtan',
  'per week: pa semen',
  'per month: pa mwa',
  'per year: pa ane | pa lane',
  'every day: chak jou',
  'afternoon: apre midi',
  'sick leave: konje maladi | konje malad | konje pou maladi',
  'maternity leave: konje matenite | konje akouchman',
  'paternity leave: konje patenite',
  'annual leave: konje anyel | konje chak ane',
  'paid leave: konje peye',
  'day off: jou konje | jou lib',
  'public holiday: jou ferye | jou fet | fet nasyonal',
  'Christmas: fet nwel',
  'rest day: jou repo',
  'break time: le repo | tan repo',
  'lunch break: repo midi | le manje',
  'lunch: manje midi',
  'working hours: le travay | ore travay',
  'overtime: le sipleman | le siplemante | le anplis',
  'night shift: ekip lannwit | ekip nwit | ekip aswe',
  'morning shift: ekip maten',
  'day shift: ekip jou | ekip lajounen',
  'payslip: fich pe | fich peman | fich sale | fich paye',
  'medical certificate: setifika medikal | setifika dokte | papye dokte | papye lopital',
  'phone number: nimewo telefon',
  'ID card: kat idantite',
  'meal allowance: lajan manje | kob manje',
  'transport allowance: lajan transpo | kob transpo',
  'safety shoes: soulye sekirite',
  'safety boots: bot sekirite',
  'safety glasses: linet sekirite',
  'late: an reta',
  'in advance: an avans',
  'near: bo kote',
];

/** Phrases of several words, read before single words, with their English. */
export const PHRASES: ReadonlyArray<readonly [string, string]> = table(PHRASE_LINES, ' | ');

// The small words of grammar: pronouns (whose a thing is follows it, "salè m": my salary, and says no topic),
// articles and plural "yo", prepositions, the markers of tense ("te", "ap", "pral"),
// "fè" and "fèt" (do, done) and "konnen" (know), which say no topic.
const GRAMMAR =
  'mwen m ou w li l nou n yo y la lan nan a an yon pou ak ave avek epi e se te t ap pral va k sa sou bo tout menm tou deja toujou anko selman ye fe fet konnen konn di';
// Words of courtesy and greeting: no topic.
const COURTESY = 'bonjou bonswa alo mesi tanpri souple svp plz wi non oke ok';

/** Words that are only grammar or courtesy, dropped from the English reading. */
export const DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY}`.split(' '));

// Each line: the English, then the forms that say it. One meaning a line.
// biome-ignore format: one meaning a line keeps the list readable and easy to review
const WORD_LINES = [
  // time
  'day: jou jounen',
  'hours: le',
  'hours: edtan',
  'week: semen',
  'month: mwa',
  'year: ane lane',
  'today: jodi jodia',
  'tomorrow: demen',
  'yesterday: aye',
  'morning: maten',
  'afternoon: apremidi',
  'evening: aswe',
  'night: lannwit nwit',
  'noon: midi',
  'now: kounye konnya',
  'every: chak',
  'next: pwochen',
  'other: lot',
  'pass: pase',
  'before: anvan avan',
  'after: apre',
  'until: jiska',
  'since: depi',
  'date: dat',
  'schedule: ore',
  'late: reta',
  // money
  'salary: sale',
  'pay: peye peman',
  'money: kob lajan',
  'advance: avans',
  'bonus: bonis boni prim',
  'overtime: sipleman siplemante',
  'deduction: dediksyon retni',
  'deduct: retire',
  'paycheck: chek',
  'tax: taks enpo',
  'account: kont',
  'raise: ogmantasyon',
  'price: pri',
  'cost: koute',
  'free: gratis',
  'allowance: alokasyon',
  'pension: pansyon retret',
  'double: doub',
  'half: mwatye',
  // leave, health and family
  'leave: konje',
  'holiday: vakans',
  'Christmas: nwel',
  'birthday: anivese',
  'public holiday: feriye',
  'sick: malad',
  'illness: maladi',
  'pregnant: ansent',
  'birth: akouchman akouche',
  'marriage: maryaj marye',
  'death: mouri lanmo',
  'funeral: anteman',
  'doctor: dokte',
  'hospital: lopital',
  'clinic: klinik',
  'medicine: medikaman renmed',
  'injury: blese blesi',
  'accident: aksidan',
  'certificate: setifika',
  'insurance: asirans',
  'father: papa',
  'mother: manman',
  'child: pitit timoun',
  'wife: madanm',
  'husband: mari',
  'family: fanmi',
  'people: moun',
  'company: konpayi antrepriz',
  // work and places
  'work: travay djob',
  'employee: anplwaye',
  'worker: travaye',
  'office: biwo',
  'factory: faktori izin',
  'warehouse: depo',
  'store: magazen boutik',
  'canteen: kantin',
  'site: chantye',
  'shift: ekip',
  'supervisor: sipevize',
  'boss: chef patwon',
  'manager: manadje',
  'contract: kontra',
  'training: fomasyon',
  'permission: pemisyon',
  'absent: absan',
  'resign: demisyone demisyon',
  'documents: dokiman papye',
  'form: fom',
  'letter: let',
  'report: rapo',
  'phone: telefon',
  'number: nimewo',
  'address: adres',
  'email: imel',
  'card: kat',
  'home: kay lakay',
  'school: lekol',
  'meal: manje',
  'break: repo poz',
  'water: dlo',
  'toilet: twalet',
  'city: vil',
  // safety, uniforms and transport
  'safety: sekirite',
  'helmet: kas',
  'gloves: gan',
  'boots: bot',
  'glasses: linet',
  'uniform: inifom',
  'vest: ves',
  'shoes: soulye',
  'clothes: rad',
  'transport: transpo',
  'bus: bis',
  'car: machin vwati',
  'motorbike: moto motosiklet',
  'tap-tap: taptap',
  'driver: chofe',
  'road: wout',
  'parking: pakin',
  'ticket: tike',
  // things done
  'get: jwenn resevwa',
  'take: pran',
  'give: bay',
  'go: ale al',
  'come: vini vin',
  'call: rele',
  'send: voye',
  'ask for: mande',
  'sign: siyen',
  'start: komanse koumanse',
  'finish: fini',
  'open: ouvri ouve',
  'close: femen',
  'come in: antre',
  'arrive: rive',
  'go out: soti',
  'quit: kite',
  'return: retounen tounen',
  'change: chanje',
  'replace: ranplase',
  'notify: avize avreti enfome',
  'fill: ranpli',
  'submit: depoze renmet',
  'buy: achte',
  'miss: manke',
  'lose: pedi',
  'wear: mete',
  'use: itilize',
  'apply: aplike',
  'request: demann demand',
  'look for: chache cheche',
  'bring: pote',
  'need: bezwen',
  'want: vle',
  'can: ka kab kapab',
  'must: dwe fok fo oblije',
  'is there: gen genyen',
  'entitled: dwa',
  'new: nouvo',
  'old: ansyen vye',
  'more: plis',
  'first: premye',
  'not: pa',
  'cannot: paka',
  'if: si',
  'near: pre toupre',
];

// Days and months, each English then Haitian; March, May and August ("mas", "me", "out") are English words too.
const CALENDAR =
  'Monday lendi Tuesday madi Wednesday mekredi Thursday jedi Friday vandredi Saturday samdi Sunday dimanch January janvye February fevriye April avril June jen July jiye September septanm October oktob November novanm December desanm'.match(
    /\S+ \S+/g,
  ) ?? [];

/** Everyday words with their English. */
export const WORDS: ReadonlyMap<string, string> = new Map([
  ...table(WORD_LINES, ' '),
  ...CALENDAR.map((pair): [string, string] => {
    const [english, form] = pair.split(' ') as [string, string];
    return [form, english];
  }),
]);

/**
 * Words only Haitian has: neither French nor Mauritian Kreol writes them so ("konbyen", where Mauritius writes
 * "konbien"; "jou", "konje", "demen", where it writes "zour", "konze", "demin"), nor English nor Hindi types them.
 */
export const MARKERS: ReadonlySet<string> = new Set(
  'konbyen kile kote kikote kibo kijan kouman kisa kiyes kiles kimoun poukisa pouki eske mwen m w yo yon ak nan lan ap pral gen genyen jwenn bezwen kapab kab dwe fok vle konje jou jounen semen ane edtan kob lajan manje demen jodi jodia aye maten aswe lannwit kounye konnya chak pwochen apremidi mekredi jedi dimanch lendi biwo dokte timoun pitit madanm anplwaye travaye antre soti retounen chanje rele voye siyen ranpli komanse ouvri femen ansent mouri anteman machin kay lakay ansyen inifom soulye sekirite tanpri mesi bonjou bonswa ekip sipevize patwon fanmi'.split(
    ' ',
  ),
);

/** Words only the Kreol of Mauritius (and of Seychelles and Réunion) writes so ("mo", "zot", "bizin", "zour", "ler"). */
export const MAURITIAN_MARKERS: ReadonlySet<string> = new Set(
  'mo zot ena pena bizin gagn gagne finn pe zour zourne konze ler lapay lapey kot kan kifer kisannla kisanla konbien kombien komie eski enn dan lor zordi demin semenn lasemenn zanfan biro lizinn izinn aswar lanwit dimatin ziska kapav dimann manze larzan lakaz loto dokter saler kouma letan aster deza ek lerla kone bonzour mersi silvouple annan akoz lazournen kosa ousa'.split(
    ' ',
  ),
);

/** French's words of grammar and asking, which Haitian never writes ("je", "combien", "est-ce"). */
export const FRENCH_MARKERS: ReadonlySet<string> = new Set(
  'je est sont les des du au aux une combien quand quel quelle quels quelles pourquoi comment avec dans sur mon ma mes vous il ils elle elles suis ai avez avons peux peut dois doit faut qui que ce cette ces leur notre votre'.split(
    ' ',
  ),
);

// Chat's short forms and other spellings, as the reading spells them.
const SHORT = table(
  [
    'konbyen: kombyen konben konbyin',
    'kouman: koman',
    'eske: esk',
    'mwen: mwn',
    'nou: nn',
    'genyen: genyin',
    'kounye: kounyea kounya',
    'lajan: lajen',
    // "yè" (yesterday) apart from "ye" (is), which ends a question ("ki kote biwo a ye?").
    'aye: yè',
  ],
  ' ',
);

// A word in lower case without its marks ("semèn" as "semen", "kòb" as "kob").
const fold = (word: string) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

// The spellings above, a word with an elided pronoun or tense ("m'ap", "l'ap", "k'ap") as the word after it, and
// any other word with marks as typed without them, so no form needs listing with and without its accents.
class KreyolSpellings extends Map<string, string> {
  override get(word: string): string | undefined {
    const listed = super.get(word);
    if (listed !== undefined) return listed;
    const elided = /^[mlnkwyt]'(\p{L}+)$/u.exec(word)?.[1];
    if (elided) return this.get(elided) ?? elided;
    if (/^[mlnkwyt]'$/u.test(word)) return word.slice(0, 1);
    const plain = fold(word);
    return plain === word ? undefined : (super.get(plain) ?? plain);
  }
}

/** Other spellings of the listed words: with their accents, elided, and as chat shortens them ("mwn", "esk"). */
export const SPELLINGS: ReadonlyMap<string, string> = new KreyolSpellings(SHORT);
