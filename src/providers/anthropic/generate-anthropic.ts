import type Anthropic from '@anthropic-ai/sdk';
import type { ModelRequest, ModelResponse } from '../../core/index.js';
import { toModelResponse } from '../model-response.js';
import { type AnthropicCall, traceHeaders } from './anthropic-call.js';
import { anthropicError } from './anthropic-error.js';
import { fromAnthropicMessage } from './from-anthropic-message.js';
import { toAnthropicRequest } from './to-anthropic-request.js';

/** Sends `req` through the call's client and returns the whole answer, priced. */
export async function generateAnthropic(call: AnthropicCall, req: ModelRequest): Promise<ModelResponse> {
  const model = req.model ?? call.model;
  const started = performance.now();
  let msg: Anthropic.Messages.Message;
  try {
    msg = await call.client.messages.create(toAnthropicRequest(req, model, call.maxTokens), {
      signal: req.signal,
      ...traceHeaders(req),
    });
  } catch (err) {
    throw anthropicError(err, call.id, req.signal);
  }
  const answer = fromAnthropicMessage(call.id, msg, model);
  return toModelResponse(answer, { provider: call.id, started, costUsd: call.price(model, answer.usage) });
}
