import { announceKeyChange } from '../../api/index.js';
import { TandemError } from '../../core/index.js';
import { loadProject } from '../../pipeline/index.js';
import { issueKey, type KeyLimits } from '../../server/index.js';
import type { KeyRole } from '../../store/index.js';
import { stdoutColors as pc } from '../output/colors.js';

/** `tandem keys create`. */
export async function createKey(
  root: string,
  configFile: string | undefined,
  o: {
    name: string;
    rpm?: number;
    tpm?: number;
    budgetUsdDay?: number;
    budgetUsdMonth?: number;
    routes?: string;
    role?: KeyRole | undefined;
  },
): Promise<void> {
  // Flags are validated by the command's schema (whole numbers ≥ 1, budgets > 0).
  const limits: KeyLimits = {};
  if (o.rpm !== undefined) limits.rpm = o.rpm;
  if (o.tpm !== undefined) limits.tpm = o.tpm;
  if (o.budgetUsdDay !== undefined) limits.budgetUsdDay = o.budgetUsdDay;
  if (o.budgetUsdMonth !== undefined) limits.budgetUsdMonth = o.budgetUsdMonth;
  if (o.role !== undefined) limits.role = o.role;
  const project = await loadProject(root, { file: configFile });
  try {
    if (o.routes !== undefined) {
      const routes = o.routes
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean);
      const { providers, routes: named } = project.providers.names();
      const known = new Set([
        ...providers,
        ...named,
        ...Object.keys(project.loaded.config.apps).map((a) => `app:${a}`),
      ]);
      const unknown = routes.filter((r) => !known.has(r) && !known.has(r.slice(0, r.indexOf('/'))));
      if (!routes.length || unknown.length)
        throw new TandemError(
          'USAGE',
          `--routes: ${unknown.length ? `unknown ${unknown.join(', ')}` : 'empty'}`,
          {
            hint: `models of this project: ${[...known].join(', ')}`,
          },
        );
      limits.routes = routes;
    }
    const { key, secret } = await issueKey(project.store.keys, o.name, limits);
    process.stdout.write(
      `${pc.green('created')} ${key.role ?? 'client'} key ${pc.bold(key.name)} (${key.id})\n\n  ${secret}\n\n${pc.dim('This is the only time the secret is shown; tandem keeps only its hash.')}\n`,
    );
    // Servers that looked this key up before it existed learn of it now rather than within a second.
    await announceKeyChange(project, { type: 'created', name: key.name });
  } finally {
    await project.close();
  }
}

/** `tandem keys list`. */
export async function listKeys(root: string, configFile: string | undefined): Promise<void> {
  const project = await loadProject(root, { file: configFile });
  try {
    const keys = await project.store.keys.list();
    if (!keys.length) {
      process.stdout.write(
        'no keys yet: the server is open on loopback. Create one: tandem keys create --name <client>\n',
      );
      return;
    }
    const today = new Date().toISOString().slice(0, 10);
    for (const k of keys) {
      const spend = await project.store.keys.spendSince(k.id, today);
      const limits = [
        k.rpm && `${k.rpm} rpm`,
        k.tpm && `${k.tpm} tpm`,
        k.budgetUsdDay && `$${k.budgetUsdDay}/day`,
        k.budgetUsdMonth && `$${k.budgetUsdMonth}/month`,
        k.routes && `models: ${k.routes.join(', ')}`,
      ].filter(Boolean);
      process.stdout.write(
        `${k.revokedAt ? pc.dim(`${k.name} (revoked)`) : pc.bold(k.name)}  ${pc.dim(`${k.prefix}…`)}  ${k.role ?? 'client'}  ${limits.join(' · ') || 'no limits'}  today: ${spend.requests} requests, ${spend.tokens} tokens, $${spend.costUsd.toFixed(4)}\n`,
      );
    }
  } finally {
    await project.close();
  }
}

/** `tandem keys revoke`. */
export async function revokeKey(root: string, configFile: string | undefined, name: string): Promise<void> {
  const project = await loadProject(root, { file: configFile });
  try {
    if (!(await project.store.keys.revoke(name)))
      throw new TandemError('NOT_FOUND', `no active key "${name}"`, { hint: 'see tandem keys list' });
    const told = await announceKeyChange(project, { type: 'revoked', name });
    process.stdout.write(`${pc.green('revoked')} ${name}\n`);
    if (!told.told && told.error)
      process.stderr.write(
        `note: ${told.error}; running servers stop the key within a second (their key cache)\n`,
      );
  } finally {
    await project.close();
  }
}
