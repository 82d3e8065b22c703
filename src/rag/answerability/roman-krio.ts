/**
 * @module A question typed in chat in Sierra Leone Krio, Liberian English (Kolokwa) or a West African Pidgin
 * (Nigerian, Ghanaian, Cameroonian Pidgin English), read as the English question it asks: "wetin na di floor
 * price dis season?" as "what is the floor price this season?", "usai a go get mi payslip?" as "where I will
 * get my payslip?". The reading is roman-reading.ts's; the languages' own rules are here. Their words stand
 * in English's order, so each is read in its place and the small words are kept. Krio's "ɔ" and "ɛ" are read
 * as the "o" and "e" chat types ("nɔ", not, first). "na" is "is" after a word of asking ("wetin na …") and
 * "at" before a place ("na Makeni depot"), else left out; "go" between a pronoun and a verb is "will"; "de"
 * and "dey" before a verb say it goes on, left out, and ending a clause say where a thing is ("usai di ofis
 * de?": where the office is). A pronoun is "I", "we", "they" before a verb, "me", "us", "them" after one done
 * to someone, and "my", "our" before a thing; "dem" after a thing only makes it many ("di steps dem", and
 * after a kind of person, "dryer operator dem"). Liberian's "da" is "the" ("da staff bus"), "is the" after a
 * word of asking ("wetin da price?": what is the price?) and "is" before whose a thing is ("da my own"); its
 * "ma" is "my"; its "dey" opening a clause, or after "if" or "how much", is "they" ("dey can give me", "how
 * much dey pay"), elsewhere the mark of a verb going on ("they dey pay"); "get belly" is pregnant, a wife who
 * "born" gives birth, "small small" is a little, and "oh", "yah" and "my man," are courtesy. A question is
 * theirs only with two words of their own (a phrase of their own, "get belly", "small small" or "dey dey",
 * counting as one), or one of their own words of asking, or a word typed with Krio's "ɔ" or "ɛ", beside their
 * "na", "di", "da" or "mi" ("usai a go get mi payslip?", "wetin da price?"), or Liberian's "dey", "pekin" or
 * "ehn" beside two of their small words ("da", "ma", "dem", "di", "dis", "dat"): and more of their own than
 * of Belizean Kriol's, Spanish's, Italian's, Indonesian's, Haitian's, Tetum's, Hindi's, Nepali's, Bengali's
 * or Tagalog's, whose "na", "di", "da", "ma", "de", "mi", "dem" and "se" they type too. A question in English
 * with one Pidgin word ("how much dey paying") is chat English's, left as typed. The word lists (Liberian's
 * in roman-krio-liberian.ts) were written from general knowledge of the languages, without reading any
 * organisation's documents or questions.
 */
import { isPersonNoun } from '../wordnet/index.js';
import type { TermStats } from './assess.js';
import { CREOLE_NEIGHBOUR_MARKERS } from './neighbour-markers.js';
import { MARKERS as BENGALI_MARKERS } from './roman-bengali-words.js';
import { LIBERIAN_OWN, LIBERIAN_SIGNS, LIBERIAN_SMALL } from './roman-krio-liberian.js';
import {
  AFTER_PRONOUN,
  ASKING,
  ASPECT,
  DONE_TO,
  DROPPED,
  MARKERS,
  MODALS,
  OBJECTS,
  OWN_ASKING,
  PHRASES,
  SPELLINGS,
  STATED_THINGS,
  STATES,
  SUBJECTS,
  THINGS_TOO,
  VERBS,
  WEAK,
  WORDS,
} from './roman-krio-words.js';
import { MARKERS as KRIOL_MARKERS, ROMANCE } from './roman-kriol-words.js';
import { type RomanLanguage, romanReading } from './roman-reading.js';

// A word's forms as typed: the listed one and its other spellings, for the patterns that look for one.
const typedForms = (words: Iterable<string>) => {
  const listed = new Set(words);
  return [...listed, ...[...SPELLINGS].filter(([, w]) => listed.has(w)).map(([t]) => t)].join('|');
};
// The words of asking as typed.
const ASKED = `(?:${typedForms(ASKING.keys())})`;
// A word ends here: no letter or apostrophe follows.
const END = "(?![\\p{L}'])";
// A word starts here.
const START = "(?<![\\p{L}'])";

// What counts after "homoch": read "how many" before these, "how much" before anything else ("moni", "pe").
const COUNTED =
  /^(?:days?|nights?|weeks?|months?|years?|hours?|times?|people|persons?|workers?|child(?:ren)?|shifts?|forms?|uniforms?)$/;

// "homoch" asks how many of a thing counted ("homoch wik", "homoch pikin"), how much of anything else.
function askingAt(word: string, tokens: string[], at: number, spelled: (t: string) => string) {
  const next = spelled(tokens[at + 1] ?? '');
  if (word === 'homoch' && COUNTED.test(WORDS.get(next) ?? next)) return 'how many';
  return undefined;
}

// Words that may follow a pronoun that does something: a verb, a modal, a state, or "fo", "no", "fit", "se".
const FOLLOWING: ReadonlySet<string> = new Set([
  ...VERBS.keys(),
  ...MODALS.keys(),
  ...STATES.keys(),
  ...AFTER_PRONOUN.keys(),
]);

// Krio's and the Pidgins' word lists and rules.
const KRIO: RomanLanguage = {
  asking: ASKING,
  phrases: PHRASES,
  dropped: DROPPED,
  words: WORDS,
  markers: MARKERS,
  // Verbs and modals: "sabi", "tek", "lef", "kin", "don".
  verbs: new Set([...VERBS.keys(), ...MODALS.keys()]),
  spellings: SPELLINGS,
  // Words Spanish, Italian, Portuguese, Indonesian, Haitian, Tetum, Hindi, Nepali, Belizean Kriol or chat English
  // type alike ("na", "di", "mi", "dem", "se", "fit", "una", "da", "ma", "jus"): no sign of Krio or Pidgin on their
  // own.
  shared: new Set(
    'na di de dis dat mi yu wi e im dem se fit go pan te en ya os mama papa bos tide net sik tek mek lef kam gi pe wan kin don una ol oda wit be bi si tumara shif moni ofis dokta famili da ma oh yah yeh jus fren'.split(
      ' ',
    ),
  ),
  // Words the dictionary has that are plainly Krio's or Pidgin's in a question: "chop" (food), and "fo", Krio's
  // "fɔ" as the letters are folded, which the count of their own words has seen typed so ("FO" is an acronym).
  plainly: new Set(['chop', 'fo']),
  // The languages have no case endings, and whose a thing is goes before it as in English ("Mr Kamara in pe").
  genitive: new Set(),
  locative: new Set(),
  // Commas, and "en" (and) only where a second question follows: "buts en glovs" is one thing asked for.
  joins: new RegExp(`\\s*,\\s*|\\s+(?:en|and|an)\\s+(?=${ASKED}${END})`, 'iu'),
  // "en …", "so …", a greeting ("kushe", "how far,", "my man,", "ma people,"), "oga, …", and "a wan no …" or "I wan
  // know …" (I want to know) before a word of asking say nothing the word of asking does not.
  leadingJoin: new RegExp(
    `^(?:\\s*(?:en|and|so|plz|pls|please|abeg|kushe|kusheh|hello|hi|hey|good\\s+(?:morning|afternoon|evening)|gud\\s+monin|(?:how\\s+far|how\\s+(?:di|de|the|da)\\s+(?:bodi|body)|oga|boss|bos|bros|sista|madam|ma|sa|sir|chale|chief|bossman|(?:my|ma|mah)\\s+(?:man|people|pipul|bro|fren|friend|pa|boss))(?=\\s*,)|(?:I|a|ah|mi)\\s+(?:wan|want|wanna)\\s+(?:to\\s+)?(?:no|know|kno|knw|sabi|ask|aks)(?=\\s+${ASKED}${END}))[\\s,]+)+`,
    'iu',
  ),
  askingAt,
  // The languages' verbs take no endings ("pe" is pay, paid and paying): no form to drop.
  verbForm: /(?!)$/,
  verbStems: new Set(),
};

const krio = romanReading(KRIO);

// A word as the lists spell it, in lower case.
const spell = (word: string) => SPELLINGS.get(word.toLowerCase()) ?? word.toLowerCase();

// Krio's letters as chat types them: "nɔ" (not) apart from "no" (know), "dɛn" (they, and the plural) as "dem",
// then "ɔ" as "o", "ɛ" as "e", "ŋ" as "ng".
const folded = (question: string) =>
  question
    .replace(new RegExp(`${START}([Nn])ɔ${END}`, 'gu'), '$1ot')
    .replace(new RegExp(`${START}([Dd])ɛn${END}`, 'gu'), '$1em')
    .replace(/ɔ/g, 'o')
    .replace(/Ɔ/g, 'O')
    .replace(/ɛ/g, 'e')
    .replace(/Ɛ/g, 'E')
    .replace(/ŋ/g, 'ng');

// Pronouns that open a sentence with a capital ("A go pay?", "Una sabi …"), read as the lists spell them.
const OPENERS = new Set(['a', 'ah', 'mi', 'wi', 'e', 'im', 'dem', 'una', 'wuna', 'yu', 'na', 'di']);

// A sentence's first word as a phone capitalises it, in lower case when the lists know it: the reading's own
// lowering misses "A" and "E", and the patterns below need it too.
const withOpenersLowered = (question: string) =>
  question.replace(/(^|[.?!]\s+)(\p{Lu}\p{Ll}*)(?=[\s,?!.]|$)/gu, (all, before: string, word: string) => {
    const lower = word.toLowerCase();
    return krio.isListed(spell(lower)) || OPENERS.has(lower) ? `${before}${lower}` : all;
  });

// "Ma Korto …" opening a sentence: Liberia's title for a woman, which the reading would lower to "ma" (my) as it
// lowers a sentence's first word; read "Madam", which it keeps.
const withTitleMa = (question: string) =>
  question.replace(/(^|[.?!]\s+)Mah?(?=\s+\p{Lu}\p{Ll})/gu, '$1Madam');

// A day typed in Krio's spelling with its capital ("Satide", "Sonde"): no name, but the day, read so.
const withDaysLowered = (question: string) =>
  question.replace(/(?<![\p{L}'])\p{Lu}\p{Ll}+de(?![\p{L}'])/gu, (day: string) =>
    /^\p{Lu}/u.test(WORDS.get(day.toLowerCase()) ?? '') ? day.toLowerCase() : day,
  );

// "a beg", "ɔ bɛg" (please), typed apart: one word of courtesy, as "abeg" is.
const withBegJoined = (question: string) =>
  question.replace(new RegExp(`${START}(?:a|ah|o)\\s+beg${END}`, 'giu'), 'abeg');

// Words that are never a thing: a "dem" after them is "they" or "them" ("a no se dem pe"), no plural.
const NO_THING = new Set([...FOLLOWING, ...ASKING.keys(), ...DROPPED, 'if', 'we', 'wen']);

// "di steps dem", "mi pikin dem", "ma tools dem": "dem" after a thing only says there are many, which the thing
// says in English well enough; after a verb it is "them" ("tel dem"), so it stays.
const withoutPluralDem = (question: string) =>
  question.replace(
    /(?<![\p{L}'])((?:di|dis|dat|da|dah|mi|ma|mah|wi|yu|una|im|in|ol|all|the|my|our|your|his|her|their)\s+(?:(\p{L}+)\s+)?(\p{L}+))\s+dem(?![\p{L}'])/giu,
    (all, kept: string, first = '', last: string) =>
      [first, last].some((w) => NO_THING.has(spell(w))) ? all : kept,
  );

// Words for people the dictionary does not list as a kind of person: "staff", "casual" (a worker by the day).
const PEOPLE = new Set(['staff', 'people', 'pipul', 'casual', 'casuals']);
// Pronouns and the words that own a thing: a "dem" after them is no plural.
const NO_PLURAL = new Set([...SUBJECTS.keys(), ...OBJECTS.keys(), 'pikin', 'the', 'da', 'di']);

// "da dryer operator dem", "how much dey pay security dem": "dem" after a kind of person, with nothing before it
// that owns it, only says there are many too; "pikin dem" is read "children" by the phrases.
const withoutPluralDemAfterPerson = (question: string) =>
  question.replace(/(?<![\p{L}'])(\p{Ll}+)\s+dem(?![\p{L}'])/gu, (all, word: string) => {
    const said = spell(word);
    if (NO_THING.has(said) || NO_PLURAL.has(said)) return all;
    const one = said.replace(/(?<=[^s])s$/, '');
    return PEOPLE.has(said) || isPersonNoun(said) || isPersonNoun(one) ? word : all;
  });

// "please ya", "sorry ya", "…, my man?", "…, ya?": Liberian courtesy, which asks nothing ("ya" is Krio's "here"
// elsewhere).
const withoutCourtesy = (question: string) =>
  question
    .replace(new RegExp(`(?<=${START}(?:please|pls|plz|abeg|sorry|oh|o)\\s+)ya${END}`, 'giu'), '')
    .replace(
      /,\s*(?:(?:my|ma|mah)\s+(?:man|people|pipul|bro|fren|friend|pa|boss)|ya|yah|yeh|oh|o)(?=\s*(?:[?!.]|$))/giu,
      '',
    );

// Where a clause starts, for Liberian's "dey" (they): a sentence's start or a comma, a word that joins clauses, or
// a word of asking that a "dey" after it cannot follow as a mark of a verb going on ("how much dey pay").
const CLAUSE_OPENS = `(?:^|[,.?!;:])\\s*|${START}(?:if|wen|when|se|say|bikos|because|cause|but|bot|and|en|so|or|before|bifo|after|afta|till|until|te|please|pls|plz|abeg|oh|o|yah|how|ow|aw|hau|why|wai|where|usai|usay)\\s+`;
// Words after which "dey" is "is at" or "is there", no pronoun: "dey for da office", "dey here".
const BEING_AT =
  'for|fo|na|inside|insay|at|in|on|there|dere|deh|here|ya|yah|oh|o|again|now|naw|sef|pan|pon|wit|with|to|from';
// Modals, which a mark of a verb going on never stands before: "dey" before one is "they" wherever it is, except
// after a pronoun ("wetin dey can give me?", "how many weeks off dey can give me?"); "wetin dey happen?" still
// asks what is happening.
const MODAL = "can|kin|kan|fit|will|must|mos|mus|should|could|cannot|can't";
const PRONOUN = `(?:${typedForms(SUBJECTS.keys())}|they|he|she|it)`;
const DEY_THEY = new RegExp(
  `(?<=${CLAUSE_OPENS})dey(?=\\s+(?!(?:${BEING_AT})${END})\\p{L})|(?<!${START}${PRONOUN}\\s+)${START}dey(?=\\s+(?:${MODAL})${END})`,
  'giu',
);
// Liberian's "dey" where it is "they" ("dey can give me?", "if dey pay"), read "they" with the "dey" kept after it
// as a mark of a verb going on, which the reading leaves out and which the count of their words still sees.
const withTheyBeforeDey = (question: string) => question.replace(DEY_THEY, 'they dey');

// Owners and pronouns after Liberian's "da": "da my own" (is mine), "wetin da ma salary?" (what is my salary?).
const OWNERS = 'ma|mah|my|mi|your|yor|yu|his|her|our|their|me|him|us|them|it';
// Liberian's "da" before whose a thing is, "is"; after a word of asking, in a clause that ends with "dey" (where a
// thing is), Krio's "di", "the" ("where da office dey?": where the office is).
const withCopulaDa = (question: string) =>
  question
    .replace(new RegExp(`${START}(?:da|dah)(?=\\s+(?:${OWNERS})${END})`, 'giu'), 'is')
    .replace(
      new RegExp(`(${START}${ASKED})\\s+(?:da|dah)(?=\\s+[^,.?!]*?\\s(?:de|dey)\\s*(?:[,.?!]|$))`, 'giu'),
      '$1 di',
    );

// Places "na" puts a thing at ("na ofis", "na di depot"); a name with a capital is one too, but a title is a person.
const PLACES =
  'ofis|office|os|wok|work|site|plant|depot|ospitul|hospital|skul|school|mak|market|kantin|canteen|bank';
const TITLES = 'Mr|Mrs|Ms|Miss|Dr|Pa|Ma|Oga|Aunty|Anti|Uncle|Madam|Sir';
// "na" after a word of asking is "is" (read by the phrases); before a place it is "at" ("na Makeni depot").
const NA_AT = new RegExp(
  `(?<!${ASKED}\\s+)${START}[Nn]a\\s+(?=(?:di\\s+)?(?:(?!(?:${TITLES})${END})\\p{Lu}\\p{L}|(?:${PLACES})${END}))`,
  'gu',
);
const withPlaceAfterNa = (question: string) => question.replace(NA_AT, 'at ');

// "usai di ofis de?", "usai e dey?": "de" ending a clause says where a thing is, read "is"; "e nɔ de" is "is not".
const withBeingAt = (question: string) =>
  question.replace(/(?<=\p{L}\s+)(?:(not|no|nor)\s+)?(?:de|dey)(?=\s*(?:[,?!.]|$))/gu, (_, not?: string) =>
    not ? 'is not' : 'is',
  );

// Pronouns as typed, for the patterns that look for one.
const SUBJECT_TYPED = typedForms(SUBJECTS.keys());
// Words "go" goes to, not a verb it makes future: "a go os", "a go na ofis".
const GOING_TO = new Set('to na at for fo bak back os home out insay ofis office'.split(' '));
// Words after which "go" is the verb itself ("a wan go tide", "mek a go").
const GO_ITSELF = new Set('fo for to wan want mek make kin fit can go will no'.split(' '));
// A pronoun, whole, as typed.
const SUBJECT_WORD = new RegExp(`^(?:${SUBJECT_TYPED})$`, 'i');

// The "not" before a "go" that makes the verb after it future.
const NOT = new Set(['not', 'no', 'nor']);

// "a go pay", "dem go gi wi", "di bos go sain am": "go" after a pronoun before what is done, or before a listed
// verb, is "will"; before a place, or ending the clause, it is going.
const withFuture = (question: string) =>
  question.replace(/(?<![\p{L}'])(\p{L}+)\s+go(?=\s+(\p{L}+))/gu, (all, before: string, next: string) => {
    const [was, then] = [spell(before), spell(next)];
    // "a nɔ go kam": I will not come.
    if (NOT.has(was) && VERBS.has(then)) return 'will not';
    // A capital "A" inside a sentence is a grade or a plan ("plan A go wok?"), not Krio's "I".
    const subject = before !== 'A' && SUBJECT_WORD.test(before);
    if (subject && !GOING_TO.has(then) && !/^\p{Lu}/u.test(next)) return `${before} will`;
    return VERBS.has(then) && then !== 'go' && !GO_ITSELF.has(was) ? `${before} will` : all;
  });

// A pronoun after a verb done to someone, before the end, a small word or a word of asking ("tel mi wetin", "pe
// dem fo di ovataim", "gi mi di fom"), is the one it is done to: in English ("me", "them"), read as typed. Before
// a thing it stays the owner ("sen mi sik note": send my sick note). Not after "wetin" or "which": "wetin mek dem no
// pay" asks why they do not.
const DONE_TO_PRONOUN = new RegExp(
  `${START}(?<!(?:wetin|which)\\s+)(${[...DONE_TO].join('|')})\\s+(${[...OBJECTS.keys()].join('|')})(?=\\s*(?:[,.?!]|$)|\\s+(?:${ASKED}|di|dis|dat|wan|fo|for|if|se|sontin|eni|boku|smol|to|bak|back|out|naw|now|tide|tumara|yet|wit|pan|insay|te|abaut|bout|sabi|no|know|go|kam|come|moni|will)${END})`,
  'giu',
);
const withObjectsInEnglish = (question: string) =>
  question.replace(
    DONE_TO_PRONOUN,
    (_, verb: string, pronoun: string) => `${verb} ${OBJECTS.get(pronoun.toLowerCase())}`,
  );

// "tek am", "gi am", "wit am": Krio's and the Pidgins' "am" is "it" (or him, her); not English's "I am", "am I",
// nor the hour's "7 am".
const withAmAsIt = (question: string) =>
  question.replace(
    /(?<!(?<![\p{L}'])(?:i|a|ah)\s+)(?<![\d.:]\s*)(?<![\p{L}'])am(?![\p{L}'])(?!\s+i(?![\p{L}']))/giu,
    'it',
  );

// "in pikin", "in wef": Krio's "in" before one of the family or a thing a person has is "his" or "her".
const withOwnerIn = (question: string) =>
  question.replace(
    /(?<![\p{L}'])in\s+(?=(?:pikin|wef|waif|mama|papa|broda|sista|osban|famili|moni|pe|lif|bos|oga)(?![\p{L}']))/gu,
    'his ',
  );

// What may follow a pronoun that does something, as typed.
const FOLLOWING_TYPED = typedForms(FOLLOWING);

// A pronoun, a mark of a verb going on, and what follows: the word after that, if any, is looked at too. Not
// "una sabi wetin …" (do you know what …), which the phrases read.
const SUBJECT_BEFORE_VERB = new RegExp(
  `${START}(${SUBJECT_TYPED})\\s+(?!(?:sabi|no|know)\\s+${ASKED}${END})((?:(?:${[...ASPECT].join('|')})\\s+)?)(${FOLLOWING_TYPED})${END}(?=(?:\\s+(\\p{L}+))?)`,
  'giu',
);

// A pronoun before a verb, a modal or a state is the one who does it, in English ("a go": I will; "dem de pe":
// they pay), read as typed, with "fo" after it "should" and the mark of a verb going on kept for the reading to
// leave out. Before a verb
// that is a thing too, or a state before a thing ("mi pe", "a sik lif"), it stays the owner; "e get" opening a
// clause is "is there", which the phrases read.
const withSubjectsInEnglish = (question: string) =>
  question.replace(
    SUBJECT_BEFORE_VERB,
    (all, subject: string, aspect: string, next: string, after = '', at: number, text: string) => {
      const who = subject.toLowerCase();
      const said = spell(next);
      if (subject === 'A') return all;
      const opens = /(?:^|[,.?!])\s*$/.test(text.slice(0, at));
      if (who === 'e' && said === 'get' && opens) return all;
      const owned =
        (THINGS_TOO.has(said) && !aspect && who !== 'dem') ||
        (STATES.has(said) && STATED_THINGS.has(spell(after)));
      // The mark of a verb going on stays, for the reading to leave out: it is a sign of the languages too.
      return owned ? all : `${SUBJECTS.get(who)} ${aspect}${AFTER_PRONOUN.get(said) ?? next}`;
    },
  );

// "aw fo aplay?", "wetin for du?": "fo" after a word of asking, before a verb, is "to".
const withToAfterAsking = (question: string) =>
  question.replace(
    new RegExp(`${START}(${ASKED})\\s+(?:fo|for)(?=\\s+(?:${typedForms(VERBS.keys())})${END})`, 'giu'),
    '$1 to',
  );

// The question with its letters folded and its first words and days in lower case, as the lists spell them.
const lowered = (question: string) => withDaysLowered(withOpenersLowered(withTitleMa(folded(question))));
// The question as the lists read it: lowered, with plural "dem" left out, and the words that depend on what
// follows them in English, each step on the last's text.
const STEPS: ReadonlyArray<(question: string) => string> = [
  withBegJoined,
  withoutCourtesy,
  withTheyBeforeDey,
  withCopulaDa,
  withoutPluralDem,
  withoutPluralDemAfterPerson,
  withPlaceAfterNa,
  withBeingAt,
  withFuture,
  withObjectsInEnglish,
  withAmAsIt,
  withOwnerIn,
  withSubjectsInEnglish,
  withToAfterAsking,
];
const asTyped = (question: string) => STEPS.reduce((text, step) => step(text), lowered(question));

// Tagalog's small words: Taglish chat types "sabi" (said) and "una" (first), Krio's "know" and "you".
const TAGALOG =
  'ang ng mga sa po naman lang daw raw din rin ba ko mo niya nila natin namin kami tayo siya sila ito yung yun kasi pero wala meron saan kailan paano bakit ano sino ilan magkano pwede puwede hindi muna ako ikaw'.split(
    ' ',
  );

// Every word some neighbour types as its own (Kriol's "weh" and "fi", Haitian's "konbyen", Tetum's "hira",
// Indonesian's "gaji", Hindi's "kya", Nepali's "kati", Bengali's "koto", Spanish's "que", Tagalog's "ng"),
// unless Krio types it too.
const NEIGHBOURS: ReadonlySet<string> = new Set(
  [...KRIOL_MARKERS, ...CREOLE_NEIGHBOUR_MARKERS, ...BENGALI_MARKERS, ...ROMANCE, ...TAGALOG].filter(
    (w) => !krio.isListed(w) && !MARKERS.has(w) && !FOLLOWING.has(w),
  ),
);

// A word plainly Krio's or Pidgin's: listed as its own, or a word of the lists typed with Krio's "ɔ" or "ɛ" ("fɔ",
// "nɔ", "tɛnki"), which no neighbour types.
const isOwn = (token: string) => {
  const word = spell(folded(token));
  return MARKERS.has(word) || (/[ɔɛ]/u.test(token) && (krio.isListed(word) || FOLLOWING.has(word)));
};

// Liberian's "dey", "pekin" or "ehn" beside two different small words of theirs ("how much dey pay da dryer
// operator dem?"): chat English types one of them now and then, not three together.
const besideTwoSmall = (said: readonly string[], tokens: readonly string[]) =>
  said.some((t) => LIBERIAN_OWN.has(t)) &&
  new Set(tokens.map((t) => spell(folded(t))).filter((t) => LIBERIAN_SMALL.has(t))).size >= 2;

// Two of Krio's or Pidgin's own words at least (a phrase of their own, "get belly", counting as one), or one that
// asks beside a small word of theirs ("usai a go get mi payslip?"), or Liberian's "dey" beside two small words,
// and more of their own than of their neighbours': "na", "di", "de" and "mi" are Portuguese's, Italian's,
// Indonesian's and Spanish's too, and one word ("dey", "wetin") beside English is chat English's.
function outweighsNeighbours(question: string): boolean {
  const tokens = question
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}]+|[^\p{L}']+$/gu, ''));
  const own = tokens.filter(isOwn);
  const theirs = tokens.filter(
    (t) => NEIGHBOURS.has(t) || NEIGHBOURS.has(t.normalize('NFD').replace(/\p{M}/gu, '')),
  );
  const said = own.map((t) => spell(folded(t)));
  const phrases = LIBERIAN_SIGNS.filter((sign) => sign.test(question)).map((sign) => sign.source);
  // A word of asking of their own, or one typed in Krio's letters ("fɔ", "nɔ"), beside a small word of theirs.
  const plainly = said.some((t) => OWN_ASKING.has(t)) || own.some((t) => /[ɔɛ]/u.test(t));
  const beside = (plainly && tokens.some((t) => WEAK.has(folded(t)))) || besideTwoSmall(said, tokens);
  return (new Set([...said, ...phrases]).size >= 2 || beside) && own.length + phrases.length > theirs.length;
}

/** Whether a question is typed in Krio or a West African Pidgin (two words of their own, more than a neighbour's). */
export const typedInKrio = (question: string): boolean =>
  // Counted as typed, before "dem" and "na" are read: a plural "dem" is no sign, a "fɔ" plainly one.
  outweighsNeighbours(question) && krio.typedIn(asTyped(question));

/** The question read in English when it is typed in Krio or a West African Pidgin; else the question as it is. */
export const readKrio = (question: string): string => {
  if (!typedInKrio(question)) return question;
  const typed = asTyped(question);
  const read = krio.read(typed);
  return read === typed ? question : read;
};

/** The reading as it is: Krio's and the Pidgins' verbs take no endings, so no unknown form of one is left to drop. */
export const withoutUnknownKrio = (read: string, written: string, stats: TermStats): string =>
  krio.withoutUnknown(read, asTyped(written), stats);
