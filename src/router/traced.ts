import type { ModelRequest, ModelResponse, Provider, StreamEvent } from '../core/index.js';
import { partialSpendOf } from '../providers/index.js';
import { type GenerateCall, type StreamCall, wrapProvider } from './wrap-provider.js';

/** What a model span says about the provider beyond its name. */
export interface TracedMeta {
  /** The system it calls, as OpenTelemetry names it (`openai`, `anthropic`; `tandem` for local providers). */
  system?: string;
  /** The model it is configured with, recorded as the requested model when a request names none. */
  model?: string;
}

/**
 * Opens a `model` span under the request's span for every call: provider, system, requested and answering
 * model, tokens, cost, latency, and on failure the error's type.
 */
export function traced(inner: Provider, meta: TracedMeta = {}): Provider {
  const open = (req: ModelRequest) => {
    const requested = req.model ?? meta.model;
    return req.span?.child(`model ${inner.id}`, 'model', {
      provider: inner.id,
      ...(meta.system ? { system: meta.system } : {}),
      ...(requested ? { model: requested, requestModel: requested } : {}),
    });
  };
  const fail = (span: ReturnType<typeof open>, error: unknown) =>
    span?.end({ error, ...partialSpendOf(error), attributes: { errorType: errorTypeOf(error) } });
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
      const res = await next(Object.assign({}, req, { span }));
      close(span, res);
      return res;
    } catch (error) {
      fail(span, error);
      throw error;
    }
  };
  async function* stream(req: ModelRequest, next: StreamCall): AsyncIterable<StreamEvent> {
    const span = open(req);
    try {
      for await (const ev of next(Object.assign({}, req, { span }))) {
        if (ev.type === 'finish') close(span, ev.response);
        yield ev;
      }
    } catch (error) {
      // A call cut short still spent what the upstream reported (a client that left, a timeout).
      fail(span, error);
      throw error;
    } finally {
      span?.end({ status: 'aborted', error: 'stream abandoned by the consumer' }); // no-op when already ended
    }
  }
  // Embeddings pass through untraced: `embed` carries no parent span, and no caller has one to give yet.
  return wrapProvider(inner, { wrapGenerate: generate, wrapStream: stream });
}

// A failure's kind, for `error.type`: tandem's error code, else the error's class name.
function errorTypeOf(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.name : 'Error';
}
