import type { ModelRequest, ModelResponse, Provider, StreamEvent } from '../core/index.js';
import { partialSpendOf } from '../providers/index.js';
import { type GenerateCall, type StreamCall, wrapProvider } from './wrap-provider.js';

/** Opens a `model` span under the request's span for every call: provider, model, tokens, cost, latency, error. */
export function traced(inner: Provider): Provider {
  const open = (req: ModelRequest) =>
    req.span?.child(`model ${inner.id}`, 'model', {
      provider: inner.id,
      ...(req.model ? { model: req.model } : {}),
    });
  const close = (span: ReturnType<typeof open>, res: ModelResponse) =>
    span?.end({
      usage: res.usage,
      costUsd: res.costUsd ?? 0,
      attributes: {
        model: res.model,
        finishReason: res.finishReason,
        latencyMs: Math.round(res.latencyMs * 1000) / 1000,
        // A hosted model with no known price: its cost is counted as 0, but not silently.
        ...(res.costUsd === undefined ? { costUnknown: true } : {}),
        ...(res.toolCalls?.length ? { toolCalls: res.toolCalls.map((c) => c.name) } : {}),
      },
    });
  const generate = async (req: ModelRequest, next: GenerateCall) => {
    const span = open(req);
    try {
      const res = await next({ ...req, span });
      close(span, res);
      return res;
    } catch (error) {
      span?.end({ error, ...partialSpendOf(error) });
      throw error;
    }
  };
  async function* stream(req: ModelRequest, next: StreamCall): AsyncIterable<StreamEvent> {
    const span = open(req);
    try {
      for await (const ev of next({ ...req, span })) {
        if (ev.type === 'finish') close(span, ev.response);
        yield ev;
      }
    } catch (error) {
      // A call cut short still spent what the upstream reported (a client that left, a timeout).
      span?.end({ error, ...partialSpendOf(error) });
      throw error;
    } finally {
      span?.end({ status: 'aborted', error: 'stream abandoned by the consumer' }); // no-op when already ended
    }
  }
  // Embeddings pass through untraced: `embed` carries no parent span, and no caller has one to give yet.
  return wrapProvider(inner, { wrapGenerate: generate, wrapStream: stream });
}
