/**
 * @module A question asked in Spanish of an English knowledge base ("a qué hora cierra la enfermería los viernes?"),
 * read as the English it asks: its words of asking and its days in English, its words of grammar left out, and its
 * other words kept as typed (a word the base writes itself, or one the glossary reads in English after this), so it
 * is searched and checked as an English question is. A question with a Spanish word or two in English is no
 * Spanish question and is left as it is.
 */
import { foldAccents, shorthandReader, withEachReplaced } from './asked-in-words.js';
import { SPANISH_WORDS } from './spanish-words.js';

// Words are compared with their accents folded ("cuanto" is "cuánto", "dias" "días", "manana" "mañana"), as chat
// often leaves them out.
const fold = foldAccents;

// Words that only a Spanish sentence has many of; a question counts as Spanish with `MIN_MARKERS` of them and
// hardly any English ones, or with two and none.
const MARKERS = new Set(
  'que cuanto cuanta cuantos cuantas cuando donde como cual quien tengo tiene puedo puede hay me mi mis el la los las del para por con es son eso esto esta este una un al lo se le ya pero porque tambien van da dan'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the and is are do does did how what when where who which can could should i my me you your to of for in on at it we our'.split(
    ' ',
  ),
);
const MIN_MARKERS = 3;
// Markers that Albanian's and Serbian's questions do not have ("si", "del", "me", "se", "mi" and "da" are theirs
// too): one of them at least. Portuguese, Romanian and French share some and are tried first (see roman-typed.ts).
const ONLY_SPANISH = new Set(
  'que cuanto cuanta cuantos cuantas cuando donde como cual quien tengo tiene puedo puede hay el la los las lo y por con es son eso esto esta este una porque tambien'.split(
    ' ',
  ),
);

// Words of asking, longest first, with the English they ask: met with or without their accents, but "qué" and "cuál"
// only with theirs ("que" and "cual" are "that" and "which" in a statement), or "cual" before "es" or "son", which
// only a question says so ("cual es mi horario").
const ASKING: Array<[string, string]> = [
  ['cuales son', 'what are'],
  ['cual es', 'what is'],
  ['a que hora', 'what time'],
  ['que hora', 'what time'],
  ['cada cuanto tiempo', 'how often'],
  ['cada cuantos dias', 'how often'],
  ['cada cuanto', 'how often'],
  ['con que frecuencia', 'how often'],
  ['cuantos dias', 'how many days'],
  ['cuantas horas', 'how many hours'],
  ['cuanto tiempo', 'how long'],
  ['cuanto se tarda', 'how long'],
  ['cuanto se demora', 'how long'],
  ['cuanto tarda', 'how long'],
  ['cuanto tardan', 'how long'],
  ['cuanto demora', 'how long'],
  ['hay que', ''],
  ['buenos dias', ''],
  ['buenas tardes', ''],
  ['hasta cuando', 'until when'],
  ['cuanto cuesta', 'how much does it cost'],
  ['lo maximo', 'maximum'],
  ['tengo que', 'do I have to'],
  ['cuanto', 'how much'],
  ['cuanta', 'how much'],
  ['cuantos', 'how many'],
  ['cuantas', 'how many'],
  ['cuando', 'when'],
  ['donde', 'where'],
  ['quienes', 'who'],
  ['quien', 'who'],
  ['como', 'how'],
  ['qué', 'what'],
  ['cuál', 'which'],
  ['puedo', 'can I'],
  ['hay', 'is there'],
];
const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'úü' };
// Each as a pattern: an unaccented word meets its accented spelling too.
const ASKING_PATTERNS = ASKING.map(
  ([spanish, english]) =>
    [
      new RegExp(
        `(?<![\\p{L}])${spanish.replace(/[aeiou]/g, (v) => `[${v}${ACCENTED[v]}]`)}(?![\\p{L}])`,
        'giu',
      ),
      english,
    ] as const,
);

// Days, the words that say when, small numbers and the everyday verbs of a question about hours and pay, in English.
const IN_ENGLISH: Record<string, string> = {
  // "and" stays: it joins the parts a question asks ("… y cuántos días …" is two questions).
  y: 'and',
  dos: '2',
  tres: '3',
  cuatro: '4',
  cinco: '5',
  abre: 'open',
  abren: 'open',
  cierra: 'close',
  cierran: 'close',
  empieza: 'start',
  termina: 'finish',
  sale: 'leave',
  salen: 'leave',
  pagan: 'paid',
  paga: 'pay',
  cobran: 'charge',
  cuesta: 'cost',
  lunes: 'Monday',
  martes: 'Tuesday',
  miercoles: 'Wednesday',
  jueves: 'Thursday',
  viernes: 'Friday',
  sabado: 'Saturday',
  domingo: 'Sunday',
  ayer: 'yesterday',
  hoy: 'today',
  ahora: 'now',
  actualmente: 'now',
  manana: 'tomorrow',
  semana: 'week',
  mes: 'month',
  ano: 'year',
};

// Words of grammar, and verbs that say nothing of the topic: left out.
const GRAMMAR = new Set(
  'el la los las un una unos unas de del a al en por para con sin y o u que lo le les me te se nos mi mis tu tus su sus es son esta estan este estos estas eso esto esa ese esos esas era fue ser estar ya pero si no muy mas algo alguna alguno algun nada todo toda todos todas otro otra porque pues entonces aqui ahi alli tambien tengo tiene tienen tenemos puede pueden podemos quiero quiere necesito necesita debo debe hace hacer da dan dar van va voy vamos pasas pasa se saber favor hola gracias buenas buenos uno'.split(
    ' ',
  ),
);

const SAINT = /^(?:san|santo|santa)$/;
const WORD = /[\p{L}\p{N}'’]+|[^\p{L}\p{N}'’]+/gu;

// Chat's shorthand for Spanish words ("q" que, "xq" porque, "cdo" cuando, "tmb" también, "ofi" oficina): read
// as the words, so "a q hora" asks what time as "a qué hora" does. Only in a question told Spanish by its words.
const SHORTHAND: Record<string, string> = {
  q: 'que',
  k: 'que',
  // "x enfermedad", "x lo de Telecable": "por" as chat writes it (not before a figure: "2 x 3").
  x: 'por',
  xq: 'porque',
  pq: 'porque',
  porq: 'porque',
  cdo: 'cuando',
  dnd: 'donde',
  tb: 'también',
  tmb: 'también',
  xfa: 'por favor',
  porfa: 'por favor',
  ofi: 'oficina',
};
const withShorthandRead = shorthandReader(SHORTHAND);

/** The question read in English when it is asked in Spanish; else as it is. */
export function readSpanishQuestion(typed: string): string {
  const question = withShorthandRead(typed);
  const words = (question.match(/\p{L}+/gu) ?? []).map(fold);
  const markers = words.filter((w) => MARKERS.has(w)).length;
  // A word both languages have ("me") is a sign of neither.
  const english = words.filter((w) => ENGLISH.has(w) && !MARKERS.has(w)).length;
  const spanish =
    ((markers >= MIN_MARKERS && english <= 1) || (markers >= 2 && english === 0)) &&
    words.some((w) => ONLY_SPANISH.has(w));
  if (!spanish) return typed;
  return withoutGrammar(withAskingInEnglish(question.replace(/[¿¡]/g, '')));
}

// Each word of asking as English asks it, the longest first ("a qué hora" before "qué").
function withAskingInEnglish(question: string): string {
  return withEachReplaced(question, ASKING_PATTERNS);
}

// The words of grammar left out, the days in English, every other word kept as written (a name keeps its capital).
function withoutGrammar(read: string): string {
  const tokens = read.match(WORD) ?? [];
  return tokens
    .map((token, at) => {
      const folded = fold(token);
      // A saint's name is a place's ("Santo Domingo", "San Lunes"): no day of the week.
      if (SAINT.test(fold(tokens[at - 2] ?? ''))) return token;
      if (Object.hasOwn(IN_ENGLISH, folded)) return IN_ENGLISH[folded];
      // A capital inside the question is a name's ("Puerto Plata", "El Paso"), not a word to read.
      const named = /^\p{Lu}/u.test(token) && tokens.slice(0, at).some((t) => /\p{L}/u.test(t));
      const known = SPANISH_WORDS.has(folded) ? folded : withoutEnclitic(folded);
      if (known && !named) return SPANISH_WORDS.get(known);
      return GRAMMAR.has(folded) ? '' : token;
    })
    .join('')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

// A verb with its pronouns written onto it ("mandarlos", "pagarme", "cambiarla"): the verb, when it is a word read.
function withoutEnclitic(word: string): string | undefined {
  const verb = word.match(ENCLITIC)?.[1];
  return verb && SPANISH_WORDS.has(verb) ? verb : undefined;
}

const ENCLITIC = /^(\p{L}{2,}(?:ar|er|ir))(?:me|te|se|nos|lo|la|los|las|le|les|selo|sela|selos|selas)$/u;
