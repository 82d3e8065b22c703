import {
  type ModelRequest,
  type ModelResponse,
  type Provider,
  type StreamEvent,
  TandemError,
} from '../../core/index.js';
import type { AppEvent } from '../app-types.js';
import type { AnswerRelease } from './answer-release.js';

/**
 * One model call. Streaming, each text delta goes through the release policy, which decides what leaves
 * now; not streaming, the call is a plain `generate`.
 */
export async function* callModel(
  provider: Provider,
  req: ModelRequest,
  streaming: boolean,
  release: AnswerRelease,
): AsyncGenerator<AppEvent, ModelResponse> {
  release.newStep();
  if (!streaming) return await provider.generate(req);
  let final: ModelResponse | undefined;
  for await (const ev of provider.stream(req) as AsyncIterable<StreamEvent>) {
    if (ev.type === 'text-delta') {
      const text = release.delta(ev.text);
      if (text) yield { type: 'text-delta', text };
    } else if (ev.type === 'finish') final = ev.response;
  }
  if (!final)
    throw new TandemError('PROVIDER_BAD_RESPONSE', `${provider.id}: stream ended without a finish event`);
  return final;
}
