import { TandemError } from '../../core/index.js';
import { addCaseToSuite, caseFromTrace } from '../../evals/index.js';
import { loadProject } from '../../pipeline/index.js';
import { isPostgresStore } from '../../store/index.js';
import { stdoutColors as pc } from '../output/colors.js';

/** `tandem traces add-to-suite`. */
export async function addToSuite(
  root: string,
  configFile: string | undefined,
  traceId: string,
  suite: string,
  expected: string | undefined,
): Promise<void> {
  const project = await loadProject(root, { file: configFile });
  try {
    const trace = await project.store.traces.get(traceId);
    if (!trace) {
      // A PostgreSQL store is named by its URL (no password); a SQLite one as configured.
      const where = isPostgresStore(project.store) ? project.store.url : project.loaded.config.store.path;
      throw new TandemError('NOT_FOUND', `no trace ${traceId} in ${where}`, {
        hint: 'trace ids are printed by tandem run and returned by the server (tandem.traceId)',
      });
    }
    const testCase = caseFromTrace(trace, expected);
    const { line, added } = await addCaseToSuite(project.loaded.root, suite, testCase, trace.name);
    if (!added) {
      process.stdout.write(`${suite}:${line} already has this case; nothing added\n`);
      return;
    }
    process.stdout.write(
      `${pc.green('added')} case "${testCase.name}" to ${suite}:${line}${expected ? '' : pc.dim(' (no --expected: add assertions to it)')}\n`,
    );
  } finally {
    await project.close();
  }
}
