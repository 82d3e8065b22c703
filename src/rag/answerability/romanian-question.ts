/**
 * @module A question asked in Romanian of an English knowledge base, as Romania and Moldova type it in chat,
 * mostly without "ă â î ș ț" ("cate zile de concediu de odihna am pe an?", "la ce ora pleaca microbuzul
 * vineri?"), read as the English it asks: its words of asking, its days and its everyday words in English,
 * its words of grammar left out, and its other words kept as typed (a word the base writes itself, or one the
 * glossary reads in English after this), so it is searched and checked as an English question is. A question
 * with a Romanian word or two in English is no Romanian question and is left as it is; so is one in Spanish,
 * Italian, French or Portuguese. The word lists were written from general knowledge of Romanian, without
 * reading any organisation's documents or questions.
 */
import { foldAccents, withEachReplaced } from './asked-in-words.js';

import { ROMANIAN_PHRASES, ROMANIAN_WORDS } from './romanian-words.js';

// Words are compared with their marks folded ("cand" is "când", "sambata" "sâmbătă", "sef" "șef"), as chat
// often leaves them out; "ş" and "ţ" with a cedilla, as older keyboards type them, fold alike.
const fold = foldAccents;

// Words that only a Romanian sentence has many of: its words of asking, its verbs of having, paying and
// working, its small words no neighbouring language writes, its days, and the nouns of leave and pay
// ("salariul", "concediu"). A question counts as Romanian with `MIN_MARKERS` different ones and hardly any
// words of another language, with two and none, or opened by a word of asking only Romanian has and none. The
// Russian words Moldovan staff mix in ("otpusk", "zarplata", "smena") are no sign either way: they are read
// elsewhere.
const MARKERS = new Set(
  'cat cata cati cate cand cind cit cite citi unde cine cui cum care ce sunt suntem sunteti este trebuie pot poti poate putem vreau vrem avem aveti exista pentru pana pina dupa daca sau cu nu sa imi iti isi mie mea mele asta aceasta acest acesta acum aici ceva cineva niste acte cerere zile zilele ziua saptamana saptamani saptamina lunile anul orele salariu salariul salariului concediu concediul concediului avansul odihna libera libere sarbatoare sarbatori sarbatorile suplimentare pranz pranzul schimbul fluturas fluturasul tichete tichetele deplasare deplasarea microbuzul transportul cantinei plateste platesc platim platit platita primesc primeste primim lucrez lucreaza lucram lucru programul calculeaza opreste deschide deschis deschisa inchide inchis inchisa incepe cei perioada perioadei lunii zilei anului mijlocul inceputul sfarsitul fiecare foarte doar numai iar deci atunci vreo vreun oare pleaca voie dreptul luni marti miercuri vineri sambata duminica buna salut multumesc'.split(
    ' ',
  ),
);
const OPENING = new Set('cand cind cate cati cata cite citi unde cine'.split(' '));
const ENGLISH = new Set(
  'the and is are do does did how what when where who which can could should would will i my me you your to of for in on at it we our they this that with from get have has was were there any am'.split(
    ' ',
  ),
);
// A word both languages have ("in", "are", "am": Romanian's "în", "has", "I have") is a sign of neither.
const BOTH = new Set(['in', 'are', 'am']);
// Words of Spanish, Italian, French and Portuguese that Romanian lacks (their "que", "quando", "dias"), and
// the small words of Albanian, Serbian and Russian typed in Latin letters: a question with them is theirs,
// not Romanian.
const NEIGHBOURS = new Set(
  'que qui quel quelle quand combien comment est je vous nous avec pour dans une les jours heures semaine mois conge quanto quanta quanti quante quando dove come posso puo che chi sono della delle alla giorni settimana mese mesi anno anni ferie cuanto cuanta cuantos cuantas cuando donde como puedo tengo tiene hay los las del para por dias horas semana semanas meses ano anos quantos quantas onde tenho tem pode voce nao com uma um kur ku cfare eshte jane dhe nga duhet mund koliko kada kad gde gdje sta mogu treba skolko kogda kak mne menya eto budet mozhno nado chto'.split(
    ' ',
  ),
);
const MIN_MARKERS = 3;

// Words of asking, longest first, with the English they ask: met with or without their marks, "cînd" and
// "cind" as Moldova's older spelling types them. "care" is not here: it asks only opening a clause (see
// `inContext`).
const ASKING: Array<[string, string]> = (
  [
    ['pana la ce ora', 'until what time'],
    ['pina la ce ora', 'until what time'],
    ['de la ce ora', 'from what time'],
    ['pana la ce data', 'until what date'],
    ['de la ce data', 'from what date'],
    ['la ce ora', 'what time'],
    ['ce ora', 'what time'],
    ['pana la ora', 'until'],
    ['de la ora', 'from'],
    ['la ora', 'at'],
    ['in ce zile', 'what days'],
    ['in ce zi', 'what day'],
    ['ce zi', 'what day'],
    ['pana cand', 'until when'],
    ['pina cind', 'until when'],
    ['de cand', 'since when'],
    ['de cind', 'since when'],
    ['cat timp dureaza', 'how long'],
    ['cat timp', 'how long'],
    ['cit timp', 'how long'],
    ['cat dureaza', 'how long'],
    ['cit dureaza', 'how long'],
    ['cat de des', 'how often'],
    ['de cate ori', 'how many times'],
    ['cate ori', 'how many times'],
    ['cat costa', 'how much does it cost'],
    ['cit costa', 'how much does it cost'],
    ['cat de', 'how'],
    ['ce fel de', 'what kind of'],
    ['de ce', 'why'],
    ['pentru ce', 'what for'],
    ['ce trebuie sa fac', 'what do I have to do'],
    ['ce trebuie sa', 'what do I have to'],
    ['ce fac', 'what do I do'],
    ['ce facem', 'what do we do'],
    ['ce trebuie', 'what is needed'],
    ['trebuie sa', 'do I have to'],
    ['cum pot sa', 'how can I'],
    ['cum pot', 'how can I'],
    ['pot sa', 'can I'],
    ['putem sa', 'can we'],
    ['se poate sa', 'is it possible to'],
    ['se poate', 'is it possible'],
    ['am dreptul la', 'entitled to'],
    ['am dreptul sa', 'entitled to'],
    ['avem dreptul la', 'entitled to'],
    ['am dreptul', 'entitled'],
    ['am voie sa', 'allowed to'],
    ['e voie sa', 'is it allowed to'],
    ['am voie', 'allowed'],
    ['se plateste', 'paid'],
    ['se platesc', 'paid'],
    ['de unde', 'where'],
    ['pe unde', 'where'],
    ['la cine', 'who'],
    ['cu cine', 'who'],
    ['buna ziua', ''],
    ['buna seara', ''],
    ['buna dimineata', ''],
    ['va rog', ''],
    ['te rog', ''],
    ['cat', 'how much'],
    ['cata', 'how much'],
    ['cit', 'how much'],
    ['cati', 'how many'],
    ['cate', 'how many'],
    ['cite', 'how many'],
    ['citi', 'how many'],
    ['cand', 'when'],
    ['cind', 'when'],
    ['unde', 'where'],
    ['cine', 'who'],
    ['cui', 'who'],
    ['cum', 'how'],
    ['ce', 'what'],
    ['pot', 'can I'],
    ['poti', 'can'],
    ['putem', 'can we'],
    ['exista', 'is there'],
  ] as Array<[string, string]>
).sort(([a], [b]) => b.length - a.length);
// Each letter a mark may sit on, with its marked spellings; "a" meets Moldova's older "î" too ("pînă").
const MARKED: Record<string, string> = { a: 'ăâî', i: 'î', s: 'șş', t: 'țţ' };
// Each as a pattern: an unmarked word meets its marked spelling too.
const pattern = (romanian: string) =>
  new RegExp(`(?<![\\p{L}])${romanian.replace(/[aist]/g, (c) => `[${c}${MARKED[c]}]`)}(?![\\p{L}])`, 'giu');
const ASKING_PATTERNS = ASKING.map(([romanian, english]) => [pattern(romanian), english] as const);
const PHRASE_PATTERNS = [...ROMANIAN_PHRASES]
  .sort(([a], [b]) => b.length - a.length)
  .map(([romanian, english]) => [pattern(romanian), english] as const);

// Days, months, the words that say when and small numbers, in English. "luni" and "mai" are read by
// `inContext`.
const IN_ENGLISH: Record<string, string> = {
  doi: '2',
  doua: '2',
  trei: '3',
  patru: '4',
  cinci: '5',
  sase: '6',
  sapte: '7',
  zece: '10',
  marti: 'Tuesday',
  martea: 'Tuesday',
  miercuri: 'Wednesday',
  miercurea: 'Wednesday',
  joi: 'Thursday',
  joia: 'Thursday',
  vineri: 'Friday',
  vinerea: 'Friday',
  sambata: 'Saturday',
  simbata: 'Saturday',
  duminica: 'Sunday',
  lunea: 'Monday',
  weekendul: 'weekend',
  dimineata: 'morning',
  seara: 'evening',
  ieri: 'yesterday',
  azi: 'today',
  astazi: 'today',
  maine: 'tomorrow',
  miine: 'tomorrow',
  ianuarie: 'January',
  februarie: 'February',
  martie: 'March',
  aprilie: 'April',
  iunie: 'June',
  iulie: 'July',
  septembrie: 'September',
  octombrie: 'October',
  noiembrie: 'November',
  decembrie: 'December',
};

// Words of grammar, courtesy and being and having, left out.
const GRAMMAR = new Set(
  'si sau ori ca de la in pe cu din prin spre despre catre pentru intre sub peste langa un o unui unei niste al a ai ale lui ei lor eu tu el ea noi voi ele mie imi mi ma m meu mea mei mele tau ta tale nostru noastra nostri noastre ne ni va vi iti ti te il l le se s n isi este e sunt suntem sunteti era erau fost fi fie am are avem aveti au avut asta aceasta acest acesta aceste acestea aceea acel acea ala aia acolo aici nu mai foarte doar numai tot toata toate toti vreun vreo ceva cineva daca dar iar deci atunci acum deja inca chiar cam bine sa vom oare totusi adica cumva salut buna multumesc mersi rog alo intr dintr printr ntr trebuie poate'.split(
    ' ',
  ),
);

// Romanian's short words joined by a hyphen ("mi-a", "s-a", "ce-i", "într-o"): parted, so each is read as a
// word.
const CLITIC_BEFORE = /(?<![\p{L}])(s|n|m|l|mi|ti|și|si|ne|va|le|i|intr|într|dintr|printr)-(?=\p{L})/giu;
const CLITIC_AFTER = /(?<=\p{L})-(i|l|o|mi|ti|și|si|le|ne|va|a|am|ai|au|ar|ati|ați)(?![\p{L}])/giu;
// A number before it: "6 luni" are months, "1 mai" is May.
const NUMBER = /^(?:\d+|doua|trei|patru|cinci|sase|sapte|opt|zece|cateva|multe|many)$/;
const CLAUSE = /[,.;:!?]/;
const WORD = /[\p{L}\p{N}'’]+|[^\p{L}\p{N}'’]+/gu;

/** The question read in English when it is asked in Romanian; else as it is. */
export function readRomanianQuestion(question: string): string {
  const words = (question.match(/\p{L}+/gu) ?? []).map(fold);
  const markers = new Set(words.filter((w) => MARKERS.has(w) && !BOTH.has(w))).size;
  const other = words.filter((w) => (ENGLISH.has(w) && !BOTH.has(w)) || NEIGHBOURS.has(w)).length;
  const romanian =
    (markers >= MIN_MARKERS && other <= 1) ||
    (markers >= 2 && other === 0) ||
    (OPENING.has(words[0] ?? '') && other === 0);
  if (!romanian) return question;
  const parted = question.replace(CLITIC_BEFORE, '$1 ').replace(CLITIC_AFTER, ' $1');
  return withoutGrammar(withAskingInEnglish(withPhrasesInEnglish(parted)));
}

// The phrases of leave, hours and days in English first ("concediu de odihna" before "concediu" and "de").
function withPhrasesInEnglish(question: string): string {
  let read = question;
  for (const [found, english] of PHRASE_PATTERNS) read = read.replace(found, english);
  return read;
}

// Each word of asking as English asks it, the longest first ("la ce ora" before "ce").
function withAskingInEnglish(question: string): string {
  return withEachReplaced(question, ASKING_PATTERNS);
}

// The words of grammar left out, the days and everyday words in English, every other word kept as written (a
// name keeps its capital).
function withoutGrammar(read: string): string {
  const tokens = read.match(WORD) ?? [];
  return tokens
    .map((token, at) => {
      const folded = fold(token);
      const here = inContext(token, tokens, at);
      if (here !== undefined) return here;
      if (Object.hasOwn(IN_ENGLISH, folded)) return IN_ENGLISH[folded];
      if (ROMANIAN_WORDS.has(folded)) return ROMANIAN_WORDS.get(folded);
      return GRAMMAR.has(folded) ? '' : token;
    })
    .join('')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,;:.]+/, '')
    .trim();
}

// The words the words around them read: "luni" is months after a number ("6 luni") and Monday else; "mai" is
// May after one ("1 mai") and "more" else, left out; "care" asks which opening a clause ("care e programul?")
// and is "that" else, left out; a lower-case "i" is Romanian's "him" ("ce-i", "i-am"), while the "I" the
// words of asking put in is a capital.
function inContext(token: string, tokens: string[], at: number): string | undefined {
  const folded = fold(token);
  const before = fold(tokens[at - 2] ?? '');
  if (folded === 'luni') return NUMBER.test(before) ? 'months' : 'Monday';
  if (folded === 'mai') return /^\d+$/.test(before) ? 'May' : '';
  if (folded === 'care') return at === 0 || CLAUSE.test(tokens[at - 1] ?? '') ? 'which' : '';
  if (token === 'i') return '';
  return undefined;
}
