/**
 * @module The words of the private-data check: what is private about a person (pay, health, home, papers, identity
 * numbers), what a person does with them, a title and what a person's name looks like, and the two patterns of
 * where a named person stays and what test they failed. The other patterns that read questions with them are
 * private-request.ts's.
 */

import { NAME_PARTICLES } from './capitals.js';

// Identity, tax and social security numbers by the names countries give them (their acronyms are ID_ACRONYM's and
// private-more.ts's): general knowledge, not any corpus's.
const NATIONAL_IDS =
  "codice fiscale|kennitala|henkilötunnus|isikukood|asmens kodas|personas kods|rodné číslo|numéro de sécurité sociale|Sozialversicherungsnummer|Steuer-?ID|rijksregisternummer|bilhete de identidade|cartão de cidadão|carte d['’]identité|Ghana Card|Huduma number|Omang|SNILS|СНИЛС|My Number";

// What is private about a person (English, French, German, Spanish, Italian, Portuguese, Dutch). Identity numbers
// by their acronyms in capitals only ("Noah Thiessen's SIN", "SSN", "NI number"): "sin" and "id" are words too.
export const PRIVATE = `pension|kiwisaver|superannuation|contribution rate|date of birth|birth ?date|birthday|age|salary|pay|wages?|earnings|income|home (?:address|village|number|phone|phone number|landline|e-?mail)|address at home|number at home|(?:personal|private|own) (?:mobile|cell(?:phone)?|phone|number|e-?mail|address|[Ww]hats ?[Aa]pp|[Ii]nstagram|[Ff]acebook|socials|contact details)|[Ww]hats ?[Aa]pp number|(?<!(?:work|office|company|duty|on-call) )(?:handphone|HP|H/P) (?:number|no\\.?)|health|illness|mutualista|obra social|isapre|medical (?:condition|history|record)|diagnosis|sick(?:ness)? (?:leave|note|record)|(?:absence|disciplinary) (?:record|history)|disciplinary warnings?|religion|sexual orientation|marital status|emergency contact|next of kin|national insurance number|social security number|social insurance number|identity number|(?:SIN|SSN|NSS|NINO|TFN)(?: number| no\\.?)?(?![\\p{L}\\p{N}])|(?:NI|IRD) number|(?:[Mm]-?[Pp][Ee][Ss][Aa]|mobile money|G[Cc][Aa][Ss][Hh]|Venmo|VENMO|PayPal|PAYPAL|Paytm|PAYTM|UPI|MobilePay|Swish|Vipps|Revolut|Wing|bKash|Nagad|GoPay|OVO) (?:number|ID|account|handle|details)|(?:bank|salary) account (?:number|no\\.?|details)|tax file number|(?:NRIC|nric|MyKad|mykad)(?: number)?|(?:Aadhaar|aadhaar|Aadhar|aadhar)(?: (?:number|card|no\\.?))?|(?:PAN|pan) (?:number|card|no\\.?)|(?:CTC|ctc|cost to company|take-home pay|in-hand salary)|(?:national )?(?:ID|identity) card number|national ID(?: number)?|PPS number|driv(?:ing|er.?s?) licen[cs]e number|bank details|(?:${NATIONAL_IDS})|passport number|c[ée]dula(?: de identidad)?(?: number| no\\.?)?|f[øo]dselsnummer|personnummer|CPR(?:-| )?(?:nummer|number)|licencia médica|licencia por enfermedad|baja médica|arrêt maladie|Krankschreibung|Krankmeldung|criminal (?:record|records|convictions?|history)|convictions?|police record|disabilit(?:y|ies)|date de naissance|salaire|adresse (?:personnelle|perso|du domicile)|numéro personnel|maladie|santé|geburtsdatum|gehalt|privatadresse|privatnummer|krankheit|gesundheit|fecha de nacimiento|salario|sueldo|oylik|maosh|zarplata|zaplata|umushahara|wynagrodzenie|pensja|plaća|atlyginimas|lønn|lön|løn|dirección personal|(?:número de |numero de )?celular|(?:teléfono|telefono) (?:personal|celular)|enfermedad|data di nascita|stipendio|indirizzo di casa|malattia|data de nascimento|salário|morada|doença|geboortedatum|salaris|thuisadres|woonadres|priv[ée]adres|bankrekeningnummer|bankgegevens|priv[ée]nummer|ziekte`;
// Identity numbers by their acronyms, in capitals only: read by a regex without the `i` flag ("my manager's sin"
// is no SIN): Chile's RUN, Brazil's CPF, Spain's DNI and NIE, Mexico's CURP, Argentina's CUIL, Pakistan's CNIC, the
// Netherlands' BSN, Poland's PESEL, Romania's CNP, Bulgaria's EGN, Greece's AMKA, the JMBG and EMŠO of former
// Yugoslavia, Nigeria's and the Seychelles' NIN, Jordan's SSC number (not "SSC", the Social Security Corporation itself) and Türkiye's TCKN ("TC kimlik
// no"). Numbers a company has too are PAPERS, below.
export const ID_ACRONYM =
  '(?:SIN|SSN|NINO|NIN|TFN|RUN|CPF|DNI|NIE|CURP|CUIL|CNIC|BSN|PESEL|CNP|EGN|AMKA|TCKN|JMBG|EMŠO|T\\.?C\\.? [Kk]imlik)(?: number| no\\.?| numaras[ıi])?(?![\\p{L}\\p{N}])|SSC (?:number|no\\.?)(?![\\p{L}\\p{N}])|(?:NI|IRD) number|(?<!(?:employee|staff|payroll|badge|member|work|login|user) )ID(?: number| no\\.?)?(?![\\p{L}\\p{N}])';
// A Malaysian identity card's number, asked of a person's full name only ("Mohd Faizal bin Hashim's IC number"): an
// IC is a chip too ("the supplier's IC number is on the reel label").
export const IC_NUMBER = 'IC (?:number|no\\.?)(?![\\p{L}\\p{N}])';
// Someone the asker knows outside work and outside the family ("my neighbour Piet Jansen"): a family member's
// details are often the asker's own business (a form that asks for a partner's name).
export const RELATION = 'neighbou?r|friend|ex|flatmate|roommate|housemate|landlord|landlady|tenant';
// Pay on top of a salary, and an account at a bank named by its letters: private when a named person has it
// ("Martin Oyelaran's bonus", "Sok Dara's ABA account number"), but "the bonus for Boxing Day" is policy and "the
// ABA account number of Mekong Weave" a firm's, so they are not among the words asked "of" or "for" a name.
export const PAY_EXTRA = 'bonus(?:es)?|pay rise|(?!IBAN)[A-Z]{2,6} account (?:number|no\\.?)';
// A person's name: two or more capitalised words ("Helen Okafor", "Élodie Vasseur"), with the small words names
// carry between them ("Anna de Vries", "Mohd Faizal bin Hashim", "Siti Aminah binti Yusof", "Ahmed al Rashid",
// "Siobhán ní Bhriain").
// At most five words: a bounded repeat keeps matching linear on a long run of capitalised words.
// An initial or two before a surname names a person too ("D. Kowalski", "J.R. Okafor").
export const NAME = `(?:\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)?\\s+\\p{Lu}[\\p{L}-]+(?![\\p{L}-])|\\p{Lu}[\\p{L}-]+(?:\\s+(?:(?:${[...NAME_PARTICLES].join('|')})\\s+){0,2}\\p{Lu}(?:[\\p{L}-]|['’]\\p{Lu})+){1,4}(?![\\p{L}-]))`;
// What a person does with money, illness or a home, asked about by name.
const ENGLISH_VERB =
  'earn|earns|make|makes|get paid|live|lives|off sick|out sick|sick|ill|pregnant|born|in hospital|(?:(?:off|out)(?: on)?|on) (?:medical|sick|sickness|stress) leave(?=\\s*(?:[?.!,;]|$)|\\s+(?:again|now|still|at the moment|for)\\b)|(?:[Mm]uslim|[Cc]hristian|[Jj]ewish|[Hh]indu|[Ss]ikh|[Bb]uddhist|[Cc]atholic|religious|atheist|gay|lesbian|bisexual|trans|married|divorced|single)(?=\\s*[?.!,]|\\s+(?:or|and)\\b)';
export const OTHER_VERB =
  'verdient|wohnt|krank|gagne|habite|malade|gana|vive|enfermo|enferma|guadagna|abita|malato|malata|ganha|mora|doente|woont|ziek';
// What a person went through that is theirs to tell ("his operation"), asked at the end of a clause.
export const PERSONAL_LIFE = 'operation|surgery|medication|treatment';
export const PERSONAL_VERB = `${ENGLISH_VERB}|${OTHER_VERB}`;

// A person's papers, and numbers a company has too (Chile's RUT, a Philippine SSS number, the Caribbean's TRN, a
// taxpayer registration number, and NIS number): asked only of a full
// name ("Patricia Olivares's RUT", "the iqama number of Ahmed Al Harbi"), never "for" someone ("the visa number for
// Qatar Airways crew"), and not of a firm, whose name ends in a word THING_END knows ("Ghaf Flight Catering").
export const PAPERS =
  '(?:RUT|SSS|TIN|TRN|OIB)(?: number| no\\.?)?(?![\\p{L}\\p{N}])|NIS number|Emirates ID(?: number| card(?: number)?)?|[Cc]ivil ID(?: number)?|[Ii]qama(?: number)?|(?:residence|work) permit(?: number| expiry(?: date)?| expires?| expired| expiring)(?![\\p{L}])|visa number|labou?r card number';

// A word between a name's "'s" and the private thing ("Sarah Jones's basic annual gross salary"); not a
// preposition, after which the private word is something else's ("Sarah Jones's role in salary reviews").
export const GAP_WORD =
  '(?!(?:in|of|for|on|about|to|with|regarding|towards|over|under|behind|at)\\s)[\\p{L}-]+';

// A title before a name ("Dr. Tahmina Sultana", "Mrs Rahman"), and those Latin America and Europe write before a
// colleague's ("Ing. Luis Alcívar", "Lic. Ana Mora", "Sra. Rosa Vélez", "Frau Anna Weber"), and a crew's or a force's
// ("Capt. Jimmy Barbé", "Sgt. Ama Owusu"); not "Sr." or "Eng.",
// which are "Senior" and "Engineer" before a job's title as often ("Sr. Process Engineer").
export const TITLE =
  '(?:Dr|Dra|Mr|Mrs|Ms|Miss|Prof|Ing|Lic|Arq|Sra|Srta|Mme|Mlle|Herr|Frau|Capt|Cpt|Sgt|Lt|Cdr|Insp|Rev)\\.?';

// Where a named person lives, as Southern Africa and South Asia say it ("Where does Otsile Ntshole stay?"; not where
// a crew stays on a trip or a shutdown), a named person's test result ("Did Rick Stainbrook fail his random?"; not
// an audit). Read only of a name of no ordinary words: "Night Shift" and "Quality Control" are no one.
export const STAY_AND_TEST_PATTERNS = [
  new RegExp(
    `\\b[Ww]here\\s+(?:does|did)\\s+(?:${TITLE}\\s+)?(${NAME})\\s+(?:stay|reside)\\b(?!\\s+(?:on|during|at|for|in|over)\\s+(?:the\\s+|a\\s+|his\\s+|her\\s+)?(?:[\\p{L}-]+\\s+)?(?:trip|shutdown|camp|site|swing|roster|course|training|conference|visit|job)\\b)`,
    'u',
  ),
  new RegExp(
    `\\b(?:[Dd]id|[Hh]as|[Hh]ad)\\s+(${NAME})\\s+(?:fail(?:ed)?|flunk(?:ed)?|blow(?:n)?)\\s+(?:his|her|their|a|the)\\s+(?:random(?=\\s*(?:[?.!,;]|$)|\\s+(?:test|screen|drug|breath)\\b)|drugs? test|breath test|alcohol test|breathalyser|breathalyzer|D&A(?: test)?)(?!\\s+(?:audit|policy|form|procedure|sample))`,
    'u',
  ),
  // A number to reach a named colleague out of hours ("Grace Adebayo-Ojo phone number? i need to call her
  // tonight"): hers to give; a desk's ("IT Helpdesk … call them tonight") is no one's.
  new RegExp(
    `(${NAME})(?:['’]s)?\\s+(?:phone|mobile|cell)(?:\\s+number)?\\b[^]{0,60}?\\b(?:call|ring|reach|text)\\s+(?:her|him)\\s+(?:tonight|at night|this evening|at the weekend|on the weekend|after work|after hours|at home)\\b`,
    'u',
  ),
];

// "Did Jo Harker get a written warning?", "Was Tom Reid suspended?": what happened to a named person at work;
// not "get the warning email" nor "a warning light". A surname that is also a word for a kind of person ("Lucía
// Ponce", "Kamal Baker") still names one; a service or a firm ("Sunday Trading", "Linde Gas") does not.
export const DISCIPLINE_PATTERN = new RegExp(
  `\\b(?:[Dd]id|[Hh]as|[Hh]ad|[Ww]as|[Ii]s)\\s+(${NAME})\\s+(?:(?:get|got|had|been given|given|receive|received|on)\\s+(?:(?:a|an|any|his|her|their|the)\\s+)?(?:(?:written|final|verbal|formal|first|second)\\s+){0,2}warnings?(?=\\s*(?:[?.!,;]|$)|\\s+(?:for|about|over|after|from|last|this|yesterday|today)\\b)|(?:(?:get|got|been)\\s+)?(?:suspended|sacked|fired|dismissed|disciplined|written up))\\b`,
  'u',
);

// Holidays and festivals: a word that names one names no person ("How much is Diwali at the factory paid?").
export const HOLIDAY_WORDS =
  'christmas|xmas|easter|eid|diwali|deepavali|ramadan|ramadhan|onam|tet|hanukkah|nowruz|songkran|vesak|holi|pongal|naadam|jaanipäev|juhannus|midsummer';
// The days of the week.
export const WEEKDAY_WORDS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

// A name that opens with an article or a storm's word, or follows an article, is a place's, a shift's or a storm's
// ("La Planta Norte", "el Turno Noche", "Tropical Storm Sara").
/** What a capitalised name asked about must not open with: an article, or the word of a storm. */
export const NOT_A_THING =
  '(?<![\\p{L}])(?<!(?<![\\p{L}])(?:[Ee]l|[Ll]a|[Ll]e|[Ll]os|[Ll]as|[Ll]es|[Tt]he)\\s+)(?!(?:El|La|Le|Los|Las|Les|The|Tropical|Storm|Hurricane|Cyclone|Typhoon)\\s)';
