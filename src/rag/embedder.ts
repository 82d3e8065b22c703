/**
 * @module Embeddings through a provider, batched and cached by content hash: re-ingesting unchanged text
 * never calls the embedder again.
 */
import { type Provider, sha256, TandemError } from '../core/index.js';
import type { EmbeddingCache } from './knowledge-index.js';

export interface Embedder {
  /** Cache key of the model, e.g. `openai:text-embedding-3-small`. */
  readonly model: string;
  embed(texts: string[], signal?: AbortSignal): Promise<{ vectors: Float32Array[]; cached: number }>;
}

/** Wraps a provider's `embed` with batching and the cache. */
export function createEmbedder(
  provider: Provider,
  opts: { model?: string; batchSize: number; cache: EmbeddingCache },
): Embedder {
  if (!provider.embed) {
    throw new TandemError('PROVIDER_UNSUPPORTED', `provider "${provider.id}" cannot make embeddings`, {
      hint: 'Use an openai-type provider (OpenAI, Ollama, vLLM… with /v1/embeddings) or a script provider with embed().',
    });
  }
  const model = `${provider.id}:${opts.model ?? 'default'}`;
  return {
    model,
    async embed(texts, signal) {
      const hashes = texts.map((t) => sha256(t));
      const known = await opts.cache.get(model, [...new Set(hashes)]);
      const missing = [...new Set(hashes.filter((h) => !known.has(h)))];
      const textOf = new Map(hashes.map((h, i) => [h, texts[i]!]));
      for (let i = 0; i < missing.length; i += opts.batchSize) {
        const batch = missing.slice(i, i + opts.batchSize);
        const vectors = await provider.embed!(
          batch.map((h) => textOf.get(h)!),
          { signal, model: opts.model },
        );
        if (vectors.length !== batch.length) {
          throw new TandemError(
            'PROVIDER_BAD_RESPONSE',
            `${provider.id} returned ${vectors.length} embeddings for ${batch.length} texts`,
          );
        }
        const entries = batch.map((h, j) => [h, normalize(vectors[j]!)] as [string, Float32Array]);
        await opts.cache.set(model, entries);
        for (const [h, v] of entries) known.set(h, v);
      }
      return { vectors: hashes.map((h) => known.get(h)!), cached: texts.length - missing.length };
    },
  };
}

// Unit length, so cosine similarity is a dot product and scores compare across providers.
function normalize(v: Float32Array): Float32Array {
  let sum = 0;
  for (const x of v) sum += x * x;
  const norm = Math.sqrt(sum) || 1;
  return Float32Array.from(v, (x) => x / norm);
}
