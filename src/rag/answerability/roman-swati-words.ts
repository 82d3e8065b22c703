/**
 * @module siSwati (Swazi) as sugar-estate field and mill staff type it in chat, without tone marks and mixed with
 * English ("sikhokhelwa nini?", "ngingatsatsa lilivu lelingakanani?", "i-overtime ikhokhelwa malini nge-hour?"):
 * the words of asking, the small words of grammar, the pronouns and possessives, everyday words of pay, leave,
 * shifts, transport, family and time with what each says in English, the verb stems the reader finds inside a verb
 * ("ngi-nga-tsatsa", I can take), and the words only siSwati writes ("tf", "ts", "dv", "tj" and "dz" where Zulu
 * writes "th", "z", "d", "sh" and "d": "tfola", not "thola"; "umsebenti", not "umsebenzi"). Written from general
 * knowledge of the language, without reading any organisation's documents or questions.
 */
import { pairsOwnFirst, meaningTable as table } from './roman-shared.js';

/**
 * Words of asking, each with what it asks in English: "malini" how much money, the relatives in "-ngakanani" how
 * much, in "-ngaki" how many, "yini" what (or only a question's mark at its end, which the reader sees).
 */
export const ASKING: ReadonlyMap<string, string> = new Map(
  table([
    'when: nini ngunini',
    'where: kuphi kephi ngaphi ikuphi likuphi sikuphi bakuphi ukuphi uphi iphi liphi siphi tiphi baphi',
    'who: bani ngobani',
    'who is: ngubani',
    'what: yini kuyini ini',
    'what is: nguyini',
    'what do I do: ngenteni ngentani ngiteni',
    'what do we do: senteni sentani',
    'how: kanjani njani',
    'how much: malini ngumalini yimalini ngakanani lelingakanani lengakanani lesingakanani lokungakanani lekungakanani lingakanani singakanani kungakanani ingakanani angakanani',
    'how many: ngaki lamangaki letingaki lengaki lelingaki lesingaki lemingaki mangaki tingaki',
    'how many people: labangaki bangaki',
    'how often: kangaki',
    'which: yiphi ngiyiphi ngumuphi ngusiphi ngaliphi',
    'why: kungani ngani',
    'what time: ngabongaki ngabangaki',
  ]),
);

// The days of the week, each English then siSwati's names ("uMgcibelo", "liSontfo").
const DAYS: ReadonlyArray<readonly [string, string]> = [
  ['Monday', 'umsombuluko msombuluko'],
  ['Tuesday', 'lesibili'],
  ['Wednesday', 'lesitsatfu'],
  ['Thursday', 'lesine'],
  ['Friday', 'lesihlanu'],
  ['Saturday', 'umgcibelo mgcibelo'],
  ['Sunday', 'lisontfo sontfo'],
];

/** Each day's names alone, and after "nge" or "nga" (on): "ngeMgcibelo" is "on Saturday". */
const DAY_WORDS: Array<[string, string]> = DAYS.flatMap(([english, names]) =>
  names.split(' ').flatMap(
    (name): Array<[string, string]> => [
      [name, english],
      [`nge${name.replace(/^u/, '')}`, `on ${english}`],
      [`nga${name.replace(/^u/, '')}`, `on ${english}`],
    ],
  ),
);

// Each line: the English, then the phrases that say it, apart with ' | ', of four words at most, which is all the
// reading looks ahead. Read before single words, the longest first, so "lilivu lekugula" is sick leave.
// biome-ignore format: one English a line keeps the list readable and easy to review
const PHRASE_LINES = [
  // asking
  'what time: ngasiphi sikhatsi | ngasikhatsi sini | ngesikhatsi sini | ngesikhatsi bani | ngabo bangaki',
  'which day: ngaliphi lilanga | ngamuphi lusuku | liliphi lilanga',
  'why: ngobe yini | ngoba yini | ngenca yani | ngenca yini',
  'how much does it cost: kubita malini | kubiza malini | kubita lokungakanani',
  'how long: sikhatsi lesingakanani | isikhatsi lesingakanani',
  'what happens: kwentekani | kwenteka yini',
  'I want to know: ngicela kwati | ngifuna kwati | ngicela kubuta | ngifuna kubuta | sicela kwati',
  // there is, can and cannot
  'is there: kukhona yini | kukhona yini khona',
  'there is: kukhona | kukhona khona',
  'there is no: kute | akukho | akukhona',
  'I cannot: ngingeke | ngeke ngikhone | angikhoni',
  'we cannot: singeke | ngeke sikhone',
  'you cannot: ungeke | awukhoni',
  'cannot: ngeke',
  'I have: nginayo | nginato | ngine',
  'I do not have: anginayo | angina | anginato',
  'we have: sinayo | sine',
  'I know: ngiyati',
  'I do not know: angati | angiyati',
  'please help: ngicela lusito | ngicela ungisite',
  'tell me: ngitjele | ngitjeleni',
  'give me: ngiphe | ngipheni',
  'help me: ngisite | ngisiteni',
  'call me: ngifonele | ngishayele',
  'apply: faka sicelo | fakisa sicelo',
  'I am sick: ngiyagula | ngigulile | ngiyagula mine',
  'I am pregnant: ngikhulelwe | ngitetfwele',
  'I am bereaved: ngifelwe | ngishonelwe',
  'I lost: ngilahlekelwe | ngilahlile',
  'died: ushonile | ushona | wafa | ufile',
  'if: nangabe | nakungabe | nangingabe',
  'because of: ngenca ye | ngenca yekutsi',
  'about: mayelana na | mayelana ne',
  // time
  'this week: leliviki | kuleliviki | liviki leli',
  'next week: liviki lelitako | liviki leliyetako | ngeliviki lelitako',
  'last week: liviki leliphelile | liviki leledlule | liviki leliphele',
  'this month: lenyanga | kulenyanga | inyanga le | inyanga lena',
  'next month: inyanga letako | inyanga leyetako | ngenyanga letako',
  'last month: inyanga leyengcile | inyanga leyendlulile | inyanga leyedlule | inyanga lephelile',
  'this year: lonyaka | kulonyaka | umnyaka lo',
  'next year: umnyaka lotako | ngemnyaka lotako',
  'last year: umnyaka lophelile | umnyaka lowendlulile',
  'per hour: ngelihora | ngehora | ngesikhatsi',
  'per day: ngelilanga | ngelusuku | ngelanga',
  'per week: ngeliviki | ngeviki',
  'per month: ngenyanga',
  'per year: ngemnyaka | ngenyaka',
  'every day: onkhe emalanga | emalanga onkhe | tonkhe tinsuku',
  'in the morning: ekuseni',
  'at night: ebusuku',
  'in the afternoon: ntsambama | entsambama',
  'in the evening: kusihlwa | ebusuku',
  'tomorrow morning: kusasa ekuseni',
  // pay, leave and work
  'payslip: liphepha lemholo | liphepha leholo | liphepha lemali | liphepha lenkhokhelo',
  'pay day: lilanga lemholo | lilanga lekuhola | lilanga lekukhokhelwa',
  'meal allowance: imali yekudla | imali yesidlo',
  'transport allowance: imali yekuhamba | imali yelibhasi | imali yetransport | imali yekugibela',
  'overtime pay: imali yesikhatsi lesengetiwe',
  'overtime: emahora lengetiwe | sikhatsi lesengetiwe | emahora langetulu',
  'advance: imali lengaphambili | imali yangaphambili | imali yekucala',
  'loan: imali yekuboleka | imali lebolekiwe',
  'bank account: akhawunti libhange | akhawunti yasebhange',
  'sick leave: lilivu lekugula | lilivu lesigulo',
  'maternity leave: lilivu lekubeleta | lilivu lekukhulelwa | lilivu lebantfwana | lilivu lemntfwana',
  'bereavement leave: lilivu lekufelwa | lilivu lemngcwabo | lilivu lekushonelwa',
  'annual leave: lilivu lemnyaka | lilivu lelinyaka',
  'unpaid leave: lilivu lelingakhokhelwa | lilivu lelingakhokhelwako',
  'paid leave: lilivu lelikhokhelwako | lilivu lelikhokhelwa',
  'public holiday: liholidi lelivamile | liholidi lesive',
  'lunch: sidlo sasemini | kudla kwasemini',
  "doctor's note: incwadzi yadokotela | incwadzi yedokotela | incwadzi yemtfolamphilo",
  'work clothes: tingubo tekusebenta | timpahla tekusebenta',
  'night shift: lishifti lebusuku | shifti yebusuku | shift yebusuku',
  'day shift: lishifti lasemini | shifti yasemini',
  'start work: cala umsebenti | ngena umsebenti',
  'finish work: cedza umsebenti | phuma umsebenti',
  'quit work: yekela umsebenti | shiya umsebenti',
  'phone number: inombolo yelucingo | inombolo yemakhalekhikhini',
  'ID number: inombolo ye ID | inombolo yemazisi',
  'ID card: imazisi | kadi yemazisi',
  'bus stop: sitobhi selibhasi | sitobhi',
];

/** Phrases of several words, read before single words, with their English. */
export const PHRASES: ReadonlyArray<readonly [string, string]> = table(PHRASE_LINES, ' | ');

// The verb stems, each English then the stem as the infinitive ("ku-tfola") has it; passives ("khokhelwa", paid)
// and a few states in the perfect ("gulile", sick) too, which no ending the reader knows gives.
// biome-ignore format: a few verbs a line keeps the list short and easy to review
const VERB_LINES = [
  'get: tfola; paid: khokhelwa holelwa; pay: khokha khokhela; earn: hola; give: nika; given: nikwa; work: sebenta',
  'work for: sebentela; use: sebentisa; take: tsatsa; go: hamba; leave: shiya; quit: yekela; knock off: phuma',
  'change: tjintja shintja gucula; call: fonela; drive: shayela; cost: biza bita; ask: buta; request: cela',
  'need: dzinga; want: funa; lose: lahla lahlekelwa; borrow: boleka; apply: faka; know: yati; start: cala',
  'finish: cedza; sick: gula; help: sita; tell: tjela; buy: tsenga; eat: dla; return: buya; arrive: fika',
  'sleep: lala; rest: phumula; remove: susa; deduct: dontsa; deducted: dontswa susiwa; sign: sayina',
  'register: bhalisa; wait: lindza; ride: gibela; stay: hlala; die: shona; bereaved: felwa; pregnant: khulelwa',
  'give birth: beleta; open: vula; close: vala; allow: vumela; allowed: vunyelwa; dismiss: cosha',
  'dismissed: coshwa; check: bheka; choose: khetsa; report: bika; fill: gcwalisa',
  'send: tfumela; sent: tfunyelwa; come back: buyela; refund: buyisela; miss: phutsa; late: phutseka',
  'pass: phumelela; do: enta; receive: emukela; enter: ngena; come in: ngenela',
];

/** The verb stems with their English. */
export const VERBS: ReadonlyMap<string, string> = new Map(table(VERB_LINES));

// The small words of grammar: "kutsi" (that), "khona" (there), "nje" (just), the words that point ("le", "leli",
// "lesi", "leti", "lo", "loku"), "na" and "ne" (with), "ke" (then), "sibili" (really), "kahle" (well): none says a
// topic. "ngabe" opens a question that asks whether, which the question mark says.
const GRAMMAR =
  'kutsi khona nje le leli lesi leti lo loku lena lelo leto lapho na ne ke sibili kahle kakhulu ngabe ngempela vele khona';
// Greetings, thanks and please, and the titles said with them: no topic.
const COURTESY =
  'sawubona sanibonani yebo ngiyabonga siyabonga ngiyacela ngicela sicela ngiyanicela uncedze ok oke pls please';

/** Words that are only grammar or courtesy, dropped from the English reading. */
export const DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY}`.split(' '));

// Each line: a topic's meanings, each the English then the forms that say it. First pronouns, possessives (the
// reader puts them before the thing owned) and the small words English needs.
// biome-ignore format: one topic a line keeps the list short and easy to review
const SMALL_LINES = [
  'I: mine; you: wena; we: tsine; they: bona; he: yena; and: futsi; but: kodvwa kepha; or: noma',
  'my: wami yami lami sami tami bami lwami kwami; your: wakho yakho lakho sakho takho bakho kwakho',
  'our: wetfu yetfu letfu setfu tetfu betfu kwetfu; his: wakhe yakhe lakhe sakhe takhe bakhe',
  'their: wabo yabo labo sabo tabo; if: uma; because: ngobe ngoba; also: futsi; all: onkhe tonkhe bonkhe konkhe',
  'only: kuphela; next: lelilandzelako lolandzelako lelandzelako; not: cha; other: lenye lomunye; more: lokunyenti; many: lokunyenti',
];

// Time, and the numbers.
// biome-ignore format: one topic a line keeps the list short and easy to review
const TIME_LINES = [
  'now: nyalo; today: lamuhla; tomorrow: kusasa; yesterday: itolo; time: sikhatsi isikhatsi; hour: lihora',
  'hours: emahora; minute: umzuzu; minutes: imizuzu; day: lilanga lusuku; days: emalanga tinsuku; week: liviki',
  'weeks: emaviki; month: inyanga; months: tinyanga; year: umnyaka; years: iminyaka; morning: ekuseni',
  'afternoon: ntsambama; night: busuku; midday: emini; early: ekuseni; after: emva; before: ngaphambi',
  'Christmas: khisimusi; Easter: ista',
];
// biome-ignore format: one topic a line keeps the list short and easy to review
const NUMBER_LINES = [
  'one: kunye linye munye; two: kubili mbili timbili letimbili lamabili mabili; three: kutsatfu tsatfu',
  'three: tintsatfu letintsatfu lamatsatfu matsatfu; four: kune letine lamane; five: kuhlanu letinhlanu lamahlanu',
  'six: sitfupha; seven: likhomba; ten: lishumi',
];

// The things staff ask about: money, leave, health, family, work, transport and the estate.
// biome-ignore format: one topic a line keeps the list short and easy to review
const THING_LINES = [
  'money: imali; salary: iholo; wage: umholo; salaries: emaholo; payment: inkhokhelo; tax: intsela',
  'debt: sikweleti; loan: imboleko; bonus: libhonasi ibhonasi bhonasi; bank: libhange; account: akhawunti',
  'pension: imphesheni; insurance: umshwalense; percent: liphesenti',
  'leave: lilivu; holiday: liholidi likhefu; holidays: emaholidi; sickness: sigulo; doctor: dokotela',
  'hospital: sibhedlela; clinic: umtfolamphilo likliniki; medicine: umutsi; accident: ingoti',
  'child: umntfwana; children: bantfwana; mother: make; father: babe; wife: umfati; husband: indvodza',
  'family: umndeni; relative: sihlobo; relatives: tihlobo; grandmother: gogo; funeral: umngcwabo; death: kufa',
  'work: umsebenti; jobs: imisebenti; worker: sisebenti; workers: tisebenti; supervisor: umphatsi',
  'supervisors: baphatsi; company: inkampani; office: lihhovisi ihhovisi; machine: umshini imishini',
  'farm: lipulazi; sugarcane: umoba imoba; sugar: inshukela; meeting: umhlangano; union: inyunyana',
  'contract: inkontileka sivumelwano; rule: umtsetfo; rules: imitsetfo; right: lilungelo; rights: emalungelo',
  'problem: inkinga; question: umbuto; application: sicelo; letter: incwadzi; form: lifomu; paper: liphepha',
  'number: inombolo; phone: lucingo umakhalekhikhini; name: libito; address: likheli',
  'clothes: tingubo timpahla; boots: emabhutsi; hat: sigcoko; gloves: emagilavu; uniform: iyunifomu yunifomu',
  'bus: libhasi ibhasi; buses: emabhasi; truck: lilori; trucks: emalori; car: imoto; taxi: ikhumbi',
  'driver: umshayeli; drivers: bashayeli; road: umgwaco; food: kudla; meal: sidlo; canteen: ikhantini',
  'shift: lishifti shifti; shifts: emashifti; water: emanti; tea: itiye; home: ekhaya; town: lidolobha; shop: sitolo; training: kucecesha',
];

// Months, each English then siSwati's name, and the names loaned from English ("Disemba").
const MONTHS = [
  ...pairsOwnFirst(
    'January bhimbidvwane February indlovana March indlovulenkhulu April mabasa May inkhwekhweti June inhlaba July kholwane August ingci October imphala November lweti December ingongoni',
  ),
  ...pairsOwnFirst(
    'January januwari February febhruwari March mashi April epreli May meyi June juni July julayi August agasti September septemba October oktoba November novemba December disemba',
  ),
];

/** Everyday words, the verb stems, the days and the months with their English. */
export const WORDS: ReadonlyMap<string, string> = new Map([
  ...table([...SMALL_LINES, ...TIME_LINES, ...NUMBER_LINES, ...THING_LINES]),
  ...VERBS,
  ...DAY_WORDS,
  ...MONTHS,
]);

/** Each day's and month's names, typed with a capital ("ngeMgcibelo", "Disemba"): the reader lowers them. */
export const CALENDAR: ReadonlySet<string> = new Set([
  ...DAY_WORDS.map(([w]) => w),
  ...MONTHS.map(([w]) => w),
]);

/**
 * Words only siSwati writes, as the lists spell them: Zulu writes "th", "z" and "sh" where they have "tf", "ts",
 * "t" and "tj" ("sikhatsi", "umsebenti", "tjela"), and Sesotho and English none of them. Not the words Zulu spells
 * alike ("nini", "malini", "imali", "kusasa"): those are signs only beside these. The signs a question is siSwati's.
 */
export const OWN: ReadonlySet<string> = new Set(
  'lamangaki letingaki labangaki lelingakanani lesingakanani lokungakanani lekungakanani ngabongaki kephi ngobani futsi kodvwa kutsi ngobe tsine wetfu yetfu letfu setfu tetfu betfu kwetfu nyalo lamuhla itolo sikhatsi lilanga emalanga lusuku tinsuku liviki emaviki leliviki lenyanga lonyaka tinyanga umnyaka iminyaka umzuzu lihora emahora ntsambama lilivu emalivu liholidi likhefu emaholidi sigulo dokotela sibhedlela umtfolamphilo umutsi ingoti umntfwana bantfwana umfati indvodza umndeni tihlobo umngcwabo umsebenti imisebenti sisebenti tisebenti umphatsi baphatsi lihhovisi lipulazi umoba inshukela inkontileka umtsetfo imitsetfo lilungelo emalungelo umbuto sicelo incwadzi lifomu liphepha libito likheli tingubo timpahla emabhutsi libhasi emabhasi lilori emalori umshayeli bashayeli umgwaco kudla sidlo ikhantini emanti libhange libhonasi akhawunti intsela sikweleti imboleko inkhokhelo emaholo tfola tsatsa sebenta sebentela sebentisa khokhelwa khokha khokhela tjintja buta dzinga yati cala cedza sita tjela tsenga lindza phumula tfumela phutsa dontsa dontswa coshwa cosha khetsa vunyelwa beleta felwa khulelwa lahlekelwa boleka kute akukho ngingeke singeke ngiyati angati nginayo anginayo ngitjele ngiphe ngisite ngiyagula ngikhulelwe ngifelwe ngilahlekelwe ngenteni ngentani senteni kwentekani kwati kubuta bita umsombuluko msombuluko lesibili lesitsatfu lesine lesihlanu umgcibelo mgcibelo lisontfo sontfo bhimbidvwane indlovana indlovulenkhulu inkhwekhweti kholwane ingongoni septemba disemba kubita kubiza'.split(
    ' ',
  ),
);

/** Possessives, which follow the thing owned ("iholo lami", my salary): the reader puts them before it. */
export const POSSESSIVES: ReadonlySet<string> = new Set(
  table(SMALL_LINES)
    .filter(([, e]) => /^(?:my|your|our|his|their)$/.test(e))
    .map(([w]) => w),
);

// Every word the lists have, which the spellings read other forms as.
const KNOWN: ReadonlySet<string> = new Set([
  ...ASKING.keys(),
  ...DROPPED,
  ...WORDS.keys(),
  ...OWN,
  ...PHRASES.flatMap(([words]) => words.split(' ')),
]);

// The things the lists name: a locative ("emsebentini") or a possessive ("yemali") is one of these in another form.
const NOUNS: ReadonlySet<string> = new Set(
  table([...TIME_LINES, ...THING_LINES])
    .map(([w]) => w)
    .filter((w) => w.length >= 4),
);

// Chat's spellings and short forms, each after the spelling the lists use.
// biome-ignore format: one topic a line keeps the list short and easy to review
const SHORT = table([
  'lilivu: livu ilivu; iholo: holo; imali: mali; libhasi: bhasi; kuphi: kuph; kanjani: kanjan',
  'lamangaki: lamangakhi lamangak; letingaki: letingakhi; kangaki: kangakhi; malini: mlini; yini: yin',
  'umsebenti: msebenti; umphatsi: mphatsi; umholo: mholo; emalanga: malanga; tinsuku: nsuku',
  'ikhantini: khantini kantini; ekhaya: khaya',
]);

// A noun's other forms: at a place ("emsebentini", "epulazini", "ekhantini"), to a person ("kumphatsi"), of a
// thing ("yemali", "lemholo", "yelibhange"), or with its prefix left off ("mali", "bhasi").
const nounForms = (word: string): string[] => {
  const forms: string[] = [];
  const loc = /^e(\p{L}{3,}?)(?:ini|eni)$/u.exec(word)?.[1];
  if (loc)
    forms.push(`u${loc}i`, `li${loc}i`, `i${loc}i`, `li${loc}a`, `si${loc}a`, `i${loc}a`, `i${loc}ini`);
  if (word.startsWith('e'))
    forms.push(word.slice(1), `i${word.slice(1)}`, `li${word.slice(1)}`, `si${word.slice(1)}`);
  const is = /^(?:yi|ngu|ngi)(\p{L}{4,})$/u.exec(word)?.[1];
  if (is) forms.push(is, `i${is}`);
  if (word.startsWith('ku')) forms.push(`u${word.slice(2)}`, word.slice(2));
  const of = /^(?:y|l|s|t|b|w|lw|kw)[ae](\p{L}{4,})$/u.exec(word)?.[1];
  if (of) forms.push(of, `u${of}`, `i${of}`);
  forms.push(`li${word}`, `i${word}`, `u${word}`);
  return forms;
};

// The spellings above, and any other word one of whose forms is a thing the lists name; a word the lists have is
// read as typed, and English's ("shift", "overtime") left alone.
class SwatiSpellings extends Map<string, string> {
  override get(word: string): string | undefined {
    const listed = super.get(word);
    if (listed !== undefined || KNOWN.has(word) || word.length < 4) return listed;
    const plain = word.replace(/kh(?=i$)/, 'k');
    if (plain !== word && KNOWN.has(plain)) return plain;
    return nounForms(word).find((form) => NOUNS.has(form));
  }
}

/** A word's forms as a thing the lists name, whether or not the word is listed as typed ("yekudla" is "kudla"). */
export const thingsIn = (word: string): string[] => nounForms(word).filter((form) => NOUNS.has(form));

/** Other spellings of the listed words: chat's, and a noun's forms at a place, of a thing or without its prefix. */
export const SPELLINGS: ReadonlyMap<string, string> = new SwatiSpellings(SHORT);

/** Whether a word, in lower case, is one the lists have as typed. */
export const isKnownAsTyped = (word: string): boolean => KNOWN.has(word) || SHORT.some(([w]) => w === word);
