/**
 * @module The person whose own mobile a question asks for, by name: with or without the possessive, not a work,
 * office or duty phone, a place or a service.
 */
import { isOrdinaryWord } from '../wordnet/index.js';
import { namesGuessed } from './capitals.js';
import { nameOf } from './private-request.js';
import { NAME } from './private-words.js';

/**
 * The person whose mobile number a question asks for, by full name ("need Gord Pettigrew's cell number", "the mobile
 * of Ana Ruiz"), not a work, office or duty phone. A directory may list work mobiles, so this is private only when
 * the documents give none for that person (unlistedMobile).
 */
export function mobileAskedOf(question: string): string | undefined {
  const asWritten = mobileOfName(question);
  if (asWritten || !MOBILE_WORD.test(question)) return asWritten;
  // "ayesha khan ka mobile number": typed in lower case, the words that could be a name capitalised.
  return mobileOfName(namesGuessed(question, MOBILE_WORDS), true);
}

function mobileOfName(question: string, guessed = false): string | undefined {
  const name = nameOf(
    (question.match(MOBILE_OF_NAME) ?? question.match(MOBILE_NAMED_OF))?.[1] ?? bareName(question),
  );
  // Guessed from lower case, a name has a word the dictionary lacks ("ayesha khan"): "dengue helpline" has none.
  if (guessed && name?.split(/\s+/).every((w) => isOrdinaryWord(w.toLowerCase()))) return undefined;
  // A role or a team ("Site Security", "IT Helpdesk", "Fire Warden") is no person.
  return name && !ROLE_END.test(name) ? name : undefined;
}

// The name before "cell number" without a possessive: without the words a sentence opens with ("Need Rajendra
// Singh cell number", "Hi …"), of two words or more, not after "the" ("the Walvis Bay Harbour cell number"), and
// not a place or a service ("Walvis Bay", "Airtel Money").
function bareName(question: string): string | undefined {
  const m = question.match(MOBILE_OF_BARE_NAME);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  const opening = words.findIndex((w) => !isOrdinaryWord(w.toLowerCase()) && !OPENERS.has(w.toLowerCase()));
  const kept = opening < 0 ? [] : words.slice(opening);
  const before = question.slice(0, m.index! + m[1]!.length - kept.join(' ').length);
  if (kept.length < 2 || DETERMINER_BEFORE.test(before)) return undefined;
  return PLACE_OR_SERVICE_END.test(kept.at(-1)!) ? undefined : kept.join(' ');
}

const OPENERS = new Set(
  "hi hey hello whats what’s what's pls please urgent urgently any some every each which whose my is does do can has".split(
    ' ',
  ),
);
const DETERMINER_BEFORE = /\b(?:the|our|an?|your|their|this|that)\s+$/i;
const PLACE_OR_SERVICE_END =
  /^(?:bay|harbour|harbor|port|town|city|beach|island|valley|river|airport|station|road|street|money|business|banking|standby|admin|planner|workshop|payments|pay|services?|desk|line|office)$/i;

const ROLE_END =
  /\s(?:security|helpdesk|help desk|desk|warden|wardens|reception|support|control|room|gate|gatehouse|line|duty|lead|officer|coordinator|controller|operator|marshal|first aider|on-call|rota|helpline|hotline|maintenance|management|incharge|in-charge|shift|block|booking|bookings|complaints|collection|office|team|department|depot|store|clinic|centre|center)$/i;

// The mobile asked for ("mobile number", "cell no.", "mobile phone", "mobile?", "mobile so I can call"), not a
// thing a mobile names ("mobile crane", "mobile phone bill").
const MOBILE =
  '(?:[Mm]obile|MOBILE|[Cc]ell|CELL|[Cc]ellphone|[Cc]ell phone|[Hh]andphone)(?:\\s+(?:number|no\\.?|#))?(?!\\s+(?:phone\\s+)?(?:crane|cranes|app|unit|units|banking|plant|home|library|team|service|data|network|signal|coverage|charger|device|policy|allowance|bill|bills|plan|contract|repair|screen|usage|crusher|generator|workshop|equipment|tower|clinic|site|scaffold|platform|elevating|office)\\b)(?![\\p{L}-])';
const MOBILE_OF_NAME = new RegExp(`(${NAME})['’]s\\s+(?:own\\s+)?${MOBILE}`, 'u');
// Chat leaves the possessive out ("send me Rajendra Singh cell number"): a whole name before the mobile.
const MOBILE_OF_BARE_NAME = new RegExp(`(?<![\\p{L}\\p{N}])(${NAME})\\s+${MOBILE}`, 'u');
const MOBILE_NAMED_OF = new RegExp(
  `(?<!(?:work|office|company|duty|on-call)\\s)\\b${MOBILE}\\s+(?:of|for)\\s+(${NAME})`,
  'u',
);
const MOBILE_WORD = /(?<![\p{L}])(?:mobile|cell|cellphone|handphone)(?![\p{L}])/iu;
const MOBILE_WORDS: ReadonlySet<string> = new Set([
  'mobile',
  'cell',
  'cellphone',
  'handphone',
  'number',
  'phone',
]);
