/**
 * @module The input tokens of a request, counted by tandem (about 4 characters a token) where no upstream has
 * said: `POST /v1/messages/count_tokens` and a streamed message's `message_start`.
 */
import { estimateTokens, type ModelRequest } from '../../core/index.js';

/** The tokens a request's messages, tool calls and tool definitions take, estimated. */
export function countInputTokens(req: ModelRequest): number {
  let text = '';
  for (const m of req.messages) {
    text += `${m.role}\n${m.content}\n`;
    if (m.role === 'assistant' && m.toolCalls) text += JSON.stringify(m.toolCalls);
  }
  if (req.tools?.length) text += JSON.stringify(req.tools);
  // Each message carries a few tokens of framing in every chat format.
  return estimateTokens(text) + 3 * req.messages.length;
}
