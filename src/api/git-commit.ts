/** @module The git commit a project is on, recorded on the runs it starts (lists show what a result belongs to). */
import { spawnSync } from 'node:child_process';

/** The HEAD commit of the git checkout holding `root`, with `-dirty` when files differ from it; undefined outside git. */
export function gitCommitOf(root: string): string | undefined {
  const git = (args: string[]) =>
    spawnSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      timeout: 2000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  const head = git(['rev-parse', '--short=12', 'HEAD']);
  if (head.status !== 0 || !head.stdout.trim()) return undefined;
  const dirty = git(['status', '--porcelain', '--untracked-files=no', '--', '.']);
  return `${head.stdout.trim()}${dirty.status === 0 && dirty.stdout.trim() ? '-dirty' : ''}`;
}
