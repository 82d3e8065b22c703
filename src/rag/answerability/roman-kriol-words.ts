/**
 * @module The English-lexifier creoles of the Caribbean and Central America as staff type them in chat: Belizean
 * Kriol first, and Jamaican Patois (Patwa), Guyanese Creolese and the creole-leaning chat of Trinidad and Barbados
 * where they share its words ("weh time di bus lef fi Pomona?", "ow much dem pay fi overtime?", "ah cyah come
 * tumaro"): the words of asking, the small words of grammar, the pronouns before a verb and after one, and everyday
 * words of pay, leave, shifts and transport, with what each says in English, and the words that are plainly the
 * creoles' own, which Spanish, Italian and Indonesian (with their "mi", "di" and "de") never type. Every list is
 * written as the reading meets a word: in lower case, with other spellings read as the one listed ("dehn" as "dem",
 * "pon" as "pan"). Written from general knowledge of the languages, without reading any organisation's documents or
 * questions.
 */

// A table of "english: form form …" lines as entries.
const table = (lines: readonly string[]): Array<[string, string]> =>
  lines.flatMap((line) => {
    const [english, forms] = line.split(': ') as [string, string];
    return forms.split(' ').map((form): [string, string] => [form, english]);
  });

/** Words of asking, each with what it asks in English ("weh" asks where or what by the words after it). */
export const ASKING: ReadonlyMap<string, string> = new Map(
  table([
    'what: weh wah wat wha wuh what',
    'who: hoo huu who',
    'how: how',
    'which: wich which',
    'why: wai why wamek wahmek',
    'where: wehpaat wepaat',
  ]),
);

// Verbs, each English then its forms: the creoles' verbs take no endings ("pay" is pay, paid and paying).
// biome-ignore format: one verb a line keeps the list readable and easy to review
const VERB_LINES = [
  'come: kom kum come',
  'go: go gu',
  'leave: lef',
  'take: tek take',
  'make: mek make',
  'send: sen send',
  'give: gi giv give',
  'get: get geh git',
  'have: gat gah have',
  'pay: pay',
  'work: wuk work',
  'say: seh sey say',
  'tell: tell tel',
  'ask: aks ax ask',
  'know: know',
  'want: waan wahn want',
  'need: need nid',
  'find: fain find',
  'look: luk look',
  'call: kaal kall call',
  'start: staat start',
  'finish: finish fenish',
  'open: opn open',
  'close: kloz close',
  'bring: bring',
  'catch: ketch kech catch',
  'reach: reach riich',
  'sign: sign sain',
  'fill: fill',
  'put: put',
  'change: chenj change',
  'use: yuuz use',
  'wear: wear weer',
  'help: help',
  'show: sho shoa show',
  'talk: taak talk',
  'eat: nyam eat',
  'drive: jraiv drive',
  'live: liv live',
  'buy: bai buy',
  'stay: stay',
  'stop: stap stop',
  'hear: hear yerri yeri',
  'see: si see',
  'collect: collect',
  'wait: wait weit',
  'carry: kyari carry',
  'let: let',
  'happen: hapm hapn happen',
  'lose: lus lose',
  'steal: tief tiif',
  'forget: figet fuget forget',
  'remember: memba rememba remember',
  'think: tink think',
  'do: du do',
  'be: bi',
  'apply: apply',
];

/** Verbs with their English: what "fi" (to) and a pronoun (I, we, they) stand before. */
export const VERBS: ReadonlyMap<string, string> = new Map(table(VERB_LINES));

// Verbs that are things too: after "mi", "wi" and "ih" they are mine, ours and his ("mi pay", "wi wuk"), not what
// I do; after "dem" they are what they do ("dem pay").
export const THINGS_TOO: ReadonlySet<string> = new Set(['pay', 'wuk', 'work']);

// Words that say whether, when and how a verb is done, which stand between a pronoun and its verb.
// biome-ignore format: one meaning a line keeps the list readable and easy to review
const MODAL_LINES = [
  "can't: kyaan kyahn kaan kaa cyaan cyan caan cya cyah cyaa kaant",
  'can: kin kyan can',
  'could: kuda cuda could',
  'would: wuda would',
  'should: shuda should',
  'must: mos mus must',
  'have to: haffi hafi affi afi',
  'going to: gwain gwine gwen gwina',
  'not: nuh noh',
  'never: neva neba never',
  "don't: dohn doan doh",
  'did: did',
  'gone: gaan',
];

/** Modals and negation with their English: "kyaan" (can't), "haffi" (have to), "nuh" (not), "gwain" (going to). */
export const MODALS: ReadonlyMap<string, string> = new Map(table(MODAL_LINES));

/** How someone is, after a pronoun ("mi sik": I am sick), read without the "am" the creoles leave out. */
export const STATES: ReadonlyMap<string, string> = new Map(
  table(['sick: sick', 'tired: taiad tyad tired', 'late: leet late', 'ready: redi ready', 'off: off']),
);

/** Things a state names before them ("mi sick note": my sick note), after which a pronoun is the owner. */
export const STATED_THINGS: ReadonlySet<string> = new Set(['leave', 'note', 'pay', 'day', 'days', 'time']);

/**
 * The marks of a verb going on or done that English says with its ending ("mi di wuk", "dem a pay", "ih en go"):
 * between a pronoun and its verb, nothing English needs.
 */
export const ASPECT: ReadonlySet<string> = new Set(['di', 'a', 'en', 'ben', 'bin']);

/**
 * Words after a pronoun that say something else there: "fi" is "must" ("mi fi come?"), "no" and "nah" are "not"
 * ("mi no get pay"); elsewhere they are "for" and "no". "deh" (is at) and "wah" (going to, before "go") follow a
 * pronoun as typed, read by the phrases.
 */
export const AFTER_PRONOUN: ReadonlyMap<string, string> = new Map([
  ['fi', 'must'],
  ['no', 'not'],
  ['nah', 'not'],
  ['deh', 'deh'],
  ['wah', 'wah'],
]);

/** Pronouns before a verb, with the English of the one doing it; "ah" is Trinidad's and Barbados's "I". */
export const SUBJECTS: ReadonlyMap<string, string> = new Map(
  table([
    'I: mi ah',
    'we: wi',
    'he: ih im',
    'she: shi',
    'they: dem dehn',
    'you: yu yuh unu unnu oonu allyuh wunna',
  ]),
);

/** Pronouns after a verb done to someone ("tell mi", "pay dem"), in English: me, us, him, them, not my or they. */
export const OBJECTS: ReadonlyMap<string, string> = new Map(
  table(['me: mi', 'us: wi', 'him: ih im', 'them: dem dehn']),
);
/** Verbs done to someone, after which a pronoun is the one it is done to. */
export const DONE_TO: ReadonlySet<string> = new Set(
  'tell tel gi giv give pay sen send kaal kall call help sho shoa show aks ax ask mek make let si see kyari carry'.split(
    ' ',
  ),
);

// "know weh", "tell mi weh": a question asked inside a clause, read in its place ("know where").
const INDIRECT: ReadonlyArray<readonly [string, string]> = [
  ['weh', 'where'],
  ['weh time', 'what time'],
  ['wah time', 'what time'],
  ['wah', 'what'],
  ['wat', 'what'],
  ['hoo', 'who'],
  ['how', 'how'],
  ['how much', 'how much'],
  ['wich', 'which'],
];
const ASKED_OF = [
  ['know', 'know'],
  ['tell me', 'tell me'],
  ['sho me', 'show me'],
  ['show me', 'show me'],
] as const;

// What "weh", "wah" and "wich" ask before a thing counted or chosen ("weh day": which day; "weh shif": which shift).
const CHOSEN = ['day', 'week', 'month', 'year', 'shif', 'bus', 'gate', 'form', 'ofis', 'one', 'wan'];
const CHOSEN_ENGLISH = new Map([
  ['shif', 'shift'],
  ['ofis', 'office'],
  ['wan', 'one'],
]);

// "fi" before a verb is "to" ("fi get": to get); the questions asked inside a clause; and a thing chosen.
function madePhrases(): Array<readonly [string, string]> {
  const to = [...VERBS].map(([v, english]) => [`fi ${v}`, `to ${english}`] as const);
  const indirect = ASKED_OF.flatMap(([k, english]) =>
    INDIRECT.map(([w, asks]) => [`${k} ${w}`, `${english} ${asks}`] as const),
  );
  const chosen = ['weh', 'wah', 'wat', 'wich'].flatMap((w) =>
    CHOSEN.map((c) => [`${w} ${c}`, `which ${CHOSEN_ENGLISH.get(c) ?? c}`] as const),
  );
  return [...to, ...indirect, ...chosen];
}

// Each line: the English, then the phrases that say it, apart with ' | '. Read before single words, the longest
// first, so "weh time" asks what time and "weh part" where.
// biome-ignore format: one English a line keeps the list readable and easy to review
const PHRASE_LINES = [
  'what time: weh time | wah time | wat time | wha time | wuh time | what time | a weh time | da weh time',
  'where: weh part | wah part | wich part | weh side | wah side | a weh | weh paat',
  'what kind of: weh kind | wah kind | wat kind | wha kind',
  'why: weh mek | wah mek | wha mek | wat mek | wuh mek | fi wah | fi weh | how come',
  'what about: wah about | weh about | wat about | wha about | what about',
  'what: a wah | da wah',
  'is it true: a true',
  'let me: mek me',
  'let us: mek us',
  'to be: fi deh',
  'be at: deh a',
  'be at work: deh a wuk | deh a work',
  'be at home: deh a yaad',
  'going to: wah go',
  'what will happen: wah go happen | weh go happen | wah a go happen | wah gwine happen',
  'have left: gat lef | gah lef | have lef',
  'who: a hoo | a who',
  'how much: how much',
  'how many: how many',
  'how long: how long',
  'at work: a wuk | a work',
  'go to work: go a wuk | go a work | kom a wuk | come a wuk',
  'go home: go a yaad',
  'at home: a yaad | a home',
  'to find: fi fine',
  'overtime: ova time',
];

/** Phrases of several words, read before single words, with their English. */
export const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ...PHRASE_LINES.flatMap((line) => {
    const [english, forms] = line.split(': ') as [string, string];
    return forms.split(' | ').map((form) => [form, english] as const);
  }),
  ...madePhrases(),
];

/** Words of courtesy and grammar that say nothing English needs: "da" (it is), "en" (did), "deh" (is at). */
export const DROPPED: ReadonlySet<string> = new Set(
  'da en deh plz pls please tanks tenks tanx respek respect bless'.split(' '),
);

// Each line: the English, then the forms that say it. One meaning a line.
// biome-ignore format: one meaning a line keeps the list readable and easy to review
const WORD_LINES = [
  // pronouns before a thing (before a verb they are read as phrases: "mi kyaan" is I can't)
  'my: mi meh',
  'our: wi',
  'you: yu yuh unu allyuh wunna',
  'his: ih im',
  'them: dem',
  'she: shi',
  'somebody: smaddy smadi sumadi sumbadi sumbady somebadi',
  'everybody: evribadi everybadi',
  'nobody: nobadi nuhbadi',
  'anybody: enibadi anybadi',
  'something: sinting sopm sutn sumting',
  'nothing: notn nutn nutten nuttn',
  'everything: evriting everyting',
  'anything: eniting anyting',
  'thing: ting',
  'people: pipl peepl',
  // grammar
  'the: di de',
  'this: dis',
  'that: dat',
  'a: wan',
  'all: aal ahl',
  'any: eni eny enny',
  'every: evri evry',
  'other: ada odda neda',
  'little: likkle lickle likl',
  'enough: nuff nof',
  'in: eena inna iina ina',
  'on: pan',
  'from: fram fahm frahn fraam',
  'with: wid wit wif',
  'about: about',
  'around: roun',
  'through: tru chroo',
  'after: afta aftah',
  'before: bifo bifoa befo befoa',
  'until: til',
  'under: anda unda',
  'over: ova',
  'for: fi',
  'and: ahn',
  'but: bot',
  'because: kaaz kaz bikaaz bikaa',
  'so: suh soh',
  'then: den',
  'when: wen wenn wehn',
  'if: ef',
  'else: els',
  'already: aredi aready alredi aalredi',
  'again: agen agin',
  'still: stil',
  'only: oanli onli ongle',
  'too: tuu',
  'here: ya yah',
  'there: dehso',
  // time
  'time: time',
  'long: long',
  'today: tideh tidday tiday tudeh',
  'tomorrow: tumaro tumara tumoro tamara tomara tumaaro',
  'yesterday: yestideh yestaday yessideh yeside yestudeh',
  'morning: marnin mawnin maanin',
  'afternoon: aftanoon aftanuun',
  'evening: evenin ivnin',
  'night: nait',
  'week: week',
  'month: month',
  'last: laas',
  'next: nex neks',
  'early: arli',
  'later: lata layta',
  'first: fos fus',
  'payday: paydeh',
  'Monday: mundeh mondeh',
  'Tuesday: chuusdeh tuesdeh',
  'Wednesday: wenzdeh wensdeh',
  'Thursday: tosdeh torsdeh',
  'Friday: fraideh fraidi',
  'Saturday: satideh sattideh saturdeh',
  'Sunday: sundeh sondeh',
  // work, pay and leave
  'overtime: ovataim ovatime',
  'shift: shif',
  'money: moni mani',
  'boss: baas',
  'supervisor: supavaiza supervaiza',
  'manager: manija manaja',
  'office: ofis afis offis',
  'leave: leave',
  'off: off',
  'holiday: holidey haliday holideh',
  'vacation: vakeshan',
  'check: chek',
  'problem: prablem prablim',
  'trouble: chrobl trobl',
  // health, family and home
  'hospital: haspital aspital ospital',
  'doctor: dakta dokta docta',
  'nurse: nors nuss',
  'hurt: hert',
  'broken: bruk brok',
  'burn: bun',
  'child: pikni pickney pikney pickni pikini',
  'boy: bway bwai bwoy',
  'girl: gyal gyul',
  'woman: uman ooman',
  'friend: fren',
  'brother: bredda breda',
  'sister: sista sistah',
  'mother: mada madda moda modda mooma',
  'father: fada faada puppa',
  'baby: bieby',
  'wife: waif',
  'husband: husban hozban',
  'family: fambli famili',
  'home: yaad',
  'house: ous hous',
  'school: skool',
  // transport and things
  'car: kyaar kyar',
  'truck: chrok trok',
  'road: rood',
  'food: fuud',
  'water: wata waata',
  'paper: pyaypa paypa',
  'gloves: glubs glubz',
  'boots: buut buuts',
  'uniform: unifaam yuunifaam',
];

/** Everyday words with their English, the verbs', modals' and states' among them. */
export const WORDS: ReadonlyMap<string, string> = new Map([
  ...table(WORD_LINES),
  ...VERBS,
  ...MODALS,
  ...STATES,
]);

/**
 * Words only the creoles have: no English word is typed so (or only as a shout, "ow", "wah"), and neither Spanish,
 * Italian, Indonesian, Haitian nor Tetum types them as a word of its own. Not "mi", "di", "de", "wi", "yu", "dey",
 * "wha" or "wetin": other languages' words, or chat English's.
 */
export const MARKERS: ReadonlySet<string> = new Set(
  'weh wah wuh wehpaat wepaat wamek wahmek hoo huu fi fuh eena inna iina unu unnu oonu allyuh alyuh wunna kyaan kyahn kaan cyaan cyah cyaa caan kaant gaan smaddy smadi sumadi sumbadi sumbady nobadi gat sik madda evribadi everybadi enibadi sinting sopm sutn nutten notn nutn pon pahn deh dehn dem nuh noh tek mek lef seh haffi hafi affi gwain gwine gwen tideh tidday tumaro tumara yestideh marnin mawnin aftanoon laas nex shif ovataim wuk wark pikni pickney pikney bway bwai bwoy gyal bredda nyam waan wahn kaal staat chenj ketch riich yerri taak jraiv paydeh aredi dohn doan kuda wuda shuda ih'.split(
    ' ',
  ),
);

/**
 * Function words of Spanish, Italian and Portuguese, which the creoles never type: a question with as many of them
 * as of the creoles' own is theirs ("mi salario de que dia", "orario di lavoro").
 */
export const ROMANCE: ReadonlySet<string> = new Set(
  'el la los las lo le les que qué del al un una unos unas por para con es está esta están soy tengo tiene tienen puedo puede hay cuando cuándo cuanto cuánto cuanta cuántos donde dónde como cómo cual cuál quien quién porque mis su sus nos yo usted il gli che sono è della delle dei degli alla nel nella ho hai ha posso può quanti perché mio mia os dos das uma é são meu minha você onde tenho tem'.split(
    ' ',
  ),
);

/** Other spellings of the listed words, read as the one listed ("dehn" as "dem", "pon" as "pan", "ow" as "how"). */
export const SPELLINGS: ReadonlyMap<string, string> = new Map(
  table([
    'how: ow',
    'dem: dehn',
    'pan: pon pahn',
    'fi: fuh fu',
    'unu: unnu oonu onu',
    'allyuh: alyuh aryu',
    'time: taim',
    'kind: kaina kine kain',
    'long: lang',
    'about: bout bowt baut',
    'know: nuo noa kno',
    'wuk: wok wark wurk',
    'leave: leev liiv',
    'off: aaf',
    'week: wik',
    'month: mont munt',
    'sick: sik',
  ]),
);
