import type OpenAI from 'openai';
import type { Message, ModelRequest } from '../../core/index.js';

type ChatParams = OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming;
type ChatMessage = OpenAI.Chat.Completions.ChatCompletionMessageParam;

/** Our messages in the Chat Completions shape. */
export function toOpenAIMessages(messages: Message[]): ChatMessage[] {
  return messages.map((m): ChatMessage => {
    switch (m.role) {
      case 'assistant':
        return m.toolCalls?.length
          ? {
              role: 'assistant',
              content: m.content || null,
              tool_calls: m.toolCalls.map((c) => ({
                id: c.id,
                type: 'function' as const,
                function: { name: c.name, arguments: JSON.stringify(c.args) },
              })),
            }
          : { role: 'assistant', content: m.content };
      case 'tool':
        return { role: 'tool', tool_call_id: m.toolCallId, content: m.content };
      default:
        return { role: m.role, content: m.content };
    }
  });
}

/** A ModelRequest as Chat Completions parameters (without `stream`). */
export function toOpenAIRequest(req: ModelRequest, model: string): ChatParams {
  const params: ChatParams = { model, messages: toOpenAIMessages(req.messages) };
  if (req.temperature !== undefined) params.temperature = req.temperature;
  if (req.maxTokens !== undefined) params.max_tokens = req.maxTokens;
  if (req.topP !== undefined) params.top_p = req.topP;
  if (req.stop?.length) params.stop = req.stop;
  if (req.tools?.length) {
    params.tools = req.tools.map((t) => ({
      type: 'function' as const,
      function: { name: t.name, description: t.description, parameters: t.parameters },
    }));
    if (req.toolChoice) params.tool_choice = req.toolChoice;
  }
  if (req.responseFormat?.type === 'json') {
    params.response_format = req.responseFormat.schema
      ? {
          type: 'json_schema',
          json_schema: {
            name: req.responseFormat.name ?? 'output',
            schema: req.responseFormat.schema,
            strict: false,
          },
        }
      : { type: 'json_object' };
  }
  return params;
}
