/**
 * @module Creating virtual API keys: a random secret shown once, stored only as its SHA-256 hash.
 * (Secrets are 32 random bytes, so a fast hash is safe: there is nothing to brute-force.)
 */
import { createHash, randomBytes } from 'node:crypto';
import { newId, TandemError } from '../../core/index.js';
import type { ApiKeyRecord, ApiKeyStore } from '../../store/index.js';

export type KeyLimits = Pick<
  ApiKeyRecord,
  'rpm' | 'tpm' | 'budgetUsdDay' | 'budgetUsdMonth' | 'routes' | 'role'
>;

/** The roles a key can have, least to most. */
export const KEY_ROLES = ['client', 'read-only', 'reviewer', 'admin'] as const;

/** The hash a secret is stored and looked up under. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Creates a key; the returned secret is the only copy. */
export async function issueKey(
  keys: ApiKeyStore,
  name: string,
  limits: KeyLimits = {},
): Promise<{ key: ApiKeyRecord; secret: string }> {
  if (!/^[\w.-]{1,64}$/.test(name))
    throw new TandemError('USAGE', `key name "${name}" must be 1–64 letters, digits, ".", "_" or "-"`);
  for (const [field, v] of Object.entries(limits)) {
    if (
      field !== 'routes' &&
      field !== 'role' &&
      v !== undefined &&
      !(typeof v === 'number' && Number.isFinite(v) && v > 0)
    )
      throw new TandemError('USAGE', `${field} must be a positive number, got ${String(v)}`);
  }
  if (limits.role !== undefined && !KEY_ROLES.includes(limits.role))
    throw new TandemError(
      'USAGE',
      `role must be one of ${KEY_ROLES.join(', ')}, got "${String(limits.role)}"`,
    );
  const secret = `tdm_${randomBytes(32).toString('base64url')}`;
  const key = await keys.create(
    { id: `key_${newId()}`, name, prefix: secret.slice(0, 10), ...limits },
    hashSecret(secret),
  );
  return { key, secret };
}
