import { type ModelRequest, type Provider, type StreamEvent, TandemError } from '../core/index.js';
import { type StreamCall, wrapProvider } from './wrap-provider.js';

/**
 * Aborts a call that takes longer than `ms`: an answer (generate) or a set of embeddings must arrive within it.
 * For streams the limit applies to each silence: any sign of life from the upstream re-arms it (an event, a
 * keep-alive ping, a role-only first chunk the provider holds back, all reported through `heartbeat`), so a
 * long answer that keeps streaming is not cut, but a stalled one is.
 */
export function timeout(
  inner: Provider,
  ms: number,
  { hint = 'Raise timeoutMs on the route, or check that the upstream is reachable.' }: { hint?: string } = {},
): Provider {
  const timeoutError = () =>
    new TandemError('PROVIDER_TIMEOUT', `${inner.id}: no answer within ${ms} ms`, { retryable: true, hint });
  const withDeadline = (parent: AbortSignal | undefined) => {
    const controller = new AbortController();
    const onParentAbort = () => controller.abort(parent?.reason);
    parent?.addEventListener('abort', onParentAbort, { once: true });
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(timeoutError()), ms);
    };
    const dispose = () => {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onParentAbort);
    };
    // The race makes the timeout hold even for a provider that ignores its signal.
    const expired = new Promise<never>((_, reject) =>
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true }),
    );
    expired.catch(() => {});
    return { signal: controller.signal, arm, dispose, expired };
  };

  // One answer (generate, embed): the whole call must finish within the limit.
  const once = async <T>(parent: AbortSignal | undefined, call: (signal: AbortSignal) => Promise<T>) => {
    const d = withDeadline(parent);
    d.arm();
    try {
      return await Promise.race([call(d.signal), d.expired]);
    } finally {
      d.dispose();
    }
  };

  async function* stream(req: ModelRequest, next: StreamCall): AsyncIterable<StreamEvent> {
    const d = withDeadline(req.signal);
    const heartbeat = () => {
      d.arm();
      req.heartbeat?.(); // a timeout further out hears it too
    };
    const it = next({ ...req, signal: d.signal, heartbeat })[Symbol.asyncIterator]();
    try {
      for (;;) {
        d.arm();
        const step = await Promise.race([it.next(), d.expired]);
        if (step.done) return;
        yield step.value;
      }
    } finally {
      d.dispose();
      await it.return?.();
    }
  }

  return wrapProvider(inner, {
    wrapGenerate: (req, next) => once(req.signal, (signal) => next({ ...req, signal })),
    wrapStream: stream,
    wrapEmbed: (texts, opts, next) => once(opts.signal, (signal) => next(texts, { ...opts, signal })),
  });
}
