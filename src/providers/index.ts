// The SDK-backed providers (openai/, anthropic/, ai-sdk/) are not re-exported here: createProvider imports them
// only when a config uses them, which keeps `tandem run` with local providers from loading any SDK.
export { createProvider, type ProviderContext } from './create-provider.js';
export { createEchoProvider } from './echo-provider.js';
export { createExtractiveProvider, type ExtractiveOptions } from './extractive/extractive-provider.js';
export { parseToolArgs } from './parse-tool-args.js';
export { type PartialSpend, partialSpendOf, withPartialUsage } from './partial-usage.js';
export { BUILTIN_PRICES, costOf, findPrice, type Price } from './pricing.js';
export { abortError, badResponse, errorFromStatus, parseRetryAfter } from './provider-errors.js';
export {
  type BytesEvent,
  type Relay,
  type RelayBody,
  type RelayedEvent,
  type RelayedResponse,
  type RelayFormat,
  type RelayingProvider,
  relayOf,
} from './relay.js';
export { completeResponse, streamFromResponse } from './response-helpers.js';
export {
  createScriptProvider,
  type ScriptProviderFactory,
  type ScriptProviderImpl,
} from './script-provider.js';
