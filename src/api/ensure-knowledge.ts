import { isTandemError, type TandemError } from '../core/index.js';
import type { App, Project } from '../pipeline/index.js';
import { findSourceFiles, type KnowledgeBase } from '../rag/index.js';

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
   * indexed before (from `indexed` files) when there are some.
   */
  | { type: 'knowledge-missing'; base: string; error: TandemError; indexed?: number };

/**
 * Indexes an app's knowledge base on first use, so a fresh project answers at once; later changes need
 * `tandem ingest` (or `--watch`). Returns what it did, or undefined when the base was already indexed.
 */
export async function ensureKnowledge(project: Project, app: App): Promise<KnowledgeFirstUse | undefined> {
  if (!app.knowledge) return undefined;
  const kb = await project.knowledge.get(app.knowledge);
  if ((await kb.index.stats()).documents > 0) return sourcesGone(project, kb);
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

// The files an index holds documents of: a CSV of 40 rows is one file, as `tandem ingest` counts them.
const filesIndexed = async (kb: KnowledgeBase) =>
  new Set((await kb.index.documents()).map((d) => d.source)).size;

// An indexed base whose sources now match nothing (a typo in tandem.yaml since it was indexed): the app answers
// from the documents indexed before, and the reader is told, as on first use. The files are counted only then.
async function sourcesGone(project: Project, kb: KnowledgeBase): Promise<KnowledgeFirstUse | undefined> {
  const query = { root: project.root, name: kb.name, config: kb.config };
  try {
    await findSourceFiles({ ...query, indexedFiles: 0 });
    return undefined;
  } catch (err) {
    if (!isTandemError(err) || err.code !== 'KNOWLEDGE_NOT_FOUND') throw err;
    const indexed = await filesIndexed(kb);
    const error = await findSourceFiles({ ...query, indexedFiles: indexed }).then(
      () => err,
      (told: unknown) => (isTandemError(told) ? told : err),
    );
    return { type: 'knowledge-missing', base: kb.name, error, indexed };
  }
}
