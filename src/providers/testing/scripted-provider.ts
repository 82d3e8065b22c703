/**
 * @module A provider that plays a script of answers, for tests of routes, tool loops and apps (like the AI SDK's
 * MockLanguageModel). It records every request it received.
 */
import type { ModelRequest, ModelResponse, Provider } from '../../core/index.js';
import { completeResponse, streamFromResponse } from '../response-helpers.js';

/** One step of the script: an answer, a function of the request, or an error to throw. */
export type ScriptStep =
  | Partial<ModelResponse>
  | Error
  | ((req: ModelRequest, call: number) => Partial<ModelResponse>);

export interface ScriptedProvider extends Provider {
  /** Every request received, in order (generate and stream). */
  readonly calls: ModelRequest[];
}

/** Plays `steps` in order; after the last one, repeats it. */
export function createScriptedProvider(steps: ScriptStep[], id = 'scripted'): ScriptedProvider {
  const calls: ModelRequest[] = [];
  const generate = async (req: ModelRequest): Promise<ModelResponse> => {
    const started = performance.now();
    calls.push(req);
    const step = steps[Math.min(calls.length - 1, steps.length - 1)];
    if (step instanceof Error) throw step;
    const partial = typeof step === 'function' ? step(req, calls.length) : (step ?? {});
    return completeResponse(partial, req, id, started);
  };
  async function* stream(req: ModelRequest) {
    yield* streamFromResponse(await generate(req));
  }
  return { id, calls, generate, stream };
}
