/**
 * @module OpenAI and any OpenAI-compatible server (vLLM, Ollama, llama.cpp server, LM Studio, OpenRouter, Groq…).
 * Chat calls go straight to the upstream's pool (generate-chat.ts, stream-chat.ts, stream-passthrough.ts);
 * embeddings use the official SDK with its own retries off (embed-openai.ts): routes retry, with visibility in
 * the trace.
 */
import type { RelayingProvider } from '../relay.js';
import { type ChatEndpoint, type ChatEndpointOptions, createChatEndpoint } from './chat-endpoint.js';
import { createOpenAIEmbed } from './embed-openai.js';
import { generateChat, relayChat } from './generate-chat.js';
import { generateResponses, relayResponses } from './generate-responses.js';
import { streamChat } from './stream-chat.js';
import { streamPassthrough } from './stream-passthrough.js';
import { relayResponsesStream, streamResponses } from './stream-responses.js';

export interface OpenAIProviderOptions extends ChatEndpointOptions {
  embeddingModel?: string;
}

/**
 * Creates a Provider for the Chat Completions (or, with `api: responses`, the Responses) and Embeddings APIs;
 * it relays bodies of the API it speaks as they are.
 */
export function createOpenAIProvider(opts: OpenAIProviderOptions): RelayingProvider {
  const chat = createChatEndpoint(opts);
  if (opts.api === 'responses') return responsesProvider(chat, opts);
  return {
    id: opts.id,
    generate: (req) => generateChat(chat, req),
    stream: (req) => streamChat(chat, req),
    relay: {
      format: 'openai-chat',
      generate: (body, req) => relayChat(chat, body, req),
      stream: (body, req) => streamPassthrough(chat, body, req),
    },
    embed: createOpenAIEmbed(opts),
  };
}

/** A provider whose upstream is called with the Responses API (`POST /responses`). */
function responsesProvider(chat: ChatEndpoint, opts: OpenAIProviderOptions): RelayingProvider {
  return {
    id: opts.id,
    generate: (req) => generateResponses(chat, req),
    stream: (req) => streamResponses(chat, req),
    relay: {
      format: 'openai-responses',
      generate: (body, req) => relayResponses(chat, body, req),
      stream: (body, req) => relayResponsesStream(chat, body, req),
    },
    embed: createOpenAIEmbed(opts),
  };
}
