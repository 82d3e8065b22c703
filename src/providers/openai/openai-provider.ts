/**
 * @module OpenAI and any OpenAI-compatible server (vLLM, Ollama, llama.cpp server, LM Studio, OpenRouter, Groq…),
 * through the official SDK with its own retries off: routes retry, with visibility in the trace.
 */
import type OpenAI from 'openai';
import type {
  ModelRequest,
  ModelResponse,
  Provider,
  StreamEvent,
  ToolCall,
  Usage,
} from '../../core/index.js';
import { parseToolArgs } from '../parse-tool-args.js';
import { withPartialUsage } from '../partial-usage.js';
import { costOf, type Price } from '../pricing.js';
import { badResponse, fromSdkError } from '../provider-errors.js';
import { mapOpenAIFinishReason } from './map-finish-reason.js';
import { parseChatCompletion, postChatCompletion, postChatCompletionText } from './post-chat-completion.js';
import { relayChatStream } from './relay-chat-stream.js';
import { streamChatCompletion } from './stream-chat-completion.js';
import { toOpenAIRequest } from './to-openai-request.js';
import { type Upstream, upstreamFor } from './upstream-pool.js';

export interface OpenAIProviderOptions {
  id: string;
  model: string;
  apiKey?: string;
  baseUrl?: string;
  organization?: string;
  headers?: Record<string, string>;
  embeddingModel?: string;
  /** Price lookup by model name (config overrides, then the built-in table). */
  price?: (model: string) => Price | undefined;
}

/** Creates a Provider for the Chat Completions and Embeddings APIs. */
export function createOpenAIProvider(opts: OpenAIProviderOptions): Provider {
  // The SDK (and its memory) loads on the first stream or embedding; plain calls never need it.
  let sdk: Promise<{ OpenAI: typeof OpenAI; client: OpenAI }> | undefined;
  const sdkClient = () =>
    (sdk ??= import('openai').then(({ default: SDK }) => ({
      OpenAI: SDK,
      client: new SDK({
        // Local servers (Ollama, vLLM) accept any key; the SDK refuses to start without one.
        apiKey: opts.apiKey || 'not-needed',
        baseURL: opts.baseUrl,
        organization: opts.organization,
        defaultHeaders: opts.headers,
        maxRetries: 0,
        timeout: 10 * 60_000,
      }),
    })));
  const priced = (model: string, usage: Usage) => costOf(usage, opts.price?.(model));
  // Non-streaming calls take the direct path (post-chat-completion.ts); streams and embeddings use the SDK.
  const baseUrl = (opts.baseUrl ?? 'https://api.openai.com/v1').replace(/\/+$/, '');
  // Resolved on the first call: a provider that is never used never checks its URL or opens a pool.
  let chatUpstream: Upstream | undefined;
  const chat = () => (chatUpstream ??= upstreamFor(`${baseUrl}/chat/completions`));
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
    authorization: `Bearer ${opts.apiKey || 'not-needed'}`,
    ...(opts.organization ? { 'openai-organization': opts.organization } : {}),
    ...opts.headers,
  };

  const generate = async (req: ModelRequest): Promise<ModelResponse> => {
    const model = req.model ?? opts.model;
    const started = performance.now();
    const post = { id: opts.id, upstream: chat(), headers, ...(req.signal ? { signal: req.signal } : {}) };
    // Passed through: the client's own body goes up (fields tandem does not model included) and its bytes
    // come back in `raw`; it is parsed only for the books (and to refuse a broken 200).
    const raw = req.passthrough
      ? await postChatCompletionText({ ...req.passthrough, model }, post)
      : undefined;
    const completion =
      raw === undefined
        ? await postChatCompletion(toOpenAIRequest(req, model), post)
        : parseChatCompletion(opts.id, raw);
    const choice = completion.choices[0]!;
    const usage = toUsage(completion.usage);
    const toolCalls = toToolCalls(choice.message.tool_calls);
    return {
      text: choice.message.content ?? '',
      ...(toolCalls.length ? { toolCalls } : {}),
      finishReason: mapOpenAIFinishReason(choice.finish_reason),
      usage,
      model: completion.model || model,
      provider: opts.id,
      latencyMs: performance.now() - started,
      costUsd: priced(model, usage),
      ...(raw === undefined ? {} : { raw }),
    };
  };

  /** A passed-through stream: the upstream's events as they are, then what was read from them. */
  async function* relay(req: ModelRequest, body: Record<string, unknown>): AsyncIterable<StreamEvent> {
    const model = req.model ?? opts.model;
    const started = performance.now();
    const relayed = await relayChatStream(
      // Usage is always asked for, to account for the call; the client sees it only if it asked.
      { ...body, model, stream: true, stream_options: { include_usage: true } },
      {
        id: opts.id,
        upstream: chat(),
        headers,
        forwardUsage:
          (body.stream_options as { include_usage?: boolean } | undefined)?.include_usage === true,
        price: (usage) => priced(model, usage),
        ...(req.signal ? { signal: req.signal } : {}),
        ...(req.heartbeat ? { heartbeat: req.heartbeat } : {}),
      },
    );
    for await (const text of relayed.events) yield { type: 'raw', text, provider: opts.id };
    const usage = relayed.usage();
    const toolCalls = relayed.toolCalls();
    yield {
      type: 'finish',
      response: {
        text: relayed.text(),
        ...(toolCalls.length ? { toolCalls } : {}),
        finishReason: mapOpenAIFinishReason(relayed.finishReason()),
        usage,
        model,
        provider: opts.id,
        latencyMs: performance.now() - started,
        costUsd: priced(model, usage),
      },
    };
  }

  async function* stream(req: ModelRequest): AsyncIterable<StreamEvent> {
    if (req.passthrough) return yield* relay(req, req.passthrough);
    const model = req.model ?? opts.model;
    const started = performance.now();
    let text = '';
    let usage: Usage | undefined;
    let finish: string | null | undefined;
    let answeredModel = model;
    const partial = new Map<number, { id: string; name: string; args: string }>();
    const chunks = streamChatCompletion(
      { ...toOpenAIRequest(req, model), stream: true, stream_options: { include_usage: true } },
      {
        id: opts.id,
        upstream: chat(),
        headers,
        ...(req.signal ? { signal: req.signal } : {}),
        ...(req.heartbeat ? { heartbeat: req.heartbeat } : {}),
      },
    );
    try {
      for await (const chunk of chunks) {
        if (chunk.model) answeredModel = chunk.model;
        if (chunk.usage) usage = toUsage(chunk.usage);
        const choice = chunk.choices?.[0];
        if (!choice) continue;
        const delta = choice.delta;
        if (delta?.content) {
          text += delta.content;
          yield { type: 'text-delta', text: delta.content };
        }
        for (const tc of delta?.tool_calls ?? []) {
          const slot = partial.get(tc.index) ?? { id: '', name: '', args: '' };
          if (tc.id) slot.id = tc.id;
          if (tc.function?.name) slot.name += tc.function.name;
          if (tc.function?.arguments) slot.args += tc.function.arguments;
          partial.set(tc.index, slot);
        }
        if (choice.finish_reason) finish = choice.finish_reason;
      }
    } catch (err) {
      // A stream stopped early still spent what the upstream reported.
      throw withPartialUsage(err, usage, usage && priced(model, usage));
    }
    // Some servers close without [DONE]; a stream without a finish reason was cut.
    if (!finish) throw badResponse(opts.id, 'the stream ended before the model finished (connection cut?)');
    const toolCalls: ToolCall[] = [...partial.entries()]
      .sort(([a], [b]) => a - b)
      .map(([i, s]) => ({ id: s.id || `call_${i}`, name: s.name, args: parseToolArgs(s.args) }));
    for (const toolCall of toolCalls) yield { type: 'tool-call', toolCall };
    const finalUsage = usage ?? { inputTokens: 0, outputTokens: 0, totalTokens: 0 };
    yield {
      type: 'finish',
      response: {
        text,
        ...(toolCalls.length ? { toolCalls } : {}),
        finishReason: mapOpenAIFinishReason(finish),
        usage: finalUsage,
        model: answeredModel,
        provider: opts.id,
        latencyMs: performance.now() - started,
        costUsd: priced(model, finalUsage),
      },
    };
  }

  const embed = async (texts: string[], o: { signal?: AbortSignal; model?: string } = {}) => {
    const model = o.model ?? opts.embeddingModel ?? opts.model;
    const { client, OpenAI: SDK } = await sdkClient();
    try {
      const res = await client.embeddings.create(
        { model, input: texts, encoding_format: 'float' },
        { signal: o.signal },
      );
      return [...res.data].sort((a, b) => a.index - b.index).map((d) => Float32Array.from(d.embedding));
    } catch (err) {
      throw toTandemError(err, opts.id, o.signal, SDK);
    }
  };

  return { id: opts.id, generate, stream, embed };
}

/** Tool calls of a completion's message, arguments parsed. */
function toToolCalls(calls: OpenAI.Chat.Completions.ChatCompletionMessageToolCall[] | undefined): ToolCall[] {
  return (calls ?? []).flatMap((c) =>
    c.type === 'function'
      ? [{ id: c.id, name: c.function.name, args: parseToolArgs(c.function.arguments) }]
      : [],
  );
}

function toUsage(u: { prompt_tokens?: number; completion_tokens?: number } | null | undefined): Usage {
  const inputTokens = u?.prompt_tokens ?? 0;
  const outputTokens = u?.completion_tokens ?? 0;
  return { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens };
}

/** Any failure of the OpenAI SDK as a TandemError. */
export function toTandemError(
  err: unknown,
  id: string,
  signal: AbortSignal | undefined,
  SDK: typeof OpenAI,
): Error {
  return fromSdkError(err, id, signal, SDK, (e) => (e as { error?: { message?: string } }).error?.message);
}
