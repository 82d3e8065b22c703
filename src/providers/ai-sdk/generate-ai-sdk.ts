import type { ModelRequest, ModelResponse } from '../../core/index.js';
import { toModelResponse } from '../model-response.js';
import type { AiSdkCall } from './ai-sdk-call.js';
import { aiSdkError } from './ai-sdk-error.js';
import { fromGenerateResult } from './from-generate-result.js';
import { noteWarnings } from './note-warnings.js';
import type { SpecGenerateResult } from './spec.js';

/** Sends `req` through the package's model (`doGenerate`) and returns the whole answer, priced. */
export async function generateAiSdk(call: AiSdkCall, req: ModelRequest): Promise<ModelResponse> {
  const model = req.model ?? call.model;
  const started = performance.now();
  let result: SpecGenerateResult;
  try {
    result = await call.languageModel(model).doGenerate(call.callOptions(req));
  } catch (err) {
    throw aiSdkError(err, call.id, req.signal);
  }
  noteWarnings(req.span, result.warnings);
  const answer = fromGenerateResult(call.id, result, model, call.memory);
  return toModelResponse(answer, {
    provider: call.id,
    started,
    costUsd: call.price(model, answer.model, answer.usage),
  });
}
