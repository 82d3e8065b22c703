export { balance } from './balance.js';
export { type CacheOptions, cache, cacheKey } from './cache.js';
export {
  eventsWithoutResponseCache,
  responseCacheBypassed,
  withoutResponseCache,
} from './cache-bypass.js';
export { cheapest } from './cheapest.js';
export { fallback, shouldFallBack } from './fallback.js';
export { type FastestOptions, fastest } from './fastest.js';
export { createSemaphore, limit } from './limit.js';
export { providerIdentity } from './provider-identity.js';
export { createProviderRegistry, type ProviderRegistry, type RegistryOptions } from './provider-registry.js';
export { rateLimit } from './rate-limit.js';
export { isRetryable, type RetryOptions, retry, retryDelayMs } from './retry.js';
export { abortableSleep, type Sleep } from './sleep.js';
export { spanned } from './spanned.js';
export { timeout } from './timeout.js';
export { traced } from './traced.js';
export { withModel } from './with-model.js';
export { type ProviderMiddleware, wrapProvider } from './wrap-provider.js';
