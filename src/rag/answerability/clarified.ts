/**
 * @module A reply to the assistant's question back. Assistants ask before they answer ("Is it about which
 * payment methods we accept, or about when you're charged?", "Which country are you moving to?", "Would you
 * like to know which phones it runs on?"), and the user's reply says little on its own ("The second one.",
 * "Belgium.", "Yes — mine's an Android"). It is read as the question it completes: the option it picks, in the
 * assistant's words, after the user's turn that asked.
 */
import { type Message, splitSentences, tokenize } from '../../core/index.js';
import { changesTopic, leansOnConversation } from './follow-up.js';

/** The reply read as the question it completes, or undefined when the message is no reply to a question back. */
export function asReplyToClarification(reply: string, history: readonly Message[]): string | undefined {
  return readingsOfReply(reply, history).at(-1);
}

/**
 * The readings of a reply to a question back, to search in turn, the last the fullest: the option it picks as
 * asked on its own ("cancel for good?", whose own words say what it is), then read after the user's turn that
 * asked ("I want to stop my plan for a while. cancel for good?"). None when the message is no such reply.
 */
export function readingsOfReply(reply: string, history: readonly Message[]): string[] {
  const last = history.at(-1);
  if (last?.role !== 'assistant' || reply.length > MAX_REPLY || changesTopic(reply)) return [];
  const asked = questionBack(last.content);
  if (!asked) return [];
  const { opener, rest } = openerOf(reply);
  if (!opener && !leansOnConversation(reply) && words(reply) > SHORT_REPLY) return [];
  const offer = offerOf(asked);
  // "No thanks — how do I delete my account?": an offer declined, and a question of its own asked.
  if (opener === 'no' && offer && rest && !leansOnConversation(rest)) return [rest];
  if (offer && opener === 'no' && !rest) return [];
  const picked = offer ? pick(offer, opener, rest) : undefined;
  // What the reply adds ("for about ten weeks", "it's coming tomorrow") and what the assistant asked or offered:
  // the reply's own question, when it asks one, is what is asked; else the option picked is. A reply that only
  // names the option it picks ("Just the steps.") adds nothing to it.
  const chosen = picked?.option ?? asStatement(asked);
  const read = (context: string) => {
    if (rest && asksItself(rest)) return `${context}${asStatement(chosen)} ${rest}`.trim();
    const told = rest && !picked?.byWords ? `${asStatement(rest)} ` : '';
    return `${context}${told}${asQuestion(chosen)}`.trim();
  };
  const full = read(contextOf(history, picked?.option, last.content, asked));
  const alone = picked && tokenize(picked.option).length > THIN_OPTION ? read('') : full;
  return alone === full ? [full] : [alone, full];
}

// A reply is short; a long message says what it asks.
const MAX_REPLY = 300;
const MAX_TURN = 500;
const SHORT_REPLY = 6;
const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

// The question the assistant's turn ends with: its last sentence, when that asks ("…, which would help?"), with
// the sentence before it when the question only asks which ("I can tell you A, or B — which would help?").
function questionBack(text: string): string | undefined {
  const sentences = splitSentences(text.replace(CITATION, '').trim());
  const lastOne = sentences.at(-1)?.trim() ?? '';
  if (!lastOne.endsWith('?')) return undefined;
  const { offered, rest } = splitWhich(lastOne);
  if (offered) return offered;
  if (WHICH_ALONE.test(rest) && sentences.length > 1) return `${sentences.at(-2)!.trim()} ${rest}`;
  return lastOne;
}

const CITATION = /\s*\[\d+(?:,\s*\d+)*\]/g;
// "…, or B — which would help?", "…, or B? Which one?": the options before a question that only asks which.
const WHICH_TAIL =
  /\s*(?:[—–-]|,|;)\s*(?:which|what) (?:one |of (?:those|these|the two) )?(?:would|will|do|did|is|are)\b[^?]*\?$/i;
const WHICH_ALONE = /^(?:which|what) (?:one|of (?:those|these|the two))\b[^?]*\?$/i;

function splitWhich(sentence: string): { offered?: string; rest: string } {
  const m = sentence.match(WHICH_TAIL);
  return m ? { offered: `${sentence.slice(0, m.index).trim()}?`, rest: sentence } : { rest: sentence };
}

interface Offer {
  options: string[];
}

// What an offer or a choice puts to the user: its options ("which payment methods we accept" / "when you're
// charged"), or the one thing offered ("which phones it runs on"). Undefined for a question that asks the user
// something of their own ("Which country are you moving to?", "Is it due within the next two days?").
function offerOf(asked: string): Offer | undefined {
  const body = asked.replace(/\?$/, '').trim();
  const framed = body.match(FRAME);
  const inner = framed ? body.slice(framed[0].length) : body;
  const options = inner
    .split(/,?\s+or\s+(?:also\s+)?(?:about\s+)?|,\s+(?=\p{L})/u)
    .map((o) => o.trim())
    .filter(Boolean);
  if (options.length > 1 && (framed || /\bor\b/.test(inner))) return { options };
  return framed && OFFERS.test(framed[0]) ? { options: [inner] } : undefined;
}

// How an assistant puts an offer or a choice: what comes before the options. Everything up to the first option.
const FRAME =
  /^(?:(?:sure|ok(?:ay)?|no problem|happy to help|of course|great|welcome)[!,.]?\s*(?:[—–-]\s*)?)?(?:(?:is|was) (?:it|this|that|your question) (?:about\s+)?|(?:are you|were you) (?:asking|thinking|wondering) (?:about\s+)?|do you (?:mean|want(?: to know)?(?: about)?|need(?: to know)?(?: about)?)\s+|did you mean\s+|would you (?:like|prefer)(?: to (?:know|hear|see|learn)(?: about)?)?\s+|shall (?:i|we) (?:tell you about|explain|go (?:back )?to|go over|show you|walk you through)\s+|should i (?:explain|go (?:back )?to|tell you about)\s+|want me to (?:explain|go (?:back )?to|tell you about)\s+|i can (?:tell you|explain|show you|help with|go over|walk you through)(?: about)?\s+|(?:go )?back to\s+|anything else (?:about|on|regarding|for)\s+)/i;
// The frames that offer something (a yes takes it); the rest ask which the user means.
const OFFERS =
  /would you|shall i|shall we|should i|want me to|i can|back to|do you want|do you need|anything else/i;

// The option a reply picks: by place ("the second one"), all of them ("both"), or by a word it shares with one
// ("the late one" of "early" and "late" deliveries); a yes takes the one thing offered; else every option.
function pick(
  offer: Offer,
  opener: Opener | undefined,
  rest: string,
): { option: string; byWords?: boolean } | undefined {
  const { options } = offer;
  if (opener === 'both') return { option: options.join(' and ') };
  const placed = opener && POSITION[opener];
  if (placed !== undefined) return options.at(placed) ? { option: options.at(placed)! } : undefined;
  if (options.length === 1) return opener === 'no' ? undefined : { option: options[0]! };
  const said = new Set(tokenize(rest));
  const shared = options.map((o) => tokenize(o).filter((w) => said.has(w)).length);
  const most = Math.max(...shared);
  if (most > 0 && shared.filter((n) => n === most).length === 1) {
    // "Just the steps.": the reply says nothing but the option's own words.
    const only = tokenize(rest).every((w) => tokenize(options[shared.indexOf(most)]!).includes(w));
    return { option: options[shared.indexOf(most)]!, byWords: only };
  }
  return { option: options.join(' or ') };
}

// What the reply is read after: the user's turn the assistant asked back about; for an offer to return to an
// earlier topic ("Shall I go back to the warm box?", "Anything else about the gift card?"), the user's turn
// that named it, else nothing (the turn just before is another topic). An option of a word or two ("the
// steps") is read after what the assistant said before asking, too ("You can choose which e-mails you get.").
function contextOf(
  history: readonly Message[],
  option: string | undefined,
  said: string,
  asked: string,
): string {
  const turns = history.filter((m) => m.role === 'user').map((m) => m.content.slice(0, MAX_TURN));
  const returning = asked.match(RETURNS);
  const named = returning ? (turnNaming(turns, returning[1]!) ?? turns.at(-2)) : turns.at(-1);
  const before = named ? `${asStatement(named)} ` : '';
  if (!option || tokenize(option).length > THIN_OPTION) return before;
  const text = said.replace(CITATION, '');
  const lead = text.slice(0, text.lastIndexOf(asked.slice(0, ASKED_START))).trim();
  return `${before}${lead ? `${asStatement(lead)} ` : ''}`;
}

const ASKED_START = 20;

const THIN_OPTION = 1;
const RETURNS =
  /\b(?:back to|anything else (?:about|on|regarding|for)|more (?:about|on))\s+(?:the |your |my )?([^?]+)\?$/i;

// The latest user turn that says every word of what is named ("the warm box"), if any.
function turnNaming(turns: string[], named: string): string | undefined {
  const words = tokenize(named);
  return [...turns].reverse().find((t) => {
    const said = new Set(tokenize(t));
    return words.every((w) => said.has(w));
  });
}

type Opener = 'yes' | 'no' | 'both' | 'first' | 'second' | 'third' | 'last';
const POSITION: Partial<Record<Opener, number>> = { first: 0, second: 1, third: 2, last: -1 };

// The words a reply opens with that say which option, or yes or no; and what it goes on to say.
function openerOf(reply: string): { opener?: Opener; rest: string } {
  const text = reply.trim().replace(/^(?:just|only|oh|ah|um+|hmm+|well)[,!]?\s+/i, '');
  for (const [opener, pattern] of OPENERS) {
    const m = text.match(pattern);
    if (m) return { opener, rest: withoutCourtesy(text.slice(m[0].length)) };
  }
  return { rest: text };
}

const END = String.raw`(?:\s+(?:one|option|part|thing))?(?:\s+(?:please|then|thanks))?(?=$|[\s,.;:!?—–-])`;
const OPENERS: [Opener, RegExp][] = [
  [
    'both',
    new RegExp(String.raw`^(?:both|all of them|all three|either|both of them|both,? please)${END}`, 'i'),
  ],
  ['first', new RegExp(`^(?:the )?(?:first|1st|former|top|earlier)${END}`, 'i')],
  ['second', new RegExp(`^(?:the )?(?:second|2nd|middle)${END}`, 'i')],
  ['third', new RegExp(`^(?:the )?(?:third|3rd)${END}`, 'i')],
  ['last', new RegExp(`^(?:the )?(?:latter|last)${END}`, 'i')],
  [
    'no',
    /^(?:no,? thanks?(?: you)?|not really|not quite|not that|neither(?: of them| one)?|none(?: of (?:those|them|these))?|no+(?:pe)?|nah)(?=$|[\s,.;:!?—–-])/i,
  ],
  [
    'yes',
    /^(?:yes+|yeah|yep|yup|ya|sure|please|yes please|go on(?: then)?|go ahead|ok(?:ay)?|definitely|absolutely|correct|right|exactly|that(?:['’]s| is) (?:it|right))(?:,?\s+(?:please|then|thanks))?(?=$|[\s,.;:!?—–-])/i,
  ],
];

// What a reply goes on to say, without the courtesies around it ("…, please.", "thanks!").
const withoutCourtesy = (text: string) =>
  text
    .replace(/^[\s,.;:!—–-]+/, '')
    .replace(/^(?:please|thanks|thank you|then)\b[\s,.;:!—–-]*/i, '')
    .replace(/[\s,;:—–-]*\b(?:please|thanks|thank you)[.!]*$/i, '')
    .trim();

// Whether the rest of a reply asks a question of its own ("Yes — do they have to spend it in one go?").
const asksItself = (text: string) =>
  /\?\s*$/.test(text) ||
  /^(?:how|what|when|where|which|who|why|can|could|do|does|is|are|will|would|should)\b/i.test(text);

// A turn as a statement: what the user said before, not a second question of the message.
const asStatement = (text: string) =>
  text
    .trim()
    .replace(/[?!]+(?=\s|$)/g, '.')
    .replace(/[^.]$/, '$&.');

// The option as the question asked ("when you're charged" asks when).
const asQuestion = (text: string) => text.trim().replace(/[.!?]*$/, '?');
