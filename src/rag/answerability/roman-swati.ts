/**
 * @module A question typed in siSwati (Swazi) in chat, mixed with English as sugar-estate field and mill staff type
 * it ("sikhokhelwa nini?", "ngingatsatsa lilivu lelingakanani?", "i-overtime ikhokhelwa malini nge-hour?"), read
 * as the English question it asks ("when are we paid?", "how much leave can I take?", "how much overtime paid per
 * hour?"). The reading is roman-reading.ts's; siSwati's own rules are here. A verb is one word with who does it and
 * its tense before the stem ("si-ta-khokhelwa", we will be paid; "a-ngi-tfol-i", I do not get): the reader splits it
 * into English's pronoun, "will", "can" or "not", and the stem, which the lists read. Whose a thing is follows it
 * ("iholo lami", my salary), which English puts before it; an English word keeps its prefix apart ("i-akhawunti",
 * "ku-canteen"), which says nothing, but "nge-" before an hour or a day says "per" or "on". A question is siSwati's
 * only with two words only siSwati writes ("tfola", "lilivu", "sikhatsi"), or one of its own words of asking, or one
 * of them beside a word of asking Zulu types too ("nini", "malini"), and more of its own words than of English's,
 * Zulu's, Sesotho's, a Romance language's or a creole's. The word lists were written from general knowledge of the
 * language, without reading any organisation's documents or questions.
 */
import { CREOLE_NEIGHBOUR_MARKERS } from './neighbour-markers.js';
import { PORTUGUESE } from './roman-kabuverdianu-words.js';
import { ROMANCE } from './roman-kriol-words.js';
import { type RomanLanguage, readerDoors, romanReading } from './roman-reading.js';
import { OWN as SESOTHO_OWN } from './roman-sesotho-words.js';
import { bareWord } from './roman-shared.js';
import {
  ASKING,
  CALENDAR,
  DROPPED,
  isKnownAsTyped,
  OWN,
  PHRASES,
  POSSESSIVES,
  SPELLINGS,
  thingsIn,
  VERBS,
  WORDS,
} from './roman-swati-words.js';

// A word as the lists spell it, in lower case.
const spell = (word: string) => {
  const lower = word.toLowerCase();
  return SPELLINGS.get(lower) ?? lower;
};

// A word starts here, and ends here.
const START = "(?<![\\p{L}'])";
const END = "(?![\\p{L}'])";

// The words of asking as typed, for the patterns that look for one.
const ASKED = `(?:${[...ASKING.keys(), 'ngobe', 'ngoba', 'ngenca', 'kubita', 'kubiza'].join('|')})`;

// "yini" past a clause's first word only marks a question that asks whether ("kukhona libhasi yini?", is there a
// bus?), and beside another word of asking it only marks that one ("sikhokhelwa nini yini?"): then it asks nothing.
function askingAt(
  word: string,
  tokens: string[],
  at: number,
  spelled: (t: string) => string,
): string | undefined {
  if (word !== 'yini') return undefined;
  if (at > 0) return '';
  // Looked for once a clause, so a clause of many "yini" is read in linear time.
  if (!ASKS_BESIDE.has(tokens))
    ASKS_BESIDE.set(
      tokens,
      tokens.some((t) => spelled(t) !== 'yini' && ASKING.has(spelled(t))),
    );
  return ASKS_BESIDE.get(tokens) ? '' : undefined;
}
const ASKS_BESIDE = new WeakMap<string[], boolean>();

// siSwati's word lists and rules.
const SWATI: RomanLanguage = {
  asking: ASKING,
  phrases: PHRASES,
  dropped: DROPPED,
  words: WORDS,
  markers: OWN,
  verbs: new Set(VERBS.keys()),
  spellings: SPELLINGS,
  // Words English or a neighbour types alike ("make", "babe", "mine", "uma", "gogo"): no sign on their own.
  shared: new Set(
    'mine make babe bona wena yena uma noma le lo na ne ke cha gogo ista juni mashi meyi nini bani malini yini ini imali iholo umholo kusasa inyanga funa cela hamba gula lala vala vula susa bika buya faka hola nika sita shona beleta dla'.split(
      ' ',
    ),
  ),
  plainly: OWN,
  // siSwati has no case endings: whose a thing is follows it with a concord ("iholo laThemba").
  genitive: new Set(),
  locative: new Set(),
  owned: new Set(
    'iholo umholo imali lilivu inombolo libito likheli inkontileka akhawunti umndeni'.split(' '),
  ),
  titles: new Set('Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Babe Make Sisi Bhuti Mnumzane Nkhosi Gogo'.split(' ')),
  // Commas, and "kutsi" (that) after what is said before a question ("angati kutsi ngubani …").
  joins: /\s*,\s*|\s+kutsi\s+/iu,
  // "futsi …" (and), "ngicela kwati …" (I want to know) or "ngicela" (please) before a word of asking, opening a
  // sentence, say nothing; three at most (each looks ahead for the word of asking: a run of thousands would cost
  // their square).
  leadingJoin: new RegExp(
    `^(?:\\s*(?:futsi|and|(?:ngicela|sicela|ngifuna)\\s+(?:kwati|kubuta)|ngicela|sicela|ngiyacela)(?:\\s+kutsi)?(?=[^.?!]*?${START}${ASKED}${END})[\\s,]+){1,3}`,
    'iu',
  ),
  askingAt,
  // The endings a verb takes (negative "-i", subjunctive and perfect "-e", "-ile"; passive "-wa", "-we", "-iwe";
  // done for "-ela", "-elwa"; made to "-isa"; who does it "-ako", "-ayo").
  verbForm: /(?:a|e|i|ile|wa|we|iwe|ela|elwa|isa|iswa|ana|ako|ayo)$/,
  verbStems: new Set(
    [...VERBS.keys()].filter((v) => v.endsWith('a') && v.length > 3).map((v) => v.slice(0, -1)),
  ),
};

const swati = romanReading(SWATI);

// Who does a verb, by the concord that opens it: "ngi" I, "si" we, "ba" they, "u" you; a thing's concord ("li",
// "i", "ti", "ku") says no one English names. Before a stem that starts with a vowel the concord loses its own
// ("ng-enta", I do; "kw-enta", to do).
const CONCORDS: ReadonlyArray<readonly [string, string]> = [
  ['ngi', 'I'],
  ['si', 'we'],
  ['ba', 'they'],
  ['ni', 'you'],
  ['li', ''],
  ['ti', ''],
  ['ku', ''],
  ['lu', ''],
  ['u', 'you'],
  ['i', ''],
  ['ng', 'I'],
  ['kw', ''],
];
// The negative's concords ("a-ngi-tfol-i", I do not get; "a-ka-khokhelwa", he is not paid).
const NEGATIVE: ReadonlyArray<readonly [string, string]> = [
  ['angi', 'I'],
  ['asi', 'we'],
  ['aba', 'they'],
  ['ani', 'you'],
  ['awu', 'you'],
  ['aka', 'he'],
  ['ali', ''],
  ['ati', ''],
  ['aku', ''],
  ['ayi', ''],
];
// The marks of tense and mood after the concord: "ta", "tawu" and "to" will, "nga" can, "sa" still, "ka" (after a
// negative) yet, "ya" (the present's before a verb that ends the sentence) nothing.
const TENSES: ReadonlyArray<readonly [string, string]> = [
  ['tawu', 'will'],
  ['ta', 'will'],
  ['to', 'will'],
  ['nga', 'can'],
  ['sa', 'still'],
  ['ka', 'yet'],
  ['ya', ''],
  ['', ''],
];

// A verb's stem as the lists have it: in "-a", from its negative or subjunctive ("tfoli", "tfole"), perfect
// ("tfolile"), passive ("tfolwa") or passive perfect ("khokhelwe").
const stemOf = (rest: string): string | undefined => {
  if (rest.length < 3) return undefined;
  const forms = [
    rest,
    rest.replace(/ile$/, 'a'),
    rest.replace(/we$/, 'wa'),
    rest.replace(/iwe$/, 'wa'),
    rest.replace(/[ei]$/, 'a'),
    rest.replace(/wa$/, 'a'),
  ];
  return forms.find((form) => VERBS.has(form));
};

// The concords of what a verb is done to, between its tense and its stem ("ngi-nga-yi-tfola", can I get it):
// English's "it" is said by the thing named, so they say nothing.
const OBJECTS = ['', 'yi', 'li', 'si', 'ti', 'ba', 'ku', 'wu', 'm'];

// The verb after its concord: its tense and stem, or nothing when no stem the lists have follows.
const afterConcord = (rest: string): string[] | undefined => {
  for (const [mark, english] of TENSES) {
    if (!rest.startsWith(mark)) continue;
    for (const object of OBJECTS) {
      const stem = rest.startsWith(object, mark.length)
        ? stemOf(rest.slice(mark.length + object.length))
        : undefined;
      if (stem) return [english, stem];
    }
  }
  return undefined;
};

// A verb and what opens it, as English's words and the stem: "ngingatsatsa" as "I can tsatsa", "asikhokhelwa" as
// "we not khokhelwa", "nangisebenta" (if I work) as "if I sebenta". Nothing for a word that is no such verb.
function verbParts(word: string): string | undefined {
  for (const [opener, said] of [
    ['', ''],
    ['na', 'if'],
    ['be', ''],
  ] as const) {
    if (!word.startsWith(opener)) continue;
    const rest = word.slice(opener.length);
    for (const [concords, not] of [
      [NEGATIVE, 'not'],
      [CONCORDS, ''],
    ] as const) {
      const found = concords.find(([c]) => rest.startsWith(c) && afterConcord(rest.slice(c.length)));
      if (!found) continue;
      const [tense, stem] = afterConcord(rest.slice(found[0].length))!;
      // "a-ngi-ka-khokhelwa" (I am not yet paid): "yet" goes last in English.
      const [before, after] = tense === 'yet' ? ['', 'yet'] : [tense, ''];
      return [said, found[1], not, before, stem, after].filter(Boolean).join(' ');
    }
  }
  return undefined;
}

// A word the lists have as typed or in another spelling: no verb to split.
const isListed = (word: string) => isKnownAsTyped(word) || swati.isListed(spell(word));

/** The stem of a verb typed whole ("ngitfola" has "tfola"), or nothing. */
const stemIn = (word: string) => (isListed(word) ? undefined : verbParts(word)?.split(' ').at(-1));

// A word that names a thing: listed, and no verb, small word, word of asking or possessive.
const isThing = (token: string | undefined) => {
  const word = spell(bareWord(token ?? ''));
  return (
    WORDS.has(word) && !VERBS.has(word) && !DROPPED.has(word) && !ASKING.has(word) && !POSSESSIVES.has(word)
  );
};

// A question typed all in capitals in lower case; apostrophes as phones type them as the apostrophe.
const withMarksPlain = (question: string) =>
  (/\p{Ll}/u.test(question) ? question : question.toLowerCase()).replace(/[’‘ʼ`´]/gu, "'");

// English's words of time, which "nge-" before says "per", and its days, which it says "on".
const UNITS = /^(?:hour|hr|day|week|month|year|shift)s?$/i;
const DAY_NAMES = /^(?:mon|tue|wed|thu|fri|sat|sun)/i;

// An English word's prefix typed apart ("i-akhawunti", "ku-canteen", "ema-shift", "ye-overtime") left out, the word
// kept; "nge-hour" as "per hour", "nge-Friday" as "on Friday".
const withPrefixesApart = (question: string) =>
  question.replace(
    new RegExp(
      `${START}(nge|nga|ema|ba|li|si|ti|um|ku|ye|ya|le|la|se|sa|te|ta|we|wa|be|e|i|u)-(?=([\\p{L}\\d]+))`,
      'giu',
    ),
    (_all, prefix: string, next: string) => {
      if (!/^ng[ae]$/i.test(prefix)) return '';
      if (UNITS.test(next)) return 'per ';
      return DAY_NAMES.test(next) ? 'on ' : '';
    },
  );

// A greeting or thanks said on its own ("Sawubona babe,", "Yebo.", "Ngiyabonga."): no sentence to read.
const withGreetingsAway = (question: string) =>
  question.replace(
    /(?<![\p{L}'])(?:sawubona|sanibonani|yebo|ngiyabonga|siyabonga|unjani|ninjani)(?:\s+(?:babe|make|sisi|bhuti|mnumzane|nkhosi|bonkhe|kakhulu|gogo|sir|madam))*(?:\s*[.!,]+\s*|\s+|\s*$)/giu,
    '',
  );

// A day or month typed with its capital ("ngeMgcibelo", "ngeliSontfo", "Disemba"), or a sentence's first word the
// lists know: no name, but the word, in lower case.
const withCalendarLowered = (question: string) =>
  question.replace(/(?<![\p{L}'])\p{L}+(?![\p{L}'])/gu, (word) => {
    const lower = word.toLowerCase();
    return word !== lower && CALENDAR.has(lower) ? lower : word;
  });
const withOpenersLowered = (question: string) =>
  question.replace(/(^|[.?!]\s+)(\p{Lu}\p{Ll}+)(?=[\s,?!.]|$)/gu, (all, before: string, word: string) => {
    const lower = word.toLowerCase();
    return isListed(lower) || verbParts(lower) ? `${before}${lower}` : all;
  });

// Each verb typed whole split into English's words of who, tense and "not", and its stem; a word the lists have
// as typed (a phrase's "ngiyagula", "kubita") is left whole. After a thing named ("umshayeli ufika", the driver
// arrives) "u" and "ba" are that thing's concord, not "you" or "they".
const withVerbsSplit = (question: string) =>
  question
    .split(/(\s+)/)
    .map((token, at, all) => {
      const word = bareWord(token);
      if (!/^\p{Ll}+$/u.test(word) || isListed(word)) return token;
      const parts = verbParts(word);
      if (!parts) return token;
      const named = isThing(all[at - 2]) && !/[^\p{L}']$/u.test(all[at - 2] ?? '');
      const read = named ? parts.replace(/^(?:you|they) /, '') : parts;
      return token.replace(word, read);
    })
    .join('');

// Whose a thing is, which follows it ("iholo lami", "bantfwana bami"), put before it ("lami iholo", my salary), as
// English has it; the marks after the possessive stay at the end.
function withOwnersFirst(question: string): string {
  const tokens = question.split(/\s+/).filter(Boolean);
  for (let at = 1; at < tokens.length; at++) {
    const owner = bareWord(tokens[at]!).toLowerCase();
    if (!POSSESSIVES.has(owner) || !isThing(tokens[at - 1]) || /[^\p{L}']$/u.test(tokens[at - 1]!)) continue;
    const marks = /[^\p{L}']+$/u.exec(tokens[at]!)?.[0] ?? '';
    tokens.splice(at - 1, 2, owner, `${tokens[at - 1]}${marks}`);
  }
  return tokens.join(' ');
}

// The question as the lists spell it, each step on the last's text.
const STEPS: ReadonlyArray<(question: string) => string> = [
  withMarksPlain,
  withPrefixesApart,
  withGreetingsAway,
  withCalendarLowered,
  withOpenersLowered,
  withVerbsSplit,
  withOwnersFirst,
];
const asTyped = (question: string) => STEPS.reduce((text, step) => step(text), question);

// The question as its words are counted: marks plain, English's prefixes apart, days and months in lower case.
const counted = (question: string) => withCalendarLowered(withPrefixesApart(withMarksPlain(question)));

// Words of siSwati's neighbours in southern Africa: Zulu's and Xhosa's ("ngicela ukwazi", "umsebenzi", "kodwa",
// "isikhathi"), Sesotho's ("neng", "moputso", "phomolo"), Setswana's and Sepedi's ("go", "gore", "leng", "jang"),
// Swahili's and Shona's ("lini", "mshahara", "riini"). A question with more of theirs than of siSwati's is theirs.
const AFRICAN =
  'ukwazi ukuthi ukuba yintoni ubani umsebenzi izinsuku iintsuku usuku unyaka molo enkosi ndiyabulela ndiyagula xa kodwa futhi ngoba kanti mina thina izolo namhlanje hhayi ngisebenza ndisebenza ndifuna kule hlawulwa ikhefu umphathi isikhathi ukudla abasebenzi umntwana abantwana umfazi indoda incwadi imithi isibhedlela odokotela go gore itse leng jang bjang madi tiro malatsi ngwaga dingwaga gape kgopela duelwa tuelo boikhutso gompieno kamoso maabane thata sentle mošomo mosomo tšhelete tshelete gomme lehono gosasa bjale ge lini wapi nani ngapi mshahara kazi siku mwezi mwaka likizo nataka kujua tafadhali naomba riini kupi marii mari basa mazuva mwedzi ndinoda kuziva ndapota'.split(
    ' ',
  );

// Words that open a Zulu or Xhosa word where siSwati's drops the vowel ("uku-", "isi-", "izi-", "ama-", "aba-"),
// or Zulu's "th" and "z" where siSwati writes "ts", "tf" and "t" ("thola", "sebenza"), which no siSwati word has.
const ZULU = /^(?:uku|ukw|izi|isi|ama|aba|ezi|ngizo|sizo|ndi)\p{L}{2,}|th|z/u;

// English's small words, which a question asked in English with a siSwati word in it has more of than siSwati's.
const ENGLISH =
  'the is are was do does did what when where who how why which can could will would should my your our their for on in at to of with this that have has get there it be me and or not i am you we they'.split(
    ' ',
  );

// Every word some neighbour types as its own, unless siSwati's lists know it too.
const NEIGHBOURS: ReadonlySet<string> = new Set(
  [...ROMANCE, ...PORTUGUESE, ...CREOLE_NEIGHBOUR_MARKERS, ...SESOTHO_OWN, ...AFRICAN, ...ENGLISH].filter(
    (w) => !isListed(w) && !OWN.has(spell(w)),
  ),
);

// The words of a question in lower case; a word typed with a capital past a sentence's first ("Is Nini Dlamini
// …") is a name, no sign of siSwati.
const wordsOf = (question: string) =>
  question
    .split(/\s+/)
    .map((t, i, all) => ({
      word: bareWord(t).toLowerCase(),
      named: i > 0 && !/[.?!]$/.test(all[i - 1]!) && /^\p{Lu}/u.test(bareWord(t)),
    }))
    .filter((t) => t.word);

// A word as siSwati's own: listed so, a thing of its own in another form ("yekudla", of food), or a verb around one
// of its own stems ("ngitfola", "asikhokhelwa") or with its own future's "ta" ("litawungena", Zulu's "lizongena").
const ownWord = (word: string): string | undefined => {
  const spelled = spell(word);
  if (OWN.has(spelled)) return spelled;
  const thing = thingsIn(word).find((form) => OWN.has(form));
  if (thing) return thing;
  const parts = isListed(word) ? undefined : verbParts(word);
  const stem = parts?.split(' ').at(-1);
  if (stem && OWN.has(stem)) return stem;
  return parts?.includes('will') && /^(?:a?(?:ngi|si|ba|ni|u|li|ti|ku|i))(?:ta|to)/.test(word)
    ? 'ta'
    : undefined;
};

// Two of siSwati's own words at least, or one of its own words of asking, or one own word beside a word of asking
// Zulu types too; and more of those than of its neighbours' words.
function outweighsNeighbours(question: string): boolean {
  const words = wordsOf(question).filter((t) => !t.named);
  const own = words.map((t) => ownWord(t.word)).filter((w) => w !== undefined);
  const asking = words.filter((t) => ASKING.has(spell(t.word)) && !OWN.has(spell(t.word)));
  const theirs = words.filter(({ word }) => {
    if (ownWord(word) || isListed(word)) return false;
    return NEIGHBOURS.has(word) || ZULU.test(word);
  });
  const distinct = new Set(own).size;
  const enough = distinct >= 2 || own.some((w) => ASKING.has(w)) || (distinct === 1 && asking.length > 0);
  return enough && own.length + asking.length > theirs.length;
}

// English's order after a word of asking, what it asks of and who: "can" or "will" before who ("how much can I
// take"), "am", "is" or "are" before who is paid ("when are we paid"), "do" before who does a verb ("when do we
// start").
const MODAL = new Set(['must', 'can', 'will', 'should', 'may']);
const BE = new Set('paid given allowed dismissed deducted sent sick pregnant late bereaved still'.split(' '));
// The verbs English's "do" goes before: not a modal, a passive, a past or a state.
const DOING = new Set(
  [...VERBS.values()]
    .map((english) => english.split(' ')[0]!)
    .filter((e) => !MODAL.has(e) && !BE.has(e) && !/ed$/.test(e)),
);
const BE_WORDS = [...BE].join('|');
const beFor = (who: string) => (who === 'I' ? 'am' : who === 'he' || who === 'it' ? 'is' : 'are');
const doFor = (who: string) => (who === 'he' || who === 'it' ? 'does' : 'do');

// Words that already say how a question is asked, or who does it, between a word of asking and a pronoun.
const NO_DO = new Set(
  'can may must should not do does did will is are was there I you we they he me need want know if'.split(
    ' ',
  ),
);

// A word of asking at a sentence's or a clause's start, up to three words of what it asks of, a pronoun, "not" or
// not, and the word after it.
const ASKED_OF =
  /(^|[.?!]\s+|,\s+and\s+)(what time|what|where|when|how much|how many people|how many|how long|how often|how|why|which day|which|who)((?: [\p{L}']+){0,3}?) (I|you|we|they|he) (not )?(\p{L}+)/gu;

// "when we paid" as "when are we paid", "how much I can take" as "how much can I take", "where I get" as "where do
// I get".
const withEnglishOrder = (read: string) =>
  read.replace(
    ASKED_OF,
    (all, before: string, asked: string, between: string, who: string, not = '', verb: string) => {
      if (between.split(' ').some((w) => NO_DO.has(w))) return all;
      const head = `${before}${asked}${between}`;
      if (MODAL.has(verb)) return not ? all : `${head} ${verb} ${who}`;
      if (BE.has(verb)) return `${head} ${beFor(who)} ${who} ${not}${verb}`;
      if (DOING.has(verb)) return `${head} ${doFor(who)} ${who} ${not}${verb}`;
      return all;
    },
  );

// What is counted or measured, said after "how many" or "how much" at a clause's end ("how much can I take
// leave?"), put after it ("how much leave can I take?").
const withMeasuredFirst = (read: string) =>
  read.replace(
    /(^|[.?!]\s+|,\s+and\s+)(how many|how much) ((?:do |can |will |am |are |is )?(?:I|you|we|they|he)(?: not)? [\p{L}']+) ((?:(?:sick|annual|maternity|paternity|bereavement|unpaid|paid) )?(?:days|hours|weeks|months|years|shifts|times|people|workers|children|leave|money|pay|salary|wage|overtime|bonus|tax)\b[^.?!,]*)/gu,
    '$1$2 $4 $3',
  );

// "I not get" as "I do not get", "we not paid" as "we are not paid", "I sick" as "I am sick"; "will we paid" as
// "will we be paid"; a question opening with who ("I can take …?", "we paid …?", "I get …?") as English asks it.
const withModalsRead = (read: string) =>
  read
    .replace(
      /(?<!\b(?:am|are|is|do|does) )\b(I|you|we|they|he) not (\p{L}+)/gu,
      (all, who: string, verb: string) => {
        if (BE.has(verb)) return `${who} ${beFor(who)} not ${verb}`;
        return DOING.has(verb) ? `${who} ${doFor(who)} not ${verb}` : all;
      },
    )
    .replace(
      new RegExp(`\\b(will|can|must|should|may)( (?:I|you|we|they|he))? (${BE_WORDS})\\b`, 'g'),
      '$1$2 be $3',
    )
    .replace(/(^|[.?!]\s+)(I|you|we|they|he) (can|must|will|should|may) (?=[^.?!]*\?)/g, '$1$3 $2 ')
    .replace(/(^|[.?!]\s+)there is (?=[^.?!]*\?)/g, '$1is there ')
    .replace(
      new RegExp(`(^|[.?!]\\s+)(I|you|we|they|he) (${BE_WORDS})(?=[^.?!]*\\?)`, 'g'),
      (_a, b, who, w) => `${b}${beFor(who)} ${who} ${w}`,
    )
    .replace(
      /(^|[.?!]\s+)(I|you|we|they|he) (\p{L}+)(?=[^.?!]*\?)/gu,
      (all, b: string, who: string, verb: string) =>
        DOING.has(verb) || verb === 'have' ? `${b}${doFor(who)} ${who} ${verb}` : all,
    )
    .replace(
      new RegExp(`(?<!\\b(?:am|are|is|be|not) )\\b(I|you|we|they|he) (${BE_WORDS})\\b`, 'g'),
      (_a, who, w) => `${who} ${beFor(who)} ${w}`,
    );

const doors = readerDoors({
  reading: swati,
  asTyped,
  outweighsNeighbours,
  counted,
  inEnglish: (read) => withModalsRead(withMeasuredFirst(withEnglishOrder(read))),
});

/** Whether a question is typed in siSwati (its own words, more of them than of a neighbour's). */
export const typedInSwati = doors.typedIn;

/** The question read in English when it is typed in siSwati; else the question as it is. */
export const readSwati = doors.read;

/** The reading without the forms of siSwati verbs that neither English nor the knowledge base knows. */
export const withoutUnknownSwati = doors.withoutUnknown;

/** Whether a word, in lower case, is one of siSwati's own the reader lists, or a verb around a listed stem. */
export const isSwatiListed = (word: string): boolean => {
  const lower = word.toLowerCase();
  return isListed(lower) || stemIn(lower) !== undefined;
};
