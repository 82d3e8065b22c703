/**
 * @module A provider written by the user in TS/JS. The module's default export is a factory
 * `(options) => ({ generate(request), stream?(request), embed?(texts) })` or that object itself;
 * `generate` may return a partial response (`{ text }` is enough).
 */
import {
  importModule,
  type ModelRequest,
  type ModelResponse,
  type Provider,
  type StreamEvent,
  TandemError,
} from '../core/index.js';
import { completeResponse, streamFromResponse } from './response-helpers.js';

/** What a script module provides. */
export interface ScriptProviderImpl {
  generate(request: ModelRequest): Promise<Partial<ModelResponse>> | Partial<ModelResponse>;
  stream?(request: ModelRequest): AsyncIterable<StreamEvent>;
  embed?(texts: string[], opts?: { dimensions?: number }): Promise<Float32Array[] | number[][]>;
}

/** The default export of a script provider module. */
export type ScriptProviderFactory = (
  options: Record<string, unknown>,
) => ScriptProviderImpl | Promise<ScriptProviderImpl>;

/** Loads a script provider from `file` (absolute path). */
export async function createScriptProvider(
  id: string,
  file: string,
  options: Record<string, unknown> = {},
): Promise<Provider> {
  const mod = (await importModule(file)) as { default?: unknown };
  const exported = mod.default ?? mod;
  const impl = (
    typeof exported === 'function' ? await (exported as ScriptProviderFactory)(options) : exported
  ) as ScriptProviderImpl | undefined;
  if (!impl || typeof impl.generate !== 'function') {
    throw new TandemError('SCRIPT_INVALID', `${file} does not export a provider`, {
      where: { file },
      hint: 'export default (options) => ({ async generate(request) { return { text: "…" } } })',
    });
  }
  const generate = async (req: ModelRequest) => {
    const started = performance.now();
    return completeResponse(await impl.generate(req), req, id, started);
  };
  async function* stream(req: ModelRequest): AsyncIterable<StreamEvent> {
    if (impl?.stream) yield* impl.stream(req);
    else yield* streamFromResponse(await generate(req));
  }
  const embed = impl.embed
    ? async (texts: string[], opts: { dimensions?: number } = {}) =>
        (await impl.embed!(texts, opts.dimensions ? { dimensions: opts.dimensions } : {})).map((v) =>
          Float32Array.from(v),
        )
    : undefined;
  return { id, generate, stream, ...(embed ? { embed } : {}) };
}
