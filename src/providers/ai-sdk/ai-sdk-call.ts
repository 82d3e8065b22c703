/**
 * @module One configured AI SDK provider, ready to call: its models made on first use (one per model id), the
 * defaults every call carries, the memory of tool-call metadata, and prices. Generate, stream and embed all
 * start from it.
 */
import { type ModelRequest, TandemError, type Usage } from '../../core/index.js';
import { costOf, type Price } from '../pricing.js';
import { SPEC_VERSIONS, type SpecCallOptions, type SpecLanguageModel, type SpecProvider } from './spec.js';
import { toCallOptions } from './to-call-options.js';
import { createToolCallMemory, type ToolCallMemory } from './tool-call-memory.js';

/** What a call needs besides the provider instance. */
export interface AiSdkCallOptions {
  id: string;
  package: string;
  model: string;
  method: string;
  providerOptions?: Record<string, Record<string, unknown>>;
  price?: (model: string) => Price | undefined;
}

/** A configured provider's calls. */
export interface AiSdkCall {
  id: string;
  sdk: SpecProvider;
  /** The model asked for when a request names none. */
  model: string;
  /** The language model for `modelId`, made once. */
  languageModel(modelId: string): SpecLanguageModel;
  /** The call options for a request. */
  callOptions(req: ModelRequest): SpecCallOptions;
  /** Metadata of the tool calls this provider's models made, to send back with them. */
  memory: ToolCallMemory;
  /** USD for a usage: priced by the model asked for, else by the one that answered (an Azure deployment is priced by its model). */
  price(asked: string, answered: string, usage: Usage): number | undefined;
}

/** Builds the calls of a provider instance made by the package's factory. */
export function createAiSdkCall(sdk: SpecProvider, opts: AiSdkCallOptions): AiSdkCall {
  const models = new Map<string, SpecLanguageModel>();
  const memory = createToolCallMemory();
  const make = sdk[opts.method] as (modelId: string) => SpecLanguageModel;
  return {
    id: opts.id,
    sdk,
    model: opts.model,
    languageModel(modelId) {
      let model = models.get(modelId);
      if (!model) {
        model = checkSpec(make.call(sdk, modelId), opts, modelId);
        models.set(modelId, model);
      }
      return model;
    },
    callOptions: (req) => toCallOptions(req, { providerOptions: opts.providerOptions, memory }),
    memory,
    price: (asked, answered, usage) =>
      costOf(usage, opts.price?.(asked) ?? (answered !== asked ? opts.price?.(answered) : undefined)),
  };
}

/** The model, if it speaks a specification version the adapter knows. */
function checkSpec(model: SpecLanguageModel, opts: AiSdkCallOptions, modelId: string): SpecLanguageModel {
  const version = (model as { specificationVersion?: unknown } | undefined)?.specificationVersion;
  if (typeof model?.doGenerate !== 'function' || !SPEC_VERSIONS.includes(String(version))) {
    throw new TandemError(
      'PROVIDER_UNSUPPORTED',
      `${opts.id}: ${opts.package} made model "${modelId}" with specification ${String(version ?? 'none')}; tandem speaks ${SPEC_VERSIONS.join(' and ')}`,
      { hint: `Install a current version: npm install ${opts.package}@latest (AI SDK 6 or 7 packages).` },
    );
  }
  return model;
}
