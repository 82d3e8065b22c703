/**
 * @module The knowledge bases of a project, opened on first use: index, embedder, retriever, ingest.
 */
import { resolve } from 'node:path';
import {
  closest,
  importModule,
  type KnowledgeBaseConfig,
  type LoadedConfig,
  type Provider,
  TandemError,
} from '../core/index.js';
import { isPostgresStore, isSqliteStore, type Store } from '../store/index.js';
import { createEmbedder, type Embedder } from './embedder.js';
import { type IngestOptions, type IngestReport, ingest } from './ingest/ingest.js';
import type { EmbeddingCache, KnowledgeIndex } from './knowledge-index.js';
import {
  createPostgresEmbeddingCache,
  openPostgresKnowledgeIndex,
} from './postgres/postgres-knowledge-index.js';
import { createRetriever, type QueryRewriter, type Retriever } from './retrieve/retriever.js';
import { createSqliteEmbeddingCache, openSqliteKnowledgeIndex } from './sqlite/sqlite-knowledge-index.js';

export interface KnowledgeBase {
  readonly name: string;
  readonly config: KnowledgeBaseConfig;
  readonly index: KnowledgeIndex;
  readonly retriever: Retriever;
  readonly embedder?: Embedder;
  ingest(
    opts?: Pick<IngestOptions, 'rebuild' | 'allowEmpty' | 'onProgress' | 'signal'>,
  ): Promise<IngestReport>;
}

export interface KnowledgeRegistry {
  names(): string[];
  get(name: string): Promise<KnowledgeBase>;
}

/** Opens knowledge bases from the config; `provider` resolves embedder and rerank names. */
export function createKnowledgeRegistry(
  loaded: LoadedConfig,
  store: Store,
  provider: (name: string) => Promise<Provider>,
): KnowledgeRegistry {
  const opened = new Map<string, Promise<KnowledgeBase>>();
  const open = async (name: string): Promise<KnowledgeBase> => {
    const config = loaded.config.knowledge[name]!;
    const { index, cache } = await openIndex(store, name, config.retrieval);
    let embedder: Embedder | undefined;
    if (config.embedder) {
      const ref =
        typeof config.embedder === 'string' ? { provider: config.embedder, batchSize: 64 } : config.embedder;
      embedder = createEmbedder(await provider(ref.provider), {
        model: ref.model,
        batchSize: ref.batchSize,
        cache,
      });
    }
    const rerankRoute = config.retrieval.rerank?.route;
    const rewriteModule = config.retrieval.rewrite?.module;
    const retriever = createRetriever({
      name,
      index,
      config: config.retrieval,
      embedder,
      reranker: rerankRoute ? () => provider(rerankRoute) : undefined,
      rewriter: rewriteModule ? () => loadRewriter(resolve(loaded.root, rewriteModule)) : undefined,
    });
    return {
      name,
      config,
      index,
      retriever,
      embedder,
      ingest: (opts = {}) => ingest({ root: loaded.root, name, config, index, embedder, ...opts }),
    };
  };
  return {
    names: () => Object.keys(loaded.config.knowledge),
    get(name) {
      if (!(name in loaded.config.knowledge)) {
        const known = Object.keys(loaded.config.knowledge);
        const guess = closest(name, known);
        return Promise.reject(
          new TandemError('KNOWLEDGE_NOT_FOUND', `no knowledge base named "${name}"`, {
            hint: guess
              ? `did you mean "${guess}"?`
              : known.length
                ? `knowledge bases: ${known.join(', ')}`
                : 'declare one under knowledge: in tandem.yaml',
          }),
        );
      }
      let kb = opened.get(name);
      if (!kb) {
        kb = open(name);
        opened.set(name, kb);
        kb.catch(() => opened.delete(name));
      }
      return kb;
    },
  };
}

/**
 * The SQLite database the knowledge index lives in: the store's own file, or, for a PostgreSQL store, a
 * SQLite file beside the project (.tandem/knowledge.db) until the PostgreSQL knowledge index exists.
 */
/** A base's index and embedding cache in the project's store: SQLite tables, or PostgreSQL's. */
async function openIndex(
  store: Store,
  name: string,
  retrieval: KnowledgeBaseConfig['retrieval'],
): Promise<{ index: KnowledgeIndex; cache: EmbeddingCache }> {
  const common = { stemming: retrieval.stemming, fieldWeights: retrieval.fieldWeights };
  if (isPostgresStore(store)) {
    const schema = store.schema ? { schema: store.schema } : {};
    return {
      index: await openPostgresKnowledgeIndex(store.sql, name, { ...common, ...schema }),
      cache: createPostgresEmbeddingCache(store.sql, schema),
    };
  }
  if (!isSqliteStore(store))
    throw new TandemError('STORE_ERROR', `knowledge bases cannot use the ${(store as Store).kind} store`);
  return {
    index: await openSqliteKnowledgeIndex(store.database, name, {
      ...common,
      lexicalEngine: retrieval.lexicalEngine,
    }),
    cache: createSqliteEmbeddingCache(store.database),
  };
}

async function loadRewriter(file: string): Promise<QueryRewriter> {
  const mod = (await importModule(file)) as { default?: unknown };
  if (typeof mod.default !== 'function') {
    throw new TandemError(
      'SCRIPT_INVALID',
      `${file} must export a default function (query) => string | string[]`,
      { where: { file } },
    );
  }
  return mod.default as QueryRewriter;
}
