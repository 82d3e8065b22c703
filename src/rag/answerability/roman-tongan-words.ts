/**
 * @module Tongan (lea faka-Tonga) as staff type it in chat, with or without its macrons and glottal stops (fakau'a)
 * and mixed with English ("fiha 'aho malolo 'oku ou ma'u?", "ko e ha e taimi 'oku kamata ai e ngaue?", "'e lava ke
 * u ha'u he Sapate?"): the words of asking, the small words of grammar, the pronouns and possessives, and everyday
 * words of pay, leave, family, time and work, with what each says in English, and the words only Tongan writes,
 * which no neighbour's chat types. Every list is written as the reading meets a word: in lower case, without macrons
 * and without the glottal stop ("'aho" as "aho", "pa'anga" as "paanga"), but for the few words the glottal stop tells
 * from another ("ma'u", get, and "mau", we; "ta'u", year, and "tau", we), which keep it as the letter ʻokina ("maʻu",
 * "taʻu"): the reading counts a word's letters apart at an apostrophe, but not at a letter. The reader joins a few
 * words of asking typed apart ("ko e ha" as "koeha", "'i fe" as "ife"). Written from general knowledge of the
 * language, without reading any organisation's documents or questions.
 */
import { ownFirst, pairsOwnFirst, meaningTable as table } from './roman-shared.js';

/**
 * Words of asking, each with what it asks in English: "fiha" asks how much (how many before what is counted, which
 * the phrases read), "koeha" ("ko e ha", joined by the reader) what (why before a clause that ends in "ai"), "kohai"
 * who, "ife", "kife" and "kofe" where, "anefe" when it was, "afe" when it will be, "fe" after a thing which of it,
 * "fefe" and "fakafefe" how, and "pe" whether (when no other word asks).
 */
export const ASKING: ReadonlyMap<string, string> = new Map(
  table([
    'how much: fiha',
    'how many people: tokofiha',
    'what: koeha',
    'who: kohai',
    'where: ife kife kofe',
    'where from: meife',
    'which: fe koefe',
    'when: anefe afe',
    'how: fefe fakafefe',
    'whether: pe',
  ]),
);

// What "fiha" counts, each with its English plural: "fiha 'aho" asks how many days, "fiha 'a e vahe" how much.
const COUNTED: ReadonlyArray<readonly [string, string]> = [
  ['aho', 'days'],
  ['houa', 'hours'],
  ['miniti', 'minutes'],
  ['uike', 'weeks'],
  ['mahina', 'months'],
  ['taʻu', 'years'],
  ['taimi', 'times'],
  ['tangata', 'people'],
  ['fanau', 'children'],
  ['paanga', 'dollars'],
  ['seniti', 'cents'],
];

// The days of the week, each English then Tongan's name: "Sapate", Sunday.
const DAYS: ReadonlyArray<readonly [string, string]> = [
  ['Monday', 'monite'],
  ['Tuesday', 'tusite'],
  ['Wednesday', 'pulelulu'],
  ['Thursday', 'tuapulelulu'],
  ['Friday', 'falaite'],
  ['Saturday', 'tokonaki'],
  ['Sunday', 'sapate'],
];

// Each line: the English, then the phrases that say it, apart with ' | ', in the lists' spelling. Read before single
// words, the longest first, so "kau ngaue" are the workers and "malolo puke" sick leave.
// biome-ignore format: one English a line keeps the list readable and easy to review
const PHRASE_LINES = [
  // asking
  'what time: koeha e taimi | koeha a e taimi | koeha taimi | taimi fiha | e taimi fiha | he taimi fiha | i he taimi fiha',
  'which day: koeha e aho | koefe aho | koefe e aho | aho fe | he aho fe | i he aho fe',
  'why: koeuhi koeha | koeha hono uhinga | koeha e uhinga',
  'how long: fuoloa fiha | fiha hono fuoloa | koeha hono fuoloa | fiha e fuoloa',
  'what percent: fiha peseti | fiha e peseti | fiha a e peseti | peseti fiha',
  'whose: a hai | o hai',
  'with whom: mo hai',
  'who: ki hai',
  'how many workers: fiha kau ngaue | fiha e kau ngaue',
  'is there: oku iai ha | oku iai | e iai ha | iai ha',
  'was there: nae iai ha | nae iai',
  'is there no: oku ikai iai ha | oku ikai ha',
  // can, may, must, want and not
  'can: e lava ke | oku lava ke | lava ke | e lava | oku lava | e malava ke | oku malava ke | malava ke',
  'can you: e lava ke ke | oku lava ke ke | lava ke ke',
  'may: e ngofua ke | oku ngofua ke | ngofua ke | e ngofua | oku ngofua',
  'must: kuo pau ke | kuo pau | oku pau ke | e pau ke',
  'should: oku totonu ke | e totonu ke | totonu ke',
  'not: oku ikai ke | oku ikai | ikai ke | nae ikai | e ikai',
  'not yet: teeki ai | teeki',
  'you: oku ke | naa ke | ne ke | te ke | ke ke | kuo ke | ko koe | kia koe | ki a koe',
  'he: oku ne | naa ne | te ne | ke ne | kuo ne',
  'tell me: tala mai | fakamatala mai',
  'held: oku fai ai | e fai ai | nae fai ai',
  'about: fekauaki mo | fekauaki',
  'if dies: kapau oku mate | kapau e mate | kapau kuo mate | kapau nae mate',
  'gives birth: oku fanau | e fanau | kuo fanau | nae fanau',
  'if gives birth: kapau oku fanau | kapau e fanau | kapau kuo fanau',
  // time
  'now: taimi ni | he taimi ni | i he taimi ni | lolotonga ni',
  'today: aho ni | he aho ni | i he aho ni',
  'tonight: po ni | he po ni',
  'this week: uike ni | uike ko eni',
  'this month: mahina ni | mahina ko eni',
  "this year: taʻu ni | taʻu ko eni",
  'next week: uike kahau | uike hoko mai | uike hoko',
  'next month: mahina kahau | mahina hoko mai | mahina hoko',
  "next year: taʻu kahau | taʻu hoko mai | taʻu hoko",
  'last week: uike kuo osi | uike kuo hili | uike kuohili',
  'last month: mahina kuo osi | mahina kuo hili | mahina kuohili',
  "last year: taʻu kuo osi | taʻu kuo hili | taʻu kuohili",
  'per hour: ki he houa | he houa | houa takitaha',
  // Not "'i he 'aho" alone: before a day's or a holiday's name it says "on" ("'i he Sapate").
  'per day: ki he aho | aho takitaha',
  'per week: ki he uike | he uike | uike takitaha',
  'per month: ki he mahina | he mahina | mahina takitaha',
  "per year: ki he taʻu | he taʻu | taʻu takitaha",
  'every day: aho kotoa pe | aho kotoa',
  'in the morning: he pongipongi | i he pongipongi',
  'in the evening: he efiafi | i he efiafi',
  'at night: he po | i he po',
  'midday: hoata | he hoata',
  "New Year: taʻu foou",
  'before: ki mua | kimua',
  'after: hili | ka hili | hili ia',
  'come back: foki mai',
  'more: lahi ange',
  'less: sii ange',
  // pay, leave and work
  'payslip: tohi vahe | pepa vahe | tohi totongi',
  'pay day: aho vahe | aho totongi | aho totongi vahe',
  'overtime: ovataimi | taimi lahi ange | houa lahi ange',
  'bank account: akauni pangike | akauni he pangike',
  'holiday: aho malolo',
  'public holiday: aho malolo fakapuleanga | aho malolo fakafonua | aho malolo fakalao',
  'sick leave: malolo puke | malolo mahaki | malolo he puke',
  'annual leave: malolo fakatau',
  'maternity leave: malolo fanau | malolo faele | malolo fae',
  'paternity leave: malolo tamai',
  'bereavement leave: malolo putu | malolo mate | malolo he mate',
  'unpaid leave: malolo taetotongi | malolo ikai totongi | malolo oku ikai totongi',
  'paid leave: malolo totongi | malolo vahe',
  'workers: kau ngaue | tokotaha ngaue',
  'workplace: ngaueanga | feituu ngaue',
  'employer: pule ngaue',
  'chief executive: pule lahi',
  'lunch break: malolo hoata | taimi kai hoata',
  'lunch: kai hoata',
  'maximum: lahi taha | lahi tahá',
  'minimum: sii taha',
  "doctor's note: tohi toketa | tohi mei he toketa | tohi fakamooni toketa",
  'hospital: fale mahaki | falemahaki',
  'phone number: fika telefoni | fika e telefoni',
  'loan: no paanga',
  'spouse: hoa mali',
  'uniform: teunga ngaue',
  'resign: tuku ngaue | liaki ngaue',
  'apply for leave: kole malolo',
  'apply for sick leave: kole malolo puke',
  'kava drinking: inu kava',
  'church service: lotu sapate',
];

/** Phrases of several words, read before single words, with their English. */
export const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ...table(PHRASE_LINES, ' | '),
  ...DAYS.flatMap(
    ([english, day]): Array<[string, string]> => [
      [`i he ${day}`, `on ${english}`],
      [`he ${day}`, `on ${english}`],
    ],
  ),
  ...COUNTED.map(([word, english]): [string, string] => [`fiha ${word}`, `how many ${english}`]),
];

// The verbs, each English then the verb in the lists' spelling: "maʻu" (get) keeps its glottal stop, "mau" being we.
// biome-ignore format: a few verbs a line keeps the list short and easy to review
const VERB_LINES = [
  "go: alu; do: fai; come: haʻu; get: maʻu; pay: totongi; start: kamata; finish: osi; end: ngata; leave: mavahe",
  'work: ngaue; know: ilo; want: fie; need: fiemau; can: lava malava; allowed: ngofua; ask: fehui; apply: kole',
  "tell: tala; explain: fakamatala; inform: fakaha; give: foaki oatu; bring: omai; take: toʻo ave; buy: fakatau; borrow: no",
  'sign: fakamooni; approve: fakangofua; see: sio; look for: kumi; help: tokoni; stay: nofo; talk: talanoa',
  "reach: aʻu; arrive: tuuta; return: foki; quit: liaki; dismiss: tuli; open: fakaava; close: tapuni",
  'use: ngaueaki; sleep: mohe; read: lau; make: ngaohi; check: sivi; eat: kai; drink: inu; wait: tatali',
  'change: fetongi liliu; stop: taofi; cut: tuusi; die: pekia; marry: mali; pray: lotu; learn: ako; call: ui',
];

/** The verbs with their English. */
export const VERBS: ReadonlyMap<string, string> = new Map(table(VERB_LINES));

// The small words of grammar: the marks of tense and aspect ("'oku", "na'e", "na'a", "ne", "'e", "te", "kuo", "ka"),
// the articles ("e", "ha", "he"), the marks of a topic, an object or a place ("ko", "'a", "'o", "'i", "ki",
// "mei", "kia"), "ai" after a verb (the place, time or reason it says was said before), "ke" (to, that), the words
// of direction ("mai", "atu", "ange", "hake", "hifo"), "ni", "eni", "na", "ena" (this, that), "foki"
// (also), "nai" and "koa" (softening a question), "leva", "kei" and "aki": none says a topic. "ngaahi" marks a plural
// and "hono" the thing of something ("hono totongi", its price).
const GRAMMAR =
  'oku nae naa ne e a o i ki mei kia ai ke te kuo ka ko koe ha he ni eni na ena ia mai atu ange hake hifo foki nai koa leva kei aki kae ngaahi hono iai';
// Greetings, thanks and please: no topic.
const COURTESY = 'malo lelei aupito kataki fakamolemole tulou ofa ok oke pls please';

/** Words that are only grammar or courtesy, dropped from the English reading. */
export const DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY}`.split(' '));

// Each line: a topic's meanings, each the English then the forms that say it.
// biome-ignore format: one topic a line keeps the list short and easy to review
const WORD_LINES = [
  // pronouns, possessives and the small words a question needs in English
  'I: u ou ku; me: au; you: mou kimoutolu; we: mau tau kimautolu kitautolu kimaua kitaua; they: nau kinautolu',
  'my: hoku eku heeku; your: ho hoo heo homou emou; his: ene heene; our: homau emau hotau etau heemau heetau',
  'their: honau enau heenau; and: pea mo; but: kaiahe; if: kapau; because: koeuhi; since: talu',
  'not: ikai; yes: io; again: toe; other: kehe; all: kotoa; or: pe; for: maa moo',
  // time
  "day: aho; hours: houa; minutes: miniti; time: taimi; week: uike; month: mahina; year: taʻu",
  'today: ahoni; tomorrow: apongipongi; yesterday: aneafi; morning: pongipongi; evening: efiafi; night: po',
  'late: tomui; early: vave; long: fuoloa; first: uluaki; last: fakaosi; new: foou; old: motua',
  'big: lahi; small: sii; Christmas: kilisimasi',
  // numbers
  'one: taha; two: ua; three: tolu; four: fa; five: nima; six: ono; seven: fitu; eight: valu; nine: hiva',
  'ten: hongofulu',
  // money
  'pay: totongi; salary: vahe vahenga; money: paanga; cents: seniti; tax: tukuhau; debt: moua',
  'pension: penisoni; insurance: inisua; percent: peseti; account: akauni; bank: pangike; bonus: ponasi bonasi',
  // leave, health and family
  'leave: malolo; sick: puke mahaki; doctor: toketa; medicine: faitoo; injured: lavea; accident: fakatuutamaki',
  'died: mate; funeral: putu; pregnant: feitama; married: mali; children: fanau; child: tamasii; baby: pepe',
  'father: tamai; mother: fae; parents: matua; family: famili kainga; wife: uaifi; husband: husepaniti',
  'woman: fefine; man: tangata; people: kakai; girl: taahine; son: foha; daughter: ofefine',
  'sister: tuofefine; brother: tuongaane',
  // work, church and places
  'work: ngaue; boss: pule; company: kautaha kamupani; office: ofisi; house: fale; home: api; person: tokotaha',
  'contract: aleapau; safety: malu; car: mealele; bus: pasi; driver: fakauli; thing: mea; food: meakai',
  'meeting: fakataha; town: kolo; training: ako; school: apiako; letter: tohi; form: foomu; number: fika; phone: telefoni',
  'address: tuasila; name: hingoa; licence: laiseni; list: lisi; shift: sifi; rules: lao tuutuuni',
  'problem: palopalema; question: fehui; information: fakamatala; church: siasi; prayer: lotu; kava: kava',
  'kava drinking: faikava; permission: ngofua; reason: uhinga',
];

// Months, each English then Tongan (not "Mē", May, which is English's "me" without its macron).
const MONTHS = pairsOwnFirst(
  'January sanuali February fepueli March maasi April epeleli June sune July siulai August aokosi September sepitema October okatopa November novema December tisema',
);

/** Everyday words, the verbs, the days and the months with their English. */
export const WORDS: ReadonlyMap<string, string> = new Map([
  ...table(WORD_LINES),
  ...VERBS,
  ...ownFirst(DAYS),
  ...MONTHS,
]);

/**
 * Words only Tongan writes, as the lists spell them: no Samoan, Maori, Tetum, Indonesian, English, Spanish or
 * Portuguese word is spelt so ("fiha", where Samoan has "fia" and Maori "hia"; "'oku"; "ngaue", Samoan's "galue";
 * "houa", Samoan's "itula" and Maori's "haora"). Not "maʻu" (get), which the reader makes of a "mau" typed without
 * its glottal stop, Maori's "mau" (hold) and Indonesian's "mau" (want) too; not the words Tongan shares with Samoan
 * ("taimi", "malolo", "totongi", "fanau", "lotu", "pasi"), Tetum ("ha'u", "to'o") or Maori ("tangata", "kainga",
 * "puke", "tuku"). The signs that a question is typed in it.
 */
export const OWN: ReadonlySet<string> = new Set(
  'fiha tokofiha koeha kohai ife kife meife kofe koefe anefe fefe fakafefe oku nae naa kuo ikai teeki hoku eku heeku hoo homau emau hotau etau homou emou honau enau heene hono kimautolu kitautolu kinautolu kimoutolu ngaue ngaueanga ngaueaki ngaahi vahe vahenga paanga seniti aho uike houa miniti tamai fae siasi faikava fakataha kamata osi mavahe lahi ahoni apongipongi aneafi efiafi pongipongi sapate monite tusite pulelulu tuapulelulu falaite tokonaki kehe foou motua kapau koeuhi fakamolemole kataki fiemau ilo fehui toketa mahaki falemahaki tohi hingoa ofisi tukuhau pangike kautaha aleapau mealele meakai fakauli tuasila peseti hongofulu tokotaha kakai fefine taahine tamasii uaifi husepaniti tuofefine tuongaane ofefine foha pekia fakatuutamaki feitama faele fakatau fakamooni fakangofua ngofua tokoni kumi mohe tatali fetongi kotoa uluaki fakaosi fuoloa kahau sanuali fepueli maasi epeleli tisema'.split(
    ' ',
  ),
);

/** Tongan's own words of asking, as the lists spell them: one beside one of its small words (`WEAK`) is enough. */
export const OWN_ASKING: ReadonlySet<string> = new Set(
  'fiha tokofiha koeha kohai ife kife meife kofe koefe anefe fefe fakafefe'.split(' '),
);

/** Tongan's small words that other languages type too ("e", "ko", "ki", "he"): a sign only beside its own asking. */
export const WEAK: ReadonlySet<string> = new Set(
  'e a o i ki he ko ke mo pea ai ha ou u ku te ne na ni ka mei hoku ho'.split(' '),
);

/** The marks of tense and the words after which "mau" and "tau" are the pronouns "we", not "ma'u" and "ta'u". */
export const BEFORE_PRONOUN: ReadonlySet<string> = new Set(
  'oku naa ne te ke kuo ka pea kapau koeuhi ikai'.split(' '),
);

// Chat's spellings and the loanwords' other forms, each after the spelling the lists use. Glottal stops and macrons
// need no line: the spellings below read "'aho" as "aho" and "pā'anga" as "paanga".
// biome-ignore format: one topic a line keeps the list short and easy to review
const SHORT = table(['fakamolemole: fkmolemole; telefoni: telefone; kamupani: kamupane; vahenga: vahega']);

/**
 * Words whose glottal stop tells them from another word ("maʻu", get, is no "mau", we; "taʻu", year, no "tau", we;
 * "aʻu", reach, no "au", me; "toʻo", take, no English "too"; "haʻu", come, no "hau", a champion): read with it, as
 * the letter ʻokina, never without it.
 */
export const MARKED: ReadonlySet<string> = new Set(['maʻu', 'taʻu', 'aʻu', 'toʻo', 'haʻu']);

// A word without its macrons, accents and glottal stops ("pā'anga" as "paanga", "'ahó" as "aho").
const plain = (word: string) => word.normalize('NFD').replace(/[\p{M}']/gu, '');

// The spellings above, and any other word typed with a macron or a glottal stop read without them, so no form needs
// listing with and without its marks; the words a glottal stop tells apart are read as typed.
class TonganSpellings extends Map<string, string> {
  override get(word: string): string | undefined {
    const listed = super.get(word);
    if (listed !== undefined || MARKED.has(word)) return listed;
    const bare = plain(word);
    return bare === word ? undefined : (super.get(bare) ?? bare);
  }
}

/** Other spellings of the listed words: chat's, and any typed with macrons or glottal stops. */
export const SPELLINGS: ReadonlyMap<string, string> = new TonganSpellings(SHORT);
