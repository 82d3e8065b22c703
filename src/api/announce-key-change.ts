import type { Project } from '../pipeline/index.js';
import { type KeyChange, openRedisLink, publishKeyChange, redisSettings, shownUrl } from '../redis/index.js';

/** How a key change reached the servers: through Redis, or not (`error` says why, when a Redis was meant). */
export type Announcement = { told: true } | { told: false; error?: string };

/**
 * Tells the replicas of `tandem serve` sharing the project's Redis that a key changed (`tandem keys revoke`
 * and `create` run in their own process). Never throws: the change is already in the store, and without
 * Redis servers still see it within a second (their key cache).
 */
export async function announceKeyChange(project: Project, change: KeyChange): Promise<Announcement> {
  let settings: ReturnType<typeof redisSettings>;
  try {
    settings = redisSettings(project.loaded);
  } catch (err) {
    return { told: false, error: (err as Error).message };
  }
  if (!settings) return { told: false };
  const url = shownUrl(settings.url);
  const link = openRedisLink(settings);
  try {
    if (!(await link.connected(2000)))
      return {
        told: false,
        error: `Redis at ${url} did not answer (${link.lastError() ?? 'no answer within 2 s'})`,
      };
    await publishKeyChange(link, change);
    return { told: true };
  } catch (err) {
    return { told: false, error: `Redis at ${url}: ${(err as Error).message}` };
  } finally {
    await link.close();
  }
}
