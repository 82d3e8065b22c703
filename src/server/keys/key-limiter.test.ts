import { describe, expect, it } from 'vitest';
import { createKeyLimiter } from './key-limiter.js';

describe('key limiter', () => {
  it('admits again once the oldest request leaves the sliding minute, and says when', () => {
    let t = 1_000_000;
    const limiter = createKeyLimiter(() => t);
    expect(limiter.admit('k', { rpm: 2 }).ok).toBe(true);
    t += 20_000;
    expect(limiter.admit('k', { rpm: 2 }).ok).toBe(true);
    const refused = limiter.admit('k', { rpm: 2 });
    expect(refused).toEqual({ ok: false, reason: 'rpm', retryAfterS: 40 });
    expect(limiter.admit('other', { rpm: 2 }).ok).toBe(true); // keys do not share a window
    t += 40_001;
    expect(limiter.admit('k', { rpm: 2 }).ok).toBe(true);
  });

  it('counts tokens of finished calls against tokens per minute', () => {
    let t = 0;
    const limiter = createKeyLimiter(() => t);
    expect(limiter.admit('k', { tpm: 100 }).ok).toBe(true);
    limiter.addTokens('k', 60);
    expect(limiter.admit('k', { tpm: 100 }).ok).toBe(true);
    limiter.addTokens('k', 50);
    expect(limiter.admit('k', { tpm: 100 })).toMatchObject({ ok: false, reason: 'tpm' });
    t += 60_001;
    expect(limiter.admit('k', { tpm: 100 }).ok).toBe(true);
  });
});
