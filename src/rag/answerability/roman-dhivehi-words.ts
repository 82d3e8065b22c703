/**
 * @module Dhivehi (the Maldives' language) as staff type it on their phones in Latin letters, mixed with English:
 * the words of asking, the small words of grammar and everyday workplace words, in their common chat spellings
 * (the Malé Latin of "dh", "th", "lh" and doubled vowels, and its looser forms), with what each says in English.
 * Written from general knowledge of the language, without reading any organisation's documents or questions.
 */

/** Words of asking, each with what it asks in English. */
export const ASKING: ReadonlyMap<string, string> = new Map([
  ['kihaa', 'how much'],
  ['kihaavareh', 'how much'],
  ['kobaa', 'where'],
  ['kihineh', 'how'],
  ['kon', 'which'],
  ['konirakun', 'what time'],
  ['koniraku', 'when'],
  ['kaaku', 'who'],
  ['kaakuge', 'whose'],
  ['kaakah', 'to whom'],
  ['keekey', 'what'],
  ['keeku', 'what'],
  ['keevve', 'why'],
  // The mark of a yes-or-no question ("gendhevey tha?"): what it asks is said by the verb before it.
  ['tha', 'is'],
]);

// Dhivehi's words for what is counted, with their English alone and counted: "kihaa" before one asks how many.
const COUNTED: ReadonlyArray<readonly [string, string, string]> = [
  ['dhuvas', 'days', 'days'],
  ['dhuvahu', 'day', 'days'],
  ['mahu', 'month', 'months'],
  ['mas', 'month', 'months'],
  ['aharu', 'year', 'years'],
  ['hafthaa', 'week', 'weeks'],
  ['gadi', 'hour', 'hours'],
  ['minittu', 'minute', 'minutes'],
  ['meehun', 'people', 'people'],
  ['faharu', 'time', 'times'],
  ['kotari', 'room', 'rooms'],
  ['kudhin', 'children', 'children'],
];

/** Phrases of several words, read before single words: what they ask ("kon irakun": "what time") or say. */
export const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ...COUNTED.map(([word, , many]): [string, string] => [`kihaa ${word}`, `how many ${many}`]),
  ['kihaa vareh', 'how much'],
  ['kihaa iraku', 'how long'],
  ['kihaa dhigu', 'how long'],
  ['kon irakun', 'what time'],
  ['kon iraku', 'when'],
  ['kon gadi', 'what time'],
  ['kon vagthakun', 'what time'],
  ['kon dhuvahu', 'which day'],
  ['kon dhuvahakun', 'which day'],
  ['kon mahu', 'which month'],
  ['kon mahakun', 'which month'],
  ['kon thaneh', 'where'],
  ['kon thaakun', 'where'],
  ['kon ehchehi', 'what'],
  ['kobaa hunnanee', 'where is'],
  ['kobaa ulhenee', 'where is'],
  ['haalu kihineh', 'how are things'],
  // "ulhey" says a thing is there; with "tha" it asks whether it is.
  ['ulhey tha', 'is there'],
  ['bali chuttee', 'sick leave'],
  ['idhu chuttee', 'Eid holiday'],
  ['ufan dhuvas', 'birthday'],
  ['ithuru gadi', 'overtime'],
  ['mi mahu', 'this month'],
  ['roadha mahu', 'Ramadan'],
  ['mi aharu', 'this year'],
  ['mi hafthaa', 'this week'],
  ['aneh mahu', 'next month'],
  ['aneh hafthaa', 'next week'],
];

// The small words of grammar that say nothing English needs: case endings typed apart ("Ahmed ge", "kudhin
// thah"), the light verb after an English one ("submit kuran"), "that", emphasis, "is" and the question's mark.
const GRAMMAR =
  'ge thah thi ee kuran kuranee kuraanee kuravaanee kohfa kohgen hey dho ulhey ulheyne ulhenee hunnanee vaahaka';
// Words of courtesy and address: no topic.
const COURTESY =
  'shukuriyaa shukuriyya dheyshey kohdheyshey kohdheefa bunedhee kiyaadhee eba ehen aan bro boss';

/** Words that are only grammar or courtesy, dropped from the English reading. */
export const DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY}`.split(' '));

/** Verbs, with their English: a potential form ("gendhevey": can take) says "can", "vaane" must. */
export const VERBS: ReadonlyMap<string, string> = new Map([
  ['libeyne', 'get'],
  ['libey', 'get'],
  ['libenee', 'get'],
  ['gendhevey', 'can take'],
  ['negevey', 'can take'],
  ['dhevey', 'can go'],
  ['kureveyne', 'can'],
  ['kurevey', 'can'],
  ['vaane', 'must'],
  ['jehey', 'must'],
  ['beynun', 'use'],
  ['dhey', 'give'],
  ['dheyne', 'give'],
  ['dhee', 'give'],
  ['hunnaane', 'stay'],
  ['annaane', 'come'],
  ['dhaane', 'go'],
  ['dhaanee', 'go'],
  ['fonuvaane', 'send'],
  ['hoadhaane', 'find'],
  ['balaane', 'check'],
  ['hadhaane', 'make'],
  ['hulhuvaanee', 'open'],
  ['fashaanee', 'start'],
  ['nimenee', 'end'],
  ['ingey', 'know'],
  ['gannan', 'buy'],
]);

/** What is said of a thing: with "tha" they ask whether it is so ("lasvee tha?": is it late?). */
export const STATES: ReadonlyMap<string, string> = new Map([
  ['lasvee', 'late'],
  ['beynunvey', 'needed'],
  ['nulibunee', 'not received'],
  ['gellijje', 'lost'],
  ['vejje', 'done'],
  ['hulhuvaa', 'open'],
  ['bandhu', 'closed'],
]);

/** Everyday and workplace words with their English. */
export const WORDS: ReadonlyMap<string, string> = new Map([
  ...COUNTED.map(([word, one]): [string, string] => [word, one]),
  ...VERBS,
  ...STATES,
  // The case endings read in English's place before the thing ("kotari ga": at the room, "gey ah": to home).
  ['ga', 'at'],
  ['ah', 'to'],
  ['aai', 'with'],
  ['ekee', 'with'],
  ['ves', 'also'],
  ['mi', 'this'],
  ['ek', 'one'],
  ['aa', 'new'],
  // time
  ['dhuvahakun', 'per day'],
  ['mahakun', 'per month'],
  ['aharakun', 'per year'],
  ['iraku', 'time'],
  ['irakun', 'time'],
  ['vagthu', 'time'],
  ['miadhu', 'today'],
  ['maadhamaa', 'tomorrow'],
  ['iyye', 'yesterday'],
  ['mihaaru', 'now'],
  ['fahun', 'after'],
  ['kurin', 'before'],
  ['dhigu', 'long'],
  ['roadha', 'Ramadan'],
  ['idhu', 'Eid'],
  // money, leave and work
  ['musaara', 'salary'],
  ['ujooray', 'wages'],
  ['faisaa', 'money'],
  ['rufiyaa', 'rufiyaa'],
  ['agu', 'price'],
  ['vareh', 'amount'],
  ['chuttee', 'leave'],
  ['bali', 'sick'],
  ['masakkaiy', 'work'],
  ['vazeefaa', 'job'],
  ['ofees', 'office'],
  ['gey', 'home'],
  ['dhoani', 'boat'],
  ['dhoni', 'boat'],
  ['kaana', 'food'],
  ['nama', 'name'],
  ['namba', 'number'],
  ['hurihaa', 'all'],
  ['ithuru', 'extra'],
  ['haalu', 'things'],
  // people
  ['meehaa', 'person'],
  ['ekaku', 'one person'],
  ['aharen', 'I'],
  ['aharenge', 'my'],
  ['aharemen', 'we'],
  ['aharemenge', 'our'],
  ['kaley', 'you'],
  ['eyna', 'he'],
  ['eynage', 'his'],
]);

/**
 * Words only Dhivehi has (no English word is spelt so, and none its neighbours type alike): two of them, or one
 * beside a word of asking, say a question is typed in it.
 */
export const OWN: ReadonlySet<string> = new Set(
  'kihaa kihaavareh kobaa kihineh konirakun koniraku kaaku kaakuge kaakah keekey keeku keevve irakun iraku dhuvas dhuvahu dhuvahakun mahakun aharakun aharu meehun meehaa ekaku faharu kotari libeyne libey libenee nulibunee gendhevey negevey dhevey kureveyne kurevey vaane jehey beynun dhey dheyne hunnaane hunnanee annaane dhaane dhaanee fonuvaane hoadhaane balaane hadhaane hulhuvaanee hulhuvaa fashaanee nimenee ingey lasvee beynunvey gellijje musaara ujooray faisaa rufiyaa vareh haalu aharen aharenge aharemen aharemenge kaley eynage mihaaru miadhu maadhamaa iyye fahun kurin vagthu masakkaiy vazeefaa ofees dhoani ulhey ulheyne ulhenee kuran kuranee kuraanee shukuriyaa dheyshey minittu kudhin'.split(
    ' ',
  ),
);

/**
 * Listed words other languages type too, which no question is taken on ("tha" and "thi" are Hindi's "was", "ga"
 * Indonesian chat's "not", "ah" English's and Arabic chat's, "kon" Urdu's "who", "mi" Spanish's "my").
 */
export const WEAK: ReadonlySet<string> = new Set(
  'tha thi ga ge ah thah ee mi kon ek aai aa ves hey dho eba aan bro boss'.split(' '),
);

/** Other spellings of the words above, as typed in a hurry ("kiha" for "kihaa", "uley" for "ulhey"). */
export const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['kiha', 'kihaa'],
  ['kihaavaraku', 'kihaavareh'],
  ['koba', 'kobaa'],
  ['kobai', 'kobaa'],
  ['kobaitha', 'kobaa'],
  ['kobaithaa', 'kobaa'],
  ['kihine', 'kihineh'],
  ['kihiney', 'kihineh'],
  ['kihinei', 'kihineh'],
  ['keeke', 'keekey'],
  ['keekee', 'keekey'],
  ['keevvehey', 'keevve'],
  ['keeve', 'keevve'],
  ['kaakuhey', 'kaaku'],
  ['thaa', 'tha'],
  ['duvas', 'dhuvas'],
  ['dhuvaheh', 'dhuvahu'],
  ['libeney', 'libeyne'],
  ['libeyney', 'libeyne'],
  ['libeynee', 'libeyne'],
  ['libeynei', 'libeyne'],
  ['gendhevei', 'gendhevey'],
  ['gendheveyne', 'gendhevey'],
  ['gendhevidhaane', 'gendhevey'],
  ['negeveyne', 'negevey'],
  ['negevei', 'negevey'],
  ['dheveyne', 'dhevey'],
  ['kurevei', 'kurevey'],
  ['kureveynee', 'kureveyne'],
  ['kurevidhaane', 'kureveyne'],
  ['beynunvaanee', 'beynunvey'],
  ['beynunvaane', 'beynunvey'],
  ['vaanee', 'vaane'],
  ['vaaney', 'vaane'],
  ['uley', 'ulhey'],
  ['ulhe', 'ulhey'],
  ['ulheyey', 'ulhey'],
  ['hunnaanee', 'hunnanee'],
  ['dheynee', 'dheyne'],
  ['kuraane', 'kuraanee'],
  ['kuranii', 'kuranee'],
  ['musara', 'musaara'],
  ['chutti', 'chuttee'],
  ['chuti', 'chuttee'],
  ['faisa', 'faisaa'],
  ['rufiya', 'rufiyaa'],
  ['madhamaa', 'maadhamaa'],
  ['maadhama', 'maadhamaa'],
  ['miadu', 'miadhu'],
  ['miharu', 'mihaaru'],
  ['meehunge', 'meehun'],
  ['kotaree', 'kotari'],
  ['haftha', 'hafthaa'],
  ['gadiyakun', 'gadi'],
  ['shukuriya', 'shukuriyaa'],
  ['masakkaiyy', 'masakkaiy'],
  ['masakkath', 'masakkaiy'],
]);
