/**
 * @module A question asked in Spanish of an English knowledge base ("a qué hora cierra la enfermería los viernes?"),
 * read as the English it asks: its words of asking and its days in English, its words of grammar left out, and its
 * other words kept as typed (a word the base writes itself, or one the glossary reads in English after this), so it
 * is searched and checked as an English question is. A question with a Spanish word or two in English is no
 * Spanish question and is left as it is.
 */

// Words that only a Spanish sentence has many of; a question counts as Spanish with `MIN_MARKERS` of them and
// hardly any English ones, or with two and none.
const MARKERS = new Set(
  'que qué cuánto cuanto cuánta cuanta cuántos cuantos cuántas cuantas cuándo cuando dónde donde cómo como cuál cual quién quien tengo tiene puedo puede hay me mi mis el la los las del para por con es son eso esto esta este una un al lo se le ya pero porque también van da dan'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the and is are do does did how what when where who which can could should i my me you your to of for in on at is it we our'.split(
    ' ',
  ),
);
const MIN_MARKERS = 3;

// Words of asking, longest first, with the English they ask.
const ASKING: Array<[string, string]> = [
  ['a qué hora', 'what time'],
  ['a que hora', 'what time'],
  ['qué hora', 'what time'],
  ['cuántos días', 'how many days'],
  ['cuantos dias', 'how many days'],
  ['cuántas horas', 'how many hours'],
  ['cuantas horas', 'how many hours'],
  ['cuánto tiempo', 'how long'],
  ['cuanto tiempo', 'how long'],
  ['hasta cuándo', 'until when'],
  ['hasta cuando', 'until when'],
  ['cuánto cuesta', 'how much does it cost'],
  ['cuanto cuesta', 'how much does it cost'],
  ['lo máximo', 'maximum'],
  ['lo maximo', 'maximum'],
  ['tengo que', 'do I have to'],
  ['cuánto', 'how much'],
  ['cuanto', 'how much'],
  ['cuánta', 'how much'],
  ['cuanta', 'how much'],
  ['cuántos', 'how many'],
  ['cuantos', 'how many'],
  ['cuántas', 'how many'],
  ['cuantas', 'how many'],
  ['cuándo', 'when'],
  ['cuando', 'when'],
  ['dónde', 'where'],
  ['donde', 'where'],
  ['quién', 'who'],
  ['quien', 'who'],
  ['quiénes', 'who'],
  ['cómo', 'how'],
  ['como', 'how'],
  ['qué', 'what'],
  ['cuál', 'which'],
  ['puedo', 'can I'],
  ['hay', 'is there'],
];

// Days, the words that say when, small numbers and the everyday verbs of a question about hours and pay, in English.
const IN_ENGLISH: Record<string, string> = {
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
  miércoles: 'Wednesday',
  miercoles: 'Wednesday',
  jueves: 'Thursday',
  viernes: 'Friday',
  sábado: 'Saturday',
  sabado: 'Saturday',
  domingo: 'Sunday',
  ayer: 'yesterday',
  hoy: 'today',
  mañana: 'tomorrow',
  semana: 'week',
  mes: 'month',
  año: 'year',
};

// Words of grammar, and verbs that say nothing of the topic: left out.
const GRAMMAR = new Set(
  'el la los las un una unos unas de del a al en por para con sin y o u que lo le les me te se nos mi mis tu tus su sus es son está están esta este estos estas eso esto esa ese esos esas era fue ser estar ya pero si no muy más mas algo alguna alguno algún nada todo toda todos todas otro otra porque pues entonces aquí ahí allí también tengo tiene tienen tenemos puede pueden podemos quiero quiere necesito necesita debo debe hace hacer da dan dar van va voy vamos pasas pasa sé saber favor hola gracias buenas buenos días dias'.split(
    ' ',
  ),
);

const WORD = /[\p{L}\p{N}'’]+|[^\p{L}\p{N}'’]+/gu;

/** The question read in English when it is asked in Spanish; else as it is. */
export function readSpanishQuestion(question: string): string {
  const words = question.toLowerCase().match(/\p{L}+/gu) ?? [];
  const markers = words.filter((w) => MARKERS.has(w)).length;
  const english = words.filter((w) => ENGLISH.has(w)).length;
  const spanish = (markers >= MIN_MARKERS && english <= 1) || (markers >= 2 && english === 0);
  if (!spanish) return question;
  return withoutGrammar(withAskingInEnglish(question.replace(/[¿¡]/g, '')));
}

// Each word of asking as English asks it, the longest first ("a qué hora" before "qué").
function withAskingInEnglish(question: string): string {
  let read = question;
  for (const [spanish, english] of ASKING)
    read = read.replace(new RegExp(`(?<![\\p{L}])${spanish}(?![\\p{L}])`, 'giu'), english);
  return read;
}

// The words of grammar left out, the days in English, every other word kept as written (a name keeps its capital).
function withoutGrammar(read: string): string {
  return (read.match(WORD) ?? [])
    .map((token) => {
      const lower = token.toLowerCase();
      if (IN_ENGLISH[lower]) return IN_ENGLISH[lower];
      return GRAMMAR.has(lower) ? '' : token;
    })
    .join('')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
