/**
 * @module Sesotho (Southern Sotho) as staff type it in chat, in Lesotho's spelling ("ho", "oa", "ea", "li", "joang",
 * "khoeli", "chelete") or South Africa's ("wa", "ya", "di", "jwang", "kgwedi", "tjhelete"), and mixed with English
 * ("chelete ea dijo ha ke sebetsa overtime ke bokae?", "ke mang ea ikarabellang bakeng sa li-uniform?"): the words
 * of asking, the small words of grammar, the pronouns and possessives, and everyday words of pay, leave, family, time
 * and work, with what each says in English, and the words only Sesotho writes, which no neighbour's chat types. Every
 * list is written in Lesotho's spelling without its carons and apostrophes ("tšebetso" as "tsebetso", "mor'a" as
 * "mora"): the spellings read South Africa's forms, a place or time ending in "-ng" ("khoeling", in the month;
 * "mosebetsing", at work), a verb's past in "-ile" and its other forms in "-e" as the word listed. Written from
 * general knowledge of the language, without reading any organisation's documents or questions.
 */
import { ownFirst, pairsOwnFirst, meaningTable as table } from './roman-shared.js';

/**
 * Words of asking, each with what it asks in English: "bokae" and "hakae" ask how much (how many beside a thing
 * counted, which the reader sees), "makae" and "bakae" how many, "kae" where, "na" opening a question whether (when
 * no other word asks), "efe" and its kin ("lefe", "sefe") which.
 */
export const ASKING: ReadonlyMap<string, string> = new Map(
  table([
    'when: neng',
    'where: kae hokae',
    'who: mang',
    'how: joang',
    'how much: bokae hakae',
    'how many: makae mekae',
    'how many people: bakae',
    'what: eng',
    'why: hobaneng',
    'which: efe ofe lefe sefe bofe tsefe bafe afe',
    'whether: na',
  ]),
);

/** What "bokae" and "hakae" count: beside one of these they ask how many ("lihora tse kae", how many hours). */
export const COUNTED: ReadonlySet<string> = new Set(
  'matsatsi lihora libeke likhoeli lilemo metsotso bana batho basebetsi basebeletsi makhetlo lishifi'.split(
    ' ',
  ),
);

// The days of the week, each English then Sesotho's name: "Moqebelo", Saturday.
const DAYS: ReadonlyArray<readonly [string, string]> = [
  ['Monday', 'mantaha'],
  ['Tuesday', 'labobeli'],
  ['Wednesday', 'laboraro'],
  ['Thursday', 'labone'],
  ['Friday', 'labohlano'],
  ['Saturday', 'moqebelo'],
  ['Sunday', 'sontaha'],
];

// Each line: the English, then the phrases that say it, apart with ' | ', as the spellings read their words ("kena
// mosebetsi" is typed "kena mosebetsing"), of four words at most, which is all the reading looks ahead. Read before
// single words, the longest first, so "chelete ea lijo" is a meal allowance and "phomolo ea bokuli" sick leave. The
// reader has already made "ke" before a verb "kea" (I), as Lesotho types "ke a": "kea tla" is "I will".
// biome-ignore format: one English a line keeps the list readable and easy to review
const PHRASE_LINES = [
  // asking
  'what: ke eng',
  'who is: ke mang',
  'whose: ea mang | oa mang | tsa mang | sa mang | la mang | ba mang',
  'with whom: le mang',
  'when: ke neng',
  'where: ke kae | ho kae',
  'what time: ka hora mang | hora mang | ka nako mang | nako mang | ka nako efe | nako efe | ka hora efe | hora efe',
  'which day: ka letsatsi lefe | letsatsi lefe | ka letsatsi mang | letsatsi mang',
  'why: ka baka la eng | ka lebaka la eng | lebaka ke eng | bakeng sa eng | hobaneng ha | ke hobaneng ha',
  'how many: ke a makae | a makae | tse kae | ke tse kae',
  'how many people: ba bakae | ke ba bakae',
  'how do I: kea etsa joang | nna kea etsa joang',
  'how do we: re etsa joang',
  'how much money: chelete e kae | ke chelete e kae',
  'how long: nako e kae | ka nako e kae | nako e telele hakae',
  'is there: na ho na le | na ho teng | na ho le teng',
  'there is: ho na le | ho teng',
  'there is no: ha ho na | ha ho teng',
  'if there is: ha ho na le',
  // can, will, must, have and not
  'I have: kea na le | ke na le | nna ke na le',
  'you have: u na le | o na le',
  'we have: re na le',
  'they have: ba na le',
  'have: na le',
  'I have no: ke sena | ke se na | ke sena le | kea se na',
  'can I: na kea ka | na nka | na ke ka',
  'I can: kea ka',
  'I cannot: nke ke ka | nke ke | kea hase khone',
  'can you: na u ka | na o ka | na le ka',
  'you can: u ka | o ka',
  'can we: na re ka',
  'we can: re ka',
  'they can: ba ka',
  'will I: na kea tla',
  'I will: kea tla',
  'will you: na u tla | na o tla',
  'you will: u tla',
  'will we: na re tla',
  'we will: re tla',
  'will come: tla tla',
  'come: ho tla',
  'go: ho ea',
  'apply: etsa kopo',
  'go home: ho ea hae | ea hae | tsamaea hae',
  'I am sick: kea kula | nna kea kula',
  'if I am sick: ha kea kula',
  'I: nna kea',
  'please: kea kopa | kea kopa hle',
  'I want to know: kea kopa ho tseba | kea batla ho tseba | kea kopa ho botsa | kea batla ho botsa',
  'sick: o a kula | o kula | ba kula | ba a kula',
  'I am late: kea lieha',
  'please help: kea kopa thuso',
  'because of: ka lebaka la | ka baka la',
  'who: ke mang eo',
  'right to: tokelo ea',
  'not yet: hase so',
  'if: haeba | ha eba',
  'about: mabapi le | ka taba ea',
  'for: bakeng sa | molemong oa',
  'after: ka mora | kamora | ka morao ho',
  'before: pele ho',
  'between: pakeng tsa',
  'from: ho tloha | ho tloha ka',
  'up to: ho fihlela | ho isa',
  'more than: ho feta',
  'other: tse ling | e ngoe | tse ngoe',
  // time
  'now: hona joale | hajoale | hona hajoale',
  'today: letsatsi lena | letsatsi la kajeno',
  'this week: beke ena',
  'this month: khoeli ena | khoeli ena ea',
  'this year: selemo sena | selemo see',
  'next week: beke e tlang | beke e tlileng',
  'next month: khoeli e tlang',
  'next year: selemo se tlang',
  'last week: beke e fetileng | beke e fetile',
  'last month: khoeli e fetileng | khoeli e fetile',
  'last year: selemo se fetileng | selemo se fetile',
  'per hour: ka hora | hora ka nngoe',
  'per day: ka letsatsi | letsatsi ka leng',
  'per week: ka beke | beke ka nngoe | beke le beke',
  'per month: ka khoeli | khoeli ka nngoe | khoeli le khoeli',
  'per year: ka selemo | a selemo | selemo ka seng | selemo le selemo',
  'every day: matsatsi ohle | letsatsi le letsatsi',
  'in the morning: ka hoseng',
  'in the evening: ka mantsiboea',
  'at night: ka bosiu',
  'in the afternoon: ka motsheare | ka motsehare | ka thapama',
  'New Year: selemo se secha',
  // pay, leave and work
  'payslip: pampiri ea moputso | lengolo la moputso | slip ea moputso',
  'pay day: letsatsi la moputso | letsatsi la ho lefuoa | letsatsi la tefo',
  'pay rate: moputso ka hora',
  'meal allowance: chelete ea lijo | chelete ea ho ja',
  'transport allowance: chelete ea taxi | chelete ea leeto | chelete ea sepalangoang | chelete ea ho tsamaea | chelete ea transport',
  'bonus: chelete ea bonase | chelete ea bonus',
  'overtime pay: chelete ea overtime | moputso oa overtime | tefo ea overtime',
  'overtime: nako e eketsehileng | lihora tse eketsehileng',
  'bank account: akhaonto ea banka | akhaonte ea banka',
  'holiday: letsatsi la phomolo',
  'public holiday: letsatsi la sechaba | matsatsi a sechaba',
  'sick leave: phomolo ea bokuli | phomolo ea ho kula | phomolo ea mokuli',
  'annual leave: phomolo ea selemo',
  'maternity leave: phomolo ea pelehi | phomolo ea ho beleha | phomolo ea boimana | phomolo ea mme | phomolo ea bomme',
  'paternity leave: phomolo ea ntate | phomolo ea bontate',
  'bereavement leave: phomolo ea lefu | phomolo ea mafu | phomolo ea lepato | phomolo ea mapato',
  'unpaid leave: phomolo e sa lefelloeng | phomolo e sa lefuoeng | phomolo ntle le moputso',
  'paid leave: phomolo e lefelloang | phomolo e lefuoang',
  'lunch break: phomolo ea motsheare | phomolo ea motsehare',
  'lunch: lijo tsa motsheare | lijo tsa motsehare',
  "doctor's note: lengolo la ngaka | setifikeiti sa ngaka | pampiri ea ngaka",
  'uniform: liaparo tsa mosebetsi | junifomo | yunifomo',
  'start work: kena mosebetsi | qala mosebetsi | qala ho sebetsa',
  'finish work: tsoa mosebetsi | qeta mosebetsi',
  'quit work: tlohela mosebetsi',
  'apply for leave: kopa phomolo | kopo ea phomolo',
  'phone number: nomoro ea mohala | nomoro ea fono | nomoro ea selefouno',
  'ID card: karete ea boitsebiso | buka ea boitsebiso',
  'ID number of: nomoro ea id ea | nomoro ea boitsebiso ea',
  'ID number: nomoro ea id | nomoro ea boitsebiso | nomoro ea pasepoto',
  'funeral: lepato | mapato',
];

// Things counted, each with its English and the words after it that ask how many of it: "matsatsi a makae" (how
// many days), "lihora tse kae" (how many hours), "bana ba bakae" (how many children).
const COUNTED_ASKED: ReadonlyArray<readonly [string, string, string]> = [
  ['matsatsi', 'days', 'a makae'],
  ['makhetlo', 'times', 'a makae'],
  ['lihora', 'hours', 'tse kae | li kae'],
  ['libeke', 'weeks', 'tse kae | li kae'],
  ['likhoeli', 'months', 'tse kae | li kae'],
  ['lilemo', 'years', 'tse kae | li kae'],
  ['lishifi', 'shifts', 'tse kae | li kae'],
  ['metsotso', 'minutes', 'e mekae'],
  ['bana', 'children', 'ba bakae'],
  ['batho', 'people', 'ba bakae'],
  ['basebetsi', 'workers', 'ba bakae'],
];

/** Phrases of several words, read before single words, with their English. */
export const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ...table(PHRASE_LINES, ' | '),
  ...COUNTED_ASKED.flatMap(([noun, english, asked]) =>
    asked.split(' | ').flatMap(
      (words): Array<[string, string]> => [
        [`${noun} ${words}`, `how many ${english}`],
        [`${noun} ke ${words}`, `how many ${english}`],
      ],
    ),
  ),
  ...DAYS.map(([english, day]): [string, string] => [`ka ${day}`, `on ${english}`]),
];

// The verbs, each English then the verb in the lists' spelling; a few forms of the past, the passive ("lefuoa",
// paid) and who does it ("mpolelle", tell me) too, which no ending the spellings read gives.
// biome-ignore format: a few verbs a line keeps the list short and easy to review
const VERB_LINES = [
  'work: sebetsa; work for: sebeletsa; worked: sebelitse; pay: lefa lefella; paid: lefuoa lefelloa lefiloe',
  'get: fumana; received: fumane; receive: amohela; want: batla; must: tlameha tsoanela tsoanetse; can: khona',
  'should: lokela; do: etsa; done: etsoa entsoe; go: tsamaea; went: tsamaile; know: tseba; request: kopa',
  'ask: botsa; take: nka; give: fa; given: fuoa fuoe; tell: bolela bolella; tell me: mpolelle mpolella',
  'help: thusa; help me: nthuse; give me: mphe mpha; explain: hlalosa; inform: tsebisa; informed: tsebisoa',
  'start: qala; finish: qeta; end: fela; leave: tloha tlohela; return: khutla; arrive: fihla; start work: kena',
  'knock off: tsoa; sick: kula; come: tle; die: shoa; died: shoele hlokahetse; needed: hlokahala; need: hloka',
  'borrow: alima; buy: reka; sell: rekisa; see: bona; sleep: robala; eat: ja; drink: noa; rest: phomola',
  'wait: ema; stay: lula; call: letsetsa; sign: saena; allow: lumella; allowed: lumelloa; change: fetola',
  'stop: emisa; open: bula; close: koala; read: bala; write: ngola; send: romela; use: sebelisa; wear: apara',
  'learn: ithuta; pray: rapela; marry: nyala; give birth: beleha; check: hlahloba; late: lieha',
  'dismiss: leleka; dismissed: lelekoa; hire: hira; hired: hiriloe; responsible: ikarabella; deduct: khaola',
  'pay me: ntefa; deducted: khaoloa khaotsoe; thank: leboha; happen: etsahala',
];

/** The verbs with their English. */
export const VERBS: ReadonlyMap<string, string> = new Map(table(VERB_LINES));

// The small words of grammar: "ke" (is, and I before a verb, which the reader makes "kea"), "ho" (to), "hore"
// (that), the concords of whose a thing is ("oa", "ea", "ba", "la", "sa", "tsa", "a") and of who does a verb ("o",
// "e", "li", "se", "bo", "lo"), "ka" (by, with, at), "ne" and "ile" (was, did), "ntse" (still), the words that
// point ("ena", "eo", "sena", "tseo", "moo"), "feela" and "hantle" (only, well), "joale" (so): none says a topic.
const GRAMMAR =
  'ke ho hore oa ea ba la sa tsa tse a o e li se bo lo mo ka ne ile ntse ena eo sena seo tsena tseo lena leo moo hoo hona teng joale feela hantle haholo ebe ebile eba tjena joalo hle';
// Greetings, thanks and please: no topic.
const COURTESY = 'lumela lumelang khotso ok oke pls please';

/** Words that are only grammar or courtesy, dropped from the English reading. */
export const DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY}`.split(' '));

// Each line: a topic's meanings, each the English then the forms that say it.
// biome-ignore format: one topic a line keeps the list short and easy to review
const WORD_LINES = [
  // pronouns, possessives (the reader joins "oa ka", "ea hao" and puts them before the thing owned) and the small
  // words a question needs in English
  'I: kea; you: u uena oena; we: re rona; me: nna; not: hase che; and: le; or: kapa; but: empa',
  'my: eaka oaka; your: eahao; his: eahae; our: earona; their: eabona; if: ha; because: hobane kaha',
  'also: hape; all: kaofela bohle tsohle ohle; many: ngata; will: tla; other: ling',
  // time
  'day: letsatsi; days: matsatsi; month: khoeli; months: likhoeli; year: selemo; years: lilemo; week: beke',
  'weeks: libeke; hour: hora; hours: lihora; minutes: metsotso; minute: motsotso; time: nako; times: makhetlo',
  'today: kajeno; tomorrow: hosane; yesterday: maobane; morning: hoseng; evening: mantsiboea; night: bosiu',
  'afternoon: motsheare motsehare thapama; early: kapele; after: morao; first: pele; new: ncha; long: telele',
  'Christmas: keresemese; Easter: paseka; help: thuso',
  // numbers
  'one: nngoe; two: peli mabeli babeli; three: tharo mararo bararo; four: mane bane; five: hlano mahlano',
  'ten: leshome',
  // money
  'money: chelete; pay: moputso; wages: meputso; payment: tefo; payments: litefo; tax: lekhetho',
  'debt: sekoloto; loan: kalimo; pension: penshene; insurance: inshorense; percent: phesente; bank: banka',
  'account: akhaonto akhaonte; bonus: bonase',
  // leave, health and family
  'leave: phomolo; sickness: bokuli; patient: mokuli; death: lefu; deaths: mafu; doctor: ngaka',
  'hospital: sepetlele; clinic: tleliniki kliniki; medicine: moriana meriana; accident: kotsi',
  'pregnant: moimana imme; pregnancy: boimana; birth: pelehi; children: bana; child: ngoana',
  'mother: mme; father: ntate; parents: batsoali; family: lelapa malapa; wife: mosali; husband: monna',
  'women: basali; men: banna; people: batho; person: motho; sister: ausi; brother: abuti; grandmother: nkhono',
  'uncle: malome; spouse: molekane',
  // work, church and places
  'work: mosebetsi; jobs: mesebetsi; workers: basebetsi basebeletsi; worker: mosebeletsi; employer: mohiri',
  'boss: mookameli; manager: molaoli; company: khamphani; factory: fektheri feketheri; office: ofisi',
  'house: ntlo; home: hae lapa; car: koloi; bus: bese; taxi: tekesi; driver: mokhanni; road: tsela',
  'food: lijo; canteen: kantini; class: tlelase; training: thupelo koetliso; meeting: seboka kopano',
  'letter: lengolo; form: foromo; paper: pampiri; number: nomoro; phone: mohala fono selefouno',
  'address: aterese; name: lebitso; ID: boitsebiso; contract: konteraka; rules: melao; rule: molao',
  'right: tokelo; rights: litokelo; problem: bothata; question: potso; application: kopo; faith: tumelo',
  'church: kereke; prayer: thapelo; machine: mochini; shift: shifi; shifts: lishifi; clothes: liaparo',
  'shoes: lieta; safety: polokeho; union: mokhatlo; strike: seteraeke; chief: morena; madam: mofumahali',
  'teacher: tichere; reason: lebaka; village: motse; town: toropo',
];

// Months, each English then Sesotho's name (Lesotho's "Motšeanong" and "Tšitoe" without their carons).
const MONTHS = pairsOwnFirst(
  'January pherekhong February hlakola March hlakubele April mmesa May motseanong June phupjane July phupu August phato September loetse October mphalane November pulungoana December tsitoe',
);

/** Everyday words, the verbs, the days and the months with their English. */
export const WORDS: ReadonlyMap<string, string> = new Map([
  ...table(WORD_LINES),
  ...VERBS,
  ...ownFirst(DAYS),
  ...MONTHS,
]);

/**
 * Words only Sesotho writes, as the lists spell them: no English, Zulu, Xhosa, Spanish or Portuguese word is spelt
 * so ("neng", "bokae", "chelete", "moputso", "phomolo"); Setswana and Sepedi share a few ("kae", "bana", "ngaka"),
 * but their own "go", "gore" and "leng" outweigh them. Not "hora" (Spanish's and Portuguese's hour), "ke", "ha",
 * "le", "na" or "ho" (English chat's slips and names). The signs that a question is typed in it.
 */
export const OWN: ReadonlySet<string> = new Set(
  'neng kae hokae mang joang bokae hakae makae bakae eng hobaneng efe lefe sefe bofe tsefe hore kea nna uena rona eaka oaka eahao eahae earona eabona hase hobane empa kapa haeba hape kaofela kopa tseba batla fumana fumane sebetsa sebeletsa sebelitse lefa lefella lefuoa lefelloa tefo litefo chelete moputso meputso mosebetsi mesebetsi basebetsi mosebeletsi basebeletsi mohiri letsatsi matsatsi khoeli likhoeli selemo lilemo libeke lihora metsotso motsotso phomolo phomola bokuli mokuli lefu mafu lepato mapato ngaka kula sepetlele ngoana batsoali ntate mme hosane kajeno maobane hoseng mantsiboea bosiu motsheare motsehare tumelo kereke ntlo koloi tlameha tsoanela khona etsa tsamaea mofumahali morena lumela lumelang khotso leboha lijo kantini tlelase ofisi mookameli molaoli khamphani fektheri lelapa mosali bolella mpolelle nthuse qala qeta tloha tlohela khutla fihla shoele hlokahetse hlokahala ikarabella lumella lumelloa thusa fuoa lengolo pampiri lebitso nomoro mohala boitsebiso konteraka tokelo litokelo bothata potso kopo lekhetho banka akhaonto bonase pelehi boimana moimana beleha mantaha labobeli laboraro labone labohlano moqebelo sontaha pherekhong hlakola hlakubele mmesa motseanong phupjane phupu phato loetse mphalane pulungoana tsitoe'.split(
    ' ',
  ),
);

/** Sesotho's own words of asking, as the lists spell them: one beside one of its small words (`WEAK`) is enough. */
export const OWN_ASKING: ReadonlySet<string> = new Set(
  'neng kae hokae mang joang bokae hakae makae bakae eng hobaneng'.split(' '),
);

/** Sesotho's small words that other languages type too ("ke", "ha", "le", "na"): a sign only beside its own asking. */
export const WEAK: ReadonlySet<string> = new Set(
  'ke ha le na ho ka sa la ba li ea oa tsa re u o e a se ena tla'.split(' '),
);

/** Words after "ke" that say it is "I" doing something ("ke tla", I will; "ke ne", I was), beside the verbs. */
export const AFTER_I: ReadonlySet<string> = new Set('tla ne ile sa ka hase ntse tlo'.split(' '));

/** The concords of whose a thing is: "oa ka" (my), "ea hao" (your), "tsa rona" (our). */
export const CONCORDS: ReadonlySet<string> = new Set('oa ea ba la sa tsa a'.split(' '));

/** Whose a thing is after a concord, each with the joined word the lists read: "ka" my, "hao" your, "rona" our. */
export const OWNERS: ReadonlyMap<string, string> = new Map([
  ['ka', 'eaka'],
  ['hao', 'eahao'],
  ['hau', 'eahao'],
  ['hae', 'eahae'],
  ['rona', 'earona'],
  ['lona', 'eahao'],
  ['bona', 'eabona'],
]);

// Every word the lists have, which the spellings read other forms as.
const KNOWN: ReadonlySet<string> = new Set([
  ...ASKING.keys(),
  ...DROPPED,
  ...WORDS.keys(),
  ...OWN,
  ...PHRASES.flatMap(([words]) => words.split(' ')),
]);

// Chat's spellings and short forms, each after the spelling the lists use; a few of Lesotho's apostrophes ("'m'e",
// mother; "'na", me) and South Africa's forms no rule below reads ("wena").
// biome-ignore format: one topic a line keeps the list short and easy to review
const SHORT = table(["mme: m'e 'm'e mm'e; nna: 'na; kea: ke'a; eaka: tsaka saka laka; chelete: tjelete"]);

// A word in Lesotho's spelling: carons and apostrophes left out, and South Africa's "kg", "tjh", "tsh", "d" before
// "i" or "u", "w" and "y" as Lesotho writes them ("kgwedi" as "khoeli", "tjhelete" as "chelete", "ya" as "ea").
const lesotho = (word: string) =>
  word
    .normalize('NFD')
    .replace(/[\p{M}']/gu, '')
    .replace(/kg/g, 'kh')
    .replace(/tjh/g, 'ch')
    .replace(/tsh/g, 'ts')
    .replace(/d(?=[iu])/g, 'l')
    .replace(/w/g, 'o')
    .replace(/y/g, 'e');

// A word's other forms the lists may have: a place or time in "-ng" ("mosebetsing", "ngakeng", "lapeng") or a verb
// that says who does it ("sebetsang"), without it; a verb's past in "-ile" ("kulile") and its form in "-e" ("ha ke
// tsebe", "o mpolelle") as the verb in "-a". Not English's "bone", which is no form of "bona" (see).
const formsOf = (word: string): string[] => {
  const forms: string[] = [];
  if (word.endsWith('ng')) forms.push(word.slice(0, -2));
  if (word.endsWith('eng')) forms.push(`${word.slice(0, -3)}a`, `${word.slice(0, -3)}e`);
  if (word.endsWith('ile')) forms.push(`${word.slice(0, -3)}a`);
  if (word.endsWith('e') && word !== 'bone') forms.push(`${word.slice(0, -1)}a`);
  return forms;
};

// A word of four letters or more the lists read as a verb or a thing, which an ending may follow: "leng" (Setswana's
// when) is no form of "le" (and).
const isFormOf = (form: string) => form.length >= 4 && (VERBS.has(form) || WORDS.has(form));

// The spellings above, and any other word whose Lesotho spelling or plain form the lists have, so no form needs
// listing in both spellings and with every ending; a word the lists have is read as typed, and a word they have in
// no form (English's "dinner", "shift") is left alone.
class SesothoSpellings extends Map<string, string> {
  override get(word: string): string | undefined {
    const listed = super.get(word);
    if (listed !== undefined || KNOWN.has(word)) return listed;
    const plain = lesotho(word);
    for (const base of new Set([word, plain]))
      for (const form of [base, ...formsOf(base)])
        if (KNOWN.has(form) && form !== word && (form === base || isFormOf(form))) return form;
    return undefined;
  }
}

/** Other spellings of the listed words: chat's, South Africa's, and the forms their endings make. */
export const SPELLINGS: ReadonlyMap<string, string> = new SesothoSpellings(SHORT);
