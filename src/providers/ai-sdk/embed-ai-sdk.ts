/**
 * @module Embeddings through the package's embedding model (`doEmbed`), split into the batches the model takes
 * in one call. A requested size goes both as the specification's `dimensions` call option (v4) and in the
 * provider options of the packages known to read it there (some v4 packages, and every v3 one, only do).
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
          ...(o.dimensions
            ? { dimensions: o.dimensions, providerOptions: dimensionOptions(o.dimensions) }
            : {}),
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

// Where packages read a requested embedding size from provider options, by their options key: OpenAI's (read by
// @ai-sdk/openai and @ai-sdk/azure) and Gemini's (@ai-sdk/google, @ai-sdk/google-vertex), which take any size.
// A package reads only its own key, so the others are ignored. Bedrock is left out: its Titan option allows
// only 256, 512 or 1024 and would refuse every other size even for models that ignore it.
function dimensionOptions(dimensions: number) {
  return {
    openai: { dimensions },
    azure: { dimensions },
    google: { outputDimensionality: dimensions },
    vertex: { outputDimensionality: dimensions },
  };
}
