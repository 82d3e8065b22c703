/**
 * @module More of what is a named person's own, as staff ask it: any country's identity or social security
 * number by its acronym ("Rosa Kassoma's BI number"), their IBAN, whether they were written up, what they get
 * paid without a "does", and where a colleague known by a first name stays. The patterns
 * private-request.ts reads beside its own.
 */
import { ID_ACRONYM, NAME } from './private-words.js';

// Acronyms of numbers that work, not a person, has: an order, a system, a job, a machine, a pay element.
const WORK_ACRONYMS = new Set(
  'PO LPO SAP ERP HR IT PC IP MAC SKU GRN AWB BL ETA WO NCR CAPA PPE QC QA OT GL CRM VAT GST PIN ID IC OP'.split(
    ' ',
  ),
);
// A card that is the employer's or a shop's, not the state's ("the Fuel Card number").
const WORK_CARDS =
  /^(?:Staff|Access|Fuel|Gift|Key|Swipe|Time|Clock|Parking|Canteen|Meal|Company|Corporate|Business|Loyalty|Discount|Sim|SIM|Job|Travel|Bus|Metro)\s/;

// "Rosa Kassoma's BI number", "Abdul-Rahman Issahaku's Ghana Card number": an acronym or a card's name before
// "number", the state's papers by whatever name a country gives them (ID_ACRONYM lists the common ones).
const ID_NUMBER = new RegExp(
  `(${NAME})['’]s\\s+(\\p{Lu}{2,6}|\\p{Lu}\\p{Ll}+\\s+[Cc]ard)\\s+(?:number|no\\.?|nr\\.?|#)(?![\\p{L}])`,
  'u',
);

// "the BSN of Tomasz Zieliński", "the NRC number of Ma Hnin": the number first, then whose it is.
const ID_NUMBER_OF = new RegExp(`\\b(\\p{Lu}{2,6})(?:\\s+(?:number|no\\.?|nr\\.?))?\\s+of\\s+(${NAME})`, 'u');

/** The person whose identity number is asked by an acronym or a card's name no work number has, if any. */
export function idNumberAsked(question: string): string | undefined {
  const m = question.match(ID_NUMBER);
  if (m && !WORK_ACRONYMS.has(m[2]!) && !WORK_CARDS.test(`${m[2]} `)) return m[1];
  const of = question.match(ID_NUMBER_OF);
  // Only an acronym of the state's papers stands without "number" ("the CEO of …" names a role).
  const bare =
    of && !new RegExp(`^(?:${ID_ACRONYM})$`, 'u').test(of[1]!) && !/\s(?:number|no|nr)/.test(of[0]);
  return of && !WORK_ACRONYMS.has(of[1]!) && !bare ? of[2] : undefined;
}

/** "her cnps number": an acronym typed in lower case after a name's "'s" or "her"/"his", before "number". */
export const NUMBER_AFTER_NAME = /(?<=(?:['’]s|\bher|\bhis)\s)\p{Ll}{2,5}(?=\s+(?:number|no\b|nr\b))/gu;

/** A pronoun's identity number by an acronym no work number has ("… asked me to check her CNPS number"). */
export const PRONOUN_ID_NUMBER = `\\b(?:her|his)\\s+(?!(?:${[...WORK_ACRONYMS].join('|')})\\s)\\p{Lu}{2,6}\\s+(?:number|no\\.?|nr\\.?)(?![\\p{L}])`;

// The pay words asked with "how much" before a name, in English and the words staff elsewhere use for it.
const PAY_WORDS =
  'salary|pay|wages?|earnings|income|zaplata|zarplata|plata|sueldo|salario|salaire|gehalt|plaća|maaş';

/** Patterns that name the person whose own detail is asked; read only of a person's name (no team, no thing). */
export const MORE_PATTERNS = [
  // "whats mirela kota's IBAN?", "the IBAN of Eftychia Douka": a person's bank account (a firm's is its own).
  new RegExp(`(${NAME})(?:['’]s)?\\s+(?:bank\\s+)?IBAN(?![\\p{L}])`, 'u'),
  new RegExp(`\\bIBAN\\s+(?:of|for)\\s+(${NAME})`, 'u'),
  // "en que EPS esta Luz Marina Bermúdez?": a person's health insurer, asked in Spanish (which EPS, ARS or ISAPRE).
  new RegExp(
    `\\b(?:[Qq]u[eé]|[Cc]u[aá]l)\\s+(?:EPS|eps|ARS|ISAPRE|isapre|obra social|mutualista|aseguradora|seguro m[eé]dico)\\s+(?:[Ee]st[aá]|[Tt]iene|[Ee]s)\\s+(${NAME})`,
    'u',
  ),
  // "heard Andre Fontaine got written up last month", "did Jo Harker get written up?"
  new RegExp(
    `(${NAME})\\s+(?:got|get|gets|getting|was|been|has been|had been|is being)\\s+written up\\b`,
    'u',
  ),
  // "how much salary Noy Sengdara get?", "how much zaplata does Anton Slavov get?"
  new RegExp(
    `\\b[Hh]ow much\\s+(?:${PAY_WORDS})\\s+(?:does\\s+|did\\s+|do\\s+)?(${NAME})\\s+(?:get|gets|got|earn|earns|make|makes|take home|takes home)\\b`,
    'u',
  ),
];

// "where does Charmaine from payroll stay?": a colleague by a first name and their team.
const FIRST_NAME_STAY =
  /\b[Ww]here\s+(?:does|did)\s+(\p{Lu}\p{Ll}+)(?:\s+(?:from|in|at)\s+(?:the\s+)?[\p{L}&-]+)?\s+(?:stay|live)(?=\s*[?.!,;]|\s+(?:now|exactly)\b)/u;

/** The first name of a colleague asked where they stay or live, as written; the caller checks it is no word. */
export const firstNameStaying = (question: string) => question.match(FIRST_NAME_STAY)?.[1];

/** "Mai Anh from payroll's home address" read as "Mai Anh's home address": the team between a name and its 's. */
export const withTeamAfterName = (question: string) =>
  question.replace(/(\p{Lu}[\p{L}-]+)\s+(?:from|in)\s+(?:the\s+)?[\p{Ll}&-]+['’]s(?![\p{L}])/gu, '$1’s');
