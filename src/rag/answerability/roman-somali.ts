/**
 * @module A question typed in Somali in chat, as staff in Somalia and Somaliland type it, often without doubled
 * vowels and mixed with English ("mushaharka goorma la bixiyaa?", "sideen u codsadaa advance?"), read as the English
 * question it asks ("when is salary paid?", "how do I apply advance?"). The reading is roman-reading.ts's; Somali's
 * own rules are here. A thing's article and owner follow it ("mushaharkayga", my salary; "saacaddee", which hour:
 * what time), which the reader puts before it; a person's thing after their name ("Cabdi mushaharkiisa") is theirs
 * ("Cabdi's salary"). The marks of who says it joined to the word before ("sideen", how I; "ayaan", I) are taken
 * apart. "la" before a verb is one, and the verb is done to one ("la bixiyaa", is paid); "ma" asks whether, but is
 * "not" before a verb's "not" ("ma helin", did not get); "karaa" after a verb is "can" before it ("heli karaa");
 * "immisa" and "meeqa" ask how many beside a thing counted, else how much. A question is Somali's only with two
 * words only Somali writes ("maxay", "goorma", "mushahar", "fasax") or one of its words of asking beside one of its
 * small words ("ma", "la", "waa"), and more of its own words than of English's, Swahili's, Arabic's typed in Latin
 * letters, Oromo's, Indonesian's, Sesotho's, Wolof's or Tetum's. The word lists were written from general knowledge
 * of the language, without reading any organisation's documents or questions.
 */

import { dictionaryCase } from '../wordnet/index.js';
import { MARKERS as ARABIC_MARKERS } from './roman-arabic-words.js';
import { MARKERS as INDONESIAN_MARKERS } from './roman-indonesian-words.js';
import { type RomanLanguage, readerDoors, romanReading } from './roman-reading.js';
import { OWN as SESOTHO_OWN } from './roman-sesotho-words.js';
import {
  AFTER_ARTICLE,
  ARTICLE,
  ASKED,
  ASKING,
  CONTRACTIONS,
  COUNTED,
  DROPPED,
  ENDINGS,
  IMPERSONAL,
  isOwnWord,
  KNOWN,
  MONEY,
  NEIGHBOUR_WORDS,
  nounBefore,
  OWN,
  OWN_ASKING,
  PASSIVES,
  PHRASES,
  SPELLINGS,
  STEMS,
  SUBJECTS,
  subjectOfCan,
  UNREAD_STEMS,
  VERBS,
  WEAK,
  WORDS,
} from './roman-somali-words.js';
import { MARKERS as TETUM_MARKERS } from './roman-tetum-words.js';
import { OWN as WOLOF_OWN } from './roman-wolof-words.js';

// A word as the lists spell it, in lower case.
const spell = (word: string) => {
  const lower = word.toLowerCase();
  return SPELLINGS.get(lower) ?? lower;
};

// A token without the marks around it ("maxay?" as "maxay").
const bare = (token: string) => token.replace(/^[^\p{L}'-]+|[^\p{L}'-]+$/gu, '');

// The marks a token ends with ("helayaa?": "?").
const tail = (token: string) => /[^\p{L}'-]*$/u.exec(token)?.[0] ?? '';

// A word starts here, and ends here.
const START = "(?<![\\p{L}'])";
const END = "(?![\\p{L}'])";

// The marks of a question asked of whether ("ma", "miyaa", "sow"): the reading says it by its "?" alone.
const WHETHER = new Set([...ASKING].filter(([, english]) => english === 'whether').map(([word]) => word));

// "ma", "miyaa" and "sow" ask whether, which English says by its order and its "?"; "maxay" and "maxaa" ask why
// with "loo" after them in their clause ("maxaa mushaharkayga loo jaray?"); "immisa", "meeqa" and "intee" ask how
// many beside a thing counted, a few words back at most ("maalmo immisa ah?").
function askingAt(word: string, tokens: string[], at: number, spelled: (t: string) => string) {
  if (WHETHER.has(word)) return '';
  if (word === 'maxay' || word === 'maxaa')
    return tokens.slice(at + 1).some((t) => bare(t).toLowerCase() === 'loo') ? 'why' : undefined;
  if (word !== 'immisa' && word !== 'meeqa' && word !== 'intee') return undefined;
  const near = [...tokens.slice(Math.max(0, at - 3), at), tokens[at + 1] ?? ''].map(spelled);
  return near.some((w) => COUNTED.has(w)) ? 'how many' : undefined;
}

// The words of a list typed apart with spaces.
const wordSet = (text: string): ReadonlySet<string> => new Set(text.split(' '));

// Somali's word lists and rules.
const SOMALI: RomanLanguage = {
  asking: ASKING,
  phrases: PHRASES,
  dropped: DROPPED,
  words: WORDS,
  markers: OWN,
  verbs: new Set(VERBS.keys()),
  spellings: SPELLINGS,
  // Words English, Swahili, Arabic, Hindi or Indonesian type alike ("ma", "la", "in", "bas", "gaari", "kar"): no
  // sign of Somali on their own.
  shared: wordSet(
    'ma la ka ku u waa iyo oo ee ah aan aad uu ay i ii in is si bas gaari kar jar tag fur iman kee tee ayo mar nin shan lix afar mid laba dhan yar hore kan kaas rab doon aas',
  ),
  // Its own words, plainly Somali's in a question though the dictionary has a few.
  plainly: OWN,
  // Somali's articles and owners follow a thing, which the reader has taken apart: no case ending is typed apart.
  genitive: new Set(),
  locative: new Set(),
  // "mushaharka Cabdi Axmed", "lambarka telefoonka Xaliimo Maxamed": the salary of Cabdi Axmed.
  owned: wordSet(
    'mushahar lambar telefoon magac cinwaan xanuun fasax qandaraas xaas guri akoon gunno deyn amaah lacag warqad aqoonsi',
  ),
  titles: wordSet(
    'Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Eng Eng. Mudane Marwo Aw Sheekh Xaaji Xaajiyo Macalin Macallin Ustaad Gudoomiye',
  ),
  // Commas, "oo", "iyo" or "ama" (and, or) before a second word of asking ("mushaharka iyo gunnada" is one thing),
  // and a word of asking after what is said with "haddii" or "marka" (if, when; 200 characters on, for linear time).
  joins: new RegExp(
    `\\s*,\\s*|\\s+(?:oo|iyo|ee|and|mise|ama)\\s+(?=${ASKED}${END})|(?<=${START}(?:haddii|marka)\\s[^,]{0,200}?)\\s+(?=${ASKED}${END})`,
    'iu',
  ),
  // "oo …", "iyo …" (and …) opening a sentence say nothing.
  leadingJoin: /^(?:\s*(?:oo|iyo|and|ama)\s+)+/iu,
  askingAt,
  // A verb's endings: a form the lists do not give is dropped when neither English nor the knowledge base knows it.
  verbForm: new RegExp(`(?:${[...ENDINGS].filter(Boolean).join('|')})$`),
  verbStems: new Set([...STEMS.keys(), ...UNREAD_STEMS]),
};

const somali = romanReading(SOMALI);

const isKnown = (word: string) => somali.isListed(word) || KNOWN.has(word);

// A question typed all in capitals in lower case: capitals there name nothing. Apostrophes as phones type them as
// the apostrophe, and one inside a word left out ("le'eg" as "leeg", "su'aal" as "suaal"), as chat mostly types it.
const withMarksPlain = (question: string) =>
  (/\p{Ll}/u.test(question) ? question : question.toLowerCase())
    .replace(/[’‘ʼ`´]/gu, "'")
    .replace(/(\p{L})'(?=\p{L})/gu, '$1');

// A greeting, thanks or a friend addressed, opening a sentence ("Asc walaal,", "Salaan sxb", "Mahadsanid."): no
// sentence to read.
const withGreetingsAway = (question: string) =>
  question.replace(
    /(^|[.?!]\s+)(?:(?:asc|aslc|assalaamu?\s+c?alaykum|salaamu\s+calaykum|salaam|salaan|nabad|ma\s+nabad\s+baa|iska\s+warran|see\s+tahay|subax\s+wanaagsan|galab\s+wanaagsan|mahadsanid(?:iin)?|waad\s+mahadsantahay|hi|hello|sxb|walaal(?:o)?|saaxiib|adeer|abti|eedo)(?:\s+(?:sxb|walaal|walaalo|saaxiib|boss|adeer|abti|eedo|dhamaan))*(?:\s*[.!,:]+\s*|\s+))+/giu,
    '$1',
  );

// A sentence's first word as a phone capitalises it ("Mushaharka", "Fasax"), in lower case when the lists know it.
const withOpenersLowered = (question: string) =>
  question.replace(/(^|[.?!]\s+)(\p{Lu}\p{Ll}*)(?=[\s,?!.]|$)/gu, (all, before: string, word: string) =>
    word !== 'I' && isKnown(spell(word)) ? `${before}${word.toLowerCase()}` : all,
  );

// "waxaan rabaa inaan ogaado" (I want to know), "ii sheeg" (tell me) or "fadlan" (please) before a word of asking,
// opening a sentence, say nothing (when one comes within 200 characters: a long run is read in linear time).
const OPENER = new RegExp(
  `(^|[.?!]\\s+)(?:(?:fadlan|pls|plz|please|(?:waxaan|wxn|waxan)\\s+(?:rabaa|rabay|doonayaa|jeclaan\\s+lahaa|jeclahay)\\s+(?:inaan|in\\s+aan)\\s+(?:ogaado|ogaaday|ogaaddo|ogaado)|(?:ma\\s+)?(?:ii|i)\\s+sheeg(?:i\\s+kartaa|taa)?)(?=[^.?!]{0,200}?${START}${ASKED}${END})[\\s,:]*)+`,
  'giu',
);
const withOpenerAway = (question: string) => question.replace(OPENER, '$1');

// The capitalised word a name is: no sentence opens with it, and no list has it.
const isName = (token: string | undefined) =>
  token !== undefined && /^\p{Lu}\p{Ll}+$/u.test(bare(token)) && !isKnown(spell(bare(token)));

// The thing before an article or owner that a word ends with, with the word the reader puts before it ("kayga",
// my), when the lists have the thing, or when it is an English word ("payslip-kayga", "shiftka").
function thingAndOwner(word: string): { thing: string; owner: string } | undefined {
  const hyphen = word.lastIndexOf('-');
  for (const consonant of ARTICLE)
    for (const [after, owner] of AFTER_ARTICLE) {
      const ending = consonant + after;
      if (!word.endsWith(ending) || ending.length < 2) continue;
      const rest = word.slice(0, word.length - ending.length);
      if (hyphen >= 0 && rest.length === hyphen + 1) return { thing: word.slice(0, hyphen), owner };
      const noun = nounBefore(rest, ending);
      if (noun) return { thing: noun, owner };
      if (
        consonant &&
        rest.length >= 4 &&
        dictionaryCase(rest) === 'lower' &&
        dictionaryCase(word) !== 'lower'
      )
        return { thing: rest, owner };
    }
  return undefined;
}

// Pairs of words that open a phrase ("warqad mushahar", payslip): an owner goes before the pair, not between.
const PHRASE_PAIRS: ReadonlySet<string> = new Set(PHRASES.map(([w]) => w.split(' ').slice(0, 2).join(' ')));

// "mushaharkayga" (my salary) as "kayga mushahar", "saacaddee" (which hour) as "kee saacad", "sanadkan" (this
// year) as "kan sanad", "bus-ka" as "bus"; a thing of a person named before it ("Cabdi Axmed mushaharkiisa") as
// theirs ("Cabdi Axmed's mushahar"). A word the lists have is left as typed.
function withOwnersFirst(question: string): string {
  const tokens = question.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const token of tokens) {
    const word = bare(token);
    const lower = word.toLowerCase();
    const found = /^\p{Lu}/u.test(word) || isKnown(lower) ? undefined : thingAndOwner(lower);
    if (!found) {
      out.push(token);
      continue;
    }
    const { thing, owner } = found;
    const named = (owner === 'kiisa' || owner === 'keeda' || owner === 'kooda') && isName(out.at(-1));
    if (named) out.push(`${bare(out.pop()!)}'s`);
    const before =
      out.length > 0 && PHRASE_PAIRS.has(`${spell(bare(out.at(-1)!))} ${thing}`) ? out.pop() : undefined;
    const said = [owner === '-' || named ? '' : owner, before ?? '', `${thing}${tail(token)}`];
    out.push(...said.filter(Boolean));
  }
  return out.join(' ');
}

// The objects between "la" and its verb ("la i siiyaa", I am given; "laga iga jaray", was deducted from me) left
// out, so "la" and the verb are read together.
const OBJECTS = 'i|ii|iga|igu|noo|na|naga|nagu|ina|inoo|kaa|kuu|idin|idiin';
const withCliticsApart = (question: string) =>
  question
    .replace(/(?<![\p{L}'-])(\p{Ll}+)(?![\p{L}'-])/gu, (word) => CONTRACTIONS.get(word) ?? word)
    .replace(new RegExp(`${START}(la|loo|laga|lagu|looga|loogu)\\s+(?:(?:${OBJECTS})\\s+)+`, 'giu'), '$1 ')
    .replace(/ {2,}/g, ' ')
    .trim();

// Whether a word is a form of a verb the lists have.
const isVerb = (word: string) => VERBS.has(spell(bare(word)));

// A verb's "not" ("helin", "helo", "bixinayo", "karo"): the forms after "ma" that do not ask.
const isNotForm = (word: string) => isVerb(word) && /(?:in|o|ayo|iin)$/.test(bare(word).toLowerCase());

// "ma" before a verb's "not" ("ma helin", did not get; "ma la bixin", was not paid; "ma jiro", there is none;
// "ma heli karo", cannot get) is "not"; elsewhere it asks whether, and is left out.
const MA_AND_VERB = new RegExp(`${START}ma((?:\\s+(?:la|aan|aad|uu|ay))?(?:\\s+\\p{L}+){1,2})${END}`, 'giu');
const withNotRead = (question: string) =>
  question.replace(MA_AND_VERB, (all, after: string) =>
    after.trim().split(/\s+/).some(isNotForm) ? `not${after}` : all,
  );

// Whether a clause's words ask with a word of asking, not only whether.
const asksIn = (words: string[]) => words.some((w) => ASKING.has(spell(w)) && !WHETHER.has(spell(w)));

// Words of asking that "la" after them makes "… to" ("sidee loo", how to; "xagee laga", where to).
const ASKED_TO = new Set(['sidee', 'xagee']);

// One clause with "can" before its verb ("heli karaa" as "karaa heli"), who can before it when no one is said
// ("aan karaa heli"; "la heli karaa", one can get, as I can), and that opening the clause when no word asks
// ("fasax ma qaadan karaa?" as "aan karaa qaadan fasax ma?", I can take leave?); after "how to" or "where to"
// ("sidee loo heli karaa") the "can" says nothing more.
function canFirst(clause: string[]): string[] {
  const words = clause.map(bare);
  const at = words.findIndex((w, i) => i > 0 && spell(w) === 'kar' && isVerb(words[i - 1]!));
  if (at < 0) return clause;
  const one = IMPERSONAL.has(spell(words[at - 2] ?? ''));
  const from = one ? at - 2 : at - 1;
  const end = tail(clause.at(-1)!);
  const done = (moved: string[]) => [...moved.slice(0, -1), `${moved.at(-1)}${end}`];
  if (one && ASKED_TO.has(spell(words[at - 3] ?? '')))
    return done([...words.slice(0, at), ...words.slice(at + 1)]);
  const said = !one && words.slice(0, from).some((w) => SUBJECTS.has(spell(w)));
  const who = one ? 'aan' : said ? undefined : subjectOfCan(words[at]!);
  const group = [...(who ? [who] : []), words[at]!, words[at - 1]!];
  const before = words.slice(0, from);
  const after = words.slice(at + 1);
  return done(who && !asksIn(words) ? [...group, ...before, ...after] : [...before, ...group, ...after]);
}

// Each clause (apart at commas and sentences' ends) with its "can" before its verb.
const withCanFirst = (question: string) =>
  question
    .split(/(?<=[,.?!])\s+/)
    .map((clause) => canFirst(clause.split(/\s+/)).join(' '))
    .join(' ');

// The salary that "comes out" ("mushaharku goorma ayuu soo baxaa?") is paid.
const withPayComingOut = (question: string) =>
  question.split(/\s+/).some((t) => MONEY.has(spell(bare(t))))
    ? question.replace(/(?<![\p{L}'])(?:soo\s+)?(bax\p{L}*)(?![\p{L}'])/giu, (all, verb: string) =>
        spell(verb) === 'bax' ? 'la bixiyaa' : all,
      )
    : question;

// "Sahra Yuusuf maxay ka jirantahay?" (what is Sahra Yuusuf sick with?) as "what is Sahra Yuusuf's illness?".
const withIllnessAsked = (question: string) =>
  question.replace(
    /(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:maxay|maxaa|maxa)\s+(?:ka|ku)\s+(?:jiran|jirran|xanuunsan)\p{L}*/gu,
    "waa maxay $1's xanuun",
  );

// A day ("Jimcaha") or a month ("Desembar") typed with its capital: no name, but the day, read so.
const withDaysLowered = (question: string) =>
  question.replace(/(?<![\p{L}'])\p{Lu}\p{Ll}+(?![\p{L}'])/gu, (day) => {
    const english = WORDS.get(spell(day)) ?? '';
    return /^\p{Lu}/u.test(english) && english !== 'I' && english !== 'ID' ? day.toLowerCase() : day;
  });

// The question as the lists spell it, each step on the last's text.
const STEPS: ReadonlyArray<(question: string) => string> = [
  withMarksPlain,
  withGreetingsAway,
  withOpenersLowered,
  withOpenerAway,
  withDaysLowered,
  withOwnersFirst,
  withCliticsApart,
  withNotRead,
  withCanFirst,
  withPayComingOut,
  withIllnessAsked,
];
const asTyped = (question: string) => STEPS.reduce((text, step) => step(text), question);
// The question as its own words are counted: before "ayuu" and "sideen" are taken apart ("ayuu" is only Somali's).
const counted = (question: string) => STEPS.slice(0, 6).reduce((text, step) => step(text), question);

// Every word some neighbour types as its own, unless Somali's lists know it too.
const NEIGHBOURS: ReadonlySet<string> = new Set(
  [
    ...NEIGHBOUR_WORDS,
    ...INDONESIAN_MARKERS,
    ...TETUM_MARKERS,
    ...WOLOF_OWN,
    ...SESOTHO_OWN,
    ...ARABIC_MARKERS,
  ].filter((w) => !isKnown(spell(w)) && !OWN.has(spell(w))),
);

// A neighbour's word, with its accents or without ("saláriu", "salariu").
const isNeighbours = (word: string) =>
  NEIGHBOURS.has(word) || NEIGHBOURS.has(word.normalize('NFD').replace(/\p{M}/gu, ''));

// The words of a question in lower case; a word typed with a capital past a sentence's first is a name.
const wordsOf = (question: string) =>
  question
    .split(/\s+/)
    .map((t, i, all) => ({
      word: bare(t).toLowerCase(),
      named: i > 0 && !/[.?!]$/.test(all[i - 1]!) && /^\p{Lu}/u.test(bare(t)),
    }))
    .filter((t) => t.word);

// Two of Somali's own words at least, or one of its own words of asking beside one of its small words, and more of
// its own than of its neighbours': English types "ma" and "la" as slips, Swahili "ka" and "ku", Oromo "meeqa".
function outweighsNeighbours(question: string): boolean {
  const words = wordsOf(question);
  const own = words.filter((t) => !t.named && isOwnWord(t.word)).map((t) => spell(t.word));
  const theirs = words.filter(({ word }) => !isOwnWord(word) && isNeighbours(word));
  const asks = own.some((w) => OWN_ASKING.has(w)) && words.some((t) => WEAK.has(spell(t.word)));
  return (new Set(own).size >= 2 || asks) && own.length > theirs.length;
}

// English's order after a word of asking, what it asks of and who: "can" or "must" before who ("how can I apply"),
// "am" or "are" before who is paid, "do" before who does a verb ("how many days leave do I get").
const MODAL = new Set(['can', 'must', 'will', 'should', 'may']);
const DOING = new Set(
  [...VERBS.values()]
    .map((english) => english.split(' ')[0]!)
    .filter((e) => !MODAL.has(e) && !PASSIVES.has(e) && !['there', 'died', 'late'].includes(e)),
);
const NO_DO = new Set(
  'can may must should not do does did will is are was there I you we they me if'.split(' '),
);
const ASKED_OF =
  /(^|[.?!]\s+|,\s+and\s+)(what time|what|where|where to|when|how much|how many|how long|how|why|which|who)((?: [\p{L}']+){0,3}?) (I|you|we|they) (not )?(\p{L}+)(?: (\p{L}+))?/gu;

// Words of asking whose verb English says right after them, before what it is done to ("how do I get new
// uniform", "when can I apply annual leave"); after the others, what they ask of stays first ("how many days leave
// do I get").
const VERB_NEXT = new Set(['how', 'where', 'where to', 'when', 'why', 'what time']);

// Who and the verb as English asks them: "can I apply", "am I paid", "do I get"; undefined when English asks no
// other way ("what I want").
function askedVerb(who: string, not: string, verb: string, next: string | undefined): string[] | undefined {
  if (MODAL.has(verb)) {
    if (not) return undefined;
    return next && DOING.has(next) ? [verb, who, next] : [verb, who, ...(next ? [next] : [])];
  }
  const rest = next ? [next] : [];
  if (PASSIVES.has(verb)) return [who === 'I' ? 'am' : 'are', who, `${not}${verb}`, ...rest];
  return DOING.has(verb) ? ['do', who, `${not}${verb}`, ...rest] : undefined;
}

// "how I get new uniform" as "how do I get new uniform", "when annual leave I can apply" as "when can I apply
// annual leave", "how many days leave I get" as "how many days leave do I get".
const withEnglishOrder = (read: string) =>
  read.replace(
    ASKED_OF,
    (
      all,
      before: string,
      asked: string,
      between: string,
      who: string,
      not = '',
      verb = '',
      next?: string,
    ) => {
      const said = between.split(' ').some((w) => NO_DO.has(w)) ? undefined : askedVerb(who, not, verb, next);
      if (!said) return all;
      const moves = MODAL.has(verb) && next && DOING.has(next) ? 3 : said.length - (next ? 1 : 0);
      const verbs = said.slice(0, moves).join(' ');
      const after = said
        .slice(moves)
        .map((w) => ` ${w}`)
        .join('');
      return VERB_NEXT.has(asked)
        ? `${before}${asked} ${verbs}${between}${after}`
        : `${before}${asked}${between} ${verbs}${after}`;
    },
  );

// "uniform new" (Somali's order) as "new uniform".
const withAdjectivesFirst = (read: string) =>
  read.replace(/(?<![\p{L}'])([\p{L}']+) new(?![\p{L}'])/gu, (all, thing: string) =>
    NO_DO.has(thing) || /^(?:how|what|when|where|who|which|why|to|is)$/.test(thing) ? all : `new ${thing}`,
  );

// A word of asking, up to three words of what is done to (no one named doing it), then what is done: "is" after the
// asking ("when salary paid" as "when is salary paid"); what is done said first ("when paid salary") goes after it.
const PASSIVE = [...PASSIVES].join('|');
const ASKING_ENGLISH =
  'what time|what|where|when|how much|how many \\p{L}+|how long|how|why|which \\p{L}+|which';
const withPassiveAsked = (read: string) =>
  read
    .replace(
      new RegExp(
        `(^|[.?!]\\s+)(${ASKING_ENGLISH}) (${PASSIVE}) ((?:my|your|his|her|our|their) )?([\\p{L}']+)`,
        'gu',
      ),
      (all, before: string, asked: string, done: string, whose = '', thing: string) =>
        NO_DO.has(thing) ? all : `${before}${asked} is ${whose}${thing} ${done}`,
    )
    .replace(
      new RegExp(`(^|[.?!]\\s+)(${ASKING_ENGLISH})((?: [\\p{L}']+){1,4}?) (${PASSIVE})(?=[\\s?.!,]|$)`, 'gu'),
      (all, before: string, asked: string, between: string, done: string) => {
        const words = between.trim().split(' ');
        if (words.some((w) => NO_DO.has(w) || w === 'is')) return all;
        // A time said with the thing ("salary this month") goes after what is done ("is salary paid this month").
        const time = words.findIndex((w, i) => i > 0 && TIME_OPENERS.has(w));
        const thing = time < 0 ? words : words.slice(0, time);
        const when = time < 0 ? '' : ` ${words.slice(time).join(' ')}`;
        return `${before}${asked} is ${thing.join(' ')} ${done}${when}`;
      },
    );

// Words that open a time said after a thing ("this month", "per hour", "on Friday").
const TIME_OPENERS = new Set(['this', 'next', 'last', 'per', 'on', 'every', 'today', 'tomorrow', 'in', 'at']);

// A question no word asks: "I can take …?" as "can I take …?", "I get …?" as "do I get …?", "overtime paid …?" as
// "is overtime paid …?"; "I sick" as "I am sick".
const withAskedFirst = (read: string) =>
  read
    .replace(/(^|[.?!]\s+)(I|you|we|they) (can|must|will|should|may) (?=[^.?!]*\?)/g, '$1$3 $2 ')
    .replace(
      /(^|[.?!]\s+)(I|you|we|they) (\p{L}+)(?=[^.?!]*\?)/gu,
      (all, before: string, who: string, verb: string) =>
        DOING.has(verb) ? `${before}do ${who} ${verb}` : all,
    )
    .replace(
      new RegExp(
        `(^|[.?!]\\s+)((?:(?!is |can |do |how |what |when |where |who |which |why )[\\p{L}']+ ){1,3})(${PASSIVE})(?=[^.?!]*\\?)`,
        'gu',
      ),
      '$1is $2$3',
    )
    .replace(/\bnot can\b/g, 'cannot')
    .replace(/(^|[.?!]\s+)([^.?!]*?) (do (?:I|we) have)(?=[^.?!]*\?)/g, '$1$3 $2')
    .replace(
      /\b(I|we|they|you) (sick|late)\b/g,
      (_, who: string, state: string) => `${who} ${who === 'I' ? 'am' : 'are'} ${state}`,
    );

// "where to" or "how to", what is done to, and the verb last, as Somali puts it ("where to safety shoes get"): the
// verb after the asking, as English puts it ("where to get safety shoes").
const withVerbAfterTo = (read: string) =>
  read.replace(
    /(^|[.?!]\s+)(where to|how to) ((?:[\p{L}']+ ){1,3})([\p{L}']+)(?=[?.!]|$)/gu,
    (all, before: string, asked: string, thing: string, verb: string) =>
      DOING.has(verb) ? `${before}${asked} ${verb} ${thing.trim()}` : all,
  );

const doors = readerDoors({
  reading: somali,
  asTyped,
  outweighsNeighbours,
  counted,
  inEnglish: (read) =>
    withAskedFirst(withPassiveAsked(withVerbAfterTo(withEnglishOrder(withAdjectivesFirst(read))))),
});

/** Whether a question is typed in Somali (its own words, more of them than of a neighbour's). */
export const typedInSomali = doors.typedIn;

/** The question read in English when it is typed in Somali; else the question as it is. */
export const readSomali = doors.read;

/** The reading without the forms of Somali verbs that neither English nor the knowledge base knows. */
export const withoutUnknownSomali = doors.withoutUnknown;

/** Whether a word, in lower case, is one of Somali's own the reader lists (in any of its forms). */
export const isSomaliListed = (word: string): boolean => isKnown(spell(word.toLowerCase()));
