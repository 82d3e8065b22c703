import type { Provider } from '../core/index.js';

/** The same provider with another default model (a route target's `model:`); a request's own model still wins. */
export function withModel(inner: Provider, model: string): Provider {
  return {
    id: inner.id,
    generate: (req) => inner.generate({ ...req, model: req.model ?? model }),
    stream: (req) => inner.stream({ ...req, model: req.model ?? model }),
    ...(inner.embed ? { embed: (texts, o) => inner.embed!(texts, { ...o, model: o?.model ?? model }) } : {}),
  };
}
