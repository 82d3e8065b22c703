import type { Project } from '../pipeline/index.js';
import { type KeyChange, openRedisLink, publishKeyChange, redisSettings, shownUrl } from '../redis/index.js';

/** How a key change reached the servers: through Redis, not at all (no Redis configured), or Redis did not answer. */
export type Announcement = { told: true } | { told: false; url?: string; error?: string };

/**
 * Tells the replicas of `tandem serve` sharing the project's Redis that a key changed (`tandem keys revoke`
 * and `create` run in their own process). Without Redis, or when it does not answer, servers still see the
 * change within a second (their key cache).
 */
export async function announceKeyChange(project: Project, change: KeyChange): Promise<Announcement> {
  const settings = redisSettings(project.loaded);
  if (!settings) return { told: false };
  const link = openRedisLink(settings);
  try {
    if (!(await link.connected(2000)))
      return { told: false, url: shownUrl(settings.url), error: link.lastError() ?? 'no answer within 2 s' };
    await publishKeyChange(link, change);
    return { told: true };
  } catch (err) {
    return { told: false, url: shownUrl(settings.url), error: (err as Error).message };
  } finally {
    await link.close();
  }
}
