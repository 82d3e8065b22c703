/**
 * @module A reply to the assistant's question back. Assistants ask before they answer ("Is it about which
 * payment methods we accept, or about when you're charged?", "Which country are you moving to?", "Would you
 * like to know which phones it runs on?"), and the user's reply says little on its own ("The second one.",
 * "Belgium.", "Yes — mine's an Android"). It is read as the question it completes: the option it picks, in the
 * assistant's words, after the user's turn that asked.
 */
import { type Message, splitSentences, tokenize, withoutPlaceholders } from '../../core/index.js';
import { asContext, changesTopic, latestTurnSaying, leansOnConversation } from './follow-up.js';

/** The reply read as the question it completes, or undefined when the message is no reply to a question back. */
export function asReplyToClarification(reply: string, history: readonly Message[]): string | undefined {
  return readingsOfReply(reply, history)[0];
}

/**
 * The readings of a reply to a question back, to search in turn, the fullest first: read after the user's turn
 * that asked ("I want to stop my plan for a while. cancel for good?"), then the option it picks as asked on its
 * own ("cancel for good?"). None when the message is no such reply: a question of its own ("How do I skip a
 * week?", "Yes, which wine goes with risotto?") is read as it is, whatever the assistant asked.
 */
export function readingsOfReply(reply: string, history: readonly Message[]): string[] {
  const last = history.at(-1);
  if (last?.role !== 'assistant' || reply.length > MAX_REPLY || changesTopic(reply)) return [];
  // The question back ends the turn: its last characters are read, however long the answer before it.
  const said = last.content.slice(-MAX_ASSISTANT);
  const asked = questionBack(said);
  if (!asked) return [];
  const { opener, rest } = openerOf(reply);
  // "No." or "Nope." asks nothing: the conversation goes on as it was.
  if (!rest && (!opener || opener === 'no')) return [];
  const offer = offerOf(asked);
  if (!isReply(rest, opener, offer)) return [];
  // A "no" refuses what was offered ("Did you mean the Family plan?" — "Nope, the Classic"): the rest is read
  // after the turn that asked, without the option refused.
  const picked = offer && opener !== 'no' ? pick(offer, opener, rest) : undefined;
  const context = contextOf(history, picked?.option, said, asked);
  if (opener === 'no') return [`${context}${rest}`.trim()];
  // An open question answered ("Which country do you live in?" — "Belgium."): the answer after the turn that
  // asked; the question's own words ("country") would find every country's row. A yes or no question answered
  // ("Is that the e-mail to reset your password?" — "Yes, that one.") says what the answer is about.
  if (!offer)
    return [`${context}${OPEN_QUESTION.test(asked) ? '' : `${asContext(asked)} `}${asContext(reply)}`.trim()];
  // What the reply adds ("for about ten weeks") and the option picked: the reply's own question, when it asks
  // one, is what is asked; else the option is. A reply that only names the option it picks ("Just the steps.")
  // adds nothing to it.
  const chosen = picked?.option ?? asContext(asked);
  const read = (before: string) => {
    if (rest && asksItself(rest)) return `${before}${asContext(chosen)} ${rest}`.trim();
    const told = rest && !picked?.byWords ? `${asContext(rest)} ` : '';
    return `${before}${told}${asQuestion(chosen)}`.trim();
  };
  const full = read(context);
  const alone = picked && tokenize(picked.option).length > THIN_OPTION ? read('') : full;
  return alone === full ? [full] : [full, alone];
}

// Whether what a message says after its opener answers the question back: it leans on the conversation ("what
// will I get for it?"); or, after an opener or to a choice, names an option ("Skipping weeks"); or, to an open
// question, is a short statement ("Belgium, just outside Ghent."). A question or a request that names its own
// topic ("How do I skip a week?", "Write me a poem") is one of its own.
function isReply(rest: string, opener: Opener | undefined, offer: Offer | undefined): boolean {
  if (!rest || leansOnConversation(rest)) return true;
  if (asksItself(rest) || REQUEST.test(rest)) return false;
  // "Yes, our firm's, plus its tax number." to "Do you need a company name on them?"
  if (!offer || (opener === 'yes' && offer.options.length === 1))
    return rest.split(/\s+/).length <= SHORT_ANSWER;
  const said = new Set(tokenize(rest));
  return offer.options.some((o) => tokenize(o).some((w) => said.has(w)));
}

const SHORT_ANSWER = 8;
// A question back that asks for something the user names ("Which country…?", "How many people…?"), not yes or no.
const OPEN_QUESTION = /^(?:which|what|where|when|who|whom|whose|how)\b/i;
const REQUEST =
  /^(?:please\s+)?(?:write|tell|give|show|send|explain|describe|list|make|create|translate|summari[sz]e|help)\b/i;

// A reply is short; a long message says what it asks.
const MAX_REPLY = 300;
const MAX_TURN = 500;
const MAX_ASSISTANT = 600;

// The question the assistant's turn ends with: its last sentence, when that asks ("…, which would help?"), with
// the sentence before it when the question only asks which ("I can tell you A, or B — which would help?").
function questionBack(text: string): string | undefined {
  const sentences = splitSentences(text.replace(CITATION, '').trim());
  const lastOne = sentences.at(-1)?.trim() ?? '';
  if (!lastOne.endsWith('?') || CLOSING.test(lastOne)) return undefined;
  const { offered, rest } = splitWhich(lastOne);
  if (offered) return offered;
  // "I can help with pausing or cancelling. Which one would you like?": the sentence before offers the options.
  if (WHICH_ALONE.test(rest) && sentences.length > 1)
    return `${sentences
      .at(-2)!
      .trim()
      .replace(/[.!]+$/, '')}?`;
  return lastOne;
}

// A question that closes an answer asks for nothing in particular: what comes after it is a message of its own.
const CLOSING =
  /^(?:(?:is there )?anything else(?: (?:i can|we can) (?:help|do)[^?]*)?|(?:did|does|has) (?:that|this) (?:help|answer[^?]*)|was (?:that|this) (?:helpful|useful|clear)|(?:how|what) (?:else )?can i (?:help|do)[^?]*|can i help (?:with )?(?:anything|something) else[^?]*|any (?:other|more) questions)\?$/i;
const CITATION = / ?\[\d+(?:, ?\d+)*\]/g;
// "…, or B — which would help?", "…, or B? Which one?": the options before a question that only asks which.
const WHICH_TAIL =
  /[^\S\n]{0,3}(?:[—–-]|,|;)[^\S\n]{0,3}(?:which|what) (?:one |of (?:those|these|the two) )?(?:would|will|do|did|is|are)\b[^?]*\?$/i;
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
  const options = optionsIn(inner);
  if (options.length > 1 && (framed || /\bor\b/.test(inner))) return { options };
  return framed && OFFERS.test(framed[0]) ? { options: [inner] } : undefined;
}

// "A or B", and a list "A, B or C"; a clause set off by commas is part of its option ("your invoice, which you
// got yesterday, or a refund").
function optionsIn(text: string): string[] {
  const [head, ...tail] = text.split(/,?\s+or\s+(?:also\s+)?(?:about\s+)?/).map((o) => o.trim());
  if (!tail.length) return [head!].filter(Boolean);
  const listed = head!.split(/,\s+/);
  const isList = listed.length > 1 && !listed.slice(1).some((p) => CLAUSE_START.test(p));
  return [...(isList ? listed : [head!]), ...tail].filter(Boolean);
}

const CLAUSE_START = /^(?:which|who|whom|whose|that|given|since|as|because|so|if|when|where|while)\b/i;

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
// that named it, else the one before the last (the last is the topic left). An option of a word or two ("the
// steps") is read after what the assistant said before asking, too ("You can choose which e-mails you get.").
function contextOf(
  history: readonly Message[],
  option: string | undefined,
  said: string,
  asked: string,
): string {
  const turns = history
    .filter((m) => m.role === 'user')
    .map((m) => withoutPlaceholders(m.content.slice(0, MAX_TURN)));
  const returning = asked.match(RETURNS);
  const named = returning ? (latestTurnSaying(turns, returning[1]!) ?? turns.at(-2)) : turns.at(-1);
  const before = named ? `${asContext(named)} ` : '';
  if (!option || tokenize(option).length > THIN_OPTION) return before;
  const text = said.replace(CITATION, '');
  const at = text.lastIndexOf(asked.slice(0, ASKED_START));
  const lead = at > 0 ? text.slice(0, at).trim() : '';
  return `${before}${lead ? `${asContext(lead)} ` : ''}`;
}

const ASKED_START = 20;

const THIN_OPTION = 1;
const RETURNS =
  /\b(?:back to|anything else (?:about|on|regarding|for)|more (?:about|on))\s+(?:the |your |my )?([^?]+)\?$/i;

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

const END = String.raw`(?:\s+(?:one|option|part|thing))?(?:\s+(?:please|then|thanks))?(?=\s*(?:$|[,.;:!?—–-]))`;
const OPENERS: [Opener, RegExp][] = [
  ['both', new RegExp(`^(?:both|all of them|all three|either|both of them|both,? please)${END}`, 'i')],
  ['first', new RegExp(`^(?:the )?(?:first|1st|former|top|earlier)${END}`, 'i')],
  ['second', new RegExp(`^(?:the )?(?:second|2nd|middle)${END}`, 'i')],
  ['third', new RegExp(`^(?:the )?(?:third|3rd)${END}`, 'i')],
  ['last', new RegExp(`^(?:the )?(?:latter|last)${END}`, 'i')],
  [
    'no',
    /^(?:no,? thanks?(?: you)?|not really|not quite|not that|neither(?: of them| one)?|none(?: of (?:those|them|these))?|no+(?:pe)?|nah)(?=\s*(?:$|[,.;:!?—–-]))/i,
  ],
  [
    'yes',
    /^(?:yes+|yeah|yep|yup|ya|sure|please|yes please|go on(?: then)?|go ahead|ok(?:ay)?|definitely|absolutely|correct|right|exactly|that(?:['’]s| is) (?:it|right))(?:,?\s+(?:please|then|thanks))?(?=\s*(?:$|[,.;:!?—–-]))/i,
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

// The option as the question asked ("when you're charged" asks when).
const asQuestion = (text: string) => text.trim().replace(/[.!?]*$/, '?');
