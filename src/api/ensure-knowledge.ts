import { isTandemError, type KnowledgeBaseConfig, type TandemError } from '../core/index.js';
import type { App, Project } from '../pipeline/index.js';
import { findSourceFiles } from '../rag/index.js';

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
  /**
   * Its sources match nothing: the app answers without documents until the path is fixed, or from the documents
   * indexed before (`indexed` of them) when there are some.
   */
  | { type: 'knowledge-missing'; base: string; error: TandemError; indexed?: number };

/**
 * Indexes an app's knowledge base on first use, so a fresh project answers at once; later changes need
 * `tandem ingest` (or `--watch`). Returns what it did, or undefined when the base was already indexed.
 */
export async function ensureKnowledge(project: Project, app: App): Promise<KnowledgeFirstUse | undefined> {
  if (!app.knowledge) return undefined;
  const kb = await project.knowledge.get(app.knowledge);
  const indexed = (await kb.index.stats()).documents;
  if (indexed > 0) return sourcesGone(project, kb.name, kb.config, indexed);
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

// An indexed base whose sources now match nothing (a typo in tandem.yaml since it was indexed): the app answers
// from the documents indexed before, and the reader is told, as on first use.
async function sourcesGone(
  project: Project,
  base: string,
  config: KnowledgeBaseConfig,
  indexed: number,
): Promise<KnowledgeFirstUse | undefined> {
  try {
    await findSourceFiles({ root: project.root, name: base, config, indexedDocuments: indexed });
    return undefined;
  } catch (err) {
    if (!isTandemError(err) || err.code !== 'KNOWLEDGE_NOT_FOUND') throw err;
    return { type: 'knowledge-missing', base, error: err, indexed };
  }
}
