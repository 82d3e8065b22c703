/**
 * @module A question asked in Catalan of an English knowledge base ("a quina hora surt el bus del personal cap a
 * Soldeu?", "quants dies de vacances tinc?"), as typed in chat in Andorra, Catalonia, Valencia and the Balearics,
 * mostly without accents and often without apostrophes ("quant paguen dhores extres", "q he de fer si estic
 * malalt"): read as the English it asks, its words of asking, days, months and everyday words of pay, leave, shifts
 * and work in English, its words of grammar left out, and its other words kept as typed (a name, a place, or a word
 * the base writes itself), so it is searched and checked as an English question is. A question with a Catalan word
 * or two in English is no Catalan question and is left as it is; so is a question in Spanish, Portuguese, French,
 * Italian, Romanian or Occitan, which share many of Catalan's small words: a question is Catalan's only with more of
 * Catalan's own words ("quants", "tinc", "puc", "avui", "setmana", "diumenge") than of any one neighbour's. The word
 * lists were written from general knowledge of Catalan, without reading any organisation's documents or questions.
 */
import { shorthandReader } from './asked-in-words.js';

import {
  CATALAN_PHRASES,
  CATALAN_WORDS,
  fold,
  NEIGHBOURS_OWN,
  ONLY_CATALAN,
  ONLY_CATALAN_PAIRS,
} from './catalan-question-words.js';

// Words of asking, with the English they ask ('-' for none: a greeting or "please" asks nothing), matched with their
// accents folded ("quant", "quan", "on", "com" and "qui" are typed so anyway).
// biome-ignore format: one English a line keeps the list readable and easy to review
const ASKING_LINES = [
  'what time: a quina hora | quina hora | a quines hores | a que hora',
  'until what time: fins a quina hora | fins quina hora | fins a quines hores',
  'from what time: a partir de quina hora | des de quina hora',
  'what day: quin dia',
  'what days: quins dies',
  'what month: quin mes',
  'what date: quina data',
  'how many days: quants dies',
  'how many hours: quantes hores',
  'how many weeks: quantes setmanes',
  'how many months: quants mesos',
  'how many years: quants anys',
  'how long: quant de temps | quant temps | quant triga | quant tarda | quant dura',
  'how often: cada quant | cada quan',
  'how much does it cost: quant costa | quant costen | quant val | quant valen',
  'how much: quant | quanta',
  'how many: quants | quantes',
  'until when: fins quan | fins a quan',
  'since when: des de quan',
  'from when: a partir de quan',
  'when: quan',
  'who is: qui es',
  'who: qui | a qui | amb qui',
  'where: on | a on | d on | per on',
  'how can I: com puc',
  'how do I: com faig',
  'how do we: com fem',
  'how: com',
  'what is: quin es | quina es',
  'what are: quins son | quines son',
  'what: quin | quina | quins | quines',
  'what do I have to do: que he de fer | que haig de fer | que tinc que fer | que tinc de fer | que cal fer',
  'what do we have to do: que hem de fer | que tenim que fer',
  'what do I do: que faig | que fem',
  'what happens: que passa',
  'what does it mean: que vol dir | que significa',
  'why: per que',
  'am I entitled: tinc dret | tinc dret a',
  'are we entitled: tenim dret | tenim dret a',
  'do I have to: he de | he d | haig de | haig d | tinc que | tinc de | hauria de | hauria d | s ha de | s ha d | cal que',
  'do we have to: hem de | hem d | tenim que | tenim de | hauriem de',
  'do I need: necessito | cal',
  'can I: puc | es pot | se pot | es poden',
  'could I: podria',
  'can we: podem',
  'can they: poden | em poden | ens poden',
  'can you: pots | podeu | podries | podrieu',
  'is there: hi ha | n hi ha',
  'will there be: hi haura',
  'to: cap a | cap al | cap als',
  '-: bon dia | bona tarda | bones | hola | ei | sisplau | si us plau | per favor | moltes gracies | gracies | merci | perdona | perdoneu | una pregunta | una consulta | tinc una pregunta | tinc un dubte',
];
// Asked only with the accent typed: unaccented "que" is "that", and "és" is "is" only where it asks.
// biome-ignore format: one English a line
const ACCENTED_LINES = [
  'what is: què és | què es | qué és | qué es',
  'what: què | qué | a què | de què | amb què',
  'why: per què | per qué',
];

// Each list as a map of phrases (words apart with one space) to English, '' for none.
const phraseMap = (lines: readonly string[], spell: (w: string) => string) =>
  new Map(
    lines.flatMap((line) => {
      const [english, spellings] = line.split(': ') as [string, string];
      return spellings.split(' | ').map((said) => [spell(said), english === '-' ? '' : english] as const);
    }),
  );
const SAID: ReadonlyMap<string, string> = new Map([...CATALAN_PHRASES, ...phraseMap(ASKING_LINES, fold)]);
const lowered = (word: string) => word.toLowerCase();
const SAID_ACCENTED: ReadonlyMap<string, string> = phraseMap(ACCENTED_LINES, lowered);
const LONGEST = Math.max(...[...SAID.keys(), ...SAID_ACCENTED.keys()].map((said) => said.split(' ').length));

// Words of grammar, and courtesy: left out.
const GRAMMAR = new Set(
  [
    'el la els les lo l d s m t n un una uns unes de del dels a al als en na pel pels amb sense o que em et es ens us',
    'se me te li ho hi ne ns ls jo tu ell ella nosaltres vosaltres ells elles voste vostes meu meva meus meves teu',
    'teva teus teves seu seva seus seves nostre nostra nostres vostre vostra vostres aquest aquesta aquests',
    'aquestes aixo aquell aquella aquells aquelles aqui alli alla ja pero no ni molt molta molts moltes gens res',
    'algun alguna alguns algunes tot tota tots totes altre altra altres mateix mateixa encara doncs be bo ok vale',
    'tambe nomes sempre mai bueno pues sa ses so',
  ]
    .join(' ')
    .split(' '),
);

// Words that only a Catalan sentence has many of: its grammar, its words of asking and its everyday words. A question
// counts as Catalan with `MIN_MARKERS` of them and hardly any English ones, or with two and none.
const MARKERS = new Set([
  ...GRAMMAR,
  ...CATALAN_WORDS.keys(),
  ...ONLY_CATALAN,
  ...[...SAID.keys()].flatMap((said) => said.split(' ')),
]);
const ENGLISH = new Set(
  'the and is are do does did how what when where who which can could should will would i my me you your to of for in on at it we our a an as so if there this that get be have has with from not any hi per no he'.split(
    ' ',
  ),
);
const MIN_MARKERS = 3;

// Chat's shorthand for Catalan words ("q" què, "xq" perquè, "tb" també, "qnts" quants, "dm" demà, "x" per): read as
// the words, so "q he de fer" asks what as "què he de fer" does. Only in a question told Catalan by its words; and
// Spanish, Portuguese and Kreol chat type "pq", "q" and "x" too, so the words they stand for are no sign of Catalan.
const SHORTHAND: Record<string, string> = {
  q: 'que',
  k: 'que',
  x: 'per',
  xq: 'perquè',
  pq: 'perquè',
  perq: 'perquè',
  tb: 'també',
  tmb: 'també',
  qnt: 'quant',
  qnts: 'quants',
  qn: 'quan',
  dm: 'demà',
  hrs: 'hores',
  xfa: 'sisplau',
  pf: 'sisplau',
  porfa: 'sisplau',
};
const withShorthandRead = shorthandReader(SHORTHAND);

/** The question read in English when it is asked in Catalan; else as it is. */
export function readCatalanQuestion(typed: string): string {
  const plain = typed
    .normalize('NFC')
    .replace(/[´`‘’]/g, "'")
    .replace(/ŀl|l[·.•]l/giu, 'll');
  const question = withShorthandRead(plain);
  if (!isCatalan(lettered(question), lettered(plain))) return typed;
  return tidy(readWords(tokensOf(withElisionsParted(question))));
}

// The words of a text, accent-folded.
const lettered = (text: string) => (text.match(/\p{L}+/gu) ?? []).map(fold);

// Catalan by its markers against English, and against each neighbour by the words only one of the two writes (as
// typed: a word shorthand stands for is no sign).
function isCatalan(words: string[], typed: string[]): boolean {
  const markers = words.filter((w) => MARKERS.has(w) && !ENGLISH.has(w)).length;
  // A word both languages have ("a", "on", "per") is a sign of neither.
  const english = words.filter((w) => ENGLISH.has(w) && !MARKERS.has(w)).length;
  if (!((markers >= MIN_MARKERS && english <= 1) || (markers >= 2 && english === 0))) return false;
  const pairs = typed.filter((w, at) => ONLY_CATALAN_PAIRS.has(`${typed[at - 1]} ${w}`)).length;
  const own = pairs + typed.filter((w) => ONLY_CATALAN.has(w)).length;
  return own > 0 && NEIGHBOURS_OWN.every((theirs) => typed.filter((w) => theirs.has(w)).length < own);
}

// "l'allotjament", "d'hores", "n'hi ha", "demanar-la", "dona'm": the small word apart from the next, so each is read
// on its own; and the same typed without its apostrophe ("lallotjament", "dhores") when what follows is a word read.
const ELIDED_BEFORE = /(?<!\p{L})([dlmnst])'(?=[\p{L}\p{N}])/giu;
const ELIDED_AFTER = /(?<=\p{L})'(ls|ns|us|hi|ho|l|m|n|s|t)(?!\p{L})/giu;
const ENCLITIC =
  /(?<=\p{L})-(?=(?:me|te|se|nos|vos|los|les|la|lo|li|ho|hi|ne|en|em|et|es|ens|us|m|t|s|n|l)(?!\p{L}))/giu;
const MERGED = /^([dlmnst])(h?[aeiou]\p{L}+)$/u;

function withElisionsParted(question: string): string {
  return question
    .replace(ELIDED_BEFORE, '$1 ')
    .replace(ELIDED_AFTER, ' $1')
    .replace(ENCLITIC, ' ')
    .replace(/\p{L}+/gu, (word) => {
      const parted = fold(word).match(MERGED);
      return parted && !isRead(fold(word)) && isRead(parted[2]!) ? `${word[0]} ${word.slice(1)}` : word;
    });
}

// A word the lists read, or one of a phrase's.
const isRead = (word: string) => MARKERS.has(word);

// The question as words (with their folded and lowered spellings) and what lies between them.
interface Token {
  text: string;
  folded: string;
  lower: string;
  word: boolean;
}
function tokensOf(text: string): Token[] {
  return (text.match(/[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu) ?? []).map((text) => ({
    text,
    folded: fold(text),
    lower: text.toLowerCase(),
    word: /^[\p{L}\p{N}]/u.test(text),
  }));
}

// Each phrase in English where one begins, the longest first; each other word read alone; what lies between the
// words kept.
function readWords(tokens: Token[]): string {
  const words = tokens.filter((t) => t.word);
  let english = '';
  let at = 0;
  while (at < tokens.length) {
    const token = tokens[at]!;
    const phrase = token.word ? phraseAt(tokens, at) : undefined;
    if (phrase) {
      english += ` ${phrase.english} `;
      at = phrase.end;
      continue;
    }
    english += token.word ? readWord(words, words.indexOf(token)) : token.text;
    at += 1;
  }
  return english;
}

// The longest phrase that begins at the token at `start`, its words apart only by spaces, with the token after it.
function phraseAt(tokens: Token[], start: number): { english: string; end: number } | undefined {
  let found: { english: string; end: number } | undefined;
  const folded: string[] = [];
  const lower: string[] = [];
  for (let at = start; at < tokens.length && folded.length < LONGEST; at += 2) {
    folded.push(tokens[at]!.folded);
    lower.push(tokens[at]!.lower);
    const english = SAID_ACCENTED.get(lower.join(' ')) ?? SAID.get(folded.join(' '));
    if (english !== undefined) found = { english, end: at + 1 };
    if (!/^ +$/.test(tokens[at + 1]?.text ?? '') || !tokens[at + 2]?.word) break;
  }
  return found;
}

// A word in English or left out: by the words beside it where they say which it is, else by the lists; a word the
// lists lack kept as typed, and a capitalised word past the first a name's ("la Marta", "Soldeu").
function readWord(words: Token[], at: number): string {
  const word = words[at]!;
  const here = inContext(word, words[at - 1]?.folded ?? '', words[at + 1]?.folded ?? '', at);
  if (here !== undefined) return here;
  const english = CATALAN_WORDS.get(word.folded) ?? withoutEnclitic(word.folded);
  const named = at > 0 && /^\p{Lu}/u.test(word.text) && !/^\p{Lu}/u.test(english ?? '');
  if (english !== undefined && !named) return english;
  return GRAMMAR.has(word.folded) && !named && !insideName(words, at) ? '' : word.text;
}

// Whether a word of grammar joins the words of a name ("Pas de la Casa", "Sant Julià de Lòria"): the words past the
// grammar on either side are capitalised, and the first is no question's opening capital. A name's grammar is a word
// or two ("de la"), so no further is looked: a long run of them is read in linear time.
function insideName(words: Token[], at: number): boolean {
  const grammar = (w: Token | undefined) => w !== undefined && GRAMMAR.has(w.folded);
  let before = at - 1;
  while (grammar(words[before]) && at - before <= NAME_GRAMMAR) before -= 1;
  let after = at + 1;
  while (grammar(words[after]) && after - at <= NAME_GRAMMAR) after += 1;
  const capital = (w: Token | undefined) => w !== undefined && /^\p{Lu}/u.test(w.text);
  return before > 0 && capital(words[before]) && capital(words[after]);
}

// The times a "per" or "al" counts in ("per hora", "al mes": per hour, per month); the words that count a month
// ("el mes", "cada mes"); the words before a boss ("el meu cap") and a wife ("la meva dona"); and those before a
// date ("de març", "fins al marc").
const NAME_GRAMMAR = 3;
const PER_UNIT = new Set('hora hores dia dies setmana mes any nit torn'.split(' '));
const A_UNIT = new Set('dia mes any'.split(' '));
const BEFORE_MONTH = new Set('el al del pel aquest cada un quin mig proper primer'.split(' '));
const OWNER = new Set('el al del pel meu teu seu nostre vostre mon son'.split(' '));
const POSSESSIVE_FEMININE = new Set('meva teva seva nostra vostra'.split(' '));
const BEFORE_DATE = new Set('de d a al fins del pel mes'.split(' '));

// The words the words around them read: "mes" is a month after a word that counts it and "més" (more) else; "cap"
// is a head before "de", a boss after "el" or "meu", and "any" else; "si" is "if" before a clause; "per" and "al"
// are "per" before a time; "dona" is a wife after "meva" and "gives" else; "marc" is March after "de" or "a", a
// name else; "perquè" asks why opening a question and is "because" else.
type ReadHere = (word: Token, before: string, after: string, at: number) => string;
const IN_CONTEXT: Readonly<Record<string, ReadHere>> = {
  mes: (word, before) => (!/é/.test(word.lower) && BEFORE_MONTH.has(before) ? 'month' : ''),
  cap: (_, before, after) => {
    if (after === 'de' || after === 'd') return 'head of';
    return OWNER.has(before) ? 'boss' : '';
  },
  si: (word, _, after) => (after && !/í/.test(word.lower) ? 'if' : ''),
  per: (_, __, after) => (PER_UNIT.has(after) ? 'per' : ''),
  al: (_, __, after) => (A_UNIT.has(after) ? 'per' : ''),
  dona: (_, before) => (POSSESSIVE_FEMININE.has(before) ? 'wife' : ''),
  marc: (word, before) => (/ç/.test(word.lower) || BEFORE_DATE.has(before) ? 'March' : word.text),
  perque: (_, __, ___, at) => (at === 0 ? 'why' : ''),
};
function inContext(word: Token, before: string, after: string, at: number): string | undefined {
  return Object.hasOwn(IN_CONTEXT, word.folded)
    ? IN_CONTEXT[word.folded]!(word, before, after, at)
    : undefined;
}

// A verb with its pronouns written onto it without a hyphen ("demanarla", "pagarme"): the verb, when it is a word
// read.
const JOINED_PRONOUN = /^(\p{L}{2,}(?:ar|er|ir|re))(?:me|te|se|nos|vos|los|les|la|lo|li|ho|hi|ne|ns|ls)$/u;
function withoutEnclitic(word: string): string | undefined {
  const verb = word.match(JOINED_PRONOUN)?.[1];
  return verb ? CATALAN_WORDS.get(verb) : undefined;
}

// One space between words, none before a stop or a question mark, and no comma left where a greeting or "sisplau"
// was.
const tidy = (read: string) =>
  read
    .replace(/[¿¡]/g, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([?!.,;:])/g, '$1')
    .replace(/([,;:])(?=[,;:?!.])/g, '')
    .replace(/^[\s,.;:!-]+/, '')
    .trimEnd()
    .replace(/(?<![\s,;:-])[\s,;:-]+$/, '')
    .trim();
