/**
 * @module A question asked in French of an English knowledge base ("a quelle heure ouvre la cantine le samedi ?"),
 * read as the English it asks: its words of asking, its days and its everyday words of time, pay and work in
 * English, its words of grammar left out, and its other words kept as typed (a word the base writes itself, or one
 * the glossary reads in English after this), so it is searched and checked as an English question is. French as
 * typed in chat in France, West and Central Africa, the Maghreb and Mauritius: mostly without accents, with
 * "svp", "qd" or "koi". The same reader reads the Mauritian Kreol that French speakers there type ("ki ler",
 * "kan nou gagn lapay", "eski mo kapav pran konze"), as the two are written side by side in one chat. A question
 * with a French word or two in English ("is the prime paid?") is no French question and is left as it is; so is a
 * question in Spanish, Portuguese, Italian or Romanian, which share many of French's small words. The word lists
 * were written from general knowledge of the two languages, without reading any organisation's documents or
 * questions.
 */
import { foldAccents, shorthandReader, withEachReplaced } from './asked-in-words.js';

import { FRENCH_PHRASES, FRENCH_WORDS } from './french-words.js';

// Words are compared with their accents folded ("a" is "à", "ferie" "férié", "ca" "ça"), as chat often leaves
// them out, and with one apostrophe ("aujourd’hui" is "aujourd'hui").
const fold = (word: string) => foldAccents(word).replace(/’/g, "'");

// Words that only a French (or Kreol) sentence has many of; a question counts as French with `MIN_MARKERS` of
// them and hardly any English ones, or with two and none. "la", "le", "de", "que", "se" and "en" are no markers:
// Spanish, Italian and Portuguese write them as often. The words of time are ("heure", "jours"), as no other
// language writes them so; the days are not, nor the nouns of pay and work ("navette", "paie", "samedi"), as an
// English question keeps them ("navette on samedi and dimanche?").
const MARKERS = new Set(
  [
    'combien quand quel quelle quels quelles quoi pourquoi comment ou est sont suis les des du au aux une je',
    'j il ils elle on nous vous mon ma mes notre nos votre vos leur ce cette ces c qu pas ne n faut peut peux',
    'puis dois doit veux voudrais et qui dans sur chez avec pour svp stp bonjour merci ai avons avez ont qd',
    'cmb koi kel jpeux kan konbien kombien komie kot kisannla kisanla kouma kifer eski mo nou zot kapav gagn',
    'bizin ena pena lapay konze travay zour semenn mwa ler ki pou finn dimann kone konn letan lavans ca cest',
    'heure heures jour jours semaine semaines mois annee hier demain aujourd ouvre ouvrent ferme ferment',
    'commence trouve trouver l d ouvert ouverte fermee gratuit gratuite payes payee payees coute coutent',
    'travaille travailler',
  ]
    .join(' ')
    .split(' '),
);
// Markers English never types, of French and of Kreol.
const FRENCH_OWN = new Set(
  'le gratuit lundi mardi mercredi jeudi vendredi samedi dimanche combien quand quel quelle quels quelles quoi pourquoi comment conge conges demande salaire paie jours heures semaine mois annee sont suis les des du aux une je il ils elle nous vous notre nos votre vos leur cette ces faut peut peux dois doit veux voudrais dans chez avec pour svp stp bonjour merci avons avez ont qd cmb jpeux konbien kombien komie kot kisannla kisanla kouma kifer eski mo nou zot kapav gagn bizin ena pena lapay konze travay zour semenn ler pou finn dimann cest'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the and is are do does did how what when where who which can could should i my me you your to of for in on at it we our'.split(
    ' ',
  ),
);
// Words of Spanish, Portuguese, Italian and Romanian that French never writes, their days among them: a question
// with many of them is theirs, even when it has a French-looking "les", "il", "l'" or "ou" ("sabado ou domingo",
// "c'è la mensa aperta il sabato? l'orario?"). Then the commonest of Indonesian, whose "kan" and "mo" are Kreol's
// too, and of Albanian and Serbian, whose "je" and "ne" are French's.
const OTHERS = new Set(
  [
    'el los las del para por hay cuanto cuanta cuantos cuantas cuando donde cual quien pero porque tengo tiene',
    'puedo puede nao voce vcs tenho tem quanto quantos quantas quando onde qual quem posso pode sao ate da das uma',
    'che di della sono dove quanti quante quale chi ho gli cand unde cat cati cate cine cum nu este sunt pentru cu',
    'din trebuie e hora horas ora dias giorni zile lunes martes miercoles jueves viernes sabado domingo lunedi',
    'martedi mercoledi giovedi venerdi sabato domenica segunda terca quarta quinta sexta',
    'saya gaji kapan berapa yang ini itu tidak gak udah sudah bulan kur ku eshte jane dhe koliko kada kad sta',
    // Roman Bengali, Hindi and Urdu, whose "ki" is Kreol's too.
    'kore korchi korbo korte ache achhe hobe hoy koto kon kothay amar amake apnar tomar unar er hai hain kya kyun nahi nahin kitna kitne kab kaise kahan mein mujhe',
  ]
    .join(' ')
    .split(' '),
);
const MIN_MARKERS = 3;

// Words of asking, French then Kreol, with the English they ask ('-' for none: "est-ce que" asks nothing a question
// without it does not), met with or without their accents and read the longest first ("a quelle heure" before
// "quelle"). "ou" asks where only with its accent or beside what one looks for ("ou est", "c'est ou"): alone it is
// "or" (or Kreol's "you"), left out.
// biome-ignore format: one English a line keeps the list readable and easy to review
const ASKING_LINES = [
  'from what time: a partir de quelle heure',
  'until what time: jusqu a quelle heure',
  'what time: a quelle heure | quelle heure | a ki ler | ki ler',
  'what date: a quelle date | quelle date',
  'what day: quel jour | ki zour',
  'how often: tous les combien | toutes les combien | a quelle frequence | a quelle periodicite',
  'how many days: combien de jours | konbien zour | kombien zour',
  'how many overtime hours: combien d heures sup | combien d heures supp | combien d heures supplementaires | combien d heure sup | combien d heure supp | combien d heure supplementaire',
  'how many hours: combien d heures | konbien ler',
  'how many weeks: combien de semaines',
  'how many months: combien de mois',
  'how many times: combien de fois',
  'how many: combien de | combien d',
  'how long: combien de temps | konbien letan',
  'how much does it cost: combien ca coute | combien coute',
  'how much: c est combien | cest combien | c combien | combien | cmb | konbien | kombien | komie',
  'until when: jusqu a quand | ziska kan',
  'from when: a partir de quand',
  'since when: depuis quand',
  'when: c est quand | cest quand | quand | qd | kan',
  'who: c est qui | cest qui | qui | kisannla | kisanla',
  'what is: c est quoi | cest quoi | c koi',
  'what: qu est ce que | qu est ce qu | quoi | koi | quelles | quelle | quels | quel | kel | ki',
  'where: ou est ce que | ou est ce qu | c est ou | cest ou | ou se trouvent | ou se trouve | ou trouver',
  'where: ou faut il | ou il faut | ou sont | ou est | ou ca | où | kot',
  'where can I: ou puis je | ou je peux',
  'where can we: ou peut on | ou on peut',
  'is there: y a t il | il y a | y a | ena',
  'are we entitled: on a droit | a t on droit | nou ena drwa',
  'am I entitled: j ai droit | ai je droit | mo ena drwa',
  'entitled: a droit',
  'must I: je dois | dois je | mo bizin',
  'must we: on doit | doit on | nou bizin',
  'can I: je peux | puis je | jpeux | mo kapav',
  'can we: on peut | peut on | nou kapav',
  'can you: ou kapav',
  'do I get: mo gagn',
  'do we get: nou gagn',
  'how: comment | kouma',
  'why: pourquoi | pk | kifer',
  '-: est ce que | est ce qu | il faut | faut il | eski',
];
const ASKING = ASKING_LINES.flatMap((line) => {
  const [english, spellings] = line.split(': ') as [string, string];
  return spellings.split(' | ').map((french) => [french, english === '-' ? '' : english] as const);
});
const ACCENTED: Record<string, string> = { a: 'àâä', c: 'ç', e: 'éèêë', i: 'îï', o: 'ôö', u: 'ùûü' };
// Words apart with a space, an apostrophe or a hyphen: "jusqu'à quand", "est-ce que", "puis-je".
const APART = "[\\s'’-]+";

// Each phrase as a pattern, the longest first: an unaccented word meets its accented spelling too, and a noun
// (`plural`) its plural.
function patterns(phrases: ReadonlyArray<readonly [string, string]>, plural: boolean) {
  return [...phrases]
    .sort(([a], [b]) => b.length - a.length)
    .map(([french, english]) => {
      const words = french.split(' ').map((w) => w.replace(/[aceiou]/g, (v) => `[${v}${ACCENTED[v]}]`));
      const body = words.map((w) => (plural ? `${w}s?` : w)).join(APART);
      return [new RegExp(`(?<![\\p{L}])${body}(?![\\p{L}])`, 'giu'), english] as const;
    });
}
const ASKING_PATTERNS = patterns(ASKING, false);
const PHRASE_PATTERNS = patterns(FRENCH_PHRASES, true);
// "ou" opening a question asks where ("ou on depose le certificat ?"), but in Kreol "ou" before a verb is "you"
// ("ou kone kot biro RH ?").
const OPENING_OU =
  /^(\P{L}*)o[uù](?![\p{L}])(?!\s+(?:kone|konn|kapav|pou|pe|ti|finn|ena|bizin|gagn)(?!\p{L}))/iu;
// "l'usine", "d'heures", "j'ai", "qu'il": the small word apart from the next, so each is read on its own.
const ELIDED = /(?<![\p{L}])(jusqu|lorsqu|puisqu|qu|[cdjlmnst])['’](?=\p{L})/giu;

// Days, the words that say when and small numbers, in English.
const IN_ENGLISH: Record<string, string> = {
  // "and" stays: it joins the parts a question asks ("… y cuántos días …" is two questions).
  et: 'and',
  deux: '2',
  trois: '3',
  quatre: '4',
  cinq: '5',
  dix: '10',
  quinze: '15',
  lundi: 'Monday',
  mardi: 'Tuesday',
  mercredi: 'Wednesday',
  jeudi: 'Thursday',
  vendredi: 'Friday',
  samedi: 'Saturday',
  dimanche: 'Sunday',
  lindi: 'Monday',
  merkredi: 'Wednesday',
  zedi: 'Thursday',
  vandredi: 'Friday',
  samdi: 'Saturday',
  dimans: 'Sunday',
  janvier: 'January',
  fevrier: 'February',
  mars: 'March',
  avril: 'April',
  mai: 'May',
  juin: 'June',
  juillet: 'July',
  aout: 'August',
  septembre: 'September',
  octobre: 'October',
  novembre: 'November',
  decembre: 'December',
  hier: 'yesterday',
  "aujourd'hui": 'today',
  demain: 'tomorrow',
  maintenant: 'now',
  actuellement: 'now',
  yer: 'yesterday',
  zordi: 'today',
  demin: 'tomorrow',
};

// Words of grammar, and words of asking's leftovers: left out. French, then Kreol.
const GRAMMAR = new Set(
  [
    'le la les l un une des du de d au aux a en dans sur sous par pour avec sans chez vers et ou que qu ce cet cette',
    'ces c ca cela ceci je j tu te t toi il ils elle elles on nous vous me m moi se s mon ma mes ton ta tes son sa ses',
    'notre nos votre vos leur leurs y est sont suis es sommes etes ete etre ai as avons avez ont ne n pas plus tres',
    'deja encore aussi mais donc car si alors bien tout toute tous toutes quelque rien autre autres meme peu peut',
    'peux pouvons pouvez peuvent puis dois doit devons devez doivent faut veux veut voulons voulez veulent svp stp',
    'bonjour bonsoir salut slt bjr salam merci ya ke ci cest jai jsuis',
    // "exactement", "précisément": how sure the asker wants the answer, as "exactly" is in English.
    'exactement exact exacte exacts exactes precisement precis precise',
    'mo to li nou zot pou pe ti finn pa ban enn dan lor ek ar avek kapav bizin pena lerla aster deza tou zis mem',
    'ousi bonzour mersi silvouple mwa',
  ]
    .join(' ')
    .split(' '),
);

const WORD = /[\p{L}\p{N}'’]+|[^\p{L}\p{N}'’]+/gu;

// Chat's shorthand and clipped words for French ones ("cb" combien, "mdp" mot de passe, "labo" laboratoire, "récup"
// récupération, "rdv" rendez-vous): read as the words, so "cb de gardes" asks how many as "combien de gardes" does and
// a clipped word meets the base's full one. Only in a question told French by its words.
const SHORTHAND: Record<string, string> = {
  cb: 'combien',
  cbn: 'combien',
  cmt: 'comment',
  cmnt: 'comment',
  mdp: 'mot de passe',
  labo: 'laboratoire',
  labos: 'laboratoires',
  recup: 'récupération',
  récup: 'récupération',
  recups: 'récupérations',
  récups: 'récupérations',
  dispo: 'disponible',
  dispos: 'disponibles',
  rdv: 'rendez-vous',
  appart: 'appartement',
  ordi: 'ordinateur',
  compta: 'comptabilité',
  admin: 'administration',
  qqn: "quelqu'un",
  qqch: 'quelque chose',
  bcp: 'beaucoup',
  pr: 'pour',
  ds: 'dans',
  tt: 'tout',
  tjs: 'toujours',
  pcq: 'parce que',
  pck: 'parce que',
  ajd: "aujourd'hui",
  auj: "aujourd'hui",
};
const withShorthandRead = shorthandReader(SHORTHAND);

/** The question read in English when it is asked in French or Mauritian Kreol; else as it is. */
export function readFrenchQuestion(typed: string): string {
  const question = withShorthandRead(typed);
  const words = (question.match(/\p{L}+/gu) ?? []).map(fold);
  const markers = words.filter((w) => MARKERS.has(w)).length;
  // A word both languages have ("on") is a sign of neither.
  const english = words.filter((w) => ENGLISH.has(w) && !MARKERS.has(w)).length;
  // A Spanish, Portuguese, Italian or Romanian word weighs as much as two French ones.
  const others = words.filter((w) => OTHERS.has(w)).length;
  // And one word at least that English does not type too ("on", "Mon", "AI" and "est" are English's).
  const french =
    ((markers >= MIN_MARKERS && english <= 1) || (markers >= 2 && english === 0)) &&
    others * 2 < markers &&
    words.some((w) => FRENCH_OWN.has(w));
  if (!french) return typed;
  return withoutGrammar(withPhrasesInEnglish(withAskingInEnglish(question)));
}

// Each word of asking as English asks it, the longest first ("a quelle heure" before "quelle").
function withAskingInEnglish(question: string): string {
  return withEachReplaced(question, ASKING_PATTERNS).replace(OPENING_OU, '$1where');
}

// Each noun of several words in English ("fiche de paie", "arret maladie") before its words are read alone.
function withPhrasesInEnglish(read: string): string {
  let english = read;
  for (const [pattern, words] of PHRASE_PATTERNS) english = english.replace(pattern, words);
  return english.replace(ELIDED, '$1 ');
}

// Each word in English or left out, every other word kept as written (a name keeps its capital).
function readWord(token: string): string {
  const folded = fold(token);
  if (Object.hasOwn(IN_ENGLISH, folded)) return IN_ENGLISH[folded]!;
  const word = FRENCH_WORDS.get(folded);
  if (word !== undefined) return word;
  return GRAMMAR.has(folded) ? '' : token;
}

// The words of grammar left out, the other words read; a hyphen beside a word left out goes with it ("a-t-on"),
// and so does the space French types before "?" (and a word left out leaves before a comma).
function withoutGrammar(read: string): string {
  const tokens = (read.match(WORD) ?? []).map(readWord);
  return tokens
    .map((token, at) => (token === '-' && (tokens[at - 1] === '' || tokens[at + 1] === '') ? ' ' : token))
    .join('')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+(?=[?!.,;:])/g, '')
    .replace(/^[\s,;:.!?-]+/, '')
    .trim();
}
