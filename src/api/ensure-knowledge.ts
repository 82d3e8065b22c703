import { isTandemError, type TandemError } from '../core/index.js';
import type { App, Project } from '../pipeline/index.js';

/** What `ensureKnowledge` did to an app's knowledge base. */
export type KnowledgeFirstUse =
  | {
      type: 'knowledge-indexed';
      base: string;
      documents: number;
      chunks: number;
      failed: number;
      /** Documents indexed with front-matter fields tandem could not use (`tandem ingest` lists them). */
      warnings: number;
    }
  /** Its sources match nothing: the app answers without documents until the path is fixed. */
  | { type: 'knowledge-missing'; base: string; error: TandemError };

/**
 * Indexes an app's knowledge base on first use, so a fresh project answers at once; later changes need
 * `tandem ingest` (or `--watch`). Returns what it did, or undefined when the base was already indexed.
 */
export async function ensureKnowledge(project: Project, app: App): Promise<KnowledgeFirstUse | undefined> {
  if (!app.knowledge) return undefined;
  const kb = await project.knowledge.get(app.knowledge);
  if ((await kb.index.stats()).documents > 0) return undefined;
  try {
    const r = await kb.ingest();
    return {
      type: 'knowledge-indexed',
      base: kb.name,
      documents: r.documents,
      chunks: r.chunks,
      failed: r.failed.length,
      warnings: r.warnings.length,
    };
  } catch (err) {
    // Sources that match nothing leave an empty index empty: nothing is lost, so the app still answers.
    if (!isTandemError(err) || err.code !== 'KNOWLEDGE_NOT_FOUND') throw err;
    return { type: 'knowledge-missing', base: kb.name, error: err };
  }
}
