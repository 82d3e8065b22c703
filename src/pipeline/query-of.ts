import { type Message, type SpanHandle, withoutPlaceholders } from '../core/index.js';
import {
  assessGrounding,
  changesTopic,
  earlierQuestions,
  echoesLastExchange,
  questionAsAsked,
  readingsOfReply,
  topicTerms,
  withConversation,
  withPointersRead,
} from '../rag/index.js';
import { type AppKnowledge, toContextDocument } from './retrieval-context.js';
import { retrieveQuestion } from './retrieve-question.js';

// What one search found: the passages, the question as searched, and the base's word counts.
type Found = Awaited<ReturnType<typeof retrieveQuestion>>;
type SearchOptions = { k?: number; span?: SpanHandle; signal?: AbortSignal };

/** The passages for an app's question read in its conversation, and the question as they were searched for. */
// What an app searches for is the query input without placeholders (they mean nothing to search, and the values
// behind them never reach the index). A follow-up by its words ("Can I pause it?") is read with the turns before
// it, and so is a short one that names only what the last exchange said ("how long is the link valid" after a
// reply about the confirmation link), unless only its own reading finds an answer. A question that does not read
// as one, says little of its own, and that the knowledge base does not answer
// on its own is read with them too when that finds an answer: chat is written loosely ("hmm maybe ill just pause
// it over the summer.. how long can i do that for?" after asking how to cancel), and no list of words tells every
// follow-up. A question answered on its own is read on its own: a change of topic stays one. The second reading
// is searched under a span of its own, so a trace shows which reading was kept.
export async function retrieveInConversation(
  knowledge: AppKnowledge,
  vars: Record<string, unknown>,
  history: Message[],
  opts: SearchOptions = {},
): Promise<Found> {
  // Names typed without capitals are read with them ("helen okafor's date of birth"), as every check expects;
  // the greeting and the thanks around a question are no part of it ("Hi team, quick question: … Thanks!"), and
  // sentences run together without a question mark are ended. A pasted text is cut first.
  const typed = questionAsAsked(withoutPlaceholders(String(vars[knowledge.queryVar] ?? '')));
  // "the spot you mentioned", "the last one you named": read as what they point at in the assistant's words, and
  // with the turn before, as what points back is.
  const { asked, leans: pointed } = withPointersRead(typed, history);
  const earlier = earlierQuestions(history).map(withoutPlaceholders);
  // "The second one." after "Is it about the payment methods, or when you're charged?": the option it picks.
  const replied = await asReply(knowledge, asked, history, opts);
  if (replied) return replied;
  // A question that names only what the last exchange said is about it, whatever it finds alone.
  const echoes = echoesLastExchange(asked, history);
  const query = withConversation(asked, earlier, false, echoes || pointed || undefined);
  const found = await retrieveQuestion(knowledge, query, opts);
  // An echo that finds no answer with the conversation is asked on its own after all.
  if (echoes && query !== asked && !answers(found)) {
    const alone = await retrieveQuestion(knowledge, asked, opts);
    return answers(alone) ? alone : found;
  }
  if (query !== asked || !earlier.length || namesItsOwnTopic(asked) || changesTopic(asked)) return found;
  const alone = verdictOf(found);
  // Declined for a word the knowledge base never mentions, a question is not rescued by the conversation: the
  // earlier turns' words would outweigh it ("whats this months code?" after "Where do I enter a promo code?").
  if (alone.grounded || alone.unknown?.length) return found;
  const read = withConversation(asked, earlier, false, true);
  const span = opts.span?.child('read with the conversation', 'retrieve', { question: read });
  const again = await retrieveQuestion(knowledge, read, { ...opts, span });
  const kept = answers(again);
  span?.end({ attributes: { kept } });
  return kept ? again : found;
}

// Whether the passages found answer the question as it was searched for: judged on the passages retrieval
// found, before any guardrail on retrieved text (the run judges again on what they keep).
const verdictOf = (found: Found) =>
  assessGrounding(found.query, found.hits.map(toContextDocument), found.stats, { written: found.written });
const answers = (found: Found) => verdictOf(found).grounded;

// A question that names more than a follow-up ever does (five things) is about what it names, answered or not:
// read with an earlier topic, a passage about that topic would supply what it asks for.
const namesItsOwnTopic = (question: string) => topicTerms(question).length > OWN_TOPIC_WORDS;
const OWN_TOPIC_WORDS = 5;

// A reply to the assistant's question back, searched as the question it completes: the first reading that finds an
// answer, else the fullest (never the bare reply, "Both, please."); each under a span of its own.
async function asReply(
  knowledge: AppKnowledge,
  asked: string,
  history: Message[],
  opts: SearchOptions,
): Promise<Found | undefined> {
  const readings = readingsOfReply(asked, history);
  let first: Found | undefined;
  for (const reading of readings) {
    const span = opts.span?.child('read as a reply', 'retrieve', { question: reading });
    const found = await retrieveQuestion(knowledge, reading, { ...opts, span });
    const kept = answers(found);
    span?.end({ attributes: { kept } });
    if (kept) return found;
    first ??= found;
  }
  return first;
}
