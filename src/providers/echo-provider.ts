import type { ModelRequest, Provider } from '../core/index.js';
import { completeResponse, streamFromResponse, throwIfAborted } from './response-helpers.js';

/** Answers with the last user message, unchanged: for wiring checks, start-up benchmarks and tests. */
export function createEchoProvider(id = 'echo'): Provider {
  const generate = async (req: ModelRequest) => {
    throwIfAborted(req.signal);
    const started = performance.now();
    const last = [...req.messages].reverse().find((m) => m.role === 'user');
    return completeResponse({ text: last?.content ?? '', model: 'echo' }, req, id, started);
  };
  async function* stream(req: ModelRequest) {
    yield* streamFromResponse(await generate(req));
  }
  return { id, generate, stream };
}
