/**
 * @module A question typed in Arabic, in chat's Latin letters and numerals (Arabizi: "shlon a3ml reset?", "emta
 * byenzal el ma3ash?", "addesh badal el mowasalat?") or in Arabic script ("كم يوم اجازة سنوية؟"), of the Gulf, the
 * Levant, Egypt or the Maghreb, mixed with English, or of Chad mixed with French ("avance hagg al Tabaski kam?", in
 * roman-arabic-chadian.ts), read as the English question it asks ("how do I reset?", "when salary paid?", "how much
 * transport allowance?", "how many days annual leave?", "how much advance Tabaski?"). The reading is
 * roman-reading.ts's; Arabic's own rules are here: a numeral inside a word is a letter ("sa3a", "re7la"), the article typed apart is
 * left out ("el dawam"), the clitics a word carries are taken off ("eldawam", "lel mowazafin", "الراتب", "اجازتي"),
 * each word's many spellings are folded into one, "kam" of what is counted asks how many, and "fi" opening a
 * question asks whether there is. A question with one word plainly Arabic in English ("shlon I apply for annual
 * leave?", "kindly tell el dawam timing") is read word by word. The word lists were written from general knowledge
 * of the language, without reading any organisation's documents or questions.
 */
import { stopWords } from '../../core/index.js';
import { dictionaryCase } from '../wordnet/index.js';
import type { TermStats } from './assess.js';
import {
  CHADIAN_ASKING,
  CHADIAN_DROPPED,
  CHADIAN_MARKERS,
  CHADIAN_PHRASES,
  CHADIAN_SPELLINGS,
  CHADIAN_VERBS,
  CHADIAN_WEAK,
  CHADIAN_WORDS,
  withGenitive,
} from './roman-arabic-chadian.js';
import {
  PHRASES,
  SCRIPT_ASKING,
  SCRIPT_DROPPED,
  SCRIPT_PHRASES,
  SCRIPT_VERBS,
  SCRIPT_WORDS,
} from './roman-arabic-phrases.js';
import {
  ASKING,
  DROPPED,
  fold,
  latinStems,
  lettered,
  MARKERS,
  numeralsBack,
  SPELLINGS,
  scriptFolded,
  scriptStems,
  VERBS,
  WORDS,
} from './roman-arabic-words.js';
import { isHindustaniListed } from './roman-hindustani.js';
import { type RomanLanguage, romanReading } from './roman-reading.js';
import { ENGLISH_ASKING, longestPhraseAt, sentencesOf } from './roman-shared.js';

// --- numerals and Arabic script ---

/**
 * Whether a token is a word of Arabizi: letters with a numeral Arabizi uses inside or at its start ("sa3a",
 * "3abdali", "ma3"), not a code ("A4", "G2", "B12", "mp3"), a figure with its unit ("2nd", "24h", "7am") or a
 * number.
 */
export function isArabizi(token: string): boolean {
  // Two numerals together are a figure ("24h", "b52"), unless one doubled: a doubled letter ("si77i", "7ammam").
  if (!/[2356789]/.test(token) || /[014]|(\d)(?!\1)\d/.test(token)) return false;
  const letters = token.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || /\p{Lu}/u.test(letters.slice(1))) return false;
  return !UNIT.test(token) && !CODES.has(token.toLowerCase());
}
const UNIT =
  /^\d(?:st|nd|rd|th|am|pm|h|hr|hrs|k|kg|km|m|mm|cm|ml|l|x|d|g|gb|mb|min|mins|s|sec|yr|yrs|days?|weeks?|months?|years?|hours?|pcs)$/i;
const CODES = new Set('mp3 mp4 co2 h2o ps5 b2b b2c p2p e2e 2fa 3d 5g 3g'.split(' '));

const ARABIC = /\p{Script=Arabic}/u;

// Arabic script's vowel marks left out (a word is one run of letters to the reading), and its question mark,
// comma and digits written as English writes them.
const withScriptPunctuation = (question: string) =>
  question
    .replace(/[\u064B-\u065F\u0670]/g, '')
    .replace(/؟/g, '?')
    .replace(/،/g, ',')
    .replace(/؛/g, ';')
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0));

// --- the word lists, as the reading spells them ---

const letteredMap = (map: ReadonlyMap<string, string>) =>
  new Map([...map].map(([word, english]) => [lettered(word), english] as const));
const letteredSet = (set: ReadonlySet<string>) => new Set([...set].map(lettered));
const scriptMap = (map: ReadonlyMap<string, string>) =>
  new Map([...map].map(([word, english]) => [scriptFolded(word), english] as const));
const scriptSet = (set: ReadonlySet<string>) => new Set([...set].map(scriptFolded));

// Chad's words after the others', a word both list read as the others read it.
const withChad = <V>(map: ReadonlyMap<string, V>, chad: ReadonlyMap<string, V>) =>
  new Map([...map, ...[...chad].filter(([word]) => !map.has(word))]);

const ASKING_ALL = new Map([...letteredMap(withChad(ASKING, CHADIAN_ASKING)), ...scriptMap(SCRIPT_ASKING)]);
const WORDS_ALL = new Map([...letteredMap(withChad(WORDS, CHADIAN_WORDS)), ...scriptMap(SCRIPT_WORDS)]);
const DROPPED_ALL = new Set([
  ...letteredSet(DROPPED),
  ...letteredSet(CHADIAN_DROPPED),
  ...scriptSet(SCRIPT_DROPPED),
]);
const VERBS_ALL = new Set([...letteredSet(VERBS), ...letteredSet(CHADIAN_VERBS), ...scriptSet(SCRIPT_VERBS)]);
const MARKERS_ALL = new Set([...letteredSet(MARKERS), ...letteredSet(CHADIAN_MARKERS)]);
const EXPLICIT = new Map(
  [...SPELLINGS, ...CHADIAN_SPELLINGS].map(([typed, word]) => [lettered(typed), lettered(word)] as const),
);

// Every word of the lists, and the Latin ones by their folded spelling: the first of a fold is the one read.
const KNOWN = new Set([...ASKING_ALL.keys(), ...WORDS_ALL.keys(), ...VERBS_ALL, ...DROPPED_ALL]);
const FOLDED = new Map<string, string>();
const addFolded = (word: string) => {
  const folded = fold(word);
  // Short words are read only as typed: folded, too many would be one ("la", "lel", "l").
  if (folded.length >= 3 && !FOLDED.has(folded)) FOLDED.set(folded, word);
};

// A typed word's spelling in the lists, when one of its spellings is listed: as typed, by hand or folded; of the
// words listed alike ("addesh", "adesh"; "ta2min", "ta2meen"), the first, so a phrase written with it is read.
const listedAs = (word: string): string | undefined => {
  const found = KNOWN.has(word) ? word : (EXPLICIT.get(word) ?? FOLDED.get(fold(word)));
  return found && (FIRST_ALIKE.get(found) ?? found);
};

// An English word (or one of English's small words), or a word of Hindi's and Urdu's chat ("mein", "liye", "kis"):
// never read as an Arabic one by its spelling.
const isOtherwise = (word: string) =>
  isEnglish(word) || isHindustaniListed(word) || ITALIAN.has(word) || FRENCH.has(word);
// Italian's small words that fold into Arabic ones ("alle" into "leh", why): "la navetta parte alle 6?" is Italian.
const ITALIAN = new Set(['alle', 'allo', 'alla', 'agli', 'dalle', 'delle', 'nelle', 'sulle']);
// French words typed among Arabic ones (in Chad, in the Maghreb) that fold or part into Arabic ones: "frais" is no
// "f" + "rais" (boss), "mardi" (Tuesday) no "mard" + "i" (my sickness), "tarif" no "ta3rif" (letter).
const FRENCH = new Set(['frais', 'mardi', 'tarif', 'tarifs']);
const isEnglish = (word: string) =>
  stopWords.has(word) || MODALS.has(word) || dictionaryCase(word) !== 'unknown';
const MODALS = new Set(['shall', 'should', 'might', 'must', 'may', 'ought']);

// A typed word's spelling in the lists, with what it carries taken off: none when it is listed as typed or is no
// word of the lists. An everyday word with a clitic or an ending ("ma3ashi", my salary) is read before a folding
// of the whole that is another word ("mashi", okay). Folded, a short word would be too many others' ("ako",
// "kemi"): only a word of four letters or more is read by its folding, and a word without what it carries only
// as an everyday word.
function spellingOf(word: string): string | undefined {
  // An English word listed stays itself ("fin", Maghrebi "where"), so its English is weighed as the engine weighs it.
  if (KNOWN.has(word)) return isOtherwise(word) ? undefined : FIRST_ALIKE.get(word);
  if (ARABIC.test(word)) return scriptListedAs(scriptFolded(word));
  if (isOtherwise(word)) return undefined;
  const stems = latinStems(word).slice(1);
  const everyday = (found: string | undefined) => (found && WORDS_ALL.has(found) ? found : undefined);
  return (
    EXPLICIT.get(word) ??
    firstOf(stems, (stem) => everyday(KNOWN.has(stem) ? listedAs(stem) : undefined)) ??
    (word.length >= FOLDED_LENGTH ? listedAs(word) : undefined) ??
    firstOf(stems, (stem) => everyday(stem.length >= FOLDED_LENGTH ? listedAs(stem) : undefined))
  );
}
const firstOf = (items: string[], found: (item: string) => string | undefined) => {
  for (const item of items) {
    const it = found(item);
    if (it !== undefined) return it;
  }
  return undefined;
};
const FOLDED_LENGTH = 4;
const scriptListedAs = (word: string) => scriptStems(word).find((s) => KNOWN.has(s));

for (const word of [...ASKING_ALL.keys(), ...WORDS_ALL.keys(), ...VERBS_ALL, ...DROPPED_ALL])
  if (!ARABIC.test(word)) addFolded(word);

// Each Latin word of the lists with the first one folded alike that the lists read the same ("adesh" with
// "addesh", "egaza" with "ijaza"); not one read otherwise ("min", from, with "meen", who).
const FIRST_ALIKE = firstAlike();
function firstAlike(): Map<string, string> {
  const first = new Map<string, string>();
  const alike = new Map<string, string>();
  for (const word of [...KNOWN].filter((w) => !ARABIC.test(w))) {
    const read = `${fold(word)} ${ASKING_ALL.get(word)} ${WORDS_ALL.get(word)} ${VERBS_ALL.has(word)} ${DROPPED_ALL.has(word)}`;
    if (!first.has(read)) first.set(read, word);
    else alike.set(word, first.get(read)!);
  }
  return alike;
}

// A phrase's words as the reading spells them ("sanawiyya" as "sanawiya", "الاجازة" as "اجازه"); a word no list
// has is known from the phrase.
function phraseSpelled([words, english]: readonly [string, string]): readonly [string, string] {
  const spelled = words.split(' ').map((typed) => {
    const found = ARABIC.test(typed)
      ? (scriptListedAs(scriptFolded(typed)) ?? scriptFolded(typed))
      : (listedAs(lettered(typed)) ?? lettered(typed));
    KNOWN.add(found);
    if (!ARABIC.test(found)) addFolded(found);
    return found;
  });
  return [spelled.join(' '), english];
}
// Chad's phrases after the others', and the Latin ones with its "hagg" or "hana" (of) inside ("ijaza hagg marad").
const PHRASES_ALL = [...withGenitive([...PHRASES, ...CHADIAN_PHRASES]), ...SCRIPT_PHRASES].map(phraseSpelled);

// The spellings: those written by hand, and any other a typed word's folding and clitics lead to, remembered.
class ArabicSpellings extends Map<string, string> {
  private readonly found = new Map<string, string | undefined>();
  override get(word: string): string | undefined {
    if (!this.found.has(word)) {
      if (this.found.size >= MAX_REMEMBERED) this.found.clear();
      this.found.set(word, super.get(word) ?? spellingOf(word));
    }
    return this.found.get(word);
  }
}
const MAX_REMEMBERED = 20_000;
const SPELLED = new ArabicSpellings(EXPLICIT);

// --- the question as the reading takes it ---

// The question with its Arabizi words in letters, a question's "and" typed onto its word of asking apart
// ("wemta", "ومتى"), the article typed apart left out, and a first word a phone capitalised in lower case.
function prepared(question: string): string {
  const tokens = withAndKept(withScriptPunctuation(question))
    .replace(/[\p{L}\p{N}']+/gu, (word) => (isArabizi(word) ? lettered(word) : word))
    .trim()
    .split(/\s+/)
    .flatMap(andApart);
  return withOpenersLowered(withoutArticles(tokens).join(' '));
}

// A question going on with "and" in a sentence of its own ("avance hagg al Tabaski kam? w yantuuha yom chunu"):
// one sentence with the first, its "and" parting the two as it parts two clauses ("…, and when give it?").
const withAndKept = (question: string) =>
  question.replace(/[?!.]+\s+(?=(?:w|wa|و)\s+([^?!.]+))/giu, (all, rest: string) =>
    asks(rest) ? ', ' : all,
  );

// Whether a clause has a word of asking, typed in letters, numerals or script.
const asks = (clause: string) =>
  (clause.match(/[\p{L}\p{N}']+/gu) ?? []).some((token) => {
    const word = lettered(token.toLowerCase());
    return ASKING_ALL.has(word) || ASKING_ALL.has(SPELLED.get(word) ?? '');
  });

// "wemta", "w2addesh", "ومتى": "and" and the word of asking, so the clause it opens is read as one.
function andApart(token: string): string[] {
  const and = /^(?:و|w(?=[^aeiouy]|[aeiouy].{2,}))/u.exec(token)?.[0];
  const rest = and && token.slice(and.length);
  const asking = rest && (ASKING_ALL.has(rest) || ASKING_ALL.has(scriptFolded(rest.replace(/[?!.,]+$/, ''))));
  return asking && !KNOWN.has(token.toLowerCase()) ? [and, rest] : [token];
}

// The article typed apart ("el dawam", "ed-dawam" typed "ed dawam"): left out, or joined to its word where the
// two are listed as one ("el yom", today; "el sa3a", the time). Before a name it stays ("Fatima el Khoury"), but not
// before a feast or a month the lists name ("al Tabaski", "al Ramadan") or an acronym ("al DRH", "el HR").
function withoutArticles(tokens: string[]): string[] {
  const kept: string[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    const next = tokens[at + 1] ?? '';
    const nextWord = next.replace(/[^\p{L}']/gu, '');
    const lower = /^[\p{Ll}\p{Lm}]/u.test(next);
    if (!isArticleBefore(token, nextWord) || !(lower || isNamedAfter(token, nextWord))) kept.push(token);
    else if (lower && KNOWN.has(`${token.toLowerCase()}${nextWord}`))
      tokens[at + 1] = `${token.toLowerCase()}${next}`;
  }
  return kept;
}

// An article typed in lower case before an acronym or a capitalised word the lists read as a name ("Tabaski").
const isNamedAfter = (article: string, word: string) => {
  if (!/^\p{Ll}+$/u.test(article)) return false;
  if (/^\p{Lu}{2,6}$/u.test(word)) return true;
  const lower = word.toLowerCase();
  return /^\p{Lu}/u.test(WORDS_ALL.get(SPELLED.get(lower) ?? lower) ?? '');
};

// "el", "il", "al", the Maghreb's "l", and the article sounded as the letter after it ("ed dawam", "es sakan")
// before a word that is not English ("as soon", "at taxi").
const isArticleBefore = (token: string, next: string) => {
  if (/^(?:el|il|al|l)$/i.test(token)) return true;
  const sound = /^[eai](sh|th|dh|[tdrzsn])$/i.exec(token)?.[1];
  return sound !== undefined && next.startsWith(sound) && !isOtherwise(next);
};

// A sentence's first word as a phone capitalises it ("Ma3ash", "Shlon"), in lower case when the lists know it.
const withOpenersLowered = (text: string) =>
  text.replace(/(^|[.?!]\s+)(\p{Lu}[\p{Ll}\p{Lm}]*)/gu, (all, before: string, word: string) => {
    const lower = word.toLowerCase();
    return KNOWN.has(lower) || SPELLED.get(lower) !== undefined ? `${before}${lower}` : all;
  });

// --- the language ---

// "kam" asks how many of what is counted, and what percent before "%"; "fi" and "hal" ask whether only where a
// clause opens ("fi ijaza yom el eid?"): inside one, "fi" is "in" and "hal" "this".
function askingAt(
  word: string,
  tokens: string[],
  at: number,
  spelled: (t: string) => string,
): string | undefined {
  if (ASKING_ALL.get(word) === 'how much') return countedAt(tokens, at, spelled);
  const opens = tokens.slice(0, at).every((t) => DROPPED_ALL.has(spelled(t)));
  return OPENING.has(word) && !opens ? '' : undefined;
}
const OPENING = new Set(['fi', 'fii', 'fih', 'feeh', 'fiih', 'hal', 'wach', 'في', 'فيه', 'هل', 'واش']);

function countedAt(tokens: string[], at: number, spelled: (t: string) => string): string | undefined {
  if (/^%/.test(tokens[at + 1] ?? '')) return 'what percent';
  // The words of grammar between ("kam 3ndi yom") are not counted as words, nor what a "for" goes on to ("kam lei
  // yom", how much a day).
  const after = tokens.slice(at + 1);
  const upTo = after.findIndex((t) => WORDS_ALL.get(spelled(t)) === 'for');
  const next = (upTo < 0 ? after : after.slice(0, upTo))
    .filter((t) => !DROPPED_ALL.has(spelled(t)))
    .slice(0, COUNT_WITHIN);
  return next.some((t) => COUNTED.has(WORDS_ALL.get(spelled(t)) ?? t.toLowerCase())) ? 'how many' : undefined;
}
const COUNT_WITHIN = 2;
const COUNTED = new Set(
  'day days hour hours week weeks month months year years minute minutes times people persons employees workers children nights shifts pieces jours heures semaines mois ans annees années fois personnes enfants agents employes employés'.split(
    ' ',
  ),
);

// Words other languages type alike ("kam" Hindi's and Albanian's, "sana" and "ayam" Indonesian's, "nos" Spanish's):
// no sign of Arabic on their own.
const SHARED = new Set(
  'kam ma la min bas ana ani hal ay fin sana ayam mata mia nos tani jay mars talab dawa jawab hamel akhir baba mama wahed'.split(
    ' ',
  ),
);

// A greeting, "and", "okay" or "excuse me" opening a sentence ("salam, …", "sabah el kheir …", "law sama7t …").
const LEADING = new RegExp(
  `^(?:\\s*(?:${[
    ...'w wa and و tayeb tayyeb ok okay hi hello hey dear salam salaam marhaba mar7aba ahlan 3afak'.split(
      ' ',
    ),
    ...'(?:as)?salamu? (?:3|a)alaikum|hala(?: wallah)?|law sama7t|lw sm7t|min fadlak'.split('|'),
    ...'sabah (?:el )?(?:kheir|khair|5eir|elkheir)|masa2? (?:el )?(?:kheir|khair|5eir)'.split('|'),
    ...'السلام عليكم|سلام|مرحبا|اهلا|أهلا|هلا|صباح الخير|مساء الخير|لو سمحت|من فضلك|(?:الله )?يعطيك العافية'.split(
      '|',
    ),
  ]
    .map(lettered)
    .join('|')})[\\s,!.]+)+`,
  'iu',
);

// Arabic's word lists and rules.
const ARABIC_LANGUAGE: RomanLanguage = {
  asking: ASKING_ALL,
  phrases: PHRASES_ALL,
  dropped: DROPPED_ALL,
  words: WORDS_ALL,
  markers: MARKERS_ALL,
  verbs: VERBS_ALL,
  spellings: SPELLED,
  shared: new Set([...SHARED].map(lettered)),
  // Words the dictionary has that are plainly Arabic in a question ("wain", a wagon; "sulfa", a drug).
  plainly: new Set('wain sulfa solfa sabah daba bacher rayes raseed bareed marti safar madrasa'.split(' ')),
  // Arabic has no case endings typed apart: whose is the word after ("ratib Ahmed"), where a preposition before.
  genitive: new Set(),
  locative: new Set(),
  // "ratib Fatima Khoury", "ra2am Ahmed Saleh": the owner's name follows the thing.
  owned: new Set('ratib raatib rateb ma3ash mahiya murattab ra2am raqam راتب معاش'.split(' ').map(lettered)),
  titles: new Set(
    'Abu Umm Um Sheikh Shaikh Shaykh Dr Ustaz Ustaza Ostaz Eng Muhandis Mr Mrs Ms Hajji Haji Sayed Sayyid'.split(
      ' ',
    ),
  ),
  joins: /\s*,\s*|\s+(?:w|wa|and|و)\s+/i,
  leadingJoin: LEADING,
  askingAt,
  // The habitual and future forms of Levantine and Egyptian verbs ("bysakkro", "btenzal", "bnedfa3", "hayenzal"):
  // "b", or "ha" and a vowel, before the person's letter, then the verb.
  verbForm: /[a-z]{3,9}$/,
  verbStems: new Set('by bt bn haye hayi haya hate hati hata hane hani hana'.split(' ')),
};

const arabic = romanReading(ARABIC_LANGUAGE);

// --- one word plainly Arabic in English ---

// A token as the lists spell it; none for a word with a capital, which is a name or an acronym.
const spelledWord = (token: string): string | undefined => {
  const word = token.replace(/[^\p{L}']/gu, '');
  if (!word || /\p{Lu}/u.test(word)) return undefined;
  return SPELLED.get(word) ?? word;
};

// A word no other language or English has: Arabic script, or a word of the lists neither the dictionary nor Hindi's
// and Urdu's lists know.
const plainlyArabic = (word: string) =>
  ARABIC.test(word) ||
  ARABIC_LANGUAGE.plainly.has(word) ||
  (!ARABIC_LANGUAGE.shared.has(word) && !isHindustaniListed(word) && dictionaryCase(word) === 'unknown');

// A question the reading leaves as typed, with one word plainly Arabic in it: a word of asking ("shlon I apply for
// annual leave?"), Arabic script, or a word only Arabic has where nothing asks in English ("kindly tell el dawam
// timing"). Read word by word: the word of asking first, everyday words in English, grammar left out.
function glossed(typed: string): string | undefined {
  const words = (typed.match(/[\p{L}']+/gu) ?? []).map(spelledWord).filter((w) => w !== undefined);
  // A word of asking opens a clause ("shlon I apply…"): "from hal far to marsa" names a place.
  // Not a word other languages type alike ("wen di mitin?" is Krio): alone, it says no Arabic.
  const asks = clauseOpenings(typed).some(
    (w) => ASKING_ALL.has(w) && !OPENING.has(w) && !CHADIAN_WEAK.has(w) && plainlyArabic(w),
  );
  const says = words.some(
    (w) => (ARABIC.test(w) && KNOWN.has(w)) || (MARKERS_ALL.has(w) && plainlyArabic(w)),
  );
  if (ARABIC.test(typed)) return says ? sentencesOf(typed).map(glossSentence).join(' ') : undefined;
  // Mixed with English, not with another language: every other word English.
  if (!words.every((w) => KNOWN.has(w) || isEnglish(w))) return undefined;
  if (!asks && !(says && !ENGLISH_ASKING.test(typed))) return undefined;
  return sentencesOf(typed).map(glossSentence).join(' ');
}

// The first word of each clause, as the lists spell it.
const clauseOpenings = (typed: string) =>
  typed
    .split(/[,.;:?!]+/)
    .map((c) => spelledWord(c.trim().split(/\s+/)[0] ?? ''))
    .filter((w): w is string => w !== undefined);

// A sentence read clause by clause (its commas part them), each with its word of asking first: "Is there a bus to
// the camp, wain el stop?" asks two things.
function glossSentence(sentence: string): string {
  const end = /[?!.]+$/.exec(sentence)?.[0] ?? '';
  return `${sentence
    .slice(0, sentence.length - end.length)
    .split(/\s*,\s*/)
    .map(glossClause)
    .filter(Boolean)
    .join(', ')}${end}`;
}

function glossClause(clause: string): string {
  const tokens = clause.split(/\s+/).filter(Boolean);
  const read: Glossed = { asked: '', out: [] };
  for (let at = 0; at < tokens.length; ) at += glossAt(tokens, at, read);
  return [read.asked, ...read.out].filter(Boolean).join(' ');
}

interface Glossed {
  asked: string;
  out: string[];
}

// The phrase or word at a token, read into the sentence; how many tokens it took.
function glossAt(tokens: string[], at: number, read: Glossed): number {
  const spelled = (t: string) => spelledWord(t) ?? '';
  const phrase = longestPhraseAt(PHRASES_ALL, tokens, at, spelled, { window: 4, minWords: 1 });
  if (phrase) {
    if (!read.asked && ASKED.test(phrase.english)) read.asked = phrase.english;
    else read.out.push(phrase.english);
    return phrase.length;
  }
  const word = spelledWord(tokens[at]!);
  if (word !== undefined && ASKING_ALL.has(word)) {
    if (!read.asked) read.asked = askingAt(word, tokens, at, spelled) ?? ASKING_ALL.get(word)!;
  } else if (word !== undefined && WORDS_ALL.has(word)) read.out.push(WORDS_ALL.get(word)!);
  // English's small words stay: "we" in "what mileage do we get?" is no Arabic "and".
  else if (word === undefined || !DROPPED_ALL.has(word) || stopWords.has(word)) read.out.push(tokens[at]!);
  return 1;
}
const ASKED = /^(?:how|what|which|when|where|why|who|until|since|is|can)\b/;

// Whether a question as prepared is typed in Arabic: the words other languages type alike ("lei", "amis", "wen")
// count only beside a word only Arabic has.
function isTypedIn(typed: string): boolean {
  const words = (typed.match(/[\p{L}\p{N}']+/gu) ?? []).map((w) => lettered(w));
  const marked = words.some((w) => MARKERS_ALL.has(w) || MARKERS_ALL.has(SPELLED.get(w) ?? ''));
  return arabic.typedIn(
    marked ? typed : typed.replace(/[\p{L}']+/gu, (w) => (CHADIAN_WEAK.has(w.toLowerCase()) ? '' : w)),
  );
}

/** Whether a question is typed in Arabic, in Arabizi or Arabic script (two words the lists know, one plainly Arabic). */
export const typedInArabic = (question: string): boolean => isTypedIn(prepared(question));

/** The question read in English when it is typed in Arabic (Arabizi or Arabic script); else the question as it is. */
export function readArabic(question: string): string {
  const typed = prepared(question);
  const read = isTypedIn(typed) ? arabic.read(typed) : typed;
  if (read !== typed) return numeralsBack(read);
  const gloss = glossed(typed);
  return gloss === undefined || gloss === typed ? question : numeralsBack(gloss);
}

/** The reading without the forms of Arabic verbs ("byetla3", "btenzal") that neither English nor the base knows. */
export const withoutUnknownArabic = (read: string, written: string, stats: TermStats): string =>
  arabic.withoutUnknown(read, prepared(written), stats);
