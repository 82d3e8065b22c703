import type { Provider } from '../core/index.js';
import { wrapProvider } from './wrap-provider.js';

/** The same provider with another default model (a route target's `model:`); a request's own model still wins. */
export function withModel(inner: Provider, model: string): Provider {
  return wrapProvider(inner, {
    wrapGenerate: (req, next) => next(Object.assign({}, req, { model: req.model ?? model })),
    wrapStream: (req, next) => next(Object.assign({}, req, { model: req.model ?? model })),
    wrapEmbed: (texts, opts, next) => next(texts, { ...opts, model: opts.model ?? model }),
  });
}
