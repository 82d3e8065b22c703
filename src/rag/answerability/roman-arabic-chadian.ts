/**
 * @module Chadian Arabic (Arabe tchadien) as staff type it in chat in Latin letters, mixed with French ("per diem
 * hana mission N'Djamena kam lei al cadres?", "avance hagg al Tabaski kam? w yantuuha yom chunu"): its own words of
 * asking ("chunu", "yatu", "kikkeef", "yom chunu"), its small words ("hana", "hagg", "lei", "maa"), its verbs
 * ("nidoor", "nimshi", "yantuuha", "nkallim") and everyday words ("gursh", "ambukra", "usbu", "shahar", "Tabaski"),
 * each with what it says in English; the French words typed among them stay as typed. The words Gulf, Levantine,
 * Egyptian and Maghrebi Arabic share with it ("kam", "wein", "ijaza", "yom") are in roman-arabic-words.ts. Written
 * from general knowledge of the language, without reading any organisation's documents or questions.
 */
import { table } from './roman-arabic-words.js';

/** Chadian words of asking: "chunu" what, "yatu" who, "kikkeef" how, "malla" why, "nagdar" can I. */
export const CHADIAN_ASKING: ReadonlyMap<string, string> = new Map(
  table(`
what: chunu shunu chinu chounou shounou chunuu
who: yatu yaatu yatuu yaato yatou yaatou
how: kikkeef kikeef kikef kikkef kikkeif kekeef kekef kikkeyf
why: malla mallaa
where: wen
is there: fii
can I: nagdar nagdir nigdar nigdir nagder
`),
);

// "hana", "hagg" (of), "maa" (with), "anina" (we), "humman" (they); wanting and asking to know ("nidoor", "nidoor
// naarif"), greetings ("lafe"): no topic.
const GRAMMAR =
  'hana hanaa haana hanai hanaay hanak hanaki hanana hanaana hine hiney hinei hagg haggi haggak haggana maa anina aniina anniina humman hummaan intuma';
const COURTESY =
  'nidoor nidor nidour nidur nidooru tidoor tidor yidoor yidor naarif naaref nahrif naarf lafe laafe akhwani axwani';

/** Chadian words of grammar, courtesy and wanting, left out of the English reading. */
export const CHADIAN_DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY}`.split(' '));

/** Chadian verbs a question turns on: wanting, going, giving, telling, taking, paying. */
export const CHADIAN_VERBS: ReadonlySet<string> = new Set(
  'nidoor nidor nidour nidur tidoor tidor yidoor nimshi yimshi namshi tamshi yamshi nagdar nagdir yantuuha yantuha yantu yantuu yantoo nanti tanti antini nkallim nikallim nakallim nashiil nashil nakhud naakhud nalga nalgaa nisawi nisawwi nikhallis yikhallisu yikhalsu nisaafir nisafir nirja yirja tanzil tanzal tabda yabda'.split(
    ' ',
  ),
);

/** Chadian everyday words with their English, in the spellings people type (French "ou" for "u", "x" for "kh"). */
export const CHADIAN_WORDS: ReadonlyMap<string, string> = new Map(
  table(`
for: lei lee; give it: yantuuha yantuha yantooha yantouha yantuuhu yantuhu
give: yantu yantuu yantoo yantou nanti tanti yanti antini antiini yantuuni yantuna yantuuna
go: nimshi yimshi namshi tamshi yamshi nimshu; inform: nkallim nikallim nakallim nkalim yikallim tikallim
take: nashiil nashil yashiil nakhud naakhud; get: nalga nalgaa yalga; do: nisawi nisawwi nisawwu
pay: nikhallis yikhallisu yikhalsu yakhalsu yadfau nadfa; paid: tanzil tanzal; start: tabda tabdaa yabda
travel: nisaafir nisafir yisaafir; return: nirja nirjaa yirja
work: xidma xedma xidima shugul shughul shoghol; worker: khaddam khaddaam xaddam
money: gursh gurush gurus guruus gourouch gouroush qurush; paper: warga waraga
sick: mayid mayida mayidin mayidiin mardaan mardan mardaana mardaanin; died: mat maat
death: mawt mout; funeral: dafin dafana
father: abuuy abouy; mother: ammi ammii ummuy; brother: akhui akhuui; wife: mara; husband: rajil raajil
tomorrow: ambukra ambukura ambaakir ambakir ambaker ambukur; yesterday: amis amiis; now: dugut
before: gabul gubbal gubal; time: wakit waqit; evening: ashiya; Saturday: sabit
Eid: iid; Tabaski: tabaski tabaske; car: watiir watir; hospital: labtaan labtan lopitan; school: lekool lakool
`),
);

/**
 * Chadian words only Arabic has: with one, the words other languages type alike ("lei", "amis", "wen") are read as
 * Arabic too.
 */
export const CHADIAN_MARKERS: ReadonlySet<string> = new Set(
  'chunu shunu yatu yaatu kikkeef kikeef nidoor nidor hana hagg yantuuha yantu nkallim nimshi yimshi gursh gurush ambukra ambaakir usbu shahar gabul xidma mahiya nagdar'.split(
    ' ',
  ),
);

/**
 * Words other languages type alike: Romanian's and Italian's "lei", French "amis" (friends) and "mat", English
 * "wen", "lee" and "mara": read as Arabic only in a question with a word only Arabic has.
 */
export const CHADIAN_WEAK: ReadonlySet<string> = new Set('lei lee amis amiis mat mara malla wen'.split(' '));

/** Other spellings of listed words that the folding does not reach: "usbu" (week), "shahar" (month), "saa" (hour). */
export const CHADIAN_SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ...['usbu', 'usbuu', 'usbou', 'isbu', 'usbuu3', 'usbu3'].map((w) => [w, 'osboo3'] as const),
  ...['shahar', 'chahar', 'shahaar'].map((w) => [w, 'shahr'] as const),
  ...['saa', "sa'a", 'saaa'].map((w) => [w, 'sa3a'] as const),
  ...['jaay', 'jaayi', 'jayi'].map((w) => [w, 'jay'] as const),
];

/** Chadian phrases, read before single words ("yom chunu", which day: when). */
export const CHADIAN_PHRASES: ReadonlyArray<readonly [string, string]> = table(
  `
when: yom chunu|yom shunu|yom chinu|yom chounou|fi yom chunu|fi yom shunu|yom yatu|wakit yatu
what time: wakit chunu|wakit shunu|fi wakit chunu|fi wakit shunu|saa kam|fi saa kam
why: lei chunu|li chunu|le chunu|lei shunu|li shunu|achaan chunu|ashaan chunu|ashan chunu|sabab chunu
how can I: kikkeef nagdar|kef nagdar|kikeef nagdar
how do I: kikkeef nisawi|kef nisawi|kikeef nisawi
how much money: kam gursh|kam gurus|bi kam gursh
per day: lei yom|lee yom
per hour: lei saa|lee saa
per month: lei shahar|lee shahar
per year: lei sana|lee sana
next week: usbu jay|usbu jaaya
last week: usbu faat|osboo3 faat
last month: shahar faat
next year: sana jay|sana jaaya
last year: sana faat|sana faatat
annual leave: ijaza sana
unpaid leave: ijaza bala mahiya|ijaza bala gursh|ijaza bala ratib
salary advance: avance ratib|avance mahiya|avance salaire|sulfa mahiya
bereavement leave: ijaza mawt|ijaza wafah
Eid al-Fitr: eid ramadan|eid fitir|eid sughayyar|eid saghayar
Eid al-Adha: eid kabir|eid dahiya|eid tabaski
`,
  /\|/,
);

// The English of the phrases that ask or say when, how many, which: no noun a genitive joins to another.
const NOT_NOUNS =
  /^(?:how|what|which|when|where|why|who|until|since|from|is|can|am|this|next|last|every|per)\b/;

/**
 * Each phrase of nouns also with Chadian "hagg" or "hana" (of) after its first word: "ijaza hagg marad" is "ijaza
 * marad" (sick leave), "avance hagg al mahiya" "avance mahiya" (salary advance).
 */
export const withGenitive = (
  phrases: ReadonlyArray<readonly [string, string]>,
): Array<readonly [string, string]> =>
  phrases.flatMap(([words, english]) => {
    const [first, ...rest] = words.split(' ');
    if (!rest.length || NOT_NOUNS.test(english)) return [[words, english] as const];
    return [
      [words, english] as const,
      ...['hagg', 'hana'].map((of) => [`${first} ${of} ${rest.join(' ')}`, english] as const),
    ];
  });
