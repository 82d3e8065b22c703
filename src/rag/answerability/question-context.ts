/**
 * @module Where a question's context ends and what it asks begins: statements before the question, a remark after
 * it ("…? feels like that can't be legal"), a chat aside that laughs or shrugs, dots that end a statement, and a
 * last sentence that asks without a question mark.
 */
import { LAUGHTER } from './chat-words.js';

// A part keeps this many characters at least: "because?" alone is no question.
export const MIN_ASKED = 12;

/** A clause that asks: it opens with a word of asking or a verb, or ends with a question mark. */
export const ASKS =
  /^(?:who|what|whats|which|when|where|why|how|is|are|do|does|did|can|could|may|must|should|will|would|am|was|were|has|have)\b|\?\s*$/i;

/**
 * The context and what is asked: statements ending in a full stop before the first question sentence ("I'm an
 * Engineer (G2). What is …?"), and a remark after the last question that asks nothing ("…at 6? feels like that
 * can't be legal").
 */
export function splitContext(question: string): { context: string; asked: string } {
  const { remark, asked: questions } = trailingRemark(withDotsRead(question));
  const m =
    questions.match(/^((?:[^\s.?!][^.?!]*[.!]\s+)+)(?=\S[^.!]*\?)/) ??
    askedWithoutMark(questions) ??
    (questions.includes('?') ? null : questions.match(REQUEST_AFTER_STORY));
  const before = m ? m[1]!.trim() : '';
  const { told, asked } = storyBefore(m ? questions.slice(m[0].length) : questions);
  return { context: [before, told, remark].filter(Boolean).join(' '), asked };
}

// What is told in the question's own sentence before it asks: before a wish to know, then before a dash. Past a
// few hundred characters a message is a document pasted in, not a story told before a question.
function storyBefore(text: string): { told: string; asked: string } {
  if (text.length > MAX_TOLD) return { told: '', asked: text };
  const wish = statementBeforeAsk(text);
  const dash = statementBeforeDash(wish.asked);
  return { told: [wish.statement, dash.statement].filter(Boolean).join(' '), asked: dash.asked };
}

// "A friend gave me a code from a flyer and I'd like to know when those stop working": what is told before a
// question asked as a wish to know is context, as a sentence before it would be.
function statementBeforeAsk(asked: string): { statement: string; asked: string } {
  // In the last sentence: one without a question mark may follow others ("Ha, worth a try. Seriously though, …").
  const start = asked.search(LAST_SENTENCE);
  const from = start < 0 ? 0 : start + 1;
  const m = asked.slice(from).match(TOLD_THEN_ASKED);
  if (!m || ASKS_AGAIN.test(m[1]!) || OPENS_QUESTION.test(m[1]!)) return { statement: '', asked };
  return { statement: asked.slice(0, from + m[1]!.length).trim(), asked: asked.slice(from + m[0].length) };
}

const MAX_TOLD = 500;
const LAST_SENTENCE = /[.!?](?=\s+[^.!?]+[.!?]?\s*$)/u;

const TOLD_THEN_ASKED =
  /^([^.?!]{12,}?)(?:,\s*|\s+)(?:(?:and|so|but)\s+)?(?=(?:i['’]?d like to know|i would like to know|i want to know|i['’]?m curious|i was (?:just )?wondering|i['’]?m (?:just )?wondering|i wonder|(?:can|could) you (?:tell|let) me|i need to know|just wondering)\b)/iu;

// "The whole trip is about ten weeks — wasn't there a maximum on a break?": a statement set off by a dash before a
// question is context, as one ending in a full stop is. Not a question before the dash ("how long does it take —
// and will you e-mail me?"), and not a few words ("Quick one — can I skip?").
function statementBeforeDash(asked: string): { statement: string; asked: string } {
  const m = asked.match(STATEMENT_DASH);
  if (
    !m ||
    ASKS_AGAIN.test(m[1]!) ||
    OPENS_QUESTION.test(m[1]!) ||
    ASKING_INSIDE.test(m[1]!) ||
    m[1]!.split(/\s+/).length < MIN_STATEMENT_WORDS
  )
    return { statement: '', asked };
  return { statement: m[1]!.trim(), asked: asked.slice(m[0].length) };
}

const STATEMENT_DASH = /^([^.?!—–]+?)\s+(?:[—–]|--?)\s+(?=[^.?!]*\?\s*$)/u;
const MIN_STATEMENT_WORDS = 4;
// A clause that asks, wherever its word of asking stands ("I'm curious what the first box costs — …").
const ASKING_INSIDE = /\b(?:who|what|which|when|where|why|how|whether)\b/i;

// "…barely check that inbox.. how long before the link dies": dots that end a statement end a sentence; dots
// inside a question ("do you deliver to... ghent?") are a pause in it.
function withDotsRead(question: string): string {
  let out = '';
  let clause = 0;
  let copied = 0;
  for (const m of question.matchAll(SENTENCE_MARK)) {
    if (m[0].length === 1 && m[0] !== '…') {
      clause = m.index! + 1;
      continue;
    }
    const asks = OPENS_QUESTION.test(question.slice(clause, m.index).trim());
    out += `${question.slice(copied, m.index)}${asks ? ' ' : '.'}`;
    copied = m.index! + m[0].length;
    clause = copied;
  }
  return out + question.slice(copied);
}

// A clause that opens as a question does: a word of asking, or a verb before its subject ("do you…", not "was
// double billed…").
const OPENS_QUESTION =
  /^(?:who|what|whats|which|when|where|why|how)\b|^(?:is|are|do|does|did|can|could|will|would|should|may|must|am|was|were|has|have)\s+(?:i|we|you|u|they|he|she|it|my|our|your|the|this|that|there)\b/i;

// A sentence's end, or a run of two dots or more (or an ellipsis) before a space.
const SENTENCE_MARK = /(?:\.{2,}|…)(?=\s)|[.?!]/g;

// Chat leaves the question mark off ("can i pay the driver in cash. why not tho"): a last sentence that asks is
// what is asked; one that asks nothing ("…my password. i forgot it", "…by card. thanks") is not.
function askedWithoutMark(questions: string): RegExpMatchArray | null {
  const m = questions.match(/^((?:[^\s.?!][^.?!]*[.!]\s+)+)(?=\S[^.!?]*$)/);
  const tail = m ? questions.slice(m[0].length) : '';
  return m && (ASKS.test(tail) || ASKS_AGAIN.test(tail)) ? m : null;
}

// With no question mark, a request after a story ("I've come down with a chest infection. Walk me through what
// I need to do.") is what is asked; the story before it is context.
const REQUEST_AFTER_STORY =
  /^((?:[^.?!]+[.!]\s+)+)(?=(?:walk|talk|take) me through|tell me|explain|let me know|show me|remind me|give me|list\b)/i;

// A tail that goes on asking ("And how is it paid", "also how do I cancel one", "…, what about nights", "…, can
// i use both at once", "If not where can I eat", "if I tell the foreman before the test will I be disciplined",
// "need to know how many days I have left") is a question, not a remark; a question word inside a clause ("my mate
// who works elsewhere", "a clerk who is cheating farmers", "the line which is down") asks nothing, unless a
// verb of asking comes before it ("need to know who is on call", "not sure which is cheaper").
const ASKS_AGAIN =
  /^\s*(?:and|also|or|but|plus|if not|if so|otherwise)\b|(?:^|[,;:—–-])\s*(?:and\s+|so\s+)?(?:who|what|which|when|where|why|how)\b|(?:^|[,;:—–-])\s*(?:and\s+|so\s+)?(?:can|could|do|does|did|is|are|will|would|should|may|must)\s+(?:i|we|you|u|they|he|she|it|my|our|the|this|that|there)\b|\b(?:what|when|where|why|how)\s+(?:can|do|does|did|is|are|many|much|long|should|would|will|could|to)\b|\b(?:know|tell me|tell us|sure|wonder|wondering|ask|asking|find out|idea|check|confirm)\s+(?:who|which)\s+(?:can|do|does|did|is|are|should|would|will|could|to)\b|^\s*if\s[^.?!]{3,120}?\s(?:will|would|can|could|do|does|is|are|should|must|may)\s+(?:i|we|you|u|they|he|she|it|my|the)\b/i;

// A last clause that laughs or shrugs ("…off my card, payday is the 25th so timing kinda matters lol", "…,
// feels kinda sketchy ngl") is said beside the question, not asked; the question keeps MIN_ASKED characters.
function chatAside(question: string): RegExpMatchArray | null {
  const m = question.match(CHAT_ASIDE);
  if (!m || m.index! < MIN_ASKED) return null;
  // A few words after a preposition qualify the question ("…, for my kids lol"); a longer clause is a remark of
  // its own ("…, in fairness the recipes got boring lol").
  const words = m[1]!.trim().split(/\s+/);
  return QUALIFYING.test(words[0]!) && words.length <= QUALIFIER_WORDS ? null : m;
}

const QUALIFYING = /^(?:for|with|without|on|in|at|to|from|about|like)$/i;
const QUALIFIER_WORDS = 5;

// The aside starts at its first character (so a run of spaces after the comma is tried once), and is a remark
// of its own, not a qualifier of the question ("…, even on sale items lol", "…, the one for 4 ppl lol").
const CHAT_ASIDE = new RegExp(
  `(?<![,\\s]),\\s*(?=[^\\s,?])(?!(?:even|only|especially|including|except|the one|one)\\b)([^,?]*\\b${LAUGHTER}\\W*)$`,
  'iu',
);

function trailingRemark(question: string): { remark: string; asked: string } {
  const asks = (m: RegExpMatchArray) => ASKS.test(m[1]!.trim()) || ASKS_AGAIN.test(m[1]!);
  const afterMark = question.match(/\?\s+([^?]*[\p{L}][^?]*)$/u);
  const aside = !afterMark || asks(afterMark);
  const m = aside ? chatAside(question) : afterMark;
  if (!m || asks(m)) return { remark: '', asked: question };
  // The question keeps its mark; an aside's comma goes with the aside.
  return { remark: m[1]!.trim(), asked: question.slice(0, m.index! + (aside ? 0 : 1)) };
}
