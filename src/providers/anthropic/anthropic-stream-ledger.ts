/**
 * @module What a streamed Messages API answer said, read event by event: the text, the tool calls assembled from
 * their input JSON fragments, the stop reason, the model and the usage (input from message_start, output
 * updated by message_delta), and whether message_stop arrived.
 */
import type Anthropic from '@anthropic-ai/sdk';
import type { Usage } from '../../core/index.js';
import type { Answer } from '../model-response.js';
import { parseToolArgs } from '../parse-tool-args.js';
import { usageOf } from '../usage-of.js';
import { mapAnthropicStopReason } from './map-stop-reason.js';

type StreamEvent = Anthropic.Messages.RawMessageStreamEvent;
type DeltaEvent = Anthropic.Messages.RawContentBlockDeltaEvent;

/** What the events of one stream said so far. */
export interface AnthropicStreamLedger {
  /** Reads one event; returns the text it adds (empty when none). */
  add(event: StreamEvent): string;
  /** The tokens reported so far. */
  usage(): Usage;
  /** True once message_stop arrived: a stream that ends without it was cut. */
  stopped(): boolean;
  /** The answer as read so far (`model` until message_start names the one that answered). */
  answer(): Answer;
  /** The model answering (`model` until message_start names it). */
  model(): string;
}

/** Accumulates what the events of one stream for `model` said. */
export function createAnthropicStreamLedger(model: string): AnthropicStreamLedger {
  let text = '';
  let inputTokens = 0;
  let outputTokens = 0;
  let stopReason: string | null | undefined;
  let stopped = false;
  let answeredModel = model;
  const tools = new Map<number, { id: string; name: string; json: string }>();
  const addDelta = (ev: DeltaEvent): string => {
    if (ev.delta.type === 'text_delta') {
      text += ev.delta.text;
      return ev.delta.text;
    }
    const slot = tools.get(ev.index);
    if (ev.delta.type === 'input_json_delta' && slot) slot.json += ev.delta.partial_json;
    return '';
  };
  return {
    add(ev) {
      switch (ev.type) {
        case 'message_start':
          inputTokens = ev.message.usage?.input_tokens ?? 0;
          outputTokens = ev.message.usage?.output_tokens ?? 0;
          answeredModel = ev.message.model || model;
          break;
        case 'content_block_start':
          if (ev.content_block.type === 'tool_use')
            tools.set(ev.index, { id: ev.content_block.id, name: ev.content_block.name, json: '' });
          break;
        case 'content_block_delta':
          return addDelta(ev);
        case 'message_delta':
          stopReason = ev.delta.stop_reason;
          outputTokens = ev.usage?.output_tokens ?? outputTokens;
          break;
        case 'message_stop':
          stopped = true;
          break;
      }
      return '';
    },
    usage: () => usageOf(inputTokens, outputTokens),
    stopped: () => stopped,
    model: () => answeredModel,
    answer: () => ({
      text,
      toolCalls: [...tools.entries()]
        .sort(([a], [b]) => a - b)
        .map(([, t]) => ({ id: t.id, name: t.name, args: parseToolArgs(t.json) })),
      finishReason: mapAnthropicStopReason(stopReason),
      usage: usageOf(inputTokens, outputTokens),
      model: answeredModel,
    }),
  };
}
