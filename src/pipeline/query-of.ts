import { type Message, withoutPlaceholders } from '../core/index.js';
import { earlierQuestions, withConversation } from '../rag/index.js';
import type { AppKnowledge } from './retrieval-context.js';

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
