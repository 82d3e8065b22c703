/**
 * @module One connection to the shared Redis, and whether it is up. Commands fail at once while it is down
 * (no offline queue: a request must not wait for Redis, it falls back or is refused), and the link keeps
 * reconnecting. ioredis is imported on first use, so commands that never open Redis do not load it.
 */
import type { Redis } from 'ioredis';
import { type RedisSettings, shownUrl } from './redis-settings.js';

/** A change of the link's state: `down` the first time a connect fails or the connection drops. */
export interface RedisChange {
  up: boolean;
  /** The URL without its password. */
  url: string;
  /** Why it is down. */
  error?: string;
}

/** The command connection to the shared Redis and its state. */
export interface RedisLink {
  readonly settings: RedisSettings;
  /** True while commands can be sent. */
  up(): boolean;
  /** Why the last connect failed or the connection dropped. */
  lastError(): string | undefined;
  /** The command connection; throws when it is not up. */
  client(): Redis;
  /** A second connection for subscriptions (Redis allows no other commands on one that subscribed). */
  subscriber(): Promise<Redis>;
  /** Resolves true once connected; false as soon as it is down (or `ms` pass first). */
  connected(ms: number): Promise<boolean>;
  /** Calls `listener` on each change between up and down. */
  onChange(listener: (change: RedisChange) => void): void;
  close(): Promise<void>;
}

// Short: a request waits at most this for Redis before it falls back (or is refused).
const COMMAND_TIMEOUT_MS = 1000;

/** Opens the link; it connects in the background and reconnects until closed. */
export function openRedisLink(settings: RedisSettings): RedisLink {
  const url = shownUrl(settings.url);
  const listeners = new Set<(change: RedisChange) => void>();
  let state: 'connecting' | 'up' | 'down' = 'connecting';
  let lastError: string | undefined;
  let closed = false;
  const set = (next: 'up' | 'down') => {
    if (state === next || closed) return;
    state = next;
    if (next === 'down') lastError ??= 'the connection closed';
    const change = { up: next === 'up', url, ...(next === 'down' ? { error: lastError } : {}) };
    for (const l of listeners) l(change);
  };
  const options = {
    enableOfflineQueue: false,
    // A command cut by a drop is not replayed on the next connection: a rate window must not count it twice.
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: COMMAND_TIMEOUT_MS,
    retryStrategy: (attempt: number) => Math.min(attempt * 100, 1000),
    // ioredis waits this long for a socket to close on disconnect; a socket whose connect failed never
    // closes again, so the default (2 s) kept a server without its Redis from exiting for two seconds.
    disconnectTimeout: 100,
  };
  const created = import('ioredis').then(({ Redis }) => {
    const client = new Redis(settings.url, options);
    client.on('ready', () => {
      lastError = undefined;
      set('up');
    });
    client.on('error', (err: Error) => {
      lastError = err.message || (err as NodeJS.ErrnoException).code || String(err);
    });
    client.on('close', () => set('down'));
    return client;
  });
  let client: Redis | undefined;
  void created.then((c) => (client = c));
  let sub: Promise<Redis> | undefined;
  return {
    settings,
    up: () => state === 'up',
    lastError: () => lastError,
    client() {
      if (state !== 'up' || !client) throw new Error(`Redis at ${url} is not connected`);
      return client;
    },
    subscriber: () =>
      (sub ??= created.then((c) => {
        // Queued until connected, and subscribed again after each reconnect (ioredis' autoResubscribe).
        const s = c.duplicate({
          ...options,
          enableOfflineQueue: true,
          commandTimeout: undefined,
          maxRetriesPerRequest: null,
        });
        s.on('error', () => {}); // the command connection reports the outage
        return s;
      })),
    connected: (ms) =>
      new Promise<boolean>((resolve) => {
        if (state !== 'connecting') return resolve(state === 'up');
        const settle = (c: RedisChange) => {
          clearTimeout(timer);
          listeners.delete(settle);
          resolve(c.up);
        };
        const timer = setTimeout(() => {
          listeners.delete(settle);
          resolve(false);
        }, ms);
        listeners.add(settle);
      }),
    onChange: (listener) => void listeners.add(listener),
    async close() {
      closed = true;
      const c = await created;
      const s = sub && (await sub);
      c.disconnect();
      s?.disconnect();
    },
  };
}
