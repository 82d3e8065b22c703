// Installs a benchmark's peer tools on first use, into bench/.peers/<name> (never project dependencies).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const peersDir = join(dirname(fileURLToPath(import.meta.url)), '.peers');

/**
 * The directory holding `packages` (name → version), installing them if needed. `overrides` pins transitive
 * versions (npm `overrides`), for peers that break with what npm would resolve.
 */
export function ensurePeer(name, packages, overrides) {
  const dir = join(peersDir, name);
  const missing = Object.keys(packages).filter(
    (p) => !existsSync(join(dir, 'node_modules', p, 'package.json')),
  );
  if (missing.length) {
    console.log(
      `installing ${Object.entries(packages)
        .map(([p, v]) => `${p}@${v}`)
        .join(' ')} into ${dir} (once)…`,
    );
    mkdirSync(dir, { recursive: true });
    if (!existsSync(join(dir, 'package.json')))
      writeFileSync(
        join(dir, 'package.json'),
        `${JSON.stringify({ name: `peer-${name}`, private: true, ...(overrides ? { overrides } : {}) })}\n`,
      );
    execFileSync(
      'npm',
      ['install', '--no-audit', '--no-fund', ...Object.entries(packages).map(([p, v]) => `${p}@${v}`)],
      { cwd: dir, stdio: 'inherit' },
    );
  }
  return dir;
}
