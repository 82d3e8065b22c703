/**
 * @module Embeddings through the official SDK, which loads on the first embedding: plain chat calls never need
 * it (and its memory). Its own retries are off: routes retry, with visibility in the trace.
 */
import type OpenAI from 'openai';
import type { Provider } from '../../core/index.js';
import { fromSdkError } from '../provider-errors.js';

/** The options embeddings need (a subset of OpenAIProviderOptions). */
export interface EmbedOptions {
  id: string;
  model: string;
  embeddingModel?: string;
  apiKey?: string;
  baseUrl?: string;
  organization?: string;
  apiVersion?: string;
  headers?: Record<string, string>;
}

/** A Provider's `embed`: vectors in input order. */
type Embed = NonNullable<Provider['embed']>;

/** Creates `embed` for a provider; the SDK client is made on its first call. */
export function createOpenAIEmbed(opts: EmbedOptions): Embed {
  let sdk: Promise<{ OpenAI: typeof OpenAI; client: OpenAI }> | undefined;
  const sdkClient = () =>
    (sdk ??= import('openai').then(({ default: SDK }) => ({ OpenAI: SDK, client: createClient(SDK, opts) })));
  return async (texts, o = {}) => {
    const model = o.model ?? opts.embeddingModel ?? opts.model;
    const { client, OpenAI: SDK } = await sdkClient();
    try {
      const res = await client.embeddings.create(
        {
          model,
          input: texts,
          encoding_format: 'float',
          ...(o.dimensions ? { dimensions: o.dimensions } : {}),
        },
        { signal: o.signal },
      );
      return [...res.data].sort((a, b) => a.index - b.index).map((d) => Float32Array.from(d.embedding));
    } catch (err) {
      throw toTandemError(err, opts.id, o.signal, SDK);
    }
  };
}

function createClient(SDK: typeof OpenAI, opts: EmbedOptions): OpenAI {
  return new SDK({
    // Local servers (Ollama, vLLM) accept any key; the SDK refuses to start without one.
    apiKey: opts.apiKey || 'not-needed',
    baseURL: opts.baseUrl,
    organization: opts.organization,
    defaultHeaders: {
      ...(opts.apiVersion ? { 'api-key': opts.apiKey ?? '' } : {}),
      ...opts.headers,
    },
    ...(opts.apiVersion ? { defaultQuery: { 'api-version': opts.apiVersion } } : {}),
    maxRetries: 0,
    timeout: 10 * 60_000,
  });
}

/** Any failure of the OpenAI SDK as a TandemError. */
function toTandemError(err: unknown, id: string, signal: AbortSignal | undefined, SDK: typeof OpenAI): Error {
  return fromSdkError(err, id, signal, SDK, (e) => (e as { error?: { message?: string } }).error?.message);
}
