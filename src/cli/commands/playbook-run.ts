import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { TandemError } from '../../core/index.js';
import { loadProject } from '../../pipeline/index.js';
import {
  approvalStatus,
  collectPlaybook,
  missingInWords,
  type PlaybookApp,
  playbookHtml,
  playbookMarkdown,
  signOffApp,
} from '../../playbook/index.js';
import type { ReviewDecision } from '../../store/index.js';
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
      `wrote ${rel}/playbook.html and ${rel}/playbook.md (${apps.map((a) => `${a.name}${a.approved ? '' : pc.yellow(' not approved')}`).join(', ')})\n`,
    );
    for (const a of apps) process.stdout.write(changesInWords(a));
  } finally {
    await project.close();
  }
}

/** `tandem playbook approve|request-changes <app> --by NAME [--role R] [--note T]`: records a sign-off. */
export async function signOff(
  root: string,
  configFile: string | undefined,
  app: string,
  s: { by: string; role?: string | undefined; note?: string | undefined; decision: ReviewDecision },
): Promise<void> {
  const project = await loadProject(root, { file: configFile });
  try {
    const rec = await signOffApp(project, app, {
      by: s.by.trim(),
      decision: s.decision,
      ...(s.role ? { role: s.role } : {}),
      ...(s.note ? { note: s.note } : {}),
    });
    const what = rec.decision === 'approved' ? 'approved' : 'requested changes to';
    const as = rec.role ? ` as ${rec.role}` : '';
    process.stdout.write(
      `${rec.by}${as} ${what} ${app}: app version ${rec.appVersion!.slice(0, 12)} (prompt ${rec.prompt}@${rec.version.slice(0, 12)})\n`,
    );
    const status = await approvalStatus(project, app);
    process.stdout.write(
      status.approved
        ? `${app} is approved in this version\n`
        : `${app} is not approved yet: ${missingInWords(status)}\n`,
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
