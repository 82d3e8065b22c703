import { type ModelRequest, type Provider, type StreamEvent, TandemError } from '../core/index.js';

/**
 * Aborts a call that takes longer than `ms`. For streams the limit applies to each silence: any sign of life
 * from the upstream re-arms it (an event, a keep-alive ping, a role-only first chunk the provider holds back,
 * all reported through `heartbeat`), so a long answer that keeps streaming is not cut, but a stalled one is.
 */
export function timeout(
  inner: Provider,
  ms: number,
  { hint = 'Raise timeoutMs on the route, or check that the upstream is reachable.' }: { hint?: string } = {},
): Provider {
  const timeoutError = () =>
    new TandemError('PROVIDER_TIMEOUT', `${inner.id}: no answer within ${ms} ms`, { retryable: true, hint });
  const withDeadline = (req: ModelRequest) => {
    const controller = new AbortController();
    const onParentAbort = () => controller.abort(req.signal?.reason);
    req.signal?.addEventListener('abort', onParentAbort, { once: true });
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(timeoutError()), ms);
    };
    const dispose = () => {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onParentAbort);
    };
    // The race makes the timeout hold even for a provider that ignores its signal.
    const expired = new Promise<never>((_, reject) =>
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true }),
    );
    expired.catch(() => {});
    return { signal: controller.signal, arm, dispose, expired };
  };

  const generate = async (req: ModelRequest) => {
    const d = withDeadline(req);
    d.arm();
    try {
      return await Promise.race([inner.generate({ ...req, signal: d.signal }), d.expired]);
    } finally {
      d.dispose();
    }
  };

  async function* stream(req: ModelRequest): AsyncIterable<StreamEvent> {
    const d = withDeadline(req);
    const heartbeat = () => {
      d.arm();
      req.heartbeat?.(); // a timeout further out hears it too
    };
    const it = inner.stream({ ...req, signal: d.signal, heartbeat })[Symbol.asyncIterator]();
    try {
      for (;;) {
        d.arm();
        const next = await Promise.race([it.next(), d.expired]);
        if (next.done) return;
        yield next.value;
      }
    } finally {
      d.dispose();
      await it.return?.();
    }
  }

  return { id: inner.id, generate, stream, ...(inner.embed ? { embed: inner.embed.bind(inner) } : {}) };
}
