/**
 * @module `tandem prompts …`: versions are content hashes kept in the store; labels point at them.
 */
import { loadProject, type Project } from '../../pipeline/index.js';
import { moveLabel } from '../../playbook/index.js';
import { diffPromptVersions, listPromptSummaries, promptHistory } from '../../prompts/index.js';
import { stdoutColors as pc } from '../output/colors.js';
import { cliUser } from '../who-am-i.js';

const short = (v: string) => v.slice(0, 12);

async function withProject<T>(
  root: string,
  configFile: string | undefined,
  fn: (p: Project) => Promise<T>,
): Promise<T> {
  const project = await loadProject(root, { file: configFile });
  try {
    return await fn(project);
  } finally {
    await project.close();
  }
}

/** `prompts list [name]`. */
export function listPrompts(
  root: string,
  configFile: string | undefined,
  name: string | undefined,
  json: boolean,
) {
  return withProject(root, configFile, (p) => (name ? listVersions(p, name, json) : listAll(p, json)));
}

// `prompts list <name>`: every stored version of one prompt, with its labels.
async function listVersions(p: Project, name: string, json: boolean): Promise<void> {
  const h = await promptHistory(p.prompts, p.store.prompts, name);
  if (json) {
    process.stdout.write(`${JSON.stringify({ name, current: h.current, versions: h.versions }, null, 2)}\n`);
    return;
  }
  for (const v of h.versions) {
    const tags = v.labels.map((l) => pc.green(l));
    if (v.version === h.current) tags.unshift(pc.cyan('working file'));
    process.stdout.write(
      `${short(v.version)}  ${new Date(v.createdAt).toISOString().slice(0, 19).replace('T', ' ')}  ${tags.join(', ')}\n`,
    );
  }
}

// `prompts list`: one line per prompt, its working version, how many versions and where its labels point.
async function listAll(p: Project, json: boolean): Promise<void> {
  const rows = await listPromptSummaries(p.prompts, p.store.prompts);
  if (json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  if (!rows.length) process.stdout.write(`no prompts in ${p.prompts.dir}\n`);
  const width = Math.max(4, ...rows.map((r) => r.name.length));
  for (const r of rows) {
    const labels = Object.entries(r.labels).map(([l, v]) =>
      v === r.current ? pc.green(l) : `${l}→${short(v)}`,
    );
    process.stdout.write(
      `${r.name.padEnd(width)}  ${short(r.current)}  ${pc.dim(`${r.versions} version${r.versions === 1 ? '' : 's'}`)}  ${labels.join(', ')}\n`,
    );
  }
}

/** `prompts show <ref>`. */
export function showPrompt(root: string, configFile: string | undefined, ref: string) {
  return withProject(root, configFile, async (p) => {
    const prompt = await p.prompts.load(ref);
    const labels = (await p.store.prompts.listLabels(prompt.name))
      .filter((l) => l.version === prompt.version)
      .map((l) => l.label);
    process.stdout.write(
      pc.dim(
        `# ${prompt.name} ${short(prompt.version)}${labels.length ? ` (${labels.join(', ')})` : ''} from ${prompt.origin}\n`,
      ),
    );
    const lines = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
    process.stdout.write(lines(prompt.source));
    // The partials are part of the version: show the ones it was made with.
    for (const [name, source] of Object.entries(prompt.partials))
      process.stdout.write(`${pc.dim(`# partial _${name}.prompt`)}\n${lines(source)}`);
  });
}

/** `prompts diff <name> <from> [to]`. */
export function diffPrompt(
  root: string,
  configFile: string | undefined,
  name: string,
  from: string,
  to?: string,
) {
  return withProject(root, configFile, async (p) => {
    const diff = await diffPromptVersions(p.prompts, name, from, to);
    if (diff.from === diff.to) {
      process.stdout.write(
        `${from} and ${to ?? 'the working file'} are the same version (${short(diff.from)})\n`,
      );
      return;
    }
    // The prompt file and each partial it uses (either side), one patch per file that differs.
    const toName = to ? `${name}@${to}` : `${name} (working file)`;
    for (const f of diff.files) {
      process.stdout.write(
        `--- ${f.file} in ${name}@${from} (${short(diff.from)})\n+++ ${f.file} in ${toName} (${short(diff.to)})\n`,
      );
      for (const line of f.patch.split('\n').slice(2)) process.stdout.write(`${colorPatchLine(line)}\n`);
    }
  });
}

// Added lines green, removed lines red, hunk headers cyan; file headers (+++ and ---) as they are.
function colorPatchLine(line: string): string {
  if (line.startsWith('+') && !line.startsWith('+++')) return pc.green(line);
  if (line.startsWith('-') && !line.startsWith('---')) return pc.red(line);
  if (line.startsWith('@@')) return pc.cyan(line);
  return line;
}

/** `prompts label <name> <label> [--version v] [--note t]`: moves the label, through its gate when gated. */
export function labelPrompt(
  root: string,
  configFile: string | undefined,
  o: { name: string; label: string; version?: string | undefined; note?: string | undefined },
) {
  return withProject(root, configFile, async (p) => {
    const move = await moveLabel(p, {
      prompt: o.name,
      label: o.label,
      by: cliUser(),
      ...(o.version ? { ref: o.version } : {}),
      ...(o.note ? { note: o.note } : {}),
    });
    const was = move.previous ? pc.dim(` (was ${short(move.previous)})`) : '';
    process.stdout.write(`${o.name}@${o.label} → ${short(move.version)}${was}\n`);
    for (const c of move.gate.checks) process.stdout.write(`  ${pc.green('✓')} ${c.check}: ${c.detail}\n`);
  });
}

/** `prompts moves <name> [--label l] [--json]`: every recorded move of the prompt's labels, newest first. */
export function labelMoves(
  root: string,
  configFile: string | undefined,
  o: { name: string; label?: string | undefined; json: boolean },
) {
  return withProject(root, configFile, async (p) => {
    await p.prompts.load(o.name); // an unknown prompt is an error that names the ones there are
    const moves = await p.store.prompts.labelMoves(o.name, o.label);
    if (o.json) {
      process.stdout.write(`${JSON.stringify(moves, null, 2)}\n`);
      return;
    }
    if (!moves.length) {
      process.stdout.write(`no label of ${o.name} was moved yet (tandem prompts label ${o.name} <label>)\n`);
      return;
    }
    for (const m of moves) {
      const when = new Date(m.movedAt).toISOString().slice(0, 16).replace('T', ' ');
      const from = m.previous ? `${short(m.previous)} → ` : '';
      const note = m.note ? pc.dim(` "${m.note}"`) : '';
      process.stdout.write(`${when}  ${m.label.padEnd(12)} ${from}${short(m.version)}  by ${m.by}${note}\n`);
    }
  });
}
