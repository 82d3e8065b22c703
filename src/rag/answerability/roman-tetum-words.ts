/**
 * @module Tetum (Tetun Dili) as staff in Timor-Leste type it in chat, mixed with Portuguese loanwords, Indonesian
 * words and English ("loron hira ba lisensa?", "saláriu fulan ne'e selu bainhira?"): the words of asking, the small
 * words of grammar and everyday workplace words, in the standard spelling and the chat ones ("hau", "nebee",
 * "licensa"), with what each says in English. Written from general knowledge of the language, without reading any
 * organisation's documents or questions.
 */

/** Words of asking, each with what it asks in English. */
export const ASKING: ReadonlyMap<string, string> = new Map([
  // "hira" asks how many of what is counted, else how much (roman-tetum.ts's `askingAt`).
  ['hira', 'how much'],
  ['oinsá', 'how'],
  ['bainhira', 'when'],
  ['wainhira', 'when'],
  // "ne'ebé" after a thing asks which ("uma ne'ebé"); after "iha" or "ba", where (a phrase).
  ["ne'ebé", 'which'],
  ['saida', 'what'],
  ['sa', 'what'],
  ['tansá', 'why'],
  // Portuguese's "quanto" as Tetum spells it.
  ['kuantu', 'how much'],
  // "se" (who) is no word of asking alone: it is "if" too, borrowed from Portuguese. Its phrases ask who.
]);

// Units counted with "hira" and with the numbers, in Tetum, English singular and plural.
const UNITS: ReadonlyArray<readonly [string, string, string]> = [
  ['loron', 'day', 'days'],
  ['oras', 'hour', 'hours'],
  ['semana', 'week', 'weeks'],
  ['fulan', 'month', 'months'],
  ['tinan', 'year', 'years'],
  ['dala', 'time', 'times'],
];
const NUMBERS = 'ida rua tolu haat lima neen hitu ualu sia sanulu'.split(' ');

// "loron hira" and, as Indonesian puts it, "hira loron": how many days; "loron rua": 2 days, "loron ida": a day.
const COUNTED: ReadonlyArray<readonly [string, string]> = UNITS.flatMap(([unit, one, many]) => [
  [`${unit} hira`, `how many ${many}`] as const,
  [`hira ${unit}`, `how many ${many}`] as const,
  ...NUMBERS.map(
    (n, i) =>
      [`${unit} ${n}`, i === 0 ? `${one === 'hour' ? 'an' : 'a'} ${one}` : `${i + 1} ${many}`] as const,
  ),
]);

/** Phrases of several words (or a Portuguese word of asking), read before single words, with their English. */
export const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ...COUNTED,
  // asking
  ['ema hira', 'how many people'],
  ['oan hira', 'how many children'],
  ['osan hira', 'how much'],
  ['folin hira', 'how much does it cost'],
  ['presu hira', 'how much does it cost'],
  ['porsentu hira', 'what percent'],
  ['tuku hira', 'what time'],
  ['iha tuku hira', 'what time'],
  ['iha oras hira', 'what time'],
  ['jam hira', 'what time'],
  ['data hira', 'what date'],
  ['data saida', 'what date'],
  ['oras saida', 'what time'],
  ['loron saida', 'which day'],
  ['loron sa', 'which day'],
  ['fulan saida', 'which month'],
  ["ida ne'ebé", 'which'],
  ["iha ne'ebé", 'where'],
  ["ba ne'ebé", 'where'],
  ["husi ne'ebé", 'where from'],
  ['tanba sa', 'why'],
  ['tamba sa', 'why'],
  ['tanba saida', 'why'],
  ['ba saida', 'what for'],
  ['saida mak', 'what'],
  ['sa mak', 'what'],
  ['oinsá ho', 'what about'],
  ['oinsá mak', 'how'],
  ["to'o bainhira", 'until when'],
  ['husi bainhira', 'since when'],
  ['se mak', 'who'],
  ['se maka', 'who'],
  ['mak se', 'who'],
  ['maka se', 'who'],
  ['ema se', 'who'],
  ['ba se', 'who'],
  ['ho se', 'who'],
  ['husi se', 'who'],
  ["ne'e se", 'who'],
  ['bele ka lae', 'can I'],
  ['iha ka lae', 'is there'],
  ['iha ka la iha', 'is there'],
  // Portuguese's words of asking in a Tetum question ("quantos dias de férias mak ha'u bele hetan?"): phrases, so
  // they are read but are never a sign of Tetum in a Portuguese question.
  ['quantos dias', 'how many days'],
  ['quantas oras', 'how many hours'],
  ['quantos', 'how many'],
  ['quantas', 'how many'],
  ['quanto', 'how much'],
  ['quando', 'when'],
  ['onde', 'where'],
  ['porque', 'why'],
  ['qual', 'what'],
  ['quem', 'who'],
  // leave, pay and time
  ['lisensa anuál', 'annual leave'],
  ['lisensa moras', 'sick leave'],
  ['lisensa isin rua', 'maternity leave'],
  ['lisensa maternidade', 'maternity leave'],
  ['lisensa partu', 'maternity leave'],
  ['lisensa paternidade', 'paternity leave'],
  ['lisensa kaben', 'marriage leave'],
  ['lisensa lia mate', 'bereavement leave'],
  ['lisensa luto', 'bereavement leave'],
  ['lisensa la selu', 'unpaid leave'],
  ['isin rua', 'pregnant'],
  ['lia mate', 'funeral'],
  ['karta moras', 'sick note'],
  ['karta dotór', "doctor's note"],
  ['atestadu médiku', "doctor's note"],
  ['primeiru sokorru', 'first aid'],
  ['oras extra', 'overtime'],
  ['oras servisu', 'working hours'],
  ['loron servisu', 'working day'],
  ['fatin servisu', 'workplace'],
  ['loron deskansa', 'day off'],
  ['loron feriadu', 'public holiday'],
  ['feriadu nasionál', 'public holiday'],
  ['loron feriadu nasionál', 'public holiday'],
  ['tinan foun', 'New Year'],
  ['osan transporte', 'transport allowance'],
  ['subsídiu transporte', 'transport allowance'],
  ['osan han', 'meal allowance'],
  ['subsídiu han', 'meal allowance'],
  ['osan mina', 'fuel allowance'],
  ['subsídiu natál', 'Christmas bonus'],
  ['subsídiu de natál', 'Christmas bonus'],
  ['oras han', 'meal break'],
  ['han meiudia', 'lunch'],
  ['han kalan', 'dinner'],
  ['han dadeer', 'breakfast'],
  ['fatin han', 'canteen'],
  ['turnu kalan', 'night shift'],
  ['turnu dadeer', 'morning shift'],
  ['turnu lokraik', 'afternoon shift'],
  ['konta banku', 'bank account'],
  ['númeru telefone', 'phone number'],
  ['enderesu uma', 'home address'],
  ['la bele', 'cannot'],
  ['la iha', 'no'],
  ["ha'u nia", 'my'],
  ["ha'u nian", 'my'],
  ['ami nia', 'our'],
  ['ita nia', 'our'],
  ['o nia', 'your'],
  ["fulan ne'e", 'this month'],
  ['fulan oin', 'next month'],
  ['fulan kotuk', 'last month'],
  ['fulan liu ba', 'last month'],
  ["semana ne'e", 'this week'],
  ['semana oin', 'next week'],
  ['semana kotuk', 'last week'],
  ["tinan ne'e", 'this year'],
  ['tinan oin', 'next year'],
  ['tinan kotuk', 'last year'],
  ['ohin loron', 'today'],
  ['loron segunda', 'Monday'],
  ['loron tersa', 'Tuesday'],
  ['loron kuarta', 'Wednesday'],
  ['loron kinta', 'Thursday'],
  ['loron sesta', 'Friday'],
  ['loron sábadu', 'Saturday'],
  ['loron domingu', 'Sunday'],
  ['fin de semana', 'weekend'],
  ['rohan semana', 'weekend'],
];

// Pronouns, the plural "sira", prepositions, the focus "mak", "already", "will", "but", "and", the tag "or not"
// ("… ka lae?") and "if" ("se", borrowed from Portuguese, as "de" of "subsídiu de natál" is).
const GRAMMAR =
  "ha'u o ita ami imi nia nian sira ba iha ho ka lae ne'e ne'ebá mak maka atu sei ona mós maibé tanba tamba konaba hotu kedas ida se de e";
// Greetings, thanks and the address of a colleague ("mana", "maun": sister and brother, said to anyone).
const COURTESY = 'bondia botarde bonoite obrigadu obrigada favor maun mana senhor senhora sr sra please pls';

/** Words that are only grammar or courtesy, dropped from the English reading. */
export const DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY}`.split(' '));

// Each line: a topic's words, each "English: Tetum words" (and the loanwords Tetum chat uses) in their standard
// spelling, parted by "; ".
// biome-ignore format: one topic a line keeps the list readable and easy to review
const LINES = [
  'day: loron; hours: oras; week: semana; month: fulan; year: tinan; times: dala',
  'today: ohin; tomorrow: aban; yesterday: horiseik; now: agora daudaun; first: primeiru',
  'night: kalan; morning: dadeer; afternoon: lokraik; noon: meiudia',
  'daily: loronloron; weekly: semanasemana; monthly: fulanfulan; yearly: tinantinan',
  'Monday: segunda; Tuesday: tersa; Wednesday: kuarta; Thursday: kinta; Friday: sesta sexta',
  'Saturday: sábadu; Sunday: domingu; Christmas: natál; Easter: páskua; national: nasionál',
  'January: janeiru; February: fevereiru; March: marsu; April: abríl; May: maiu; June: juñu; July: jullu',
  'August: agostu; September: setembru; October: outubru; November: novembru; December: dezembru',
  'holiday: feriadu; annual leave: férias; leave: lisensa; rest: deskansa; break: pauza intervalu',
  'shift: turnu; schedule: oráriu; roster: eskala; late: tarde atrazu',
  // money
  'salary: saláriu; money: osan; pay: selu; receive: simu; get: hetan; allowance: subsídiu; bonus: bónus',
  'advance: adiantamentu; deduction: deskontu; tax: impostu; insurance: seguru; pension: pensaun',
  'price: folin presu; debt: tusan; loan: empréstimu; bank: banku; fuel: mina; minimum: mínimu',
  // leave, health and family
  'sick: moras; doctor: dotór médiku; clinic: klínika; hospital: ospitál; medicine: aimoruk; injury: kanek',
  "birth: partu; marriage: kaben; wife: feen; husband: la'en; child: oan; baby: bebé",
  'father: aman; mother: inan; parents: inanaman; siblings: maunalin; family: família; death: mate',
  // work, places and people
  'work: servisu; employee: funsionáriu traballadór; boss: xefe; supervisor: supervizór',
  'company: kompañia; contract: kontratu; office: eskritóriu; place: fatin; house: uma; school: eskola',
  'canteen: kantina; training: formasaun treinamentu; meeting: reuniaun enkontru; form: formuláriu',
  'letter: karta; document: dokumentu; report: relatóriu; phone: telefone; number: númeru; address: enderesu',
  'people: ema; colleague: kolega; new: foun; old: tuan',
  // Indonesian words Tetum chat uses
  'day off: libur; office: kantor; salary: gaji; leave: cuti; sick: sakit',
  // safety, uniforms and transport
  'safety: seguransa; helmet: kapasete; shoes: sapatu; boots: bota; gloves: luvas; glasses: oklu',
  'mask: máskara; accident: asidente; danger: perigu; fire: ahi; uniform: farda uniforme',
  'transport: transporte; car: kareta; motorbike: motor; bus: bis; minibus: mikrolete',
  'driver: kondutór motorista; parking: estasionamentu; road: dalan',
  // things done
  'can: bele; cannot: labele; must: tenke; want: hakarak; need: presiza; take: foti; bring: lori',
  "ask for: husu; submit: hatama; send: hato'o; start: hahú; finish: remata; open: loke; close: taka",
  'come: mai; return: fila; stay: hela; eat: han; drink: hemu; sleep: toba; wear: hatais; use: uza',
  'change: troka; know: hatene; help: ajuda tulun; approve: aprova; sign: asina; smoke: fuma',
  'arrive: tama; give: fó; dismiss: hasai; do: halo; contact: kontaktu',
  // and the small words a question needs in English
  "and: no; not: la; not yet: seidauk; only: de'it; more: liu; many: barak; same: hanesan; if: karik",
  "until: to'o; from: husi",
];

/** Workplace and everyday words with their English. */
export const WORDS: ReadonlyMap<string, string> = new Map(
  LINES.flatMap((line) =>
    line.split('; ').flatMap((meaning) => {
      const [english, words] = meaning.split(': ') as [string, string];
      return words.split(' ').map((word) => [word, english] as const);
    }),
  ),
);

/** Words only Tetum has (no English, Portuguese or Indonesian word is spelt so): the signs of a Tetum question. */
export const MARKERS: ReadonlySet<string> = new Set(
  "ha'u nia nian iha mak maka ne'e sira atu ona seidauk maibé husi to'o lae de'it loron fulan tinan osan saláriu selu hetan simu servisu moras oan inan feen la'en kaben kareta fatin eskola tenke bele labele hakarak presiza foun hira oinsá bainhira wainhira saida ne'ebé tansá kalan dadeer lokraik ohin aban horiseik hemu foti husu hatama hahú turnu farda lisensa feriadu subsídiu".split(
    ' ',
  ),
);

// Chat's and Portuguese's spellings of the words above ("hau", "nebee", "licensa", "salario"); the spellings
// without accents or apostrophes are added below.
// biome-ignore format: one word a line keeps the list readable and easy to review
const TYPED = [
  "ha'u: hau",
  "ne'e: ne nee",
  // The sign counts a word's letters apart at an apostrophe: "ne'ebé" is "ne" and "ebé" there.
  "ne'ebé: nebee nebe neebe nebé ne'ebe ebé ebe",
  'oinsá: oinsa oinsaa oisa',
  'bainhira: bainira wainira',
  'tansá: tansa tamsa tanbasa tambasa',
  'sa: saa',
  'mak: mk',
  'servisu: serbisu servisiu',
  'saláriu: salario salário salariu',
  'lisensa: licensa licença lisença lisenca licenca',
  'subsídiu: subsidio subsídio',
  'férias: ferias',
  'anuál: anual',
  'feriadu: feriado',
  'oras: horas',
  'extra: ekstra estra',
  'dotór: doutor doutór',
  'kompañia: kompania companhia',
  'kontratu: kontrato contrato',
  "de'it: deit",
  'daudaun: dadauk daudauk',
  'lokraik: loraik',
  'seidauk: sedauk',
  'husi: hosi',
  'kuantu: kuanto',
  'labele: lbele',
  'bele: ble',
  "la'en: laen",
  'sesta: sexta-feira',
  'domingu: domingo',
  'sábadu: sabado sábado',
  'natál: natal',
];

// Spellings without an accent or an apostrophe ("salariu", "hau"), as a phone types them; not those English has
// ("to'o" is never "too").
const ENGLISH_ALIKE = new Set(['too']);
const unmarked = (word: string) => {
  const folded = word.normalize('NFD').replace(/\p{M}/gu, '');
  return [folded, word.replace(/'/g, ''), folded.replace(/'/g, '')];
};
const LISTED = [
  ...ASKING.keys(),
  ...DROPPED,
  ...WORDS.keys(),
  ...MARKERS,
  ...PHRASES.flatMap(([p]) => p.split(' ')),
];
const KNOWN = new Set(LISTED);
const UNACCENTED = LISTED.flatMap((word) =>
  unmarked(word)
    .filter((w) => w !== word && !KNOWN.has(w) && !ENGLISH_ALIKE.has(w))
    .map((w) => [w, word] as const),
);

/** Other spellings of the listed words, each with the spelling the lists use. */
export const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ...UNACCENTED,
  ...TYPED.flatMap((line) => {
    const [word, typed] = line.split(': ') as [string, string];
    return typed.split(' ').map((t) => [t.replace(/-/g, ''), word] as const);
  }),
]);
