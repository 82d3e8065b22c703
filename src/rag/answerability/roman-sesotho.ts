/**
 * @module A question typed in Sesotho (Southern Sotho) in chat, in Lesotho's spelling or South Africa's and mixed
 * with English ("chelete ea dijo ha ke sebetsa overtime ke bokae?", "ke kopa ho tseba hore re lefuoa neng khoeling
 * ena", "ke tlameha ho etsa eng ha ke kula?"), read as the English question it asks ("how much meal allowance if I
 * work overtime?", "when are we paid this month?", "what must I do if I am sick?"). The reading is
 * roman-reading.ts's; Sesotho's own rules are here: "ke" is "I" before a verb and "is" elsewhere ("ke mang", who is
 * it); "nka" is "I can" before a verb and "take" elsewhere; "ha" is "if", but "not" before a verb in "-e" ("ha ke
 * tsebe", I do not know); whose a thing is follows it ("moputso oa ka", my pay), which English puts before it; "na"
 * opening a question asks whether only when no other word asks; "bokae" asks how many beside a thing counted; "ke
 * kopa ho tseba" (I want to know) before a word of asking says nothing. English's "do", "am" or "are" goes before who
 * does what a word of asking asks of, and "must", "can" or "will" before who must ("what must I do"). A question is
 * Sesotho's only with two words only Sesotho writes ("chelete", "moputso", "phomolo", "neng", "bokae") or one of its
 * own words of asking beside one of its small words, and more of its own words than of English's, Zulu's, Xhosa's,
 * Setswana's, Sepedi's, Swahili's, a Romance language's or a creole's. The word lists were written from general
 * knowledge of the language, without reading any organisation's documents or questions.
 */
import { CREOLE_NEIGHBOUR_MARKERS } from './neighbour-markers.js';
import { PORTUGUESE } from './roman-kabuverdianu-words.js';
import { ROMANCE } from './roman-kriol-words.js';
import { type RomanLanguage, readerDoors, romanReading } from './roman-reading.js';
import {
  AFTER_I,
  ASKING,
  CONCORDS,
  COUNTED,
  DROPPED,
  OWN,
  OWN_ASKING,
  OWNERS,
  PHRASES,
  SPELLINGS,
  VERBS,
  WEAK,
  WORDS,
} from './roman-sesotho-words.js';
import { bareWord, listedOrInPhrases } from './roman-shared.js';

// A word as the lists spell it, in lower case.
const spell = (word: string) => {
  const lower = word.toLowerCase();
  return SPELLINGS.get(lower) ?? lower;
};

// Whether a word is a verb the lists have, in any form the spellings read ("tsebe", "sebetsang").
const isVerb = (word: string) => VERBS.has(spell(bareWord(word)));

// A word starts here, and ends here.
const START = "(?<![\\p{L}'])";
const END = "(?![\\p{L}'])";

// The words of asking as typed, South Africa's "jwang" too, for the patterns that look for one.
const ASKED = `(?:${[...ASKING.keys(), 'jwang'].join('|')})`;

// Whether a word after "na" asks: then "na" only says the question is one, and that word asks it.
const asksLater = (tokens: string[], at: number, spelled: (t: string) => string) =>
  tokens.slice(at + 1).some((token) => {
    const word = spelled(token);
    return word !== 'na' && ASKING.has(word);
  });

// "na" asks whether only opening a clause ("hore na …" too) and when no other word asks; "bokae" and "hakae" ask
// how many after a thing counted, a few words back at most ("lihora tsa overtime ke bokae"), or before one.
function askingAt(
  word: string,
  tokens: string[],
  at: number,
  spelled: (t: string) => string,
): string | undefined {
  if (word === 'na') {
    const opens = tokens.slice(0, at).every((t) => DROPPED.has(spelled(t)));
    return opens && !asksLater(tokens, at, spelled) ? undefined : '';
  }
  if (word !== 'bokae' && word !== 'hakae') return undefined;
  const near = [...tokens.slice(Math.max(0, at - 4), at), tokens[at + 1] ?? ''].map(spelled);
  return near.some((w) => COUNTED.has(w)) ? 'how many' : undefined;
}

// Sesotho's word lists and rules.
const SESOTHO: RomanLanguage = {
  asking: ASKING,
  phrases: PHRASES,
  dropped: DROPPED,
  words: WORDS,
  markers: OWN,
  verbs: new Set(VERBS.keys()),
  spellings: SPELLINGS,
  // Words English, Setswana, Sepedi, Spanish or a creole type alike ("ke", "ha", "le", "na", "bana", "hora",
  // "nako", "kae"): no sign of Sesotho on their own.
  shared: new Set(
    'ke ha le na ho ka sa la ba li ea oa tsa re u o e a se ena tla bana mme hora nako ngaka tsela koloi kae mang eng bona lula ja noa fa'.split(
      ' ',
    ),
  ),
  // Its own words, plainly Sesotho's in a question though the dictionary has a few ("mang", "kula", "ngaka").
  plainly: OWN,
  // Sesotho has no case endings: whose a thing is follows it with a concord ("moputso oa Thabo").
  genitive: new Set(),
  locative: new Set(),
  // "moputso Thabo Mokoena" (the "oa" read away): the pay of Thabo Mokoena.
  owned: new Set(
    'moputso chelete lebitso nomoro phomolo konteraka aterese lelapa mosali monna bana akhaonto boitsebiso mohala'.split(
      ' ',
    ),
  ),
  titles: new Set(
    'Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Ntate Mme Ausi Abuti Ngaka Morena Mofumahali'.split(' '),
  ),
  // Commas, and "hore" (that) after what is said before a question ("ha ke tsebe hore ke mang …", I do not know who
  // …): "bana le mosali" is one thing asked.
  joins: /\s*,\s*|\s+(?:(?:le|and)\s+)?hore\s+/iu,
  // "le …" (and …), "ke kopa ho tseba …" (I want to know), "u ka mpolella …" (can you tell me) or "hle" (please)
  // before a word of asking, opening a sentence, say nothing.
  leadingJoin: new RegExp(
    `^(?:\\s*(?:le|hape|and|kea\\s+kopa(?:\\s+hle)?(?:\\s+ho\\s+(?:tseba|botsa))?|kea\\s+batla\\s+ho\\s+(?:tseba|botsa)|(?:na\\s+)?(?:u|o|le)\\s+(?:ka\\s+)?mpolell[ae](?:ng)?(?:\\s+hle)?|mpolelle|hle)(?:\\s+hore)?(?=[^.?!]*?${START}${ASKED}${END})[\\s,]+)+`,
    'iu',
  ),
  askingAt,
  // The endings a verb takes (past "-ile", "-itse"; passive "-oa", "-uoa"; done for "-ela", "-elloa"; made to
  // "-isa"; who does it "-ang"): a form the lists do not give is dropped when neither English nor the knowledge base
  // knows it.
  verbForm:
    /(?:a|e|ile|ileng|itse|oa|uoa|wa|oe|uoe|ela|ella|elloa|elang|isa|isoa|isang|ang|eng|ana|eha|ehile|tse|tseng)$/,
  verbStems: new Set(
    [...VERBS.keys()].filter((v) => v.endsWith('a') && v.length > 3).map((v) => v.slice(0, -1)),
  ),
};

const sesotho = romanReading(SESOTHO);

// A word the lists know, or one of a phrase's words ("tlang" of "beke e tlang"), as typed or spelt.
const isKnown = listedOrInPhrases((word) => sesotho.isListed(word) || sesotho.isListed(spell(word)), PHRASES);
// A question typed all in capitals ("KE KOPA HO TSEBA …") in lower case: capitals there name nothing. Apostrophes
// as phones type them (’, ‘, ʼ, `) typed as the apostrophe; a plural's prefix before an English word ("li-uniform",
// "di-shift", "bo-mme") left out, the word kept.
const withMarksPlain = (question: string) =>
  (/\p{Ll}/u.test(question) ? question : question.toLowerCase())
    .replace(/[’‘ʼ`´]/gu, "'")
    .replace(new RegExp(`${START}(?:li|di|ma|bo|ba|le|se)-(?=\\p{L})`, 'giu'), '');

// Lesotho's apostrophes: "ke'ng" (what is it) as "ke eng", "'me" (and) as "le"; a word whose plain form the lists
// have ("hobane'ng", "mor'a", "'ngoe") without them. English's own ("don't") and "'m'e" (mother), which the
// spellings read, are left alone.
const withApostrophesRead = (question: string) =>
  question
    .replace(new RegExp(`${START}([Kk])e'ng${END}`, 'gu'), '$1e eng')
    .replace(new RegExp(`${START}'me${END}`, 'giu'), 'le')
    .replace(new RegExp(`${START}'?([Mm])'e${END}`, 'gu'), '$1me')
    .replace(/(?<![\p{L}'])'?\p{L}+(?:'\p{L}+)*'?/gu, (word) => {
      if (!word.includes("'") || SPELLINGS.has(word.toLowerCase())) return word;
      const plain = word.replace(/'/g, '');
      return isKnown(plain.toLowerCase()) ? plain : word;
    });

// A greeting or thanks said on its own ("Lumela ntate,", "Khotso.", "Kea leboha."): no sentence to read.
const withGreetingsAway = (question: string) =>
  question.replace(
    /(?<![\p{L}'])(?:lumela(?:ng)?|dumela(?:ng)?|khotso|kea\s+leboha|ke\s+a\s+leboha|ke\s+leboha|re\s+a\s+leboha)(?:\s+(?:ntate|mme|m'e|'m'e|ausi|abuti|morena|mofumahali|bontate|bomme|bohle|hle|haholo|sir|madam))*(?:\s*[.!,]+\s*|\s+|\s*$)/giu,
    '',
  );

// A sentence's first word as a phone capitalises it ("Ke", "Na", "U"), in lower case when the lists know it: the
// reading's own lowering misses a word of one letter. Not English's "I".
const withOpenersLowered = (question: string) =>
  question.replace(/(^|[.?!]\s+)(\p{Lu}\p{Ll}*)(?=[\s,?!.]|$)/gu, (all, before: string, word: string) =>
    word !== 'I' && isKnown(spell(word)) ? `${before}${word.toLowerCase()}` : all,
  );

// A verb in "-e" as the verb in "-a" when the lists have that ("fumane", got, after "ha ke" is "fumana", get).
const inA = (verb: string) => {
  const a = verb.replace(/e$/i, 'a');
  return VERBS.has(spell(a)) ? spell(a) : spell(verb);
};

// The concords of who does a verb, which "ha" before them and a verb in "-e" make "not".
const SUBJECTS = 'ke|u|o|re|le|ba|e|li|di|se|a';

// "ha ke tsebe" (I do not know), "ha ke so lefuoe" (I am not yet paid), "ha ke a lefuoa" (I was not paid), "ke sa
// sebetse" (I not working): the concord, "hase" (not) and the verb as the lists spell it; "ha" is "if" elsewhere
// ("ha ke sebetsa", if I work).
const withNotRead = (question: string) =>
  question
    .replace(
      new RegExp(`${START}ha\\s+(${SUBJECTS})\\s+(so\\s+|a\\s+)?(\\p{L}+)${END}`, 'giu'),
      (all, who: string, more: string | undefined, verb: string) => {
        const negative = /e$/i.test(verb) || more?.trim().toLowerCase() === 'a';
        if (!negative || !isVerb(verb)) return all;
        const yet = more?.trim().toLowerCase() === 'so' ? 'so ' : '';
        return `${who} hase ${yet}${inA(verb)}`;
      },
    )
    .replace(
      new RegExp(`${START}(${SUBJECTS})\\s+sa\\s+(\\p{L}+e)${END}`, 'giu'),
      (all, who: string, verb: string) => (isVerb(verb) ? `${who} hase ${inA(verb)}` : all),
    );

// "nka" before a verb is "ke ka" (I can): "nka nka phomolo?" (can I take leave?); elsewhere it is "take".
const withCanRead = (question: string) =>
  question.replace(
    new RegExp(`${START}([Nn])ka(?=\\s+(?:(?:mo|ba|e|li|di|se|bo|le|u|re|o)\\s+)?(\\p{L}+)${END})`, 'gu'),
    (all, n: string, next: string) => (isVerb(next) ? `${n === 'N' ? 'K' : 'k'}ea ka` : all),
  );

// "ke" before a verb, a mark of tense or "a" and a verb ("ke sebetsa", "ke tla", "ke a kula") is "I", which the
// lists read as "kea", Lesotho's own "ke a"; before anything else it is "is" ("ke mang", "ke bokae"), left out.
const withIRead = (question: string) =>
  question.replace(
    new RegExp(`${START}([Kk])e(\\s+a)?(?=\\s+(\\p{L}+)${END})`, 'gu'),
    (all, k: string, a: string | undefined, next: string) => {
      if (isVerb(next)) return `${k}ea`;
      return a || !AFTER_I.has(next.toLowerCase()) ? all : `${k}ea`;
    },
  );

// A word that names a thing owned: no small word, word of asking or verb.
const ownedThing = (token: string | undefined) => {
  const word = spell(bareWord(token ?? ''));
  return word !== '' && !WEAK.has(word) && !DROPPED.has(word) && !ASKING.has(word) && !VERBS.has(word);
};

// Where the thing owned before a concord at `at` begins: back past "X ea Y" ("chelete ea lijo ea ka", my meal
// allowance), so the phrase stays whole.
const ownedFrom = (tokens: string[], at: number) => {
  let from = at - 1;
  while (from >= 2 && CONCORDS.has(bareWord(tokens[from - 1]!).toLowerCase()) && ownedThing(tokens[from - 2]))
    from -= 2;
  return from;
};

// Whose a thing is, which follows it ("moputso oa ka", "bana ba ka", "phomolo ea hao"), joined and put before it
// ("eaka moputso", my pay), as English has it; not "ba ka" (they can) before a verb.
function withOwnersFirst(question: string): string {
  const tokens = question.split(/\s+/).filter(Boolean);
  for (let at = 1; at + 1 < tokens.length; at++) {
    const concord = bareWord(tokens[at]!).toLowerCase();
    const owner = OWNERS.get(bareWord(tokens[at + 1]!).toLowerCase());
    if (!CONCORDS.has(concord) || !owner || !ownedThing(tokens[at - 1])) continue;
    if (tokens[at + 2] && (isVerb(tokens[at + 2]!) || AFTER_I.has(bareWord(tokens[at + 2]!).toLowerCase())))
      continue;
    const from = ownedFrom(tokens, at);
    const marks = /[^\p{L}']+$/u.exec(tokens[at + 1]!)?.[0] ?? '';
    const owned = [...tokens.slice(from, at - 1), `${tokens[at - 1]}${marks}`];
    tokens.splice(from, at + 2 - from, owner, ...owned);
  }
  return tokens.join(' ');
}

// "moputso oa Thabo Mokoena": the concord (of) between a thing a person has and their name, read away, so the
// reading sees the thing owned beside the name ("pay of Thabo Mokoena").
const OWNED = [...(SESOTHO.owned ?? [])].join('|');
const withOwnerNamed = (question: string) =>
  question.replace(
    new RegExp(`${START}(${OWNED})\\s+(?:oa|wa|ea|ya|ba|la|sa|tsa|a)\\s+(?=\\p{Lu}\\p{Ll})`, 'gu'),
    '$1 ',
  );

// "ho ea Maputsoe" (to go to Maputsoe) before a place's name: the place, with "ho" (to), which the reading leaves
// out, so a verb of going before it is not said twice ("bese e tsamaea neng ho ea Maputsoe" as "when bus go
// Maputsoe", not "when bus go go Maputsoe").
const withGoingToPlace = (question: string) =>
  question.replace(new RegExp(`${START}([Hh]o)\\s+(?:ea|ya)\\s+(?=\\p{Lu})`, 'gu'), '$1 ');

// A day ("Moqebelo", "Sontaha") or a month ("Tsitoe") typed with its capital: no name, but the day, read so.
const withDaysLowered = (question: string) =>
  question.replace(/(?<![\p{L}'])\p{Lu}\p{Ll}+(?![\p{L}'])/gu, (day) => {
    const english = WORDS.get(spell(day)) ?? '';
    return /^\p{Lu}/u.test(english) && english !== 'I' ? day.toLowerCase() : day;
  });

// The question as the lists spell it, each step on the last's text.
const STEPS: ReadonlyArray<(question: string) => string> = [
  withMarksPlain,
  withApostrophesRead,
  withGreetingsAway,
  withOpenersLowered,
  withNotRead,
  withCanRead,
  withIRead,
  withOwnersFirst,
  withOwnerNamed,
  withGoingToPlace,
  withDaysLowered,
];
const asTyped = (question: string) => STEPS.reduce((text, step) => step(text), question);

// Words of Sesotho's neighbours in southern Africa, whose chat shares its "ke", "le", "na", "kae" and "bana": Zulu
// and Xhosa ("ngicela ukwazi", "nini", "malini", "imali"), Setswana and Sepedi ("go", "gore", "leng", "jang",
// "madi", "tiro", "mošomo"), Swahili and Shona ("lini", "mshahara", "riini", "mari"). A question with more of theirs
// than of Sesotho's own is theirs.
const AFRICAN =
  'ngicela ndicela ukwazi ukuthi ukuba nini kuphi phi kanjani njani malini yini yintoni ubani ngubani imali umsebenzi izinsuku iintsuku usuku inyanga unyaka iholo umholo sawubona molo enkosi ngiyabonga ndiyabulela ngiyagula ndiyagula uma xa kodwa futhi kakhulu ngoba kanti mina thina kusasa izolo namhlanje yebo hhayi ngisebenza ndisebenza ngifuna ndifuna kule khokhelwa hlawulwa ikhefu umphathi go gore itse leng jang bjang madi tiro malatsi ngwaga dingwaga gape kgopela duelwa tuelo boikhutso gompieno kamoso maabane tsotlhe botlhe thata sentle mošomo mosomo mogolo tšhelete tshelete bolwetse gomme eupša lehono gosasa bjale ge lini wapi nani ngapi mshahara kazi siku mwezi mwaka likizo nataka kujua tafadhali naomba riini kupi marii mari basa mazuva mwedzi ndinoda kuziva ndapota'.split(
    ' ',
  );

// Words that open a Zulu or Xhosa word ("ngi-", "ndi-", "uku-", "izi-", "iin-"), which no Sesotho word does.
const NGUNI = /^(?:ngi|ndi|uku|ukw|izi|iin|umu|ezi|kwi)\p{L}{2,}/u;

// English's small words, which a question asked in English with a Sesotho word in it ("when is the lepato leave
// paid?") has more of than Sesotho's own.
const ENGLISH =
  'the is are was do does did what when where who how why which can could will would should my your our their for on in at to of with this that have has get there it be me and or not i am you we they'.split(
    ' ',
  );

// Every word some neighbour types as its own, unless Sesotho's lists know it too.
const NEIGHBOURS: ReadonlySet<string> = new Set(
  [...ROMANCE, ...PORTUGUESE, ...CREOLE_NEIGHBOUR_MARKERS, ...AFRICAN, ...ENGLISH].filter(
    (w) => !isKnown(spell(w)) && !OWN.has(spell(w)),
  ),
);

// A word in lower case without its marks.
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

// The words of a question in lower case; a word typed with a capital past a sentence's first ("Ke Mang", "Le Na")
// is a name, no sign of Sesotho.
const wordsOf = (question: string) =>
  question
    .split(/\s+/)
    .map((t, i, all) => ({
      word: bareWord(t).toLowerCase(),
      named: i > 0 && !/[.?!]$/.test(all[i - 1]!) && /^\p{Lu}/u.test(bareWord(t)),
    }))
    .filter((t) => t.word);

// "ho na le" (there is), "ke na le" (I have), "ha ho na" (there is no) or "ke a makae" (it is how many): Sesotho's
// own, though each word is another language's too. Counted as one of its own words.
const CLAUSE = /(?:^| )(?:(?:ho|ke|kea|re|u|ba) na le|ha ho na|ke a makae|ke tse kae)(?= |$)/;

// Two of Sesotho's own words at least, or one of its own words of asking beside one of its small words, and more of
// its own than of its neighbours': English types "ke", "le" and "na" as slips and names, Setswana "kae" and "bana".
function outweighsNeighbours(question: string): boolean {
  const words = wordsOf(question);
  const clause = CLAUSE.test(words.map((t) => spell(t.word)).join(' ')) ? ['(clause)'] : [];
  const own = [
    ...words.filter((t) => !t.named && OWN.has(spell(t.word))).map((t) => spell(t.word)),
    ...clause,
  ];
  const theirs = words.filter(
    ({ word }) =>
      !OWN.has(spell(word)) && (NEIGHBOURS.has(word) || NEIGHBOURS.has(fold(word)) || NGUNI.test(word)),
  );
  const asks = own.some((w) => OWN_ASKING.has(w)) && words.some((t) => WEAK.has(spell(t.word)));
  return (new Set(own).size >= 2 || asks) && own.length > theirs.length;
}

// English's order after a word of asking, what it asks of and who: "must", "can" or "will" before who ("what must I
// do"), "am" or "are" before who is paid ("when are we paid"), "do" before who does a verb ("when do we start").
const MODAL = new Set(['must', 'can', 'will', 'should', 'may']);
const PASSIVE = new Set('paid given allowed hired dismissed informed deducted done needed'.split(' '));
// The verbs English's "do" goes before: not a modal, a passive, a past ("worked", "went") or a state ("sick").
const DOING = new Set(
  [...VERBS.values()]
    .map((english) => english.split(' ')[0]!)
    .filter((e) => !MODAL.has(e) && !PASSIVE.has(e) && !/ed$/.test(e))
    .filter((e) => !['sick', 'late', 'responsible', 'went', 'done'].includes(e)),
);
// The passives as a pattern, for "will I be paid".
const PASSIVES = [...PASSIVE].join('|');

// Words that already say how a question is asked, or who does it, between a word of asking and a pronoun.
const NO_DO = new Set(
  'can may must should not do does did will is are was there I you we they me need want know if'.split(' '),
);

// A word of asking at a sentence's or a clause's start, up to three words of what it asks of, a pronoun, "not" or
// not, and the word after it.
const ASKED_OF =
  /(^|[.?!]\s+|,\s+and\s+)(what time|what|where|when|how much|how many|how long|how|why|which day|which|who)((?: [\p{L}']+){0,3}?) (I|you|we|they) (not )?(\p{L}+)/gu;

// "what I must do" as "what must I do", "when we paid" as "when are we paid", "where I get" as "where do I get".
const withEnglishOrder = (read: string) =>
  read.replace(
    ASKED_OF,
    (all, before: string, asked: string, between: string, who: string, not = '', verb: string) => {
      if (between.split(' ').some((w) => NO_DO.has(w))) return all;
      const head = `${before}${asked}${between}`;
      if (MODAL.has(verb)) return not ? all : `${head} ${verb} ${who}`;
      if (PASSIVE.has(verb)) return `${head} ${who === 'I' ? 'am' : 'are'} ${who} ${not}${verb}`;
      if (DOING.has(verb)) return `${head} do ${who} ${not}${verb}`;
      return all;
    },
  );

// "will I paid" as "will I be paid", "I can paid" as "I can be paid"; "I not know" as "I do not know", "I not paid"
// as "I am not paid"; "I can take …?" and "I have …?" opening a question as "can I take …?" and "do I have …?".
const withModalsRead = (read: string) =>
  read
    .replace(/(?<!\b(?:am|are|do) )\b(I|you|we|they) not (\p{L}+)/gu, (all, who: string, verb: string) => {
      if (PASSIVE.has(verb)) return `${who} ${who === 'I' ? 'am' : 'are'} not ${verb}`;
      return DOING.has(verb) ? `${who} do not ${verb}` : all;
    })
    .replace(/(^|[.?!]\s+)(I|you|we|they) have (?=[^.?!]*\?)/g, '$1do $2 have ')
    .replace(
      new RegExp(`\\b(will|can|must|should|may)( (?:I|you|we|they))? (${PASSIVES})\\b`, 'g'),
      '$1$2 be $3',
    )
    .replace(new RegExp(`\\b(I|you|we|they) (will|can|must|should|may) (${PASSIVES})\\b`, 'g'), '$1 $2 be $3')
    .replace(/(^|[.?!]\s+)(I|you|we|they) (can|must|will|should|may) (?=[^.?!]*\?)/g, '$1$3 $2 ');

const doors = readerDoors({
  reading: sesotho,
  asTyped,
  outweighsNeighbours,
  inEnglish: (read) => withModalsRead(withEnglishOrder(read)),
});

/** Whether a question is typed in Sesotho (its own words, more of them than of a neighbour's). */
export const typedInSesotho = doors.typedIn;

/** The question read in English when it is typed in Sesotho; else the question as it is. */
export const readSesotho = doors.read;

/** The reading without the forms of Sesotho verbs ("qalisoa") that neither English nor the knowledge base knows. */
export const withoutUnknownSesotho = doors.withoutUnknown;

/** Whether a word, in lower case, is one of Sesotho's own the reader lists. */
export const isSesothoListed = (word: string): boolean => isKnown(word.toLowerCase());
