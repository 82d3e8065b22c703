import { ensureKnowledge as ensureAppKnowledge, type KnowledgeFirstUse } from '../../api/index.js';
import type { App, Project } from '../../pipeline/index.js';
import { stderrColors as pc } from '../output/colors.js';
import { formatUserError } from '../output/format-error.js';

/** Indexes an app's knowledge base on first use (see the library's `ensureKnowledge`) and says so. */
export async function ensureKnowledge(project: Project, app: App): Promise<void> {
  const done = await ensureAppKnowledge(project, app);
  if (done) printFirstUse(done);
}

/** What first-use indexing did, on stderr; a base whose sources match nothing is a warning, every run. */
export function printFirstUse(e: KnowledgeFirstUse): void {
  if (e.type === 'knowledge-missing') {
    const from = e.indexed
      ? `  (answering from the ${e.indexed} file${e.indexed === 1 ? '' : 's'} indexed before)`
      : '  (answering without these documents)';
    process.stderr.write(`${formatUserError(e.error, pc, 'warning')}\n${pc.dim(from)}\n`);
    return;
  }
  process.stderr.write(
    pc.dim(
      `indexed knowledge base "${e.base}" on first use: ${e.documents} documents, ${e.chunks} chunks${e.failed ? `, ${e.failed} failed (see tandem ingest)` : ''}${e.warnings ? `, ${e.warnings} warning${e.warnings === 1 ? '' : 's'} (see tandem ingest)` : ''}\n`,
    ),
  );
}
