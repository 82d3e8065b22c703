/**
 * @module Embeddings through the package's embedding model (`doEmbed`), split into the batches the model takes
 * in one call. `dimensions` is the specification's own call option (v4), which the package maps to its wire
 * field (Gemini's outputDimensionality, OpenAI's dimensions).
 */
import { type Provider, TandemError } from '../../core/index.js';
import { aiSdkError } from './ai-sdk-error.js';
import type { SpecEmbeddingModel, SpecProvider } from './spec.js';

/** A Provider's `embed`: vectors in input order. */
type Embed = NonNullable<Provider['embed']>;

/** What embeddings need from a provider's config. */
export interface AiSdkEmbedOptions {
  id: string;
  package: string;
  embeddingModel?: string;
}

/** `embed` for a provider instance, or undefined when the package makes no embedding models. */
export function createAiSdkEmbed(sdk: SpecProvider, opts: AiSdkEmbedOptions): Embed | undefined {
  const make = sdk.embeddingModel ?? sdk.textEmbeddingModel;
  if (typeof make !== 'function') return undefined;
  const models = new Map<string, SpecEmbeddingModel>();
  const modelFor = (modelId: string) => {
    let model = models.get(modelId);
    if (!model) {
      model = make.call(sdk, modelId);
      models.set(modelId, model);
    }
    return model;
  };
  return async (texts, o = {}) => {
    const modelId = o.model ?? opts.embeddingModel;
    if (!modelId) {
      throw new TandemError('PROVIDER_UNSUPPORTED', `provider "${opts.id}" has no embedding model`, {
        hint: `Set embeddingModel: under providers.${opts.id} in tandem.yaml (a model id ${opts.package} embeds with).`,
      });
    }
    try {
      const model = modelFor(modelId);
      const size = Math.max(1, (await model.maxEmbeddingsPerCall) ?? texts.length);
      const vectors: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += size) {
        const { embeddings } = await model.doEmbed({
          values: texts.slice(i, i + size),
          ...(o.dimensions ? { dimensions: o.dimensions } : {}),
          ...(o.signal ? { abortSignal: o.signal } : {}),
        });
        for (const e of embeddings) vectors.push(Float32Array.from(e));
      }
      return vectors;
    } catch (err) {
      throw aiSdkError(err, opts.id, o.signal);
    }
  };
}
