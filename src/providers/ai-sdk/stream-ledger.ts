/**
 * @module The running account of an AI SDK stream: each part read turns into the events tandem streams (text
 * deltas, tool calls) while the ledger keeps the text, tool calls, model, usage and finish for the last event.
 */
import type { StreamEvent, ToolCall, Usage } from '../../core/index.js';
import type { Answer } from '../model-response.js';
import { toolCallOf } from './from-generate-result.js';
import { mapFinishReason } from './map-finish-reason.js';
import { mapUsage } from './map-usage.js';
import type { SpecFinishReason, SpecStreamPart } from './spec.js';
import type { ToolCallMemory } from './tool-call-memory.js';

/** What a stream has said so far. */
export interface StreamLedger {
  /** Reads one part; returns the events it makes. Error parts are the caller's to throw. */
  add(part: SpecStreamPart): StreamEvent[];
  /** Whether a finish part arrived that says the model ended (not a stream that stopped without a reason). */
  finished(): boolean;
  /** Usage reported so far (zero until the finish part). */
  usage(): Usage;
  answer(): Answer;
}

/** A ledger for a stream from `model` (the model asked for, until the stream names the one that answered). */
export function createStreamLedger(model: string, memory?: ToolCallMemory): StreamLedger {
  let text = '';
  let answered = model;
  let usage = mapUsage(undefined);
  let finish: SpecFinishReason | string | undefined;
  const toolCalls: ToolCall[] = [];
  return {
    add(part) {
      switch (part.type) {
        case 'text-delta':
          if (!part.delta) return [];
          text += part.delta;
          return [{ type: 'text-delta', text: part.delta }];
        case 'tool-call': {
          if (part.providerExecuted) return [];
          const toolCall = toolCallOf(part, memory);
          toolCalls.push(toolCall);
          return [{ type: 'tool-call', toolCall }];
        }
        case 'response-metadata':
          if (part.modelId) answered = part.modelId;
          return [];
        case 'finish':
          usage = mapUsage(part.usage);
          finish = part.finishReason;
          return [];
        default:
          return [];
      }
    },
    finished: () => finish !== undefined && reasonOf(finish) !== 'interrupted',
    usage: () => usage,
    answer: () => ({ text, toolCalls, finishReason: mapFinishReason(finish), usage, model: answered }),
  };
}

const reasonOf = (finish: SpecFinishReason | string) =>
  typeof finish === 'string' ? finish : finish.unified;
