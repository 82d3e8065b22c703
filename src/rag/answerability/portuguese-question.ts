/**
 * @module A question asked in Portuguese of an English knowledge base ("a que horas abre a cantina na sexta?"), as
 * typed in chat in Angola, Mozambique, Brazil and Portugal, mostly without accents: read as the English it asks, its
 * words of asking, days and months in English, its words of grammar left out, and its other words kept as typed (a
 * word the base writes itself, or a local workplace noun the glossary reads in English after this), so it is
 * searched and checked as an English question is. A question with a Portuguese word or two in English is no
 * Portuguese question and is left as it is; so is a question in Spanish, Italian, French or Romanian, which share
 * many of Portuguese's small words. The word lists were written from general knowledge of Portuguese, without
 * reading any organisation's documents or questions.
 */
import { foldAccents, shorthandReader } from './asked-in-words.js';

import { PORTUGUESE_PHRASES, PORTUGUESE_WORDS } from './portuguese-words.js';

// Words are compared with their accents and cedillas folded ("nao" is "não", "ferias" "férias", "faco" "faço"), as
// chat often leaves them out.
const fold = foldAccents;

// Words a Portuguese sentence has many of; a question counts as Portuguese with `MIN_MARKERS` of them and hardly any
// English ones, or with two and none. "a", "as", "do", "me" and "so" (só) are English words too: a word both
// languages have is a sign of neither.
const MARKERS = new Set(
  'que q oq pq quanto quanta quantos quantas quando onde aonde quem qual quais como porque o os a as e em no na nos nas num numa do da das dos ao aos pelo pela pelos pelas pra com sem de para por se me lhe so nao nem ou voce voces vc vcs eu ele ela eles elas meu minha meus minhas seu sua nosso nossa isso isto esse essa este esta um uma tem tenho temos tens ter posso pode podem podemos preciso precisa quero queria vou vai vamos vao sou sao estou estao foi fica ja ate tambem mais muito muita ainda entao hoje amanha ontem depois obrigado obrigada ola oi pagam recebo recebe recebem recebemos recebi abre abrem fecha fecham comeca comecam custa demora sai saem chega chegam faco faz fazer trabalho trabalhar peco entrego levar tirar tu te ha ser era sera deve devo serve va ora ir proximo proxima'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the and is are do does did how what when where who which can could should will would i my me you your to of for in on at it we our a an as so if there this that get be have has with from not any'.split(
    ' ',
  ),
);
const MIN_MARKERS = 3;

// The small words of Spanish, Italian, French and Romanian questions, those they share with Portuguese among them: a
// question is Portuguese only when, against each of them, it has none of that language's own words or more of
// Portuguese's alone ("cuantos dias de vacaciones me dan" has "de" and "me", both Spanish too, and "cuantos"). One
// typed in words all of them share ("que horas abre o refeitorio") is read here, before Spanish reads it.
// biome-ignore format: one language a line
const NEIGHBOURS: ReadonlyArray<ReadonlySet<string>> = [
  'que q como para por me se de o a e no nos esta este tu da dos abre fecha ha porque sera ser era te vamos preciso precisa demora ola ir proximo proxima el los las del y es son hay cuanto cuanta cuantos cuantas cuando donde quien quienes cual cuales tengo tiene tienen puedo puede pueden usted ustedes yo con pero hasta lo al le les mi mis su sus esto eso esa ese muy tambien hoy manana ayer necesito quiero hace hacer voy vas estoy estan fue una un en pagan cobran cierra cierran empieza dan hola gracias vacaciones',
  'quanto quanta quando posso qual ha no vai e o da se te a il lo la le gli di del della dello delle dei degli al alla alle nel nella per che chi cosa sono ho hai abbiamo non mi ti ci si puo quanti quante dove come quale quali anche ma piu un una in con su tra fra oggi domani ieri devo deve serve vorrei fino apre chiude mensa giorni ferie ore settimana mese mio mia miei nostro va dopo ora questo questa quello quella sera',
  'de que a me se te tu nos ou mais le la les du des un une et est sont je il elle on nous vous ils mon ma mes ton ta son sa vos votre leur pour par avec dans sur en pas ne qui quoi quel quelle quels quelles quand combien comment pourquoi ce cette ces peux peut puis dois doit faut ai avons avez ont jours heure heures conges semaine mois annee salaire paie travail cantine demain hier aujourd hui vendredi lundi qu j l d n s c',
  'de se e va ora unde cand cat cate cati ce care cine cum este sunt nu am are au pot poate poti trebuie la pe cu din pentru si sau sa mi imi ne ni zile zi ore luna saptamana anul concediu concediul salariul salariu cererea cerere plata platit platita',
].map((words) => new Set(words.split(' ')));

// Letters, words and endings only Portuguese writes ("não", "é", "já", "reuniao", "refeicoes"): a sign apart from
// every neighbour ("ciao" and "cacao" are Italian's and Spanish's too).
const PLAIN_WORDS = new Set('é dá já até você vocês há lá só'.split(' '));
const PLAINLY = (word: string) =>
  /[ãõ]/.test(word) ||
  PLAIN_WORDS.has(word) ||
  (/(?:[cs]ao|[cs]oes|iao)$/.test(word) && word !== 'ciao' && word !== 'cacao');

// Words of asking, with the English they ask: met with or without their accents, but "há" only with its own ("ha" is
// a laugh, and "has" of "ha quanto tempo"). Where two begin at one word the longer is listed first.
const ASKING: Array<[string, string]> = [
  ['a que horas', 'what time'],
  ['a q horas', 'what time'],
  ['ate que horas', 'until what time'],
  ['ate q horas', 'until what time'],
  ['que horas', 'what time'],
  ['q horas', 'what time'],
  ['a que hora', 'what time'],
  ['que hora', 'what time'],
  ['de quanto em quanto tempo', 'how often'],
  ['de quanto em quanto', 'how often'],
  ['com que frequencia', 'how often'],
  ['demora quanto tempo', 'how long'],
  ['quanto tempo demora', 'how long'],
  ['quanto tempo leva', 'how long'],
  ['quanto tempo', 'how long'],
  ['quanto demora', 'how long'],
  ['quanto custa', 'how much does it cost'],
  ['quanto e que', 'how much'],
  ['quantos dias', 'how many days'],
  ['quando e que', 'when'],
  ['onde e que', 'where'],
  ['quem e que', 'who'],
  ['como e que', 'how'],
  ['o que e que', 'what'],
  ['qual e que', 'what'],
  ['por que e que', 'why'],
  ['porque e que', 'why'],
  ['a partir de quando', 'from when'],
  ['desde quando', 'since when'],
  ['ate quando', 'until when'],
  ['tenho direito', 'am I entitled'],
  ['temos direito', 'are we entitled'],
  ['tenho que', 'do I have to'],
  ['tenho de', 'do I have to'],
  ['temos que', 'do we have to'],
  ['temos de', 'do we have to'],
  ['tem que', 'have to'],
  ['tem de', 'have to'],
  // "Is it possible to": "da para levantar o adiantamento?"
  ['da para', 'can I'],
  ['da pra', 'can I'],
  ['bom dia', ''],
  ['boa tarde', ''],
  ['boa noite', ''],
  ['o que', 'what'],
  ['o q', 'what'],
  ['oq', 'what'],
  ['por que', 'why'],
  ['pq', 'why'],
  ['quanto', 'how much'],
  ['quanta', 'how much'],
  ['quantos', 'how many'],
  ['quantas', 'how many'],
  ['quando', 'when'],
  ['aonde', 'where'],
  ['onde', 'where'],
  ['quem', 'who'],
  ['como', 'how'],
  // Portuguese asks "qual é o valor", where English asks what.
  ['quais', 'what'],
  ['qual', 'what'],
  ['posso', 'can I'],
  ['podemos', 'can we'],
  ['há', 'is there'],
];
const ACCENTED: Record<string, string> = { a: 'áàâã', e: 'éê', i: 'í', o: 'óôõ', u: 'úü', c: 'ç' };
// The nouns typed as several words first ("horas extra"), then the words of asking; one pattern for them all, an
// unaccented letter meeting its accented spelling too, read in one pass so that no English put in is read again.
const SAID = [...PORTUGUESE_PHRASES, ...ASKING];
const READ_AS = new Map(SAID.map(([portuguese, english]) => [fold(portuguese), english]));
const ASKED = new RegExp(
  `(?<!\\p{L})(?:${SAID.map(([portuguese]) =>
    portuguese.replace(/[aeiouc]/g, (v) => `[${v}${ACCENTED[v]}]`).replace(/ /g, '\\s+'),
  ).join('|')})(?!\\p{L})`,
  'giu',
);

// Days, months, the words that say when and small numbers, in English.
const IN_ENGLISH: Record<string, string> = {
  dois: '2',
  duas: '2',
  tres: '3',
  quatro: '4',
  cinco: '5',
  seis: '6',
  sete: '7',
  oito: '8',
  nove: '9',
  dez: '10',
  sexta: 'Friday',
  sextas: 'Fridays',
  sabado: 'Saturday',
  sabados: 'Saturdays',
  domingo: 'Sunday',
  domingos: 'Sundays',
  hoje: 'today',
  amanha: 'tomorrow',
  ontem: 'yesterday',
  janeiro: 'January',
  fevereiro: 'February',
  marco: 'March',
  abril: 'April',
  maio: 'May',
  junho: 'June',
  julho: 'July',
  agosto: 'August',
  setembro: 'September',
  outubro: 'October',
  novembro: 'November',
  dezembro: 'December',
};

// "Segunda" to "quinta" are ordinals too ("segunda quinzena", "quinta" a farm): a day with "feira" after it, or
// after a word that puts a day ("na segunda", "de segunda a sexta", "ate quinta").
const WEEKDAYS: Record<string, string> = {
  segunda: 'Monday',
  terca: 'Tuesday',
  quarta: 'Wednesday',
  quinta: 'Thursday',
  sexta: 'Friday',
};
const FEIRA = /(?<!\p{L})(segunda|ter[cç]a|quarta|quinta|sexta)(s?)[-\s]+feiras?(?!\p{L})/giu;
const ORDINAL_OF = new Set('via vez quinzena parcela prestacao semana metade fase tranche opcao'.split(' '));
const BEFORE_DAY = new Set(
  'na nas a as ate de da desde esta nesta proxima toda todas cada e ou aos'.split(' '),
);

// Words of grammar, and verbs that say nothing of the topic: left out.
const GRAMMAR = new Set(
  'o a os as um uma uns umas de do da dos das em no na nos nas num numa ao aos pelo pela pelos pelas para pra pro por com sem e ou que q se me te lhe lhes vos eu tu ele ela eles elas voce voces vc vcs ce meu minha meus minhas teu tua seu sua seus suas nosso nossa nossos nossas este esta estes estas esse essa esses essas isso isto aquele aquela aquilo neste nesta nesse nessa deste desta desse dessa disso disto sao era ser estar estou estao ja mas muito muita muitos muitas algum alguma nada tudo todo toda todos todas outro outra porque pois entao aqui ai ali la tambem tb so nao sim ola oi obrigado obrigada obg favor pf pfv gente tem temos tenho tens ha pode podem ne tipo mesmo ainda alguem sobre qualquer cada feira'.split(
    ' ',
  ),
);

// A saint's name is a place's ("São Domingos", "Santa Maria"): no day of the week, and no "são" (are) left out.
const SAINT = /^(?:sao|santo|santa)$/;
const WORD = /[\p{L}\p{N}'’]+|[^\p{L}\p{N}'’]+/gu;
// A pronoun joined to its verb in Portugal and Africa ("pagam-me", "dá-se"): the verb read alone.
const ENCLITIC = /(?<=\p{L})-(?:me|te|se|lhe|lhes|nos|vos|o|a|os|as|lo|la|los|las|no|na)(?!\p{L})/giu;

// Chat's shorthand for Portuguese words ("qto" quanto, "qts" quantos, "qd" quando, "tbm" também, "hj" hoje): read as
// the words, so "qto é o subsidio" asks how much as "quanto é" does. Only in a question told Portuguese by its words.
const SHORTHAND: Record<string, string> = {
  qto: 'quanto',
  qta: 'quanta',
  qtos: 'quantos',
  qts: 'quantos',
  qtas: 'quantas',
  qd: 'quando',
  qdo: 'quando',
  qnd: 'quando',
  tbm: 'também',
  msm: 'mesmo',
  hj: 'hoje',
  amnh: 'amanhã',
  td: 'tudo',
  obg: 'obrigado',
};
const withShorthandRead = shorthandReader(SHORTHAND);

/** The question read in English when it is asked in Portuguese; else as it is. */
export function readPortugueseQuestion(typed: string): string {
  const question = withShorthandRead(typed);
  if (!isPortuguese(question)) return typed;
  const read = question
    .replace(ENCLITIC, '')
    .replace(FEIRA, (_, day: string, plural: string) => `${WEEKDAYS[fold(day)]}${plural}`);
  let english = '';
  let from = 0;
  for (const asked of read.matchAll(ASKED)) {
    const end = asked.index + asked[0].length;
    english += ` ${withoutGrammar(read.slice(from, asked.index), asksAnew(read.slice(end)))} ${READ_AS.get(fold(asked[0]).replace(/\s+/g, ' '))} `;
    from = end;
  }
  return tidy(english + withoutGrammar(read.slice(from), false));
}

// Spellings only Portuguese has: a weekday's "-feira", and "lh" or "nh" inside a word ("trabalho", "tenho").
const PORTUGUESE_SPELLING = /feira$|\p{L}(?:lh|nh)\p{L}/u;
// Phrases only Portuguese says: the hours asked in the plural, a weekday after "na" or "no".
const PORTUGUESE_PHRASE =
  /(?:^| )(?:que horas|n[ao] (?:segunda|terca|quarta|quinta|sexta|sabado|domingo))(?: |$)/;
const ONLY_PORTUGUESE = new Set(
  'nao voce voces vcs tenho tem quanto quantos quantas quando onde qual quais quem posso pode podem sao ate ja uma meu minha pelo pela ao aos pra dos das estou sou vou fiz fazer faco fica vai recebo quer querem dizer'.split(
    ' ',
  ),
);

// Portuguese by its markers against English, and against each neighbour by the words only one of the two has.
function isPortuguese(question: string): boolean {
  const typed = (question.normalize('NFC').match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
  const words = typed.map(fold);
  const plainly = (at: number) => PLAINLY(typed[at]!);
  const marker = (w: string, at: number) => plainly(at) || (MARKERS.has(w) && !ENGLISH.has(w));
  // A pronoun joined to its verb by a hyphen ("dá-me", "paga-se") is Portugal's and Africa's writing alone.
  const joined = question.match(ENCLITIC)?.length ?? 0;
  const markers = joined + words.filter(marker).length;
  // A word both languages have ("me") is a sign of neither.
  const english = words.filter((w) => ENGLISH.has(w) && !MARKERS.has(w)).length;
  if (!((markers >= MIN_MARKERS && english <= 1) || (markers >= 2 && english === 0))) return false;
  // One word at least that Bengali, Hindi or Spanish chat does not type too ("e", "o", "na" and "de" are theirs).
  const own = (w: string, at: number) => plainly(at) || ONLY_PORTUGUESE.has(w) || PORTUGUESE_SPELLING.test(w);
  if (!joined && !words.some(own) && !PORTUGUESE_PHRASE.test(words.join(' '))) return false;
  // Against a neighbour, English's words count again ("do" is Portuguese's "of the", and no Spanish word).
  return NEIGHBOURS.every((theirs) => {
    const ours = joined + words.filter((w, at) => plainly(at) || (MARKERS.has(w) && !theirs.has(w))).length;
    const only = words.filter((w) => theirs.has(w) && !MARKERS.has(w) && !ENGLISH.has(w)).length;
    return ours > only || only === 0;
  });
}

// The words of grammar left out, days, months and everyday words in English, every other word kept as written (a
// name keeps its capital).
function withoutGrammar(piece: string, beforeQuestion: boolean): string {
  const tokens = piece.match(WORD) ?? [];
  const last = tokens.reduce((at, t, i) => (/\p{L}/u.test(t) ? i : at), -1);
  return tokens.map((token, at) => readWord(token, tokens, at, beforeQuestion && at === last)).join('');
}

// "São Domingos", "Santo Amaro", "santo domingo": a saint before a name, kept with it ("são os dias" is "are").
const saintAt = (tokens: string[], at: number) =>
  SAINT.test(fold(tokens[at] ?? '')) && /^\p{Lu}|^domingo/u.test(tokens[at + 2] ?? '');

function readWord(token: string, tokens: string[], at: number, joinsQuestion: boolean): string {
  const folded = fold(token);
  if (saintAt(tokens, at) || saintAt(tokens, at - 2)) return token;
  if (Object.hasOwn(IN_ENGLISH, folded)) return IN_ENGLISH[folded]!;
  if (/^e$/i.test(token)) return joinsQuestion ? 'and' : '';
  const day = WEEKDAYS[folded.replace(/s$/, '')];
  const ordinal = ORDINAL_OF.has(fold(tokens[at + 2] ?? ''));
  if (day && !ordinal && BEFORE_DAY.has(fold(tokens[at - 2] ?? '')))
    return folded.endsWith('s') ? `${day}s` : day;
  if (PORTUGUESE_WORDS.has(folded)) return PORTUGUESE_WORDS.get(folded)!;
  return GRAMMAR.has(folded) ? '' : token;
}

// "e" joins a second question ("… e quando é a paragem de natal?", "e que EPI tenho de usar?"): before a word of
// asking with a clause of its own after it. Elsewhere it is "é" typed without its accent ("a farmácia e onde?", "o
// turno da noite e quantas horas?", "qual e o horário"), or joins two things: left out, as before.
const asksAnew = (after: string) => (after.split(/[?.!,;]/, 1)[0]!.match(/\p{L}+/gu) ?? []).length >= 2;

// One space between words, none before a stop or a question mark, and no comma left where a greeting or "por
// favor" was.
const tidy = (read: string) =>
  read
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([?!.,;:])/g, '$1')
    .replace(/^[\s,.;:!-]+/, '')
    .replace(/[\s,;:-]+$/, '')
    .trim();
