import { type Message, withoutPlaceholders } from '../core/index.js';
import { earlierQuestions, lastReply, withConversation } from '../rag/index.js';
import type { AppKnowledge } from './retrieval-context.js';

/**
 * What an app searches its knowledge base for: the query input, without placeholders (they mean nothing to
 * search, and the values behind them never reach the index), read with the user's earlier turns when it is a
 * follow-up ("And the Single one?" after "How much does the Family plan cost?"; "How long is the link valid?"
 * after a reply that said "a confirmation link").
 */
export function queryOf(
  knowledge: AppKnowledge,
  vars: Record<string, unknown>,
  history: Message[] = [],
): string {
  const asked = withoutPlaceholders(String(vars[knowledge.queryVar] ?? ''));
  const earlier = earlierQuestions(history).map(withoutPlaceholders);
  const reply = lastReply(history);
  return withConversation(asked, earlier, false, reply && withoutPlaceholders(reply));
}
