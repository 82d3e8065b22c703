import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { TandemError } from '../../core/index.js';
import { loadProject } from '../../pipeline/index.js';
import {
  approveApp,
  collectPlaybook,
  type PlaybookApp,
  playbookHtml,
  playbookMarkdown,
} from '../../playbook/index.js';
import { stdoutColors as pc } from '../output/colors.js';

/** `tandem playbook [app]`: writes playbook.html and playbook.md. */
export async function writePlaybook(
  root: string,
  configFile: string | undefined,
  app: string | undefined,
  out?: string,
): Promise<void> {
  const project = await loadProject(root, { file: configFile });
  try {
    const apps = await collectPlaybook(project, app ? [app] : undefined);
    if (!apps.length)
      throw new TandemError('APP_NOT_FOUND', 'this project has no apps to describe', {
        hint: 'Declare one under apps: in tandem.yaml.',
      });
    const dir = resolve(root, out ?? 'playbook');
    await mkdir(dir, { recursive: true });
    const name = basename(project.root);
    await writeFile(join(dir, 'playbook.html'), playbookHtml(apps, name));
    await writeFile(join(dir, 'playbook.md'), playbookMarkdown(apps, name));
    const near = relative(process.cwd(), dir) || '.';
    const rel = near.startsWith('..') ? dir : near;
    process.stdout.write(
      `wrote ${rel}/playbook.html and ${rel}/playbook.md (${apps.map((a) => `${a.name}${a.approvedBy.length ? '' : pc.yellow(' not approved')}`).join(', ')})\n`,
    );
    for (const a of apps) process.stdout.write(changesInWords(a));
  } finally {
    await project.close();
  }
}

/** `tandem playbook approve <app> --by NAME`: records who approved the app as it is now (its app version). */
export async function approve(
  root: string,
  configFile: string | undefined,
  app: string,
  by: string,
  note?: string,
): Promise<void> {
  if (!by?.trim())
    throw new TandemError('USAGE', '--by needs the name of who approves', {
      hint: 'tandem playbook approve support --by "Ana (legal)"',
    });
  const project = await loadProject(root, { file: configFile });
  try {
    const rec = await approveApp(project, app, by.trim(), note);
    process.stdout.write(
      `approved ${app}: app version ${rec.appVersion!.slice(0, 12)} (prompt ${rec.prompt}@${rec.version.slice(0, 12)}) by ${rec.by}\n`,
    );
  } finally {
    await project.close();
  }
}

// What changed in an app since its last approval, for the terminal.
function changesInWords(a: PlaybookApp): string {
  const since = a.changedSinceApproval;
  if (!since) return '';
  const day = new Date(since.approvedAt).toISOString().slice(0, 10);
  return `${a.name} changed since ${since.by} approved it on ${day}:\n${since.changes.map((c) => `  - ${c}\n`).join('')}`;
}
