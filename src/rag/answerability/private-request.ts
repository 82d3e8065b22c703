/**
 * @module Questions about a named person's private life — their birth date, pay, home address, personal phone,
 * health — are not answered from documents, even when a directory or a record holds the person's name next
 * to something that looks like an answer. The offline answerer declines them; a model is told the same by the
 * prompts.
 */

import { FOREIGN_MONTH_PATTERN, MONTH_PATTERN } from '../normalise/index.js';
import { isOrdinaryWord, isPersonNoun, placeOf } from '../wordnet/index.js';
import { namesGuessed } from './capitals.js';
import { FAMILY_AND_WARNING_WORDS, familyOrWarningAsked } from './private-family.js';
import { greekPersonAsked } from './private-greek.js';
import {
  endsInThing,
  firstNameStaying,
  idNumberAsked,
  MORE_PATTERNS,
  NUMBER_AFTER_NAME_SOURCE,
  privateLineOf,
  withTeamAfterName,
} from './private-more.js';
import { HEALTH_AGAIN, PRONOUN_PRIVATE_WAYS } from './private-pronoun.js';
import { withPrivateSlipsRead } from './private-slips.js';
import {
  DISCIPLINE_PATTERN,
  GAP_WORD,
  HOLIDAY_WORDS,
  IC_NUMBER,
  ID_ACRONYM,
  NAME,
  OTHER_VERB,
  PAPERS,
  PAY_EXTRA,
  PERSONAL_LIFE,
  PERSONAL_VERB,
  PRIVATE,
  RELATION,
  STAY_AND_TEST_PATTERNS,
  TITLE,
  WEEKDAY_WORDS,
} from './private-words.js';

const PAPERS_OF_NAME = new RegExp(`(${NAME})['’]s\\s+(?:${PAPERS})`, 'u');
const PAPERS_NAMED_OF = new RegExp(`\\b(?:${PAPERS})\\s+of\\s+(${NAME})`, 'u');
// "the ID number of Mpho Lebona": a person's, not a firm's VAT or tax ID, nor a thing's ("ID number of Forklift Seven").
const ID_NUMBER_OF = new RegExp(
  `(?<!\\b(?:VAT|[Tt]ax|[Cc]ompany|[Ss]upplier|[Vv]endor|[Cc]ustomer|[Cc]lient|[Bb]usiness|UID|EORI)\\s)\\b(?:[Nn]ational |[Pp]ersonal )?ID (?:number|no\\.?|card number)\\s+of\\s+(${NAME})`,
  'u',
);

// "What does Helen Okafor earn? … earns Helen Okafor …": a verb of pay or health before a name. Too loose for
// words only guessed to be a name ("how do I make payslip corrections?").
const VERB_THEN_NAME = new RegExp(`\\b(?:${PERSONAL_VERB})\\s+(${NAME})\\b`, 'u');

const PATTERNS = [
  // "Helen Okafor's date of birth", "Tomasz Brandt’s salary", "Mr Kowalski's tenancy reference and home address":
  // up to four words before the private one, or two more after "and"; none a preposition ("Sarah Jones's role in
  // approving salary changes" asks of her role)
  new RegExp(
    `(${NAME})['’]s\\s+(?:${GAP_WORD}\\s+){0,4}(?:(?:and|or)\\s+(?:${GAP_WORD}\\s+){0,2})?(?:${PRIVATE}|${PAY_EXTRA}|${ID_ACRONYM}|${IC_NUMBER})\\b`,
    'u',
  ),
  // "the salary of Tomasz Brandt", "la date de naissance de Élodie Vasseur", "the home address of my colleague
  // Anna de Vries"
  new RegExp(
    `\\b(?:${PRIVATE})\\s+(?:of|for|de|d['’]|von|van|di|da|do)\\s*(?:(?:my|our|his|her|their|a)\\s+(?:colleague|co-?worker)\\s+)?(${NAME})`,
    'u',
  ),
  // "the address and phone number of my neighbour Piet Jansen": how to reach someone the asker knows outside work
  // is theirs to give, whatever the documents hold (not "…of my friend Tom Smith's school").
  new RegExp(
    `\\b(?:address|phone|number|mobile|e-?mail)\\b[^?.!\\n]{0,40}?\\bof\\s+(?:my|our|his|her|their)\\s+(?:${RELATION})\\s+(${NAME})(?!['’]s)`,
    'u',
  ),
  // "How much does Tomasz Brandt earn?", "Where does Hannah Greaves live?", "Is Élodie Vasseur off sick?", "Is Dr.
  // Tahmina Sultana married?"
  new RegExp(
    `\\b(?:[Dd]oes|[Dd]id|[Ii]s|[Ww]as|(?:[Ww]here|[Ww]hy|[Hh]ow(?: much| long)?)(?:\\s+(?:does|did|is|was|has))?)\\s+(?:${TITLE}\\s+)?(${NAME})\\s+(?:been\\s+)?(?:${PERSONAL_VERB})\\b`,
    'u',
  ),
  VERB_THEN_NAME,
  // "Does Leanne Broadhurst have any criminal convictions?", "Has Tom Hardy got a disability?"
  new RegExp(
    `\\b(?:[Dd]oes|[Dd]id|[Hh]as|[Hh]ad)\\s+(${NAME})\\s+(?:ever\\s+)?(?:have|had|got)\\s+(?:any\\s+|an?\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${PRIVATE})\\b`,
    'u',
  ),
  // "Has Tom Hardy ever been arrested?"
  new RegExp(
    `\\b(?:[Hh]as|[Hh]ad|[Ii]s|[Ww]as)\\s+(${NAME})\\s+(?:ever\\s+)?(?:been\\s+)?(?:arrested|convicted|in prison|in jail|charged with)\\b`,
    'u',
  ),
  // "When does Nanna Friis go on maternity leave?", "Is Joe Bloggs going on barsel?": a colleague's family or
  // health leave is theirs to tell.
  new RegExp(
    `(${NAME})\\s+(?:go|goes|going|went|gone|start|starts|starting|begin|begins|on|back from|off on|taking|take|takes|took)\\s+(?:on\\s+)?(?:(?:her|his|their)\\s+)?(?:(?:maternity|paternity|parental|adoption|shared parental|mat|pat|sick|sickness|medical)\\s+leave|barsel|barselsorlov|föräldraledighet|Elternzeit|Mutterschutz|congé (?:maternité|paternité|parental))(?![\\p{L}])`,
    'u',
  ),
  // "Jerome Cudjoe from CM Poui fail his drug test or what?": a named person's test result.
  new RegExp(
    `(${NAME})(?:\\s+(?:from|at|on|in|of)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}\\d-]*\\s+){1,3}?)?\\s*(?:did\\s+)?(?:fail|failed|fails|failing|flunk|flunked|pass|passed)\\s+(?:his|her|their)\\s+(?:random\\s+)?(?:drugs?|alcohol|breath|drugs? and alcohol|alcohol and drugs?)\\s+(?:test|screen)(?![\\p{L}])(?!\\s+(?:policy|forms?|kits?|audit|procedure|rules?))`,
    'u',
  ),
  // "Heard Rupert Oakes has been in hospital", "Joe Bloggs is off sick again", "Why has Luis Araya been on
  // licencia médica?"
  new RegExp(
    `(${NAME})\\s+(?:has been|had been|been|is|was|went|has gone)\\s+(?:(?:in|into|to)\\s+hospital|off sick|on (?:sick|medical) leave|on (?:licencia médica|baja médica|arrêt maladie|Krankmeldung))(?![\\p{L}])`,
    'u',
  ),
  // "How much bonus did Martin Oyelaran get?", "What salary does Helen Okafor take home?", "What KiwiSaver
  // contribution rate has Sione Faleolo chosen?"
  new RegExp(
    `\\b(?:${PRIVATE}|${PAY_EXTRA})(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:did|does|has|had|is|was|will)\\s+(${NAME})\\s+(?:get|got|receive|received|earn|earned|take|took|make|made|have|had|be|chosen|chose|choose|picked|pick|selected|select|opted for|set)\\b`,
    'u',
  ),
  // "Quanto ganha o Rui Barbosa?", "Wo wohnt der Jan Vos?": in other languages an article may stand before a
  // name (in English "make le Grand Tour…" names no one).
  new RegExp(`\\b(?:${OTHER_VERB})\\s+(?:o|el|la|le|il|lo|der|die|den|het)\\s+(${NAME})\\b`, 'u'),
];

// Asked in everyday words: what a named person has, earns or is paid.
// A named person's absences and leave, asked of a name only when its last word is no ordinary word (nor the plural
// of one): "Facilities Management", "Night Shift" and "Microsoft Teams" take leave and go off too.
const ABSENCE_PATTERNS = [
  // "How many days has Marc Thomas had off sick?", "How much annual leave has Marc Thomas got left?"
  new RegExp(
    `\\b[Hh]ow (?:many|much)\\s+(?:(?:sick|sickness|annual|holiday|days?|leave)\\s+){1,3}(?:(?:off(?:\\s+sick)?|of)\\s+)?(?:has|have|did|had)\\s+(${NAME})\\s+(?:had|taken|took|got|used|booked|have|take)\\b`,
    'u',
  ),
  // "Why was Marc Thomas off work last week?", not "Why is Station Road off the gritting route?"
  new RegExp(
    `\\b[Ww]hy (?:is|was|has|had)\\s+(${NAME})\\s+(?:been\\s+)?(?:off|absent|away)(?:\\s+(?:sick|ill|work)\\b|\\s*(?:[?.!,;]|$)|\\s+(?:last|yesterday|today|this|on|for|again|so)\\b)`,
    'u',
  ),
  // "Marc Thomas's sick days", "…'s leave balance": a person's own record, by possession only.
  new RegExp(
    `(${NAME})['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:sick days|sickness absences?|attendance record|leave balance|holiday balance)\\b`,
    'u',
  ),
];

// "Prudential Hong Kong": a name that ends in a place of two words is a firm's or a branch's.
const endsInPlace = (name: string) => placeOf(name.split(/\s+/).slice(-2).join(' ')) !== undefined;

// A name ending in a thing's word, unless that word names a kind of person too: "Lucía Ponce", "Kamal Baker" and
// "Ana Smith" are people; "Microsoft Teams", "Linde Gas" and "Kijura Estate" are not.
function endsInThingNotPerson(name: string): boolean {
  return endsInThing(name) && !isPersonNoun(name.split(/\s+/).at(-1)!.toLowerCase());
}

const EVERYDAY_PATTERNS = [
  // "How much has Priya Raman got in her pension pot?", "How much does Ravi Shah earn a year?"
  new RegExp(
    `\\b[Hh]ow much (?:has|does|did|is|was)\\s+(${NAME})\\s+(?:(?:got|have|had|put|putting|paid|paying|pay|saved|saving|save)\\s+(?:in|into)\\s+(?:her|his|their)\\s+(?:pension|pot|savings|account|bank|isa)\\b|(?:earn|earned|make|made)(?=\\s*(?:[?.!,]|$)|\\s+(?:a year|an hour|a month|a week|per|now)\\b))`,
    'u',
  ),
  // "What's Margaret Osei-Bonsu actually on?", "whats Amy Price on a year": what a named person is paid.
  new RegExp(
    `\\b[Ww]hat(?:['’]?s| is| was)\\s+(${NAME})\\s+(?:actually\\s+|really\\s+)?on(?=\\s*(?:[?.!]|$)|\\s+(?:as|a year|an hour|per|now)\\b)`,
    'u',
  ),
];

// Where a named person's home is, as the lower-case check looks for it.
const HOME_OF = 'home of|house of|(?:home|house|hometown|village)(?=\\s*(?:[?.!,;]|$))';

// Asked of a name only when its last word is no ordinary word (as absences are): "Kijura Estate pay how much" and
// "the home of Rwenzori Mist Tea" ask of a place and a company.
const NAMED_ONLY_PATTERNS = [
  // "Which mutualista is Gustavo Bentancur with?", "which religion is Amy Price?": a person's health insurer or
  // faith asked first (not "which pension is Kvitbrim Laks with?").
  new RegExp(
    `\\b[Ww]hich\\s+(?:mutualista|obra social|isapre|health insurer|health insurance|medical aid|religion)\\s+(?:is|was)\\s+(${NAME})(?:\\s+(?:with|on|in|under))?(?=\\s*(?:[?.!,]|$))`,
    'u',
  ),
  // "Kitty Ho in HR earn how much per month?", "Kitty Ho salary how much?": the question word where the answer
  // goes, as chat puts it.
  new RegExp(
    `(?<!\\b(?:[Aa]t|[Ii]n|[Ff]rom|[Oo]f|[Ff]or|[Tt]o|[Oo]n)\\s{1,3}|\\p{Lu}[\\p{L}-]{0,30}\\s{1,3})(${NAME})(?:\\s+(?:in|from|at|of)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}&-]*|hr|it)(?:\\s+\\p{Lu}[\\p{L}&-]*){0,2})?\\s+(?:(?:earn|earns|earning|make|makes|making|gets? paid|takes? home)|(?:salary|pay|wages?|earnings|income)(?:\\s+is)?)\\s+[Hh]ow much\\b`,
    'u',
  ),
  // "Which village is the home of Mrs Grace Kemigisa?", "Where is the house of Tom Otim?", "Where is Tom Otim's
  // home?": where a named person lives.
  new RegExp(
    `\\b(?:(?:[Ww]hich|[Ww]hat)\\s+(?:village|town|district|area|place|street|road|estate)|[Ww]here)\\s+(?:is|was)\\s+(?:the\\s+)?(?:home|house|hometown|home town|home village|village)\\s+of\\s+(${NAME})`,
    'u',
  ),
  new RegExp(
    `\\b[Ww]here\\s+(?:is|was)\\s+(${NAME})['’]s\\s+(?:home|house|hometown|home town|home village|village)(?=\\s*(?:[?.!,;]|$))`,
    'u',
  ),
];
// "Where is Mingma's home exactly?": where a colleague lives, asked by a first name (no ordinary word, no place).
const FIRST_NAME_HOME =
  /\b[Ww]here\s+(?:is|was)\s+(\p{Lu}\p{Ll}+)['’]s\s+(?:home|house|village)(?=\s*(?:[?.!,;]|$)|\s+exactly\b)/u;
const firstNameHome = (question: string) => {
  const first = question.match(FIRST_NAME_HOME)?.[1] ?? firstNameStaying(question);
  return first && !isOrdinaryWord(first.toLowerCase()) && placeOf(first) === undefined ? first : undefined;
};
// "What was Jahangir Alam's operation?", "What does Tahmina Sultana's husband do?": a named colleague's operation or
// spouse, asked about (a surname may be a place's name too: "Sultana"). Not a region's or a shift's operation, nor
// whether a spouse may come ("Can Sarah Jones's husband attend the party?").
const PERSONAL_LIFE_PATTERNS = [
  new RegExp(`(${NAME})['’]s\\s+(?:${PERSONAL_LIFE})(?=\\s*(?:[?.!,;]|$))`, 'u'),
  new RegExp(
    `(${NAME})['’]s\\s+(?:husband|wife|spouse)(?=\\s*(?:[?.!,;]|$)|\\s+(?:do|does|did|work|works|worked|called|named)\\b)`,
    'u',
  ),
];
// A capitalised pair that ends in the word for a plan, a role, a day or a product names no person ("How much
// does Westfield Health pay?", "What's Easter Monday on?", "How much did Comic Relief make?").
const THING_END =
  /(?:plan|scheme|insurance|health|cover|card|club|office|band|grade|level|leader|manager|lead|team|leave|staff|workers|employees|chef|assistant|member|supervisor|attendant|officer|airways|airline|crew|contractors?|subsidiary|supplier|catering|foods|offshore|energy|bank|airlines|logistics|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|portal|app|system|relief|sacrifice|depot|site|hub|fund|trust|pension|one|two|three|four|five|six|government|department|dept|council|ministry|committee|authority|agency|commission|parliament|police|school|college|university|institute|society|association|union|centre|center|foundation|supermarkets?|stores|hotels?|resorts?|printers|bakery|pharmacy|hospital|clinic|farms?|motors|life|wharves|cement|producers)$|\s(?:ltd|limited|holdings|inc|corp|group|pty|plc|gmbh|bv|sa|pvt|private|llp|engineering|services|solutions|technologies|systems|industries|enterprises|consulting|labs)\.?$|^(?:centro|planta|fábrica|fabrica|usine|sucursal|bodega)\s/i;

/**
 * The person a question asks private details about, if it does. A question is asked again with the words that
 * could be a name capitalised ("where does hannah greaves live?", in capitals too), by the patterns that say
 * whose detail is asked (not a verb before a name: "how do I make payslip corrections?"): a private question
 * does not pass for being typed in lower case.
 */
export function privatePersonAsked(asked: string): string | undefined {
  const question = withTeamAfterName(asked);
  const found = privateAsWritten(question) ?? privateWithNamesGuessed(question);
  if (found) return found;
  // "personasl mobile": a slip of the private words the check reads is read as them, once, and only when the
  // question as typed is not private (a name typed in lower case, "mary stuart", is no slip of "start").
  const read = withPrivateSlipsRead(question, PRIVATE_NOUNS);
  return read === question ? undefined : (privateAsWritten(read) ?? privateWithNamesGuessed(read));
}

// The private question typed in lower case (or capitals), with the words that could be a name capitalised.
function privateWithNamesGuessed(question: string): string | undefined {
  // Only a question that names something private is asked again (most never do, and guessing reads a dictionary).
  mayBePrivate ??= new RegExp(
    `(?<![\\p{L}])(?:${[PRIVATE, PERSONAL_VERB, PAY_EXTRA, OWN_DETAIL, PAY_AND_TAX, PAPERS, ID_ACRONYM, IC_NUMBER, HEALTH_AGAIN, ABSENT, 'wrong with|matter with|what (?:does|did) (?:she|he) have|eps(?![\\p{L}])', HOME_OF, 'where (?:does|did)\\s|(?<=\\p{L}[\\x27’]s\\s|\\bher\\s|\\bhis\\s)\\p{L}{2,6}\\s+(?:number|no|nr)\\b|iban(?![\\p{L}])|(?:fail|failed|flunk|flunked|blow|blown)\\s+(?:his|her|their|a|the)\\s|warning|suspended|sacked|fired|dismissed|disciplined|written up|paid', FAMILY_AND_WARNING_WORDS].join('|')})`,
    'iu',
  );
  if (!mayBePrivate.test(question)) return undefined;
  checkedWords ??= wordsChecked();
  // A question in capitals only has its words guessed as one in lower case would.
  const typed = /\p{Ll}/u.test(question) ? question : question.toLowerCase();
  // The words of what is asked for ("personal cellphone number") are never a name's, however the patterns spell
  // them ("cell(?:phone)?").
  const asked = [...typed.matchAll(new RegExp(mayBePrivate.source, 'giu'))].flatMap(
    (m) => m[0].toLowerCase().match(/\p{L}+/gu) ?? [],
  );
  const guessed = namesGuessed(typed, new Set([...checkedWords, ...asked]));
  const name = privateAsWritten(withAcronymsCapitalised(guessed), false);
  // A day or a season guessed as a name ("the pay for sunday overtime") names no one.
  return name && !name.split(/\s+/).some((w) => DAY_WORD.test(w)) ? name : undefined;
}

// An identity number's acronym typed in lower case ("his ic number", "her trn no.", "sharon bailey trn?"), in
// capitals as the patterns read it: only before "number" or "no", or, for one that is no word, ending what is
// asked ("my manager's sin?" and "tin foil" stay words).
const withAcronymsCapitalised = (question: string) =>
  question
    .replace(LOWER_ACRONYM, (acronym) => acronym.toUpperCase())
    // A short word that is no English word before "number" ("rosa kassoma's bi number") is an acronym.
    .replace(NUMBER_AFTER_NAME, (word) => (isOrdinaryWord(word) ? word : word.toUpperCase()))
    .replace(/(?<![\p{L}])iban(?![\p{L}])/gu, 'IBAN');
const NUMBER_AFTER_NAME = new RegExp(NUMBER_AFTER_NAME_SOURCE, 'gu');
const LOWER_ACRONYM =
  /(?<![\p{L}\p{N}])(?:(?:sin|ic|ni|pan|id|tin)(?=\s+(?:number|no\b))|(?:ssn|nino|tfn|trn|nis|ird|nric|cnic|pps|rut|sss)(?=\s+(?:number|no\b)|\s*(?:[?!.,;]|$)))/gu;

// The words that name a day, a month or a season of holidays.
// A month or a day in the languages read is one too ("le salaire de septembre tombe quel jour"), but not the months
// and days that are given names as well ("Mai Anh", "Wong Mei Fen", "Abril Gómez", "Juni Astuti", "Domingo").
const DAY_WORD = new RegExp(
  `^(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|august|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|${WEEKDAY_WORDS}|${HOLIDAY_WORDS}|new|year['’]?s?|(?!(?:julio|avril|abril|mai|mei|mayo|juli|juni|marzo|maj|maja|julija|avgust|avgusta|junij)$)(?:${MONTH_PATTERN}|${FOREIGN_MONTH_PATTERN})|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado)$`,
  'iu',
);

// The words the patterns read themselves ("date", "birth", "pregnant"), never taken for a name's.
let checkedWords: Set<string> | undefined;

// The words the patterns read, as their sources spell them.
const wordsChecked = () =>
  new Set(
    [
      ...[
        ...PATTERNS,
        ...ABSENCE_PATTERNS,
        ...EVERYDAY_PATTERNS,
        ...NAMED_ONLY_PATTERNS,
        PRONOUN_PRIVATE,
      ].map((re) => re.source),
      OWN_DETAIL,
      PAY_AND_TAX,
      PAPERS,
    ]
      .join(' ')
      .toLowerCase()
      .match(/\p{L}{3,}/gu),
  );

// The nouns and adjectives that say what private thing is asked, whose slips are read as them: only these (not
// "about", "number" or "leave", whose slips and forms are everywhere).
const PRIVATE_NOUNS: ReadonlySet<string> = new Set(
  'personal private mobile cellphone handphone salary salaries address birth birthday birthdate religion medical diagnosis illness sickness pregnant married marital passport pension earnings income wages health criminal convictions disability'.split(
    ' ',
  ),
);
let mayBePrivate: RegExp | undefined;
// Absence and leave as the absence patterns ask about them.
const ABSENT = 'sick|off|absent|away|leave|balance|arrested|convicted|prison|jail|hospital|barsel';

function privateAsWritten(question: string, verbFirst = true): string | undefined {
  const patterns = verbFirst ? PATTERNS : PATTERNS.filter((re) => re !== VERB_THEN_NAME);
  const papers = nameOf(question.match(PAPERS_OF_NAME)?.[1] ?? question.match(PAPERS_NAMED_OF)?.[1]);
  return (
    firstNamed(question, patterns) ??
    papers ??
    firstNamed(question, [ID_NUMBER_OF], (name) => !ofOrdinaryWords(name) && !endsInPlace(name)) ??
    firstNamed(question, ABSENCE_PATTERNS, (name) => !endsInThing(name)) ??
    firstNamed(question, EVERYDAY_PATTERNS) ??
    firstNamed(question, NAMED_ONLY_PATTERNS, (name) => !endsInThing(name) && !endsInPlace(name)) ??
    // "Dr Ahmed's surgery" is a doctor's practice.
    firstNamed(question, PERSONAL_LIFE_PATTERNS, (name) => !ofOrdinaryWords(name) && !/^Dr\b/.test(name)) ??
    firstNamed(question, STAY_AND_TEST_PATTERNS, (name) => !ofOrdinaryWords(name) && !endsInThing(name)) ??
    firstNamed(
      question,
      [DISCIPLINE_PATTERN],
      (name) => !ofOrdinaryWords(name) && !endsInThingNotPerson(name),
    ) ??
    firstNameHome(question) ??
    moreAsked(question) ??
    familyOrWarningAsked(question, personNamed) ??
    namedThenPronoun(question) ??
    chatAsked(question) ??
    heldByOther(question)
  );
}

// The name the first of `patterns` that matches names, when `accept` takes it.
function firstNamed(
  question: string,
  patterns: RegExp[],
  accept: (name: string) => boolean = () => true,
): string | undefined {
  for (const re of patterns) {
    const name = nameOf(question.match(re)?.[1]);
    if (name && accept(name)) return name;
  }
  return undefined;
}

// Asked by a first name or a role instead of a full name: "Priya's home address", "the key holder's personal
// mobile", "the home address of the out-of-hours key holder". Only what is a person's own beyond doubt (not
// "pay" or "health", which a policy has too), and a role only when it names a kind of person.
const OWN_DETAIL =
  'home (?:address|number|phone(?: number)?|landline)|(?:personal|private) (?:mobile(?: number)?|cell(?: ?phone)?|phone(?: number)?|number|e-?mail(?: address)?|address)|date of birth|birth ?date|salary|bank details|national insurance number|social security number|social insurance number|identity number|tax file number|(?:NRIC|nric|MyKad|mykad)(?: number)?|(?:Aadhaar|aadhaar|Aadhar|aadhar)(?: (?:number|card|no\\.?))?|(?:national )?(?:ID|identity) card number|national ID(?: number)?|PPS number|driv(?:ing|er.?s?) licen[cs]e number|next of kin|medical (?:condition|history|records?)';
// A tax number and pay as a payslip names it, a person's own when asked by a first name or of a colleague ("Meena's
// PAN card number", "my manager's in-hand salary"); not of someone the asker deals with outside work (a landlord's
// PAN is asked for a rent claim), nor of a role in general ("the new joiner's take-home pay").
const PAY_AND_TAX = '(?:PAN|pan) (?:card|number|no\\.?)|CTC|ctc|cost to company|take-home pay|in-hand salary';
const ROLE = '(?:the|our|my|your)\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+';
const ROLE_ID = new RegExp(
  `\\b((?:[Tt]he|[Oo]ur|[Mm]y|[Yy]our)\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)['’]s\\s+(?:${ID_ACRONYM})`,
  'u',
);
const FIRST_NAME_DETAIL = new RegExp(
  `(?<![\\p{L}])(\\p{Lu}[\\p{L}-]+)['’]s\\s+(?:${OWN_DETAIL}|${PAY_AND_TAX}|${ID_ACRONYM})\\b`,
  'u',
);
const ROLE_DETAIL = new RegExp(`\\b(${ROLE})['’]s\\s+(?:${OWN_DETAIL})\\b`, 'iu');
const COLLEAGUE_PAY = new RegExp(
  `\\b((?:my|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)['’]s\\s+(?:${PAY_AND_TAX})\\b`,
  'iu',
);
const DETAIL_OF_ROLE = new RegExp(
  `\\b(?:${OWN_DETAIL})\\s+(?:of|for)\\s+(${ROLE})(?=\\s*(?:[?.!,;]|$))`,
  'iu',
);

// Private questions in chat's grammar, read only of a name that is no thing's (below): the possessive left off
// ("What's Sharon Bailey TRN?", "what is Kevin Morrison date of birth"; not pay, which a shift or a grade has too),
// the helping verb dropped ("how much salary Kevin Morrison getting?"), what sickness a name has, and what is
// wrong with a name when the question says he or she is ill ("What's wrong with Marcia Henry? heard she's in
// hospital", not "What's wrong with Google Drive? I need to log my sick day").
const PRIVATE_NOT_PAY = PRIVATE.replace('|pay|wages?|earnings|income', '');
const CHAT_PATTERNS = [
  new RegExp(
    `\\b[Ww]hat(?:['’]?s| is| are| was)\\s+(${NAME})\\s+(?:${GAP_WORD}\\s+){0,2}?(?:${PRIVATE_NOT_PAY}|${OWN_DETAIL}|${ID_ACRONYM}|${IC_NUMBER}|${PAPERS})(?![\\p{L}])`,
    'u',
  ),
  new RegExp(
    `\\b(?:salary|pay|wages?|earnings|income|${PAY_EXTRA})\\s+(${NAME})\\s+(?:getting|earning|making|taking home|on)(?=\\s*(?:[?.!,;]|$)|\\s+(?:as|a year|a month|an hour|per|now)\\b)`,
    'u',
  ),
  new RegExp(
    `\\b[Ww]hat (?:(?:kind|sort|type) (?:of )?)?(?:sickness|illness|disease)(?: (?:does|do|did|has))? (${NAME}) (?:have|has|had|got|get|gets|suffer)\\b`,
    'u',
  ),
  // "how much is Mr Mansaray the mill manager paid every month?": the pay of a name with a title, asked in the passive
  // (not "how much is Chef de Quai paid?", a role, nor a holiday's "Aïd Al-Adha").
  new RegExp(
    `\\b[Hh]ow much (?:is|was|are|were)\\s+((?=${TITLE}\\s)${NAME}|${TITLE}\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)(?:,?\\s+(?:the|our|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+,?)?\\s+(?:paid|earning|getting paid|making)(?![\\p{L}])`,
    'u',
  ),
];
const WRONG_WITH = new RegExp(`\\b(?:wrong with|the matter with)\\s+(${NAME})(?=\\s*(?:[?.!,;]|$))`, 'u');
// "shes", "hes" and "theyre": typed in chat without the apostrophe.
// "they took her to the clinic" says so too.
const SAID_ILL =
  /\b(?:(?:she|he)(?:['’]?s)?|they(?:['’]?re)?)(?: is| was| are| were| has| have| had)?\s+(?:been\s+|gone\s+|got\s+)?(?:in hospital|sick|ill|unwell|poorly|off sick|off work|pregnant|having (?:an? )?(?:operation|surgery|treatment)|seeing a doctor)\b|\b(?:took|taken|rushed) (?:her|him) to (?:the |a )?(?:clinic|hospital|doctor|casualty|emergency(?! bay))\b/i;

function chatAsked(question: string): string | undefined {
  const names = [...CHAT_PATTERNS.map((re) => question.match(re)?.[1]), privateLineOf(question)];
  if (SAID_ILL.test(question)) names.push(question.match(WRONG_WITH)?.[1]);
  return names.map(nameOf).find((name) => name && !namesAThing(name));
}

// A name whose first and last words are ordinary ones ("Night Shift", "Northern Region") names a thing.
function ofOrdinaryWords(name: string): boolean {
  const words = name.split(/\s+/);
  return [words[0]!, words.at(-1)!].every((w) => isOrdinaryWord(w.toLowerCase()));
}

// A name that starts and ends with ordinary words ("Night Shift", "Head Cashier", "Self Service", "Power BI") or
// ends with a place ("Digicel Jamaica") names a thing or a firm; "Grace Campbell" and "Jordan Smith" may be
// people, and "Mark Brown", with both words ordinary, is as likely a shift's name.
function namesAThing(name: string): boolean {
  const words = name.split(/\s+/);
  const ordinary = (w: string) => isOrdinaryWord(w.toLowerCase()) || /^\p{Lu}{1,4}$/u.test(w);
  return (ordinary(words[0]!) && ordinary(words.at(-1)!)) || placeOf(words.at(-1)!) !== undefined;
}

function heldByOther(question: string): string | undefined {
  // A first name is no ordinary word: "May's salary" is the month's pay.
  const first = question.match(FIRST_NAME_DETAIL)?.[1];
  if (first && !isOrdinaryWord(first.toLowerCase())) return first;
  const colleague = question.match(COLLEAGUE_PAY)?.[1];
  const outsideWork = colleague && new RegExp(`\\b(?:${RELATION})$`, 'i').test(colleague);
  const role =
    question.match(ROLE_DETAIL)?.[1] ??
    question.match(ROLE_ID)?.[1] ??
    question.match(DETAIL_OF_ROLE)?.[1] ??
    (outsideWork ? undefined : colleague);
  const noun = role?.split(/\s+/).at(-1)?.toLowerCase();
  if (!role || !noun || ORGANISATIONS.test(noun)) return undefined;
  return isPersonNoun(noun) || isPersonNoun(noun.replace(/s$/, '')) ? role : undefined;
}

// Nouns WordNet also has for people ("company" is a troupe) that name an organisation here.
const ORGANISATIONS =
  /^(?:company|companies|firm|business|organi[sz]ation|council|team|department|group|branch|office|trust|school|union|board|committee|club|crew|staff|employer)$/;

/**
 * A name as matched, without a capitalised question word before it ("Is Sophie Marchetti…"); two words at least.
 * Ordinary words ending in a plural of a kind of person name a role, not a person: "the pay for Team Leaders",
 * "Senior Nurses" ("Mark Brooks" and "Dawn Fields" end in plurals of things, not people).
 */
export function nameOf(matched: string | undefined): string | undefined {
  if (!matched || /^(?:I|My|The|This|Our|Your)\b/.test(matched)) return undefined;
  const name = matched.replace(LEADING_WORDS, '').trim();
  // A place of two words ("Northern Ireland", "Hong Kong") is no person.
  return /\s/.test(name) && !namesARole(name) && !THING_END.test(name) && !placeOf(name) ? name : undefined;
}

// A full name that is no team's or thing's ("Night Shift", "Quality Control", "Little Acorns Nursery").
function personNamed(matched: string | undefined): string | undefined {
  const name = nameOf(matched);
  return name && !ofOrdinaryWords(name) && !endsInThing(name) ? name : undefined;
}

// The identity numbers, IBAN, health insurer, warnings, pay and stays private-more.ts reads, of a person's name only.
function moreAsked(question: string): string | undefined {
  return (
    personNamed(idNumberAsked(question)) ??
    greekPersonAsked(question) ??
    firstNamed(
      question,
      MORE_PATTERNS,
      (name) => !ofOrdinaryWords(name) && !endsInThingNotPerson(name) && !endsInPlace(name),
    )
  );
}

function namesARole(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const last = words.pop()!;
  const singular = [last.replace(/s$/, ''), last.replace(/es$/, '')].filter((w) => w !== last);
  return singular.some(isPersonNoun) && words.every(isOrdinaryWord);
}

// "… Priya Natarajan's house. What's her home address?": the person named, then asked about as her/his/their.
// Found in two linear passes (the private phrase, then the first name before it), never one backtracking regex.
const PRONOUN_PRIVATE = new RegExp(PRONOUN_PRIVATE_WAYS.join('|'), 'u');
const NAMES = new RegExp(NAME, 'gu');

function namedThenPronoun(question: string): string | undefined {
  const at = question.search(PRONOUN_PRIVATE);
  if (at < 0) return undefined;
  const names = [...question.slice(0, at).matchAll(NAMES)].map((m) => nameOf(m[0])).filter(Boolean);
  return names[0];
}

const LEADING_WORDS =
  /^(?:(?:Is|Are|Does|Did|Was|Has|Had|Have|Why|Who|What|Where|When|How|Can|Could|Would|Will|Please|Hi|Hello|Dear|And|But|So|Heard|Apparently|Just|Saw|Told|Tell|Give|Ask|Need|Want|Send|Share)\s+)+/u;
