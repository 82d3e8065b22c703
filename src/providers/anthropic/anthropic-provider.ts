/**
 * @module Anthropic's Messages API through the official SDK (its retries off: routes retry).
 */
import Anthropic from '@anthropic-ai/sdk';
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
import { abortError, badResponse, fromSdkError } from '../provider-errors.js';
import { fetchWithHeartbeat, HEARTBEAT_OPTION } from './fetch-with-heartbeat.js';
import { mapAnthropicStopReason, toAnthropicRequest } from './to-anthropic-request.js';

export interface AnthropicProviderOptions {
  id: string;
  model: string;
  apiKey?: string;
  baseUrl?: string;
  maxTokens: number;
  price?: (model: string) => Price | undefined;
}

/** Creates a Provider for the Anthropic Messages API. */
export function createAnthropicProvider(opts: AnthropicProviderOptions): Provider {
  const client = new Anthropic({
    apiKey: opts.apiKey || 'not-set',
    baseURL: opts.baseUrl,
    maxRetries: 0,
    timeout: 10 * 60_000,
    fetch: fetchWithHeartbeat,
  });
  const priced = (model: string, usage: Usage) => costOf(usage, opts.price?.(model));

  const generate = async (req: ModelRequest): Promise<ModelResponse> => {
    const model = req.model ?? opts.model;
    const started = performance.now();
    let msg: Anthropic.Messages.Message;
    try {
      msg = await client.messages.create(toAnthropicRequest(req, model, opts.maxTokens), {
        signal: req.signal,
      });
    } catch (err) {
      throw toTandemError(err, opts.id, req.signal);
    }
    if (!Array.isArray(msg?.content)) throw badResponse(opts.id, 'response has no content blocks');
    let text = '';
    const toolCalls: ToolCall[] = [];
    for (const block of msg.content) {
      if (block.type === 'text') text += block.text;
      else if (block.type === 'tool_use') {
        toolCalls.push({
          id: block.id,
          name: block.name,
          args: (block.input ?? {}) as Record<string, unknown>,
        });
      }
    }
    const usage = toUsage(msg.usage?.input_tokens, msg.usage?.output_tokens);
    return {
      text,
      ...(toolCalls.length ? { toolCalls } : {}),
      finishReason: mapAnthropicStopReason(msg.stop_reason),
      usage,
      model: msg.model || model,
      provider: opts.id,
      latencyMs: performance.now() - started,
      costUsd: priced(model, usage),
    };
  };

  async function* stream(req: ModelRequest): AsyncIterable<StreamEvent> {
    const model = req.model ?? opts.model;
    const started = performance.now();
    let text = '';
    let inputTokens = 0;
    let outputTokens = 0;
    let stopReason: string | null | undefined;
    let stopped = false;
    let answeredModel = model;
    const tools = new Map<number, { id: string; name: string; json: string }>();
    const spentSoFar = () => {
      const usage = toUsage(inputTokens, outputTokens);
      return [usage, priced(model, usage)] as const;
    };
    try {
      const events = await client.messages.create(
        { ...toAnthropicRequest(req, model, opts.maxTokens), stream: true },
        {
          signal: req.signal,
          // Keep-alive pings show life too, though the SDK never yields them.
          ...(req.heartbeat ? { fetchOptions: { [HEARTBEAT_OPTION]: req.heartbeat } as object } : {}),
        },
      );
      for await (const ev of events) {
        switch (ev.type) {
          case 'message_start':
            inputTokens = ev.message.usage?.input_tokens ?? 0;
            outputTokens = ev.message.usage?.output_tokens ?? 0;
            answeredModel = ev.message.model || model;
            break;
          case 'content_block_start':
            if (ev.content_block.type === 'tool_use') {
              tools.set(ev.index, { id: ev.content_block.id, name: ev.content_block.name, json: '' });
            }
            break;
          case 'content_block_delta':
            if (ev.delta.type === 'text_delta') {
              text += ev.delta.text;
              yield { type: 'text-delta', text: ev.delta.text };
            } else if (ev.delta.type === 'input_json_delta') {
              const slot = tools.get(ev.index);
              if (slot) slot.json += ev.delta.partial_json;
            }
            break;
          case 'message_delta':
            stopReason = ev.delta.stop_reason;
            outputTokens = ev.usage?.output_tokens ?? outputTokens;
            break;
          case 'message_stop':
            stopped = true;
            break;
        }
      }
    } catch (err) {
      throw withPartialUsage(toTandemError(err, opts.id, req.signal), ...spentSoFar());
    }
    // The SDK ends an aborted stream quietly: a cancelled call is not a stream the upstream cut.
    if (req.signal?.aborted) throw withPartialUsage(abortError(opts.id, req.signal), ...spentSoFar());
    if (!stopped) throw badResponse(opts.id, 'the stream ended before message_stop (connection cut?)');
    const toolCalls: ToolCall[] = [...tools.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, t]) => ({ id: t.id, name: t.name, args: parseToolArgs(t.json) }));
    for (const toolCall of toolCalls) yield { type: 'tool-call', toolCall };
    const usage = toUsage(inputTokens, outputTokens);
    yield {
      type: 'finish',
      response: {
        text,
        ...(toolCalls.length ? { toolCalls } : {}),
        finishReason: mapAnthropicStopReason(stopReason),
        usage,
        model: answeredModel,
        provider: opts.id,
        latencyMs: performance.now() - started,
        costUsd: priced(model, usage),
      },
    };
  }

  return { id: opts.id, generate, stream };
}

function toUsage(input = 0, output = 0): Usage {
  return { inputTokens: input, outputTokens: output, totalTokens: input + output };
}

function toTandemError(err: unknown, id: string, signal?: AbortSignal): Error {
  return fromSdkError(
    err,
    id,
    signal,
    Anthropic,
    (e) => (e as { error?: { error?: { message?: string } } }).error?.error?.message,
  );
}
