/**
 * @module The parts of the AI SDK's provider specification (`@ai-sdk/provider`) the adapter uses, as types only:
 * nothing here loads at run time, so tandem never needs the package itself. Versions v3 (AI SDK 6) and v4
 * (AI SDK 7) share every shape used here; the v4 names stand for both.
 */
import type {
  EmbeddingModelV4,
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4Content,
  LanguageModelV4FinishReason,
  LanguageModelV4GenerateResult,
  LanguageModelV4Message,
  LanguageModelV4StreamPart,
  LanguageModelV4Usage,
  SharedV4ProviderMetadata,
} from '@ai-sdk/provider';

export type SpecLanguageModel = LanguageModelV4;
export type SpecEmbeddingModel = EmbeddingModelV4;
export type SpecCallOptions = LanguageModelV4CallOptions;
export type SpecMessage = LanguageModelV4Message;
export type SpecContent = LanguageModelV4Content;
export type SpecGenerateResult = LanguageModelV4GenerateResult;
export type SpecStreamPart = LanguageModelV4StreamPart;
export type SpecUsage = LanguageModelV4Usage;
export type SpecFinishReason = LanguageModelV4FinishReason;
export type SpecProviderMetadata = SharedV4ProviderMetadata;

/** The specification versions the adapter speaks. */
export const SPEC_VERSIONS: readonly string[] = ['v3', 'v4'];

/** What a package's factory returns: methods that make models from a model id. */
export type SpecProvider = Record<string, unknown> & {
  languageModel?: (modelId: string) => SpecLanguageModel;
  embeddingModel?: (modelId: string) => SpecEmbeddingModel;
  /** The v3 name of `embeddingModel`, still offered by most packages. */
  textEmbeddingModel?: (modelId: string) => SpecEmbeddingModel;
};
