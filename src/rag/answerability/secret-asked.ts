/**
 * @module A question that asks for a secret itself ("What's the password for the staff wifi?", "What's the door
 * code for the crew hut?") is answered only by a passage that gives one: a page saying who hands the password out,
 * or that it changes every Monday, is about it but does not answer it.
 */

const SECRET =
  '(?:wi-?fi\\s+)?(?:password|passcode|pass code|pin(?: number| code)?|door code|access code|entry code|gate code|alarm code|keypad code|lock code|(?:key ?safe|lock ?box|key box|safe) code(?!\\s+of\\b)|combination)';

// Asked for its value: "what's the …", "what is our …", "tell me the …", "need the …"; not the rules about it
// ("What is the password policy?", "How do I reset my PIN?").
const ASKS_SECRET = new RegExp(
  `\\b(?:what(?:['’]s|s| is| are)|tell me|give me|need|send me)\\b[^?.!]{0,40}?\\b${SECRET}\\b(?!\\s+(?:policy|policies|rules?|requirements?|reset|expiry|expires|changes?|length|manager|strength|format))`,
  'i',
);

// A secret given: after its name and "is", ":" or "=", a quoted value, or a value with a digit, a symbol or a
// capital inside ("Password: Harbour2027!", "the door code is 4471#"); "the password is given out" gives none.
const SECRET_THEN = new RegExp(`\\b${SECRET}\\s*(?:is|:|=|-)\\s*`, 'gi');
const VALUE = /^(?:["“'‘][^"”'’]{3,}["”'’]|\S*\d\S*|\S*[!#@$%*]\S*|\p{Ll}*\p{Lu}\S*\p{Lu}\S*)/u;

// The rules about a secret asked before its name ("what's the minimum length for the password?", "what are the rules
// for the PIN?"): a rule's word as the thing asked, then "for", "of" or "on"; not a word of the place the code is for
// ("the long-stay car park gate code", "the Format Lab access code").
const RULES_BEFORE =
  /\b(?:(?:min(?:imum)?|max(?:imum)?)\s+)?(?:length|rules?|polic(?:y|ies)|requirements?|format|characters?|digits?|strength|expiry(?:\s+(?:date|period))?|number\s+of\s+(?:characters|digits|letters))\s+(?:for|of|on|in)\b/i;

/** Whether a part of a question asks for a secret's value (a password, a PIN, a door or access code). */
export function asksSecret(part: string): boolean {
  const asked = part.match(ASKS_SECRET)?.[0];
  return asked !== undefined && !RULES_BEFORE.test(asked) && !/\bhow\s+(?:long|often)\b/i.test(part);
}

/** Whether a text gives a secret's value, not only speaks of one. */
export function givesSecret(text: string): boolean {
  for (const m of text.matchAll(SECRET_THEN)) if (VALUE.test(text.slice(m.index + m[0].length))) return true;
  return false;
}

/** The secret a part asks for, as it says it ("password", "door code"). */
export function secretNamed(part: string): string {
  return part.match(SECRET_NAMED)?.[0]?.toLowerCase() ?? 'code';
}

const SECRET_NAMED = new RegExp(`\\b${SECRET}\\b`, 'i');
