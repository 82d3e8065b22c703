// What the grounding benchmarks that read every corpus's development sets share: the built package, the corpora
// (this folder's and each sub-folder's with a superseded.txt), their development sets, and a corpus's app on a
// copy of its project and documents.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

/** Builds the package unless `--no-build` is given, and returns an importer of its built modules. */
export function builtPackage() {
  if (!process.argv.includes('--no-build'))
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  return (path) => import(pathToFileURL(join(root, 'dist', path)).href);
}

/** Every corpus folder, but those named in `excepted`. */
export function corporaExcept(excepted = []) {
  return [
    here,
    ...readdirSync(here, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !excepted.includes(d.name))
      .map((d) => join(here, d.name)),
  ].filter((c) => existsSync(join(c, 'superseded.txt')));
}

/** A corpus's development questions, every set (never its test half). */
export const devSets = (corpus) =>
  readdirSync(corpus)
    .filter((f) => /^questions-dev\d*\.jsonl$/.test(f))
    .sort()
    .flatMap((f) =>
      readFileSync(join(corpus, f), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    );

/** A corpus's app on a copy of its project and documents, ingested; `close` removes the copy. */
export async function openCorpus(loadProject, corpus) {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-grounding-'));
  const projectDir = existsSync(join(corpus, 'project')) ? join(corpus, 'project') : join(here, 'project');
  cpSync(projectDir, dir, { recursive: true });
  cpSync(join(corpus, 'docs'), join(dir, 'docs'), { recursive: true });
  const project = await loadProject(dir);
  const kb = await project.knowledge.get('handbook');
  await kb.ingest();
  const app = await project.app('handbook');
  const close = async () => {
    await project.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { kb, app, close };
}
