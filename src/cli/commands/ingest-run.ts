/**
 * @module `tandem ingest`: brings knowledge bases up to date and says what it did; `--watch` repeats on change.
 */
import { resolve } from 'node:path';
import { staticPrefix, TandemError } from '../../core/index.js';
import { loadProject, type Project } from '../../pipeline/index.js';
import { type IngestReport, judgedFromLabel } from '../../rag/index.js';
import { stdoutColors as pc, stderrColors } from '../output/colors.js';
import { formatMs } from '../output/print-result.js';
import { createProgressBar } from '../output/progress.js';

export interface IngestCommandOptions {
  root: string;
  configFile?: string;
  knowledge?: string;
  watch: boolean;
  rebuild: boolean;
  json: boolean;
  /** Accept sources that match no files (the base is emptied) instead of stopping. */
  allowEmpty: boolean;
}

/** Runs ingest once (or keeps watching). Exits 1 when a file failed, after indexing all the others. */
export async function ingestCommand(o: IngestCommandOptions): Promise<void> {
  const project = await loadProject(o.root, { file: o.configFile });
  try {
    const names = o.knowledge ? [o.knowledge] : project.knowledge.names();
    if (!names.length) {
      throw new TandemError('KNOWLEDGE_NOT_FOUND', 'this project declares no knowledge bases', {
        hint: 'Add one to tandem.yaml, e.g.\n  knowledge:\n    docs:\n      sources: knowledge/**/*.md',
      });
    }
    const reports = await ingestAll(project, names, o);
    // In watch mode each run prints one JSON line, so a tool can follow the stream.
    if (o.json)
      process.stdout.write(
        o.watch ? `${JSON.stringify(reports)}\n` : `${JSON.stringify(reports, null, 2)}\n`,
      );
    if (!o.watch) {
      if (reports.some((r) => r.failed.length)) process.exitCode = 1;
      return;
    }
    await watch(project, names, o);
  } finally {
    await project.close();
  }
}

async function ingestAll(
  project: Project,
  names: string[],
  o: Pick<IngestCommandOptions, 'rebuild' | 'allowEmpty' | 'json'>,
): Promise<IngestReport[]> {
  const quiet = o.json;
  const reports: IngestReport[] = [];
  for (const name of names) {
    const kb = await project.knowledge.get(name);
    const bar = quiet ? undefined : createProgressBar(`ingest ${name}`);
    try {
      const report = await kb.ingest({
        rebuild: o.rebuild,
        allowEmpty: o.allowEmpty,
        onProgress: (p) => bar?.update(p.done, p.total, p.source),
      });
      bar?.stop();
      reports.push(report);
      if (!quiet) process.stdout.write(`${formatReport(report)}\n`);
    } finally {
      bar?.stop();
    }
  }
  return reports;
}

// More documents than files: a CSV's rows and a JSON export's records are documents of their own ("16 files · 40
// documents indexed" read as a miscount).
const recordsNote = (r: IngestReport) =>
  r.documents > r.files ? ' (each row of a CSV or record of a JSON file is one)' : '';

/** One summary line, then failed files with their reasons. */
export function formatReport(r: IngestReport): string {
  const parts = [
    `${r.files} file${r.files === 1 ? '' : 's'}`,
    `${r.added.length} added`,
    `${r.updated.length} updated`,
    `${r.removed.length} removed`,
    `${r.unchanged} unchanged`,
  ];
  if (r.failed.length) parts.push(pc.red(`${r.failed.length} failed`));
  if (r.superseded) parts.push(pc.yellow(`${r.superseded} superseded`));
  if (r.warnings.length)
    parts.push(pc.yellow(`${r.warnings.length} warning${r.warnings.length === 1 ? '' : 's'}`));
  const lines = [
    `${pc.bold(r.knowledge)}: ${parts.join(', ')} · ${r.documents} documents indexed${recordsNote(r)} · ${r.chunks} chunks written${r.embedded ? ` (${r.embedded} embedded)` : ''} · ${formatMs(r.durationMs)}`,
  ];
  for (const f of r.failed) {
    lines.push(`  ${pc.red('✗')} ${f.source}: ${f.error}`);
    if (f.hint) lines.push(`    ${pc.dim('hint:')} ${f.hint}`);
  }
  for (const w of r.warnings) lines.push(`  ${pc.yellow('!')} ${w.source}: ${w.warning}`);
  for (const s of r.statuses) lines.push(`  ${pc.yellow('~')} ${s.source}: ${statusLine(s)}`);
  return lines.join('\n');
}

// What the report says of one document whose status changed.
function statusLine(s: IngestReport['statuses'][number]): string {
  if (s.from) return `superseded, ${judgedFromLabel(s.from)}${s.byContent ? BY_CONTENT : ''}`;
  if (s.inForceUntil) return `superseded, in force until ${s.inForceUntil}`;
  if (s.declared) return `superseded, as ${s.declared} says`;
  return 'no longer superseded: no document replaces it now';
}

// Said of a judgement by what two files say alike, with how to turn it off where it is wrong.
const BY_CONTENT = ' (judged by what both say; judgeByContent: false on the knowledge base turns this off)';

async function watch(project: Project, names: string[], o: IngestCommandOptions): Promise<void> {
  const quiet = o.json;
  const { watch: watchFiles } = await import('chokidar');
  const roots = new Set<string>();
  for (const name of names) {
    const sources = (await project.knowledge.get(name)).config.sources;
    for (const glob of Array.isArray(sources) ? sources : [sources])
      roots.add(resolve(project.root, staticPrefix(glob)));
  }
  const watcher = watchFiles([...roots], {
    ignoreInitial: true,
    ignored: (p) => p.includes('/.tandem/') || p.includes('/node_modules/'),
  });
  // Said once the watcher has scanned the tree: a change saved after this line is seen.
  await new Promise<void>((ready) => watcher.once('ready', ready));
  process.stderr.write(
    stderrColors.dim(
      `watching ${[...roots].map((r) => r.replace(`${project.root}/`, '')).join(', ')} (Ctrl-C to stop)\n`,
    ),
  );
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  await new Promise<void>((done) => {
    const again = () => {
      clearTimeout(timer);
      // Editors write a file in several steps; wait for them to settle, then ingest once.
      timer = setTimeout(() => {
        running = running
          .then(async () => {
            const reports = await ingestAll(project, names, { ...o, rebuild: false });
            if (quiet) process.stdout.write(`${JSON.stringify(reports)}\n`);
          })
          .catch((err) => {
            process.stderr.write(`${stderrColors.red('error')} ${(err as Error).message}\n`);
          });
      }, 250);
    };
    watcher.on('all', again);
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      clearTimeout(timer);
      void watcher
        .close()
        .then(() => running)
        .then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
