import { isTandemError } from '../../core/index.js';
import type { App, Project } from '../../pipeline/index.js';
import { stderrColors as pc } from '../output/colors.js';
import { formatUserError } from '../output/format-error.js';

/**
 * Indexes an app's knowledge base on first use, so a fresh project answers at once; later changes need
 * `tandem ingest` (or `--watch`), which says what it touched.
 */
export async function ensureKnowledge(project: Project, app: App): Promise<void> {
  if (!app.knowledge) return;
  const kb = await project.knowledge.get(app.knowledge);
  if ((await kb.index.stats()).documents > 0) return;
  try {
    const report = await kb.ingest();
    process.stderr.write(
      pc.dim(
        `indexed knowledge base "${kb.name}" on first use: ${report.documents} documents, ${report.chunks} chunks${report.failed.length ? `, ${report.failed.length} failed (see tandem ingest)` : ''}\n`,
      ),
    );
  } catch (err) {
    // Sources that match nothing leave an empty index empty: nothing is lost, so the app still answers,
    // but every run says why it has no documents until the path is fixed.
    if (!isTandemError(err) || err.code !== 'KNOWLEDGE_NOT_FOUND') throw err;
    process.stderr.write(
      `${formatUserError(err, pc, 'warning')}\n${pc.dim('  (answering without these documents)')}\n`,
    );
  }
}
