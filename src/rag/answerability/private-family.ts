/**
 * @module Private questions the other patterns miss: a named colleague's family ("how many kids does Maria Tamm
 * have?"), a warning a colleague is heard to have been given ("heard Andres Kask got a written warning"), and a
 * colleague named by one name with what says who they are ("is Solongo from the shop married?", "how much does
 * Tserendorj the fleet manager earn?"), as Mongolia, Indonesia or a first-name workplace name people.
 */
import { isOrdinaryWord, placeOf } from '../wordnet/index.js';
import { HOLIDAY_WORDS, NAME, NOT_A_THING, TITLE, WEEKDAY_WORDS } from './private-words.js';

// Who a person is, said after the name: "the fleet manager", ", our shift supervisor", "from the shop", "in HR".
const ROLE_WORD =
  'manager|supervisor|officer|driver|buyer|clerk|lead|leader|head|director|accountant|cashier|cook|chef|nurse|guard|foreman|engineer|mechanic|technician|operator|assistant|coordinator|administrator|receptionist|storekeeper|secretary|baker|dispatcher';
const TEAM_WORD =
  'shop|store|stores|office|team|plant|factory|mill|kitchen|canteen|warehouse|depot|station|yard|garage|workshop|desk|payroll|accounts|finance|dispatch|security|reception|lab|clinic|fleet|bakery|cafe|café|site|HR|IT';
const WHO = `(?:,?\\s+(?:the|our|my)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${ROLE_WORD})|\\s+(?:from|in|at|on)\\s+(?:the\\s+)?(?:[\\p{L}&-]+\\s+){0,2}?(?:${TEAM_WORD}))(?![\\p{L}])`;
// One name, capitalised, of no ordinary word (checked after the match: "Sales from the shop" is no one).
const ONE_NAME = '(\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}?\\p{Ll}+)?)';

const KIDS = 'kids|children|sons|daughters|grandchildren';
const WARNING = `(?:(?:a|an|his|her|their)\\s+)?(?:(?:written|final|verbal|formal|first|second)\\s+){0,2}(?:warnings?|amonestaci[oó]n(?:es)?|avertissements?|bl[âa]mes?|abmahnung(?:en)?)(?=\\s*(?:[?.!,;(]|$)|\\s+(?:for|about|over|after|from|last|this|yesterday|today|and|or)\\b)`;
const GIVEN = '(?:has\\s+|had\\s+)?(?:got|gotten|received|was given|been given|has been given|got given)';

/** What is asked of a person named in full, about their family or a warning they were given. */
const FULL_NAME_PATTERNS = [
  new RegExp(
    `\\b[Hh]ow many (?:${KIDS})\\s+(?:does|did|has)\\s+(?:${TITLE}\\s+)?(${NAME})\\s+(?:have|got)\\b`,
    'u',
  ),
  // "how many child Denis Chavarria and how call spouse?": as a reading of another language asks it, without
  // "does … have" ("cuántos hijos tiene Denis Chavarría").
  new RegExp(
    `\\b[Hh]ow many (?:${KIDS}|child)\\s+${NOT_A_THING}(?:${TITLE}\\s+)?(${NAME})(?=\\s*(?:[?.!,;]|$)|\\s+(?:and|or)\\b)`,
    'u',
  ),
  new RegExp(
    `\\b(?:[Dd]oes|[Hh]as|[Dd]id)\\s+(?:${TITLE}\\s+)?(${NAME})\\s+(?:have|got)\\s+(?:any\\s+)?(?:${KIDS}|a (?:wife|husband|partner|girlfriend|boyfriend))(?=\\s*(?:[?.!,;]|$))`,
    'u',
  ),
  // "Is Marcela Vargas from Quehui married?", "How much is Brahim Oubella paid as chef de quai?": where they work
  // said after the name.
  new RegExp(
    `\\b(?:[Ii]s|[Ww]as)\\s+(?:${TITLE}\\s+)?(${NAME})(?:\\s+(?:from|at|in|on)\\s+(?:the\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)?,?\\s+(?:married|divorced|pregnant|in hospital|off sick)\\b`,
    'u',
  ),
  // Only with a word that says a person's pay is meant: a holiday, a bonus or a role is "paid" too ("how much is
  // Fiestas Patrias paid?", "How much is Chef de Quai paid?").
  new RegExp(
    `\\b[Hh]ow much (?:is|was|does|did)\\s+(?:${TITLE}\\s+)?(${NAME})\\s+(?:get\\s+)?paid\\b(?=\\s+as\\b|[^?]*\\b(?:salary|wages?|a month|per month|monthly|a year|per year|he|she|his|her)\\b)`,
    'u',
  ),
  // "Who is the husband of Rosa Amituana'i?", "who spouse Rosa Amituana'i" (as a reading of another language puts
  // it): a named person's spouse (not a "partner", who may be whom they work with, or a firm's).
  new RegExp(
    `\\b[Ww]ho(?:['’]s|\\s+is|\\s+was)?\\s+(?:the\\s+)?(?:husband|wife|spouse)\\s+(?:of\\s+)?(?:${TITLE}\\s+)?(${NAME})`,
    'u',
  ),
  // "is Ernesto Cucul related to any of the growers?": a named person's family.
  new RegExp(`\\b(?:[Ii]s|[Ww]as)\\s+(?:${TITLE}\\s+)?${NOT_A_THING}(${NAME})\\s+related\\s+to\\b`, 'u'),
  // "Dr Léa Bivigou elle est mariée ?", "¿Paola Ruiz está casada?", "cuanto gana la lic Karla Ortiz al mes?",
  // "combien gagne Jean Moussavou ?": marriage and pay asked in French, Spanish or Portuguese (an article only before a
  // title: "cuanto gana el Turno Noche" asks a shift's pay).
  new RegExp(
    `${NOT_A_THING}(${NAME})\\s+(?:(?:elle|il)\\s+)?(?:est\\s+mari[ée]e?|(?:es|est[áa])\\s+casad[oa]|[ée]\\s+casad[oa])(?![\\p{L}])`,
    'u',
  ),
  new RegExp(
    `(?<![\\p{L}])(?:[Cc]u[áa]nto\\s+gana|[Cc]ombien\\s+gagne|[Qq]uanto\\s+ganha)\\s+(?:(?:(?:el|la|le|o|a)\\s+)?(?:lic|licda|ing|dr|dra|sr|sra|don|doña|m|mme|mlle)\\.?\\s+)?(${NAME})`,
    'u',
  ),
  // "combien il gagne par mois le chef huilerie Rimtebaye Mbailaou ?": the pay verb first, the name after its role.
  new RegExp(
    `(?<![\\p{L}])[Cc]ombien\\s+(?:il|elle)\\s+gagne\\b[^?.!]{0,50}?(?<!(?<![\\p{L}])(?:[Àà]|[Aa]|[Cc]hez|[Ee]n|[Aa]ux?|[Dd]ans|[Pp]our|[Dd]es?|[Dd]u|[Uu]ne?)\\s|[Dd]['’])${NOT_A_THING}(?!(?:\\p{Lu}\\p{Ll}+\\s+){0,3}(?:Chez|En|Au|Aux|Dans|Pour|À)\\s)(${NAME})`,
    'u',
  ),
  // "Fatou Drammeh married?", "ya Fatou Drammeh married?": chat's question of a named person's marriage, its verb
  // left out (or said in a word of another language).
  new RegExp(
    `(?:^|[.?!]\\s+)(?:\\p{Ll}{1,5}\\s+)?${NOT_A_THING}(?:${TITLE}\\s+)?(${NAME}),?\\s+(?:married|divorced|pregnant)(?:\\s+or\\s+not)?\\s*(?:[?.!]|$)`,
    'u',
  ),
  // "heard Andres Kask got a written warning", "Frank Jere the security manager received a final warning?"
  new RegExp(`(${NAME})(?:${WHO})?\\s+${GIVEN}\\s+${WARNING}`, 'u'),
  new RegExp(
    `\\b(?:[Dd]id|[Hh]as|[Hh]ad|[Ww]as)\\s+(${NAME})(?:${WHO})?\\s+(?:get|got|been given|receive|received)\\s+${WARNING}`,
    'u',
  ),
];

/** What is asked of a person named by one name and who they are. */
const ONE_NAME_PATTERNS = [
  new RegExp(
    `\\b(?:[Ii]s|[Ww]as)\\s+${ONE_NAME}${WHO},?\\s+(?:married|divorced|single|pregnant|sick|ill|in hospital|off sick)\\b`,
    'u',
  ),
  new RegExp(`\\b[Hh]ow much (?:does|did)\\s+${ONE_NAME}${WHO},?\\s+(?:earn|make|get paid)\\b`, 'u'),
  new RegExp(`\\b[Ww]here (?:does|did)\\s+${ONE_NAME}${WHO},?\\s+live\\b`, 'u'),
  new RegExp(`\\b[Hh]ow many (?:${KIDS})\\s+(?:does|did|has)\\s+${ONE_NAME}${WHO},?\\s+(?:have|got)\\b`, 'u'),
  new RegExp(`${ONE_NAME}${WHO}\\s+${GIVEN}\\s+${WARNING}`, 'u'),
  new RegExp(
    `\\b(?:[Dd]id|[Hh]as|[Ww]as)\\s+${ONE_NAME}${WHO}\\s+(?:get|got|receive|received)\\s+${WARNING}`,
    'u',
  ),
];

/** The words these patterns add to what may make a question private (for names typed in lower case). */
export const FAMILY_AND_WARNING_WORDS = `${KIDS}|wife|husband|girlfriend|boyfriend|amonestaci[oó]n|avertissement|bl[âa]me|abmahnung`;

/**
 * The colleague a question asks about their family, a warning they were given, or, named by one name and who
 * they are, their pay, home, health or marriage; `nameOf` reads a full name as the other patterns do.
 */
export function familyOrWarningAsked(
  question: string,
  nameOf: (matched: string | undefined) => string | undefined,
): string | undefined {
  // `nameOf` is the caller's: it takes a full name only when it is no team's or thing's ("Night Shift",
  // "Little Acorns Nursery").
  for (const re of FULL_NAME_PATTERNS) {
    const name = nameOf(question.match(re)?.[1]);
    if (name) return name;
  }
  for (const re of ONE_NAME_PATTERNS) {
    const name = question.match(re)?.[1];
    if (name && isOneName(name)) return name;
  }
  return undefined;
}

// A name of one word: no ordinary word ("Sales", "Payroll"), no place ("Tartu"), no day.
const isOneName = (word: string) =>
  !isOrdinaryWord(word.toLowerCase()) && placeOf(word) === undefined && !DAY.test(word);
const DAY = new RegExp(`^(?:${WEEKDAY_WORDS}|${HOLIDAY_WORDS})$`, 'i');
