export { type KeyChange, onKeyChange, publishKeyChange } from './key-changes.js';
export { createRateWindows, type RateVerdict, type RateWindows } from './rate-windows.js';
export { redisResponseCache } from './redis-cache.js';
export { openRedisLink, type RedisChange, type RedisLink } from './redis-link.js';
export { type RedisSettings, redisSettings, shownUrl } from './redis-settings.js';
export { type Budgets, createSharedBudgets, type Reservation, type SharedBudgets } from './shared-budgets.js';
