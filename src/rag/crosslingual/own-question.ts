/**
 * @module A question asked in another language, read for its words as a base in that language indexes them: its
 * small words (Snowball's stop words of the language: "hoeveel", "ik", "когда", "во") are no key words, and its
 * other words are their own language's stems ("werkdagen" is "werkdag", "шагам" "шаг"), which own-stems.ts adds
 * beside every such word of a page. An English word in it ("phone allowance for ploegleiders") is stemmed so too: a
 * passage meets it by the same stems (`stemsAsAsked`), and the check reads it as typed where the base holds only that.
 */
import { stopwords as danishStops } from '@orama/stopwords/danish';
import { stopwords as dutchStops } from '@orama/stopwords/dutch';
import { stopwords as frenchStops } from '@orama/stopwords/french';
import { stopwords as germanStops } from '@orama/stopwords/german';
import { stopwords as greekStops } from '@orama/stopwords/greek';
import { stopwords as italianStops } from '@orama/stopwords/italian';
import { stopwords as norwegianStops } from '@orama/stopwords/norwegian';
import { stopwords as portugueseStops } from '@orama/stopwords/portuguese';
import { stopwords as russianStops } from '@orama/stopwords/russian';
import { stopwords as swedishStops } from '@orama/stopwords/swedish';
import { stopWords, tokenize } from '../../core/index.js';
import { type GlossLanguage, languagesOf } from './language.js';
import { ownStem, ownStems, STEMMERS } from './own-stems.js';

// Numbers are kept ("два дня", "twee weken"; not "een", "un" or "um", mostly articles): a count is what a question
// may ask about. Spanish's list in that package holds words of work and time ("trabajo", "horas"), so Spanish gets
// its own short list of small words. Words that say what is asked about are kept too, though the lists hold them: "été" (summer), "sei" (six),
// "человек" (people), "раз" (times), "weg" (way), and "without" in every language, as English keeps it.
const NUMBERS = new Set('twee drie dos tres dois deux trois один два три четыре пять'.split(' '));
const KEPT = new Set(
  'été ete sei человек раз сегодня жизнь weg sans sin zonder без ohne sem senza uden utan uten'.split(' '),
);
const SPANISH_STOPS =
  'el la los las lo le les un una unos unas del al de en y o u que se su sus es son está están ser hay por para con sin sobre entre como cuando donde qué cuál cuánto cuánta cuántos cuántas cómo dónde cuándo quién mi mis tu tus me te nos yo tú él ella ellos ellas usted ustedes este esta estos estas ese esa eso no si sí ya muy pero porque pues tiene tengo tienen puedo puede pueden debo debe hacer hago'.split(
    ' ',
  );

// Small words the lists leave out: words of asking, which say what kind of answer is wanted, never what it is
// about; the verbs of getting and needing English frames a question with ("get", "need": framing.ts); and Dutch's
// spoken "we".
const ASKING: Partial<Record<GlossLanguage, string>> = {
  nl: 'hoeveel wanneer waarom welk welke waar wie we jullie krijg krijgt krijgen kreeg nodig',
  de: 'wieviel wieviele wann warum welche welcher welches wo',
  fr: 'combien quand pourquoi quel quelle quels quelles comment où besoin',
  it: 'quanto quanti quante quando perché quale quali dove come',
  pt: 'quanto quantos quantas quando porque qual quais onde como preciso precisa recebo',
  ru: 'сколько почему какой какая какое какие каким куда откуда зачем нужно нужен нужна получить получу',
  da: 'hvornår hvornaar hvordan hvilken hvilke hvilket hvem hvorfor hvor hvad',
  no: 'hvordan hvilken hvilke hvilket hvem hvorfor hvor hva når',
  sv: 'vad när hur vilken vilka vilket vem varför var',
  // Greek's, with the verbs of having, getting and needing a question is framed with, and Cypriot's "ίντα" (what),
  // "τζιαι" (and) and "έσιει" (has).
  el: 'πόσο πόση πόσα πόσες πόσους πόσοι πόσον πότε πού γιατί ποιος ποια ποιο ποιοι ποιες ποιον ποιας πώς τι έχω έχουμε έχει έχουν παίρνω παίρνουμε παίρνει δικαιούμαι δικαιούμαστε χρειάζομαι χρειάζεται μπορώ μπορούμε πρέπει ίντα τζιαι τζαι έσιει έσιεις έσιουμε',
};

// Chat leaves accents out ("cuanto", "ou"): each small word is known without them too.
const stopSet = (lang: GlossLanguage, words: readonly string[]) => {
  const all = [...words.filter((w) => !NUMBERS.has(w) && !KEPT.has(w)), ...(ASKING[lang]?.split(' ') ?? [])];
  return new Set([...all, ...all.map(withoutAccents)]);
};
const withoutAccents = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .normalize('NFC');

// Bosnian's, Croatian's and Serbian's small words and words of asking, as chat writes them too ("sta", "koliko").
const HR_SMALL_WORDS =
  'i a ali ili je su sam si smo ste biti bio bila bilo bi će ce da li ne nije nisu se sebi me mi mene meni ti te tebi nas nam vas vam on ona ono oni one ga mu joj ih im u na za od do iz s sa o po pri kod prema kroz bez nakon prije tijekom tokom zbog ovaj ova ovo ovi taj ta to ti koji koja koje kojeg kojem kojoj koliko kolika koliki kolike kada kad gdje gde što šta sta kako zašto zasto koliko li može moze mogu moram treba trebam trebaju imam ima imamo dobijem dobijam dobiti jel jeli'.split(
    ' ',
  );

// Each language's small words, as a question in it is read (see the module).
const OWN_STOP_WORDS: Partial<Record<GlossLanguage, ReadonlySet<string>>> = {
  da: stopSet('da', danishStops),
  de: stopSet('de', germanStops),
  el: stopSet('el', greekStops),
  es: stopSet('es', SPANISH_STOPS),
  fr: stopSet('fr', frenchStops),
  it: stopSet('it', italianStops),
  nl: stopSet('nl', dutchStops),
  no: stopSet('no', norwegianStops),
  pt: stopSet('pt', portugueseStops),
  ru: stopSet('ru', russianStops),
  sv: stopSet('sv', swedishStops),
  hr: stopSet('hr', HR_SMALL_WORDS),
};

const LETTERS = /[\p{L}]+/gu;
const ACRONYM = /^\p{Lu}{2,}$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
// Two small words of a language and more than twice English's make a short question one of that language.
const MIN_SMALL_WORDS = 2;

/** The language other than English a question is asked in, when it can be told; Cyrillic words are Russian. */
export function questionLanguage(question: string): GlossLanguage | undefined {
  // Asked of one question many times over (its terms, its parts, each passage's words): remembered, bounded.
  if (toldLanguages.has(question)) return toldLanguages.get(question);
  const lang = tellLanguage(question);
  if (toldLanguages.size > 1_000) toldLanguages.clear();
  toldLanguages.set(question, lang);
  return lang;
}

const toldLanguages = new Map<string, GlossLanguage | undefined>();

function tellLanguage(question: string): GlossLanguage | undefined {
  // A word in capitals is a name or an acronym ("AI on Mon?", "HO", "EST"), no small word of a language.
  const words = (question.match(LETTERS) ?? []).filter((w) => !ACRONYM.test(w)).map((w) => w.toLowerCase());
  if (!words.length) return undefined;
  if (words.filter((w) => CYRILLIC.test(w)).length * 2 >= words.length) return 'ru';
  const told = languagesOf(question).filter((l) => STEMMERS[l]);
  if (told.length === 1) return told[0];
  return bySmallWords(words);
}

// The one language whose small words a question uses most, at least twice and more than twice the English ones
// it does not share ("is", "in" and "we" are Dutch too).
function bySmallWords(words: string[]): GlossLanguage | undefined {
  const counts = smallWordCounts(words);
  const bestCount = Math.max(0, ...counts.values());
  const tied = [...counts].filter(([, n]) => n === bestCount).map(([lang]) => lang);
  const best = tied.length === 1 ? tied[0] : scandinavianOf(words, tied);
  // Some word must be left to ask about once the small words go.
  const rest = best ? words.filter((w) => !OWN_STOP_WORDS[best]!.has(w) && !stopWords.has(w)) : [];
  return best && bestCount >= MIN_SMALL_WORDS && rest.length ? best : undefined;
}

// Each language's count of the small words a question uses, when more than twice the English ones it does not share.
function smallWordCounts(words: string[]): Map<GlossLanguage, number> {
  const counts = new Map<GlossLanguage, number>();
  for (const [lang, stops] of Object.entries(OWN_STOP_WORDS) as Array<[GlossLanguage, ReadonlySet<string>]>) {
    const own = words.filter((w) => stops.has(w) && !stopWords.has(w)).length;
    const english = words.filter((w) => stopWords.has(w) && !stops.has(w)).length;
    if (own > 2 * english) counts.set(lang, own);
  }
  return counts;
}

const SCANDINAVIAN: ReadonlySet<GlossLanguage> = new Set(['da', 'no', 'sv']);

// Words each Scandinavian language writes and the other two do not ("hvad", "hva", "vad"; a word with "ä" or "ö"
// is Swedish).
const OWN_MARKS: Record<'da' | 'no' | 'sv', RegExp> = {
  da: /^(?:hvad|af|noget|nogle|meget|hvornår|hvornaar|fik|gør)$/u,
  no: /^(?:hva|av|meg|deg|seg|noe|noen|mye|etter|ikkje|nå|gjør|fikk)$/u,
  sv: /^(?:vad|hur|när|och|jag|inte|mycket|någon|något|också|måste|behöver|\p{L}*[äö]\p{L}*)$/u,
};

// Danish, Norwegian and Swedish share many small words ("hvor", "er", "en", "skal"): a question whose small words
// tie them is told by the words each writes alone, and with none is read as Danish, their stems being alike enough
// that a word is met all the same. Tied with a language outside them, it stays untold.
function scandinavianOf(words: string[], tied: GlossLanguage[]): GlossLanguage | undefined {
  if (!tied.length || tied.some((lang) => !SCANDINAVIAN.has(lang))) return undefined;
  const marks = (lang: GlossLanguage) =>
    words.filter((w) => OWN_MARKS[lang as 'da' | 'no' | 'sv'].test(w)).length;
  return [...tied].sort((a, b) => marks(b) - marks(a) || ORDER.indexOf(a) - ORDER.indexOf(b))[0];
}

const ORDER: readonly GlossLanguage[] = ['da', 'no', 'sv'];

/**
 * A question in another language with its small words left out and its other words as their stems (see the
 * module); any other question as it is.
 */
export function inOwnStems(question: string, lang = questionLanguage(question)): string {
  if (!lang) return question;
  const stops = OWN_STOP_WORDS[lang];
  return question.replace(LETTERS, (word) => {
    const lower = word.toLowerCase();
    if (stops?.has(lower)) return ' ';
    // An English word in it ("phone allowance for ploegleiders") is stemmed too: a passage meets it by the same
    // stems (stemsAsAsked), and the check reads it as typed where the base holds only that form (assess.ts).
    if (!CYRILLIC.test(lower) && stopWords.has(lower)) return word;
    return ownStem(lower, lang);
  });
}

/**
 * The stems a text's words have in the language `question` is asked in, joined by spaces (see own-stems.ts): for
 * a passage whose own words are too few to tell its language (a table row), so that it meets the question's
 * stems as a page told to be in that language does. Empty for a question in English.
 */
export function stemsAsAsked(question: string): (text: string) => string {
  const lang = questionLanguage(question);
  return lang ? (text) => ownStems(text, [lang]) : () => '';
}

/** Each term `inOwnStems` reads a question's word as where it differs from the word's own term, with the word. */
export function ownStemSpellings(question: string): Map<string, string> {
  const lang = questionLanguage(question);
  const spelt = new Map<string, string>();
  if (!lang) return spelt;
  for (const word of question.match(LETTERS) ?? []) {
    const [term] = tokenize(inOwnStems(word, lang));
    if (term && term !== tokenize(word)[0] && !spelt.has(term)) spelt.set(term, word);
  }
  return spelt;
}
