/**
 * @module More of what is a named person's own, as staff ask it: any country's identity or social security
 * number by the state's acronym or card ("Rosa Kassoma's BI number"), their IBAN, their health insurer asked in
 * Spanish, whether they were written up, what they get paid without a "does", and where a colleague known by a first
 * name and a team stays. The patterns
 * private-request.ts reads beside its own.
 */
import { isOrdinaryWord } from '../wordnet/index.js';
import { NAME, NOT_A_THING, TITLE } from './private-words.js';

// The acronyms of the state's papers, any country's (ID_ACRONYM's common ones, and more): identity cards, social
// security, health insurance and tax numbers a person has. Not a work number ("EXT", "EMP", "PO") nor a firm's
// registration ("CR", "NTN" of a business): those are no one's own.
const STATE_ACRONYMS =
  'NRC|NIC|NIN|NID|BI|CNI|CNIB|CNPS|CNSS|NSSF|NHIF|NAPSA|SSNIT|NIS|NIB|NIF|NUIT|NIPC|CC|CI|DUI|DPI|RTN|INE|CURP|RFC|NSS|CUIL|CUIT|QID|CPR|UAN|ESIC|KTP|NIK|NPWP|BPJS|CCCD|CMND|HKID|FIN|NRIC|UMID|TIN|SSS|SNILS|IDNP|EMBG|AFM|NISS|NHS|PPS|ITIN|SVNR|AHV|KRA|TRN|BVN|IRD|TFN|SIN|SSN|NINO|OIB|MBO|RUT|RUN|CPF|DNI|NIE|BSN|PESEL|CNP|EGN|AMKA|JMBG|TCKN|CNIC|TC|NIT|EPF|KWSP|SOCSO|PERKESO|UIF|PF|MST|GSIS|HDMF|NSITF|NPS';
// The cards of the state ("Ghana Card", "Huduma Card", "Voter Card"), not an employer's or a shop's.
const STATE_CARD =
  "(?:Ghana|Huduma|Green|Health|Identity|Voter|Voter['’]s|Residence|Resident|Aadhaar|Smart|National|Civil|Medicare|Social Security)\\s+[Cc]ard";

// "Rosa Kassoma's BI number", "Abdul-Rahman Issahaku's Ghana Card number": the state's papers by the name a country
// gives them, before "number".
const ID_NUMBER = new RegExp(
  `(${NAME})['’]s\\s+(?:${STATE_ACRONYMS}|${STATE_CARD})\\s+(?:number|no\\.?|nr\\.?|#)(?![\\p{L}])`,
  'u',
);
// Without the "'s", only after a person's title ("Captain Dwayne Albury NIB number"): "Kandumathi Maldives TIN
// number" and "the Grand Bahama NIB number" are a firm's and an office's.
const ID_NUMBER_TITLED = new RegExp(
  `(?:${TITLE}|[Cc]aptain)\\s+(${NAME})\\s+(?:${STATE_ACRONYMS}|${STATE_CARD})\\s+(?:number|no\\.?|nr\\.?|#)(?![\\p{L}])`,
  'u',
);

// "the BSN of Tomasz Zieliński", "the NRC number of Ma Hnin": the number first, then whose it is.
const ID_NUMBER_OF = new RegExp(
  `\\b(?:${STATE_ACRONYMS})(?:\\s+(?:number|no\\.?|nr\\.?))?\\s+of\\s+(${NAME})`,
  'u',
);

/** The person whose identity number (by the state's acronym or card) is asked, if any. */
export const idNumberAsked = (question: string) =>
  question.match(ID_NUMBER)?.[1] ??
  question.match(ID_NUMBER_TITLED)?.[1] ??
  question.match(ID_NUMBER_OF)?.[1];

/** The source of an acronym typed in lower case after a name's "'s" or "her"/"his", before "number" ("her cnps number"). */
export const NUMBER_AFTER_NAME_SOURCE =
  "(?<=(?:['’]s|\\bher|\\bhis)\\s)\\p{Ll}{2,5}(?=\\s+(?:number|no\\b|nr\\b))";

/** A pronoun's identity number by the state's acronym ("… asked me to check her CNPS number"). */
export const PRONOUN_ID_NUMBER = `\\b(?:her|his)\\s+(?:${STATE_ACRONYMS})\\s+(?:number|no\\.?|nr\\.?)(?![\\p{L}])`;

// The teams a colleague is known by ("Charmaine from payroll", "Mai Anh from HR"), as typed in any case.
const TEAMS =
  'payroll|hr|human resources|finance|accounts|stores|admin|it|security|reception|maintenance|logistics|sales|purchasing|procurement|quality|qa|qc|production|warehouse|dispatch|transport|canteen|kitchen|marketing|legal|compliance|training|safety|hse|engineering|workshop|planning|customer service'
    .split('|')
    .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()])
    .join('|');

// The pay words asked with "how much" before a name, in English and the words staff elsewhere use for it.
const PAY_WORDS =
  'salary|pay|wages?|earnings|income|zaplata|zarplata|plata|sueldo|salario|salaire|gehalt|plaća|maaş';

/** Patterns that name the person whose own detail is asked; read only of a person's name (no team, no thing). */
export const MORE_PATTERNS = [
  // "whats mirela kota's IBAN?", "send me Maria Lopez IBAN", "the IBAN of Eftychia Douka": a person's bank account
  // asked for itself (a firm's is its own; "the IBAN change form" is a procedure's).
  new RegExp(`(${NAME})['’]s\\s+(?:bank\\s+)?IBAN(?![\\p{L}])(?!\\s+(?:change\\s+|update\\s+)?form\\b)`, 'u'),
  new RegExp(
    `\\b(?:[Ww]hat(?:['’]?s| is)|[Ss]end me|[Gg]ive me|[Nn]eed)\\s+(?:the\\s+)?IBAN\\s+(?:of|for)\\s+(${NAME})`,
    'u',
  ),
  new RegExp(`\\b(?:[Ss]end me|[Gg]ive me|[Nn]eed)\\s+(${NAME})\\s+IBAN(?![\\p{L}])`, 'u'),
  new RegExp(`\\bthe\\s+IBAN\\s+of\\s+(${NAME})`, 'u'),
  // "en que EPS esta Luz Marina Bermúdez?": a person's health insurer, asked in Spanish (which EPS, ARS or ISAPRE).
  new RegExp(
    `\\b(?:[Qq]u[eé]|[Cc]u[aá]l)\\s+(?:EPS|eps|ARS|ISAPRE|isapre|obra social|mutualista|aseguradora|seguro m[eé]dico)\\s+(?:[Ee]st[aá]|[Tt]iene|[Ee]s)\\s+(${NAME})`,
    'u',
  ),
  // "heard Andre Fontaine got written up last month", "did Jo Harker get written up?"; not a report from or by them.
  new RegExp(
    `(?<!\\b(?:from|by|of|for|to|with|about)\\s{1,3})(${NAME})\\s+(?:got|get|gets|getting|was|been|has been|had been|is being)\\s+written up\\b`,
    'u',
  ),
  // "Fatoumata Barro est malade ?", "M. Rodrigue Makaya est en arrêt maladie ?", "Luz Pérez está incapacitada?",
  // "Mme Sitti Halidi l'infirmière est malade" (her role after her name),
  // "Qué enfermedad tiene Eric Cedeño": a named person's sickness asked in French, Spanish or Portuguese (a machine
  // "en arrêt" is stopped, no one's sickness).
  new RegExp(
    `${NOT_A_THING}(${NAME})(?:,?\\s+(?:l['’]|les?\\s+|la\\s+|el\\s+|o\\s+|a\\s+)\\p{Ll}[\\p{Ll}-]+(?:\\s+(?:(?:de|du|des)\\s+|d['’])?\\p{L}[\\p{L}'’-]*){0,2},?)?\\s+(?:est\\s+(?:malade|souffrante?|hospitalis[ée]e?|en\\s+arr[êe]t\\s+(?:maladie|de\\s+travail))|est[áa]\\s+(?:enferm[oa]|incapacitad[oa]|hospitalizad[oa]|internad[oa]|doente|de\\s+(?:incapacidad|baja|baixa)))(?![\\p{L}])`,
    'u',
  ),
  new RegExp(`(?<![\\p{L}])(?:[Qq]u[eé]|[Qq])\\s+enfermedad\\s+tiene\\s+(${NAME})`, 'u'),
  // "cual es la direccion de la casa de Maritza Hernandez?", "o endereço de casa da Ana Lima", "l'adresse du domicile
  // de Paul Obame", "donde vive Maritza Hernandez": where a named person lives, asked in Spanish, Portuguese or French.
  new RegExp(
    `(?<![\\p{L}])(?:[Dd]irecci[oó]n\\s+(?:de\\s+(?:la\\s+)?casa|del\\s+domicilio|particular)|[Dd]omicilio|[Ee]ndere[cç]o\\s+(?:de\\s+casa|residencial)|[Aa]dresse\\s+(?:du\\s+domicile|personnelle))\\s+(?:de|del|da|do|du)\\s+(?:(?:la|el|le)\\s+)?(?:(?:lic|licda|ing|dr|dra|sr|sra|don|doña|m|mme)\\.?\\s+)?(${NAME})`,
    'u',
  ),
  new RegExp(`(?<![\\p{L}])(?:[Dd][oó]nde|[Oo]nde|[Oo][uù])\\s+(?:vive|mora|habite)\\s+(${NAME})`, 'u'),
  // "чем болеет Хомич Людмила?", "чем заболела ольга петровна": a named person's illness asked in Russian, the name in
  // any case (chat writes it in lower case).
  /(?<!\p{L})(?:[Чч]ем|[Чч]то с)\s+(?:болеет|болел[аи]?|заболел[аи]?|болен|больна)\s+(\p{Script=Cyrillic}{2,}(?:\s+\p{Script=Cyrillic}{2,})?)/u,
  // "Ivalu Petersen er sygemeldt igen", "Er Ivalu Petersen syg?", "Anna Berg är sjukskriven", "Ali je Senad Mujić na
  // bolniški?", "Marko Horvat je bolestan?", "Šta je Draganu Mariću?": a named person's sickness asked in Danish,
  // Norwegian, Swedish, Slovene or Croatian (the name in its grammatical case); not a line or a machine's ("Linje
  // Nord er syg?", "linje 2 står stille").
  new RegExp(
    `${NOT_A_THING}(?:(?:[Ee]r|[Ää]r|[Aa]li\\s+je|[Jj]e\\s+li)\\s+)?(?!(?:Linje|Linie|Line|Maskine|Maskin|Anlæg|Pumpe|Linija|Stroj)\\s)(${NAME})\\s+(?:(?:er|är|je)\\s+)?(?:(?:igen|stadig|fortsatt|fortfarande|spet|opet|još|se)\\s+)?(?:syg|sygemeldt|syk|sykmeldt|sjuk|sjukskriven|bolan|bolna|bolestan|bolesna|na\\s+bolovanju|na\\s+bolniški|na\\s+bolniski|v\\s+bolnišnici|u\\s+bolnici)(?![\\p{L}])`,
    'u',
  ),
  /(?<![\p{L}])(?:[Šš]ta|[Šš]to|[Kk]aj)\s+je\s+(?:z\s+|s\s+)?(\p{Lu}\p{L}+(?:u|i|ju)\s+\p{Lu}\p{L}+(?:u|i|ju))\s*\?/u,
  // "gde zivi zoran jovanovic u arilju?", "kje živi Senad Mujić": where a named person lives, asked in Serbian,
  // Croatian or Slovene, the name in lower case too as chat writes it; not the staff or a group ("gde žive radnici").
  /(?<!\p{L})(?:[Gg]de|[Gg]dje|[Kk]je)\s+(?:živi|zivi|stanuje)\s+(?!(?:(?:radnik|radnic|zaposlen|delavc|sezonc|vozač|vozac|ve[ćcč]in|vsi|svi|mnog|ljud|najve|ostal)\p{L}*|ti|vi|on|ona|oni)\s)(\p{L}{2,}\s+\p{L}{2,})/u,
  // "what salary Capt. Jimmy Barbé get?", "what's the pay Dina Osei gets?": the same with "what".
  new RegExp(
    `\\b[Ww]hat(?:['’]?s| is)?\\s+(?:the\\s+)?(?:${PAY_WORDS})\\s+(?:does\\s+|did\\s+|do\\s+)?(?:${TITLE}\\s+)?(${NAME})\\s+(?:get|gets|got|earn|earns|make|makes)\\b`,
    'u',
  ),
  // "does Jabulani Fakudze have TB?", "has Ana Lima got diabetes?": a named person's illness, asked by its name.
  new RegExp(
    `\\b(?:[Dd]oes|[Dd]id|[Hh]as)\\s+(?:${TITLE}\\s+)?(${NAME})\\s+(?:have|had|got|has)\\s+(?:an?\\s+)?(?:TB|HIV|AIDS|tuberculosis|diabetes|cancer|covid(?:-19)?|malaria|hepatitis(?:\\s+[ABC])?|epilepsy|asthma|depression|dementia|an?\\s+(?:disease|illness|infection)|STDs?|STIs?)(?=\\s*(?:[?.!,;]|$)|\\s+(?:or|and|now|still|too)\\b)`,
    'u',
  ),
  // "how much salary Noy Sengdara get?", "how much zaplata does Anton Slavov get?", "how much salary is Moosa Adam
  // getting?"
  new RegExp(
    `\\b[Hh]ow much\\s+(?:${PAY_WORDS})\\s+(?:does\\s+|did\\s+|do\\s+|is\\s+)?(?:${TITLE}\\s+|[Cc]aptain\\s+)?(${NAME})\\s+(?:is\\s+)?(?:get|gets|got|getting|earn|earns|earning|make|makes|making|take home|takes home)\\b`,
    'u',
  ),
  // "how much salary captain moosa adam is getting": a name typed in lower case, after the title that says it is one.
  new RegExp(
    `\\b[Hh]ow much\\s+(?:${PAY_WORDS})\\s+(?:is\\s+|does\\s+)?(?:captain|capt\\.?|dr\\.?|mr\\.?|mrs\\.?|ms\\.?|miss)\\s+((?!(?:or|and|the)\\s)\\p{Ll}{2,}(?:\\s+(?!(?:or|and|the|is)\\b)\\p{Ll}{2,}){1,2}?)\\s+(?:is\\s+)?(?:getting|earning|making|get|gets|earn|earns)(?=\\s*(?:[?.!,;]|$)|\\s+(?:now|a month|a year|per)\\b)`,
    'u',
  ),
  // "Brahim Ould Sidi il touche combien par mois ?", "combien touche Aminata Diop ?": pay asked in French's "toucher".
  new RegExp(`(${NAME})\\s+(?:il\\s+|elle\\s+)?touche\\s+combien(?![\\p{L}])`, 'u'),
  new RegExp(`(?<![\\p{L}])[Cc]ombien\\s+touche\\s+(${NAME})`, 'u'),
  // "Wha Kerwin La Touche does make?", "How much money Kerwin La Touche does mek?": pay asked in Caribbean Creole
  // English, the name before "does make".
  new RegExp(
    `\\b(?:[Ww]ha|[Ww]hat|[Hh]ow much)(?:\\s+(?:money|pay|salary|wages))?\\s+(${NAME})\\s+(?:does|do)\\s+(?:make|mek|earn|get)\\b`,
    'u',
  ),
];

// "where does Charmaine from payroll stay?": a colleague by a first name and their team (a product's name alone,
// "Where does Odoo live?", asks where software runs).
const FIRST_NAME_STAY = new RegExp(
  `\\b[Ww]here\\s+(?:does|did)\\s+(\\p{Lu}\\p{Ll}+)\\s+(?:from|in|at)\\s+(?:the\\s+)?(?:${TEAMS})\\s+(?:stay|live)(?=\\s*[?.!,;]|\\s+(?:now|exactly)\\b)`,
  'u',
);

/** The first name of a colleague asked where they stay or live, as written; the caller checks it is no word. */
export const firstNameStaying = (question: string) => question.match(FIRST_NAME_STAY)?.[1];

/** "Mai Anh from payroll's home address" read as "Mai Anh's home address": the team between a name and its 's. */
export const withTeamAfterName = (question: string) => question.replace(TEAM_AFTER_NAME, '$1’s');

const TEAM_AFTER_NAME = new RegExp(
  `(\\p{Lu}[\\p{L}-]+)\\s+(?:from|in)\\s+(?:the\\s+)?(?:${TEAMS})['’]s(?![\\p{L}])`,
  'gu',
);

/** Whether a name's last word is an ordinary word, or its plural ("Night Shift", "Microsoft Teams"): a thing's name. */
export function endsInThing(name: string): boolean {
  const last = name.split(/\s+/).at(-1)!.toLowerCase();
  return isOrdinaryWord(last) || (last.endsWith('s') && isOrdinaryWord(last.slice(0, -1)));
}

// "give me Mohamed Kanu private phone number": the possessive left off before a private way to reach someone, of a
// name whose last word is no ordinary word ("Google Voice personal number", "Microsoft Outlook personal email" are
// products).
// A WhatsApp is a person's whatever their name's last word ("Bakary Fatty personal whatsapp"); a phone may be a
// product's ("Microsoft Outlook personal mobile setup").
// A home or private line is a person's whatever their name's last word ("Rochelle Best home number"): no product has
// a home number.
const PRIVATE_LINE_OF = new RegExp(
  `(${NAME})\\s+(?:(home|private)|personal|own)\\s+(?:([Ww]hats ?[Aa]pp)|phone|mobile|cell|number|address|e-?mail|contact)(?![\\p{L}])`,
  'u',
);
/** The name whose private line a question asks for with no possessive, if any. */
export const privateLineOf = (question: string) => {
  const m = question.match(PRIVATE_LINE_OF);
  const name = m?.[1];
  return name && (m[2] || m[3] || !endsInThing(name)) ? name : undefined;
};
