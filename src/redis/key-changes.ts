/**
 * @module Key changes told to every replica at once: a revoked (or new) key is published on a channel, and
 * each replica drops its cached key records when the message arrives. A replica that was disconnected
 * misses messages; its one-second key cache bounds how long it can keep a revoked key.
 */
import type { RedisLink } from './redis-link.js';

/** What changed: which key, and how. */
export interface KeyChange {
  type: 'revoked' | 'created';
  name: string;
}

const channelOf = (link: RedisLink) => `${link.settings.prefix}keys:changed`;

/** Tells every replica subscribed on `link` that a key changed; throws when Redis cannot be reached. */
export async function publishKeyChange(link: RedisLink, change: KeyChange): Promise<void> {
  await link.client().publish(channelOf(link), JSON.stringify(change));
}

/**
 * Calls `listener` for each key change published by any process on the same Redis and prefix. Resolves
 * once subscribed; while Redis is down that waits for it (the subscription is renewed on each reconnect).
 */
export async function onKeyChange(link: RedisLink, listener: (change: KeyChange) => void): Promise<void> {
  const sub = await link.subscriber();
  const channel = channelOf(link);
  sub.on('message', (from: string, text: string) => {
    if (from !== channel) return;
    try {
      listener(JSON.parse(text) as KeyChange);
    } catch {
      // Not ours to read (another version's message): dropping the cache anyway is the safe side.
      listener({ type: 'revoked', name: '' });
    }
  });
  await sub.subscribe(channel);
}
