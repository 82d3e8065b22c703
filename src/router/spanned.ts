import type { ModelRequest, Provider, StreamEvent } from '../core/index.js';
import { type GenerateCall, type StreamCall, wrapProvider } from './wrap-provider.js';

/** Opens a `route` span around every call, so a trace shows which route ran and what it cost overall. */
export function spanned(inner: Provider, name: string): Provider {
  const generate = async (req: ModelRequest, next: GenerateCall) => {
    const span = req.span?.child(`route ${name}`, 'route', { route: name });
    try {
      const res = await next(Object.assign({}, req, { span }));
      span?.end({
        attributes: {
          provider: res.provider,
          model: res.model,
          attempts: res.attempts ?? 1,
          cached: res.cached ?? false,
        },
      });
      return res;
    } catch (error) {
      span?.end({ error });
      throw error;
    }
  };
  async function* stream(req: ModelRequest, next: StreamCall): AsyncIterable<StreamEvent> {
    const span = req.span?.child(`route ${name}`, 'route', { route: name, stream: true });
    try {
      for await (const ev of next(Object.assign({}, req, { span }))) {
        if (ev.type === 'finish') {
          span?.end({
            attributes: {
              provider: ev.response.provider,
              model: ev.response.model,
              attempts: ev.response.attempts ?? 1,
              cached: ev.response.cached ?? false,
            },
          });
        }
        yield ev;
      }
    } catch (error) {
      span?.end({ error });
      throw error;
    } finally {
      span?.end({ status: 'aborted', error: 'stream abandoned by the consumer' });
    }
  }
  // Embeddings carry no span to open one under (see traced.ts), so they pass through.
  return wrapProvider(inner, { id: name, wrapGenerate: generate, wrapStream: stream });
}
