/**
 * @module A question typed in Luxembourgish (Lëtzebuergesch) in chat, with its accents or without them and mixed
 * with French and English ("wéini ass d'Inventur zu Bettembourg dëst Joer?", "wéi vill Congé hunn ech am Joer a
 * wéini kréien ech d'Gratifikatioun vum Enn vum Joer?"), read as the English question it asks ("when is inventory
 * in Bettembourg this year?", "how much leave do I have per year, and when do I get year-end bonus?"). The reading
 * is roman-reading.ts's; Luxembourgish's own rules are here: every noun is typed with a capital, which says nothing
 * of a name ("Joer", "Congé"), so a noun the lists know is read in lower case and a place ("Bettembourg") is kept;
 * "d'" (the) is left out and "z'" read as "zu" (in); a compound with a hyphen is read word by word
 * ("Erste-Hëllef-Cours"); a verb puts its particle at the clause's end ("wéini fänkt d'Schicht un", when does the
 * shift start), and a modal or "hunn" its infinitive or participle ("muss ech e Formulaire ausfëllen", must I fill in
 * a form), which English says straight after; the verb goes before who does it ("wéini kréien ech", when do I get),
 * so English's "do" goes before them. "a" (and) before a word of asking starts a second question. A question is
 * Luxembourgish's only with two words only Luxembourgish writes ("wéini", "hunn", "ech", "Joer", "Deeg", "kascht")
 * or one of its own words of asking beside one of its small words, and more of its own words than of German's
 * ("wie", "wann", "ich", "habe"), Dutch's, French's or English's. The word lists were written from general knowledge
 * of the language, without reading any organisation's documents or questions.
 */
import { PORTUGUESE } from './roman-kabuverdianu-words.js';
import { ROMANCE } from './roman-kriol-words.js';
import {
  AMBIGUOUS_PLAIN,
  ASKING,
  CLAUSE_END_VERBS,
  DROPPED,
  LISTED,
  OWN,
  OWN_ASKING,
  PHRASES,
  SPELLINGS,
  VERBS,
  WEAK,
  WORDS,
} from './roman-luxembourgish-words.js';
import { type RomanLanguage, readerDoors, romanReading } from './roman-reading.js';

// A word as the lists spell it, in lower case.
const spell = (word: string) => {
  const lower = word.toLowerCase();
  return SPELLINGS.get(lower) ?? lower;
};
const known = (word: string) => LISTED.has(spell(word));

// The words of asking as typed, and the phrases that open with a small word ("um wéi vill Auer", "bis wéini"), for
// the patterns that look for one; "ob" asks only when nothing else does, so it starts no second question.
const ASKED = [
  ...[...ASKING.keys()].filter((w) => w !== 'ob'),
  'um wéi',
  'ëm wéi',
  'bis wéini',
  'zanter wéini',
  'zënter wéini',
  'vu wou',
  'fir wat',
  'u wien',
  'bei wien',
  'mat wiem',
].join('|');
const BEFORE_ASKED = `(?=(?:${ASKED})(?![\\p{L}']))`;

// Whether a word after "ob" asks: then "ob" only says the question is one, and that word asks it.
const asksLater = (tokens: string[], at: number, spelled: (t: string) => string) =>
  tokens.slice(at + 1).some((token) => {
    const word = spelled(token);
    return word !== 'ob' && ASKING.has(word);
  });

// "ob" (whether) asks only when it opens the clause and no other word asks ("weess een ob …").
function askingAt(
  word: string,
  tokens: string[],
  at: number,
  spelled: (t: string) => string,
): string | undefined {
  if (word === 'ob') return at === 0 && !asksLater(tokens, at, spelled) ? undefined : '';
  return undefined;
}

// Luxembourgish's word lists and rules.
const LUXEMBOURGISH: RomanLanguage = {
  asking: ASKING,
  phrases: PHRASES,
  dropped: DROPPED,
  words: WORDS,
  markers: OWN,
  verbs: new Set(VERBS.keys()),
  spellings: SPELLINGS,
  // Words German, Dutch, French or English type alike ("an", "op", "zu", "den", "net", "wat", "kann", "Chef"): no
  // sign of Luxembourgish on their own.
  shared: new Set(
    'a an am op um zu mat den de dem der d net fir dat et en eng e wann do bis no kann muss soll wat krank chef badge congé paie merci cours stapler lager inventur war august september november'.split(
      ' ',
    ),
  ),
  // Words the dictionary has that are plainly Luxembourgish's in a question ("ass", is; "mount", month).
  plainly: new Set(
    'ass wou hunn ech joer deeg woch mount stonn stonnen auer kascht vill elo eis hien'.split(' '),
  ),
  // Luxembourgish says whose a thing is with "vum" or a possessive, no case ending typed apart.
  genitive: new Set(),
  locative: new Set(),
  // Commas, and "a", "an" or "oder" (and, or) where a second question follows: "Congé a Prime" is one thing.
  joins: new RegExp(`\\s*,\\s*|\\s+(?:a|an|oder|and)\\s+${BEFORE_ASKED}`, 'iu'),
  // "a …" (and …) before a word of asking, "ech wéilt gär wëssen" (I would like to know), "kënnt Dir mir soen" (can
  // you tell me) or "weess een" (does anyone know) opening a sentence say nothing.
  leadingJoin: new RegExp(
    `^(?:\\s*(?:a|an|and|an\\s+dann|ech\\s+wéilt\\s+(?:gär\\s+)?wëssen|ech\\s+wëll\\s+wëssen|(?:kënnt|kéint)\\s+dir\\s+mir\\s+soen|kanns\\s+du\\s+mir\\s+soen|so\\s+mir|sot\\s+mir|weess\\s+(?:een|ee|du)|wësst\\s+dir)(?=[\\s,]+(?:ob|${ASKED})(?![\\p{L}']))[\\s,]+)+`,
    'iu',
  ),
  askingAt,
  // The endings a verb takes ("bezuelt", "schaffen", "iwwerwisen"): a form of one the lists do not give is dropped
  // when neither English nor the knowledge base knows it.
  verbForm: /(?:en|e|t|s|st|ten|te|et)$/,
  verbStems: new Set(
    'bezuel schaff mell kuck änner wiessel iwwerwis iwwerweis ersetz schéck bestell benotz kënneg ufänk fänk'.split(
      ' ',
    ),
  ),
};

const luxembourgish = romanReading(LUXEMBOURGISH);

// Apostrophes as phones type them (’, ‘, `, ´) typed as one, and spaces as one.
const withMarksPlain = (question: string) =>
  question
    .replace(/[’‘`´]/gu, "'")
    .replace(/\s+/g, ' ')
    .trim();

// A greeting, thanks or please ("Moien,", "Gudde Moien", "Merci villmools!", "wann ech gelift", "w.e.g."): no
// sentence to read. "Moien" opening the question greets, even without a comma; elsewhere it is the morning.
const withCourtesyAway = (question: string) =>
  question
    .replace(
      /^(?:gudde\s+)?(?:moien|moie|salut|hallo|bonjour)(?:\s+(?:zesummen|alleguer))?(?:[\s,.!]+|$)/iu,
      '',
    )
    .replace(/(?<![\p{L}'])(?:wann\s+ech\s+gelift|w\.\s?e\.\s?g\.?|wgl)(?![\p{L}'])\s*,?\s*/giu, '')
    .replace(/(?<![\p{L}'])merci(?:\s+(?:villmools|vill\s+mol|am\s+viraus))?\s*(?:[.!,]+\s*|$)/giu, '')
    .trim();

// "d'Inventur", "d'Gratifikatioun": the article "d'" (the) left out, but a time it ends a clause with is "per" it;
// "z'Bettembourg" is "zu Bettembourg" (in); "'t" is "et" (it).
const withElisionsApart = (question: string) =>
  question
    // "zwee Deeg d'Woch", "wéi vill Stonnen de Mount": a time with its article ending a clause is "per" it.
    .replace(/(?<![\p{L}'])(?:d'|de\s+|den\s+)(woch|stonn|joer|mount|dag)(?=\s*(?:[,?.!]|$))/giu, 'pro $1')
    .replace(/(?<![\p{L}'])[dD]'(?=\p{L})/gu, '')
    .replace(/(?<![\p{L}'])([zZ])'(?=\p{L})/gu, (_, z: string) => (z === 'Z' ? 'Zu ' : 'zu '))
    .replace(/(?<![\p{L}'])'t(?![\p{L}'])/gu, 'et');

// A noun the lists know, typed with the capital every Luxembourgish noun has ("Joer", "Congé", "Stonnen"), in lower
// case, as a word the reading reads; a place or a name it does not know ("Bettembourg", "Metz") keeps its capital.
// A compound with hyphens whose parts it knows ("Erste-Hëllef-Cours", "Pai-Fiche") is read word by word, and a word
// of four letters or more typed in capitals ("WÉINI") as any other: a shorter one may be an acronym ("HR", "CNS").
// Only a sentence's first word may be a word of asking, a verb or a small word in capitals: elsewhere "Wei" and "Hu"
// are names ("Hu Wei home address?"), not "how" and "have".
const withNounsLowered = (question: string) =>
  question.replace(
    /(?<![\p{L}'])(?:\p{L}+(?:-\p{L}+)+|\p{Lu}\p{Ll}*|\p{Lu}{4,})(?![\p{L}'])/gu,
    (word, at: number) => {
      if (word.includes('-')) {
        const parts = word.split('-');
        return parts.every(known) ? parts.join(' ').toLowerCase() : word;
      }
      const opens = opensSentence(question, at);
      return known(word) && (opens || /^\p{Lu}{4,}$/u.test(word) || !notNoun(word))
        ? word.toLowerCase()
        : word;
    },
  );
// Whether the word at `at` opens a sentence: nothing but spaces after a full stop, a question mark or a colon before
// it (looked at backwards over the spaces alone, so a long question is read once).
function opensSentence(question: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/u.test(question[i]!)) i--;
  return i < 0 || '.?!:'.includes(question[i]!);
}
const notNoun = (word: string) => {
  const w = spell(word);
  return ASKING.has(w) || VERBS.has(w) || WEAK.has(w) || DROPPED.has(w) || OWN_ASKING.has(w);
};

// The question in lower case where it says a listed word, capitals and names kept: what the detection reads.
const PLAIN_STEPS: ReadonlyArray<(question: string) => string> = [
  withMarksPlain,
  withCourtesyAway,
  withElisionsApart,
  withNounsLowered,
];
const asPlain = (question: string) => PLAIN_STEPS.reduce((text, step) => step(text), question);

// Each word typed without its accents, or in chat's spelling, as the lists spell it ("weini" as "wéini", "conge" as
// "congé"), so the patterns below need only one spelling.
const withSpellingsListed = (question: string) =>
  question.replace(/(?<![\p{L}'])\p{Ll}+(?![\p{L}'])/gu, (word) => SPELLINGS.get(word) ?? word);

// "Enn vum Joer" (the end of the year) as one word, "joresenn", so "d'Gratifikatioun vum Enn vum Joer" fits the
// reading's window of four words as the year-end bonus.
const withYearEndJoined = (question: string) =>
  question.replace(/(?<![\p{L}'])enn\s+vum\s+joer(?![\p{L}'])/gu, 'joresenn');

// A verb whose particle ends the clause ("wéini fänkt d'Schicht un?", "wéini mécht d'Kantin op?"), each with the
// particle and the verb the two say (start, open), which the lists read.
const SEPARABLE: ReadonlyArray<readonly [string, string, string]> = [
  ['fänkt|fänken|fänke|fänks', 'un', 'ufänken'],
  ['mécht|maachen|maache|maacht', 'op', 'opmaachen'],
  ['mécht|maachen|maache|maacht', 'zou', 'zoumaachen'],
  ['geet|ginn|gi|gees', 'op', 'opgoen'],
  ['geet|ginn|gi|gees', 'zou', 'zougoen'],
  ['hält|halen|hale', 'op', 'ophalen'],
  ['fält|fällt|falen|fale', 'aus', 'ausfalen'],
  ['fëllt|fëllen|fëlle', 'aus', 'ausfëllen'],
  ['rifft|ruffen|ruffe', 'un', 'uruffen'],
  ['kënnt|kommen|komme', 'un', 'ukommen'],
  ['gëtt|ginn|gi', 'of', 'ofginn'],
  ['gëtt|ginn|gi', 'eraus', 'erausginn'],
  ['schreift|schreiwen|schreiwe', 'an', 'aschreiwen'],
  ['mellt|mellen|melle', 'un', 'umellen'],
];

// A word inside a clause, but no word that starts another ("wann", if; "well", because; "a", and).
const INSIDE = `(?!(?:wann|wa|well|datt|ob|oder|mä|a)(?![\\p{L}']))[^\\s,?.!]+`;

// A clause: up to the end of a sentence, a comma, "a", "an" or "oder" before a word of asking, or "wann" (if),
// "well" (because), "datt" (that), "ob" (whether) or "fir … ze" (to) starting a clause of its own.
const CLAUSES = new RegExp(
  `([,?.!]+|\\s+(?:a|an|oder)\\s+${BEFORE_ASKED}|\\s+(?=(?:wann|wa|well|datt|ob)\\s)|\\s+(?=fir\\s[^,?.!]*\\sze\\s))`,
  'u',
);
const eachClause = (question: string, read: (clause: string) => string) =>
  question
    .split(CLAUSES)
    .map((part, i) => (i % 2 ? part : read(part)))
    .join('');

const SEPARABLE_PATTERNS = SEPARABLE.map(
  ([forms, particle, verb]) =>
    [
      new RegExp(`(?<![\\p{L}'])(?:${forms})((?:\\s+${INSIDE}){0,6}?)\\s+${particle}\\s*$`, 'u'),
      verb,
    ] as const,
);
// "ass … op" (is open) and "ass … zou" (is closed), or "… op ass" in a clause of "ob" or "wann": the particle is
// the state.
const STATE = /(?<![\p{L}'])(ass|sinn|war)((?:\s+[^\s,?.!]+){1,6}?)\s+(op|zou)\s*$/u;
const STATE_LAST = /(?<![\p{L}'])(op|zou)\s+(ass|sinn|war)\s*$/u;
const stateOf = (particle: string) => (particle === 'op' ? 'oppen' : 'zou');

// "wéini fänkt d'Schicht un" as "wéini ufänken Schicht", "ass d'Kantin op" as "ass Kantin oppen".
const withParticlesJoined = (question: string) =>
  eachClause(question, (clause) => {
    for (const [pattern, verb] of SEPARABLE_PATTERNS)
      if (pattern.test(clause)) return clause.replace(pattern, `${verb}$1`);
    return clause
      .replace(STATE, (_, is: string, between: string, state: string) => `${is}${between} ${stateOf(state)}`)
      .replace(STATE_LAST, (_, state: string, is: string) => `${is} ${stateOf(state)}`);
  });

// The modals and "hunn" and "sinn", whose infinitive or participle ends the clause, and the pronouns.
const AUXILIARY =
  'kann|kanns|kënnen|kënne|kéint|muss|musst|mussen|musse|misst|däerf|däerfs|däerfen|däerfe|dierf|soll|solls|sollen|sollt|wëll|wëlls|wëllen|wéilt|brauch|brauchs|brauchen|brauche|hunn|hu|hues|huet|hutt|ass|sinn|sidd|bass|war';
const PRONOUN = 'ech|du|hien|hie|si|hatt|mir|mer|dir|een|ee';
const longestFirst = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join('|');
// What ends a clause: a phrase that ends in a verb ("mech krank mellen", report sick), or a verb's infinitive or
// participle, with "ze" (to) before it or not.
const ENDING = longestFirst([
  ...PHRASES.map(([words]) => words).filter(
    (words) => words.includes(' ') && VERBS.has(words.split(' ').at(-1)!),
  ),
  ...CLAUSE_END_VERBS,
]);
// What ends a clause of "wann", "well" or "datt": any form of a verb ("wann ech krank sinn", if I am sick).
const FINITE = longestFirst(VERBS.keys());
const BETWEEN = `((?:\\s+${INSIDE}){1,6}?)`;
const VERB_LAST: ReadonlyArray<readonly [RegExp, string]> = [
  // "wann ech een Dag krank sinn" as "wann ech sinn een Dag krank" (if I am sick for a day).
  [
    new RegExp(`^(\\s*(?:wann|wa|well|datt|ob)\\s+(?:${PRONOUN}))${BETWEEN}\\s+(${FINITE})\\s*$`, 'u'),
    '$1 $3$2',
  ],
  // "fir Congé ze froen" as "fir ze froen Congé" (to ask for leave).
  [new RegExp(`^(\\s*fir)${BETWEEN}\\s+ze\\s+(${FINITE})\\s*$`, 'u'), '$1 ze $3$2'],
  [
    new RegExp(
      `(?<![\\p{L}'])((?:${AUXILIARY})\\s+(?:${PRONOUN}))${BETWEEN}\\s+((?:ze\\s+)?(?:${ENDING}))\\s*$`,
      'u',
    ),
    '$1 $3$2',
  ],
  [
    new RegExp(
      `(?<![\\p{L}'])((?:${PRONOUN})\\s+(?:${AUXILIARY}))${BETWEEN}\\s+((?:ze\\s+)?(?:${ENDING}))\\s*$`,
      'u',
    ),
    '$1 $3$2',
  ],
];

// A participle ending the clause ("bezuelt", "ersat", "ugemellt"): "gëtt" or "ginn" before it says "is" or "are"
// ("wéini gëtt d'Pai bezuelt", when is pay paid), not "go".
const PASSIVE =
  /(?<![\p{L}'])(?:ge|uge|ausge|ofge|zouge|opge)\p{L}{3,}\s*$|(?<![\p{L}'])(?:verluer|bezuelt|ersat|fonnt|ënnerschriwwen|iwwerdroen)\s*$/u;
const BEING: Readonly<Record<string, string>> = { gëtt: 'ass', ginn: 'sinn', gi: 'sinn' };
// "muss gepréift ginn" (must be checked): after a modal, the passive's "ginn" is English's "be", typed so as the
// reading keeps a word it does not list.
const MODAL_PASSIVE =
  /(?<![\p{L}'])((?:ge|uge|ausge|ofge|zouge|opge)\p{L}{3,}|verluer|bezuelt|ersat|fonnt|ënnerschriwwen|iwwerdroen)\s+(?:ginn|gi)\s*$/u;
const withPassiveRead = (clause: string) => {
  if (MODAL_PASSIVE.test(clause)) return clause.replace(MODAL_PASSIVE, 'be $1');
  return PASSIVE.test(clause)
    ? clause.replace(/(?<![\p{L}'])(gëtt|ginn|gi)(?![\p{L}'])/u, (w) => BEING[w]!)
    : clause;
};

// "kann ech mäi Congé iwwerdroen" as "kann ech iwwerdroen mäi Congé" (can I carry over my leave), "ech hunn mäi Badge
// verluer" as "ech hunn verluer mäi Badge" (I have lost my badge): the verb where English says it.
const withVerbsBesideModal = (question: string) =>
  eachClause(question, (typed) => {
    const clause = withPassiveRead(typed);
    for (const [pattern, moved] of VERB_LAST) if (pattern.test(clause)) return clause.replace(pattern, moved);
    return clause;
  });

// The question as the lists spell it, each step on the last's text.
const STEPS: ReadonlyArray<(question: string) => string> = [
  withSpellingsListed,
  withYearEndJoined,
  withParticlesJoined,
  withVerbsBesideModal,
];
const asTyped = (question: string) => STEPS.reduce((text, step) => step(text), asPlain(question));

// German's, Dutch's, French's and English's small and everyday words, which a question in one of them has more of
// than Luxembourgish's own ("wie viel Urlaub habe ich", "hoeveel dagen", "combien de jours", "how many days").
const GERMAN =
  'ich du er sie es wir ihr mein meine meinen meinem dein deine sein seine unser unsere ist bin bist sind seid habe hast hat haben habt hatte bekomme bekommst bekommt bekommen kriege kriegt gibt geben wie viel viele wieviel wieviele wo wohin woher wer wen was warum wieso welche welcher welches welchen und aber nicht kein keine keinen auch noch schon nur sehr mit von vom zum zur im ins auf aus nach über für durch gegen ohne seit wegen das die des ein eine einen einem einer dieses diese dieser diesen jahr jahre jahren tag tage tagen woche wochen monat monate stunde stunden minuten uhr heute morgen gestern urlaub urlaubstage arbeit arbeiten geld gehalt lohn kostet kosten machen mache macht müssen darf dürfen sollen können möchte will wollen brauche verloren mitarbeiter feuer hilfe kurs bitte danke jetzt hier dort dass man sich mich';
const DUTCH =
  'hoe hoeveel wanneer waar waarom wie welke ik jij je hij zij we wij jullie mijn jouw ons onze heb hebt heeft hebben krijg krijgt krijgen kan kunnen moet moeten mag mogen wil zijn ben het een van voor naar uit met niet geen ook maar deze dit die jaar dagen uur uren weken maand maanden vandaag gisteren vakantie verlof werk werken ziek loon salaris kost cursus eerste hulp verzamelplaats kwijt doen';
const FRENCH =
  'combien quand quel quelle quels quelles quoi pourquoi comment où ou est sont suis ai avons avez ont les des du au aux une je tu il elle nous vous ils elles mon ma mes ton ta tes notre nos votre vos leur ce cette ces qui que dans sur chez avec pour par pas ne plus jours heures semaine semaines mois année ans demain hier congés salaire travail travailler perdu malade faire dois doit peux peut faut coûte coute secourisme rassemblement incendie chariot élévateur inventaire entrepôt svp stp';
const ENGLISH =
  'the is are was do does did what when where who how why which can could will would should my your our their for on in at to of with this that have has get there it be me and or not';

// Every word a neighbour types as its own, unless Luxembourgish's lists know it too ("an", "de", "net", "kann").
const NEIGHBOURS: ReadonlySet<string> = new Set(
  [...`${GERMAN} ${DUTCH} ${FRENCH} ${ENGLISH}`.split(' '), ...ROMANCE, ...PORTUGUESE].filter(
    (w) => !known(w),
  ),
);

// A word in lower case without its marks.
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

// The words of a question in lower case, an apostrophe or a hyphen inside them kept.
const tokensOf = (question: string) =>
  question
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter(Boolean);

// One of Luxembourgish's own words, but not one typed without the accents that tell it from another language's
// ("des", "mai", "kennen").
const isOwn = (token: string) => !AMBIGUOUS_PLAIN.has(token) && OWN.has(spell(token));

// Two of Luxembourgish's own words at least, or one of its own words of asking beside one of its small words, and
// more of its own than of its neighbours': German types "kann", "muss", "zu" and "an", Dutch "wat", "op" and "net".
function outweighsNeighbours(question: string): boolean {
  const tokens = tokensOf(question);
  const own = tokens.filter(isOwn);
  const theirs = tokens.filter((t) => !isOwn(t) && (NEIGHBOURS.has(t) || NEIGHBOURS.has(fold(t))));
  // "wéini ass …", "wat kascht de …" (a word of asking others type beside one of its own words and a small word), or
  // "ass de Parking …" (a question opened by a verb only Luxembourgish writes).
  const weak = tokens.some((t) => WEAK.has(spell(t)));
  const ownVerb = (t = '') => isOwn(t) && VERBS.has(spell(t));
  const asks =
    (own.some((t) => OWN_ASKING.has(spell(t))) && weak) ||
    (own.length > 0 && weak && tokens.some((t) => ASKING.has(spell(t)))) ||
    (ownVerb(tokens[0]) && weak);
  return (new Set(own.map(spell)).size >= 2 || asks) && own.length > theirs.length;
}

// The English of the verbs a pronoun after them does ("kréien ech", get I): "do" goes before the pronoun. Not the
// modals, "is" or "has", which English puts first itself ("can I", "is it").
const DOING =
  'carry over|fill in|hand in|sign up|get|do|go|pay|cost|work|come|know|find|take|need|want|ask|request|tell|last|lose|register|report|start|stop|quit|open|close|call|arrive|issue|sign|send|replace|change|swap|check|use|drive|park|eat|bring|help|resign|wear|stay|wait|transfer|have';
// The English of the participles, after which "have" is said as it is ("have I lost").
const PARTICIPLES =
  'lost|done|paid|worked|found|taken|asked|requested|said|registered|started|cancelled|filled|signed|sent|replaced|forgot|been|gone|carried';
const INVERTED = new RegExp(
  `(^|[\\s,])(${DOING}|has) (I|you|we|they|he|she|it|one)(?! (?:${PARTICIPLES}|${DOING})\\b)(?=[\\s?.!,]|$)`,
  'gu',
);

// "how much leave have I" as "how much leave do I have", "when get I" as "when do I get", "has he" as "does he
// have".
const withDoInverted = (read: string) =>
  read.replace(INVERTED, (_, before: string, verb: string, who: string) => {
    const third = ['he', 'she', 'it', 'one'].includes(who);
    return `${before}${third || verb === 'has' ? 'does' : 'do'} ${who} ${verb === 'has' ? 'have' : verb}`;
  });

// The verbs a thing does without an object, which Luxembourgish puts before the thing ("wéi laang dauert de Cours",
// how long lasts the course): English puts the thing first ("how long does the course last").
const ASKED_THEN_VERB =
  /(^|[.?!]\s+|,\s+and\s+)(what time|how many [\p{L}-]+|how much|how long|how often|when|where|what|why|until when|since when) (last|cost|start|stop|open|close|arrive|end|quit)(?: ([^?.!,]+?))?(?=[?.!]*$|[?.!]+\s|,\s)/gu;
// Words no thing that lasts or costs starts with, and the words that start what is said of when or where after it.
const NO_THING = new Set('I you we they he she it one there is are do does'.split(' '));
const AFTER_THING = new Set(
  'on in at this next last today tomorrow per every from until for during after before'.split(' '),
);

// "how many hours last first aid course" as "how many hours does first aid course last", "how much cost" alone as
// "how much does it cost".
const withThingFirst = (read: string) =>
  read.replace(ASKED_THEN_VERB, (all, before: string, asked: string, verb: string, thing?: string) => {
    if (!thing) return `${before}${asked} does it ${verb}`;
    const words = thing.split(' ');
    if (NO_THING.has(words[0]!)) return all;
    const at = words.findIndex((w, i) => i > 0 && AFTER_THING.has(w));
    const named = at < 0 ? words : words.slice(0, at);
    const after = at < 0 ? '' : ` ${words.slice(at).join(' ')}`;
    const plural = /[^siu]s$/.test(named.at(-1)!);
    return `${before}${asked} ${plural ? 'do' : 'does'} ${named.join(' ')} ${verb}${after}`;
  });

// "on 8 o'clock" (um 8 Auer) as "at 8 o'clock", "I are" ("ech sinn" in a clause of its own) as "I am", and "10
// year" as "10 years" ("Joer" is one year and many).
const withEnglishAgreed = (read: string) =>
  read
    .replace(/(?<![\p{L}])on (?=\d)/gu, 'at ')
    .replace(/(?<![\p{L}])I are(?![\p{L}])/gu, 'I am')
    .replace(
      /(?<![\p{L}\d])((?!1 )\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty) year(?![\p{L}])/gu,
      '$1 years',
    );

const doors = readerDoors({
  reading: luxembourgish,
  asTyped,
  outweighsNeighbours,
  counted: asPlain,
  inEnglish: (read) => withEnglishAgreed(withThingFirst(withDoInverted(read))),
});

/** Whether a question is typed in Luxembourgish (its own words, more of them than German's, Dutch's or French's). */
export const typedInLuxembourgish = doors.typedIn;

/** The question read in English when it is typed in Luxembourgish; else the question as it is. */
export const readLuxembourgish = doors.read;

/** The reading without the forms of Luxembourgish verbs ("iwwerwisen") that neither English nor the base knows. */
export const withoutUnknownLuxembourgish = doors.withoutUnknown;

/** Whether a word, in lower case, is one of Luxembourgish's own the reader lists. */
export const isLuxembourgishListed = (word: string): boolean =>
  known(word) || luxembourgish.isListed(word.toLowerCase());
