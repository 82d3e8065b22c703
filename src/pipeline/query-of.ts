import { type Message, type SpanHandle, withoutPlaceholders } from '../core/index.js';
import { assessGrounding, earlierQuestions, withConversation } from '../rag/index.js';
import { type AppKnowledge, toContextDocument } from './retrieval-context.js';
import { retrieveQuestion } from './retrieve-question.js';

/**
 * What an app searches its knowledge base for: the query input, without placeholders (they mean nothing to
 * search, and the values behind them never reach the index), read with the user's earlier turns when it is a
 * follow-up ("And the Single one?" after "How much does the Family plan cost?").
 */
export function queryOf(
  knowledge: AppKnowledge,
  vars: Record<string, unknown>,
  history: Message[] = [],
): string {
  const asked = withoutPlaceholders(String(vars[knowledge.queryVar] ?? ''));
  return withConversation(asked, earlierQuestions(history).map(withoutPlaceholders));
}

/**
 * The passages for a question asked in a conversation, and the question as they were searched for. A
 * follow-up by its words ("Can I pause it?") is read with the turns before it (`queryOf`). A question that
 * does not read as one, and that the knowledge base does not answer on its own, is read with them too when
 * that finds an answer: chat is written loosely ("hmm maybe ill just pause it over the summer.. how long can i
 * do that for?" after asking how to cancel), and no list of words tells every follow-up. A question answered on
 * its own is read on its own: a change of topic stays one.
 */
export async function retrieveInConversation(
  knowledge: AppKnowledge,
  vars: Record<string, unknown>,
  history: Message[],
  opts: { k?: number; span?: SpanHandle; signal?: AbortSignal } = {},
): ReturnType<typeof retrieveQuestion> {
  const asked = withoutPlaceholders(String(vars[knowledge.queryVar] ?? ''));
  const earlier = earlierQuestions(history).map(withoutPlaceholders);
  const query = withConversation(asked, earlier);
  const found = await retrieveQuestion(knowledge, query, opts);
  if (query !== asked || !earlier.length || answers(found)) return found;
  const again = await retrieveQuestion(knowledge, withConversation(asked, earlier, false, true), opts);
  return answers(again) ? again : found;
}

// Whether the passages found answer the question as it was searched for, as the run will judge it.
const answers = (found: Awaited<ReturnType<typeof retrieveQuestion>>) =>
  assessGrounding(found.query, found.hits.map(toContextDocument), found.stats).grounded;
