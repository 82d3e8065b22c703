/**
 * @module The retrieved context a dry run counts: for each case, the passages a lexical (BM25) search of the
 * app's knowledge base finds for its query, laid out as the prompt sees them. Nothing is embedded, reranked
 * or called. With no ingested index, k chunks of the configured size stand in for them.
 */
import {
  type App,
  contextVariables,
  firstRequiredInput,
  type Project,
  toContextDocument,
} from '../../pipeline/index.js';
import type { LoadedSuite } from '../load-suite.js';
import type { VariantSpec } from '../suite-schema.js';

export type ContextVariables = ReturnType<typeof contextVariables>;

/** A function from a case's vars to the context variables its prompt would be rendered with. */
export type ContextEstimator = (vars: Record<string, unknown>) => Promise<ContextVariables>;

const NONE: ContextVariables = { context: '', documents: [] };

/** The context estimator for one variant of a suite (empty context when its app retrieves nothing). */
export async function contextEstimator(
  project: Project,
  suite: LoadedSuite,
  variant: VariantSpec,
  app: App,
): Promise<ContextEstimator> {
  const ref = suite.spec.app ? project.loaded.config.apps[suite.spec.app]?.knowledge : undefined;
  if (!ref) return async () => NONE;
  const { base, query, k: appK, filter } = typeof ref === 'string' ? { base: ref } : ref;
  const config = project.loaded.config.knowledge[base]!;
  const k = variant.knowledge?.k ?? appK ?? config.retrieval.k;
  const queryVar = query ?? (await firstRequiredInput(app.prompt));
  const kb = await project.knowledge.get(base);
  if (!(await kb.index.stats()).chunks) return async () => placeholderContext(k, config.chunking.size);
  return async (vars) => {
    const hits = await kb.index.searchText(String(vars[queryVar ?? ''] ?? ''), {
      k,
      ...(filter ? { filter } : {}),
    });
    return contextVariables(hits.map(toContextDocument));
  };
}

// About 4 characters a token: k passages of `size` tokens each.
function placeholderContext(k: number, size: number): ContextVariables {
  const docs = Array.from({ length: k }, (_, i) => ({
    id: `chunk-${i}`,
    text: 'word '.repeat(size * 0.8).trim(),
  }));
  return contextVariables(docs);
}
