/**
 * @module Retrieval: bm25, vector or hybrid (reciprocal-rank fusion), optional query rewriting, query
 * expansion on the lexical side (RM3), metadata filters, MMR diversity, a minimum score and a rerank through
 * a route. Each call is a `retrieve` span; an expanded query's terms are its `expansion` attribute.
 */

import type {
  MetadataFilter,
  Provider,
  RetrievalConfig,
  RetrievalMode,
  SpanHandle,
} from '../../core/index.js';
import { TandemError } from '../../core/index.js';
import type { Embedder } from '../embedder.js';
import type { ChunkHit, ExpansionOptions, KnowledgeIndex, WeightedTerm } from '../knowledge-index.js';
import { asSearched } from '../normalise/index.js';
import { reciprocalRankFusion } from './fusion.js';
import { mmr } from './mmr.js';
import { rerank } from './rerank.js';

export interface RetrieveOptions {
  k?: number;
  mode?: RetrievalMode;
  filter?: MetadataFilter;
  span?: SpanHandle;
  signal?: AbortSignal;
}

export type QueryRewriter = (query: string) => string | string[] | Promise<string | string[]>;

export interface Retriever {
  readonly defaultMode: RetrievalMode;
  /** How many chunks a search returns when it names no k: the knowledge base's `retrieval.k`. */
  readonly defaultK: number;
  retrieve(query: string, opts?: RetrieveOptions): Promise<ChunkHit[]>;
}

export interface RetrieverParts {
  name: string;
  index: KnowledgeIndex;
  config: RetrievalConfig;
  embedder?: Embedder;
  reranker?: () => Promise<Provider>;
  rewriter?: () => Promise<QueryRewriter>;
}

/** Creates the retriever of one knowledge base. */
export function createRetriever(parts: RetrieverParts): Retriever {
  const { config } = parts;
  const defaultMode: RetrievalMode = config.mode ?? (parts.embedder ? 'hybrid' : 'bm25');
  const expansion = expansionOptions(config.expansion);

  const searchOne = async (
    query: string,
    mode: RetrievalMode,
    filter: MetadataFilter | undefined,
    o: { signal?: AbortSignal; expanded: Expanded[] },
  ) => {
    const { signal } = o;
    const k = config.candidates;
    const onExpansion = (terms: WeightedTerm[]) => o.expanded.push({ query, terms });
    const text =
      mode !== 'vector'
        ? parts.index.searchText(asSearched(query), {
            k,
            filter,
            ...(expansion ? { expansion, onExpansion } : {}),
          })
        : Promise.resolve([]);
    let vector: Promise<ChunkHit[]> = Promise.resolve([]);
    if (mode !== 'bm25') {
      if (!parts.embedder) {
        throw new TandemError(
          'CONFIG_INVALID',
          `knowledge base "${parts.name}" has no embedder, so mode ${mode} cannot run`,
          {
            hint: 'Add embedder: <provider> to the knowledge base, or use --mode bm25.',
          },
        );
      }
      const { vectors } = await parts.embedder.embed([query], signal);
      vector = parts.index.searchVector(vectors[0]!, { k, filter });
    }
    const [t, v] = await Promise.all([text, vector]);
    return mode === 'bm25' ? [t] : mode === 'vector' ? [v] : [t, v];
  };

  // Search (each rewritten query), fuse, then the minimum score, rerank and MMR, best k first.
  const ranked = async (
    query: string,
    o: { mode: RetrievalMode; k: number; filter?: MetadataFilter; span?: SpanHandle; signal?: AbortSignal },
  ): Promise<ChunkHit[]> => {
    const queries = parts.rewriter ? toList(await (await parts.rewriter())(query)) : [query];
    if (parts.rewriter) o.span?.set({ rewritten: queries });
    const expanded: Expanded[] = [];
    const lists = (
      await Promise.all(queries.map((q) => searchOne(q, o.mode, o.filter, { signal: o.signal, expanded })))
    ).flat();
    if (expanded.length) o.span?.set({ expansion: expanded.map(traceExpansion) });
    let hits = lists.length === 1 ? lists[0]! : reciprocalRankFusion(lists);
    if (config.minScore !== undefined) hits = hits.filter((h) => h.score >= config.minScore!);
    const currency = currencyPolicy(config.superseded, o.filter);
    if (config.rerank && parts.reranker) {
      const head = hits.slice(0, config.rerank.candidates);
      const reranked = await rerank(await parts.reranker(), query, head, o.span, o.signal);
      // The reranked head and the rest are on different scales: each prefers current documents on its own.
      hits = [...preferCurrent(reranked, currency), ...preferCurrent(hits.slice(head.length), currency)];
    } else hits = preferCurrent(hits, currency);
    if (config.mmr !== false) {
      const vectors = o.mode !== 'bm25' ? await parts.index.vectors(hits.map((h) => h.chunk.id)) : undefined;
      hits = mmr(hits, o.k, config.mmr, vectors);
    }
    return hits.slice(0, o.k);
  };

  return {
    defaultMode,
    defaultK: config.k,
    async retrieve(query, opts = {}) {
      const mode = opts.mode ?? defaultMode;
      const k = opts.k ?? config.k;
      const filter = opts.filter ?? config.filter;
      const span = opts.span?.child(`retrieve ${parts.name}`, 'retrieve', {
        knowledge: parts.name,
        query,
        mode,
        k,
      });
      try {
        const hits = await ranked(query, { mode, k, filter, span, signal: opts.signal });
        span?.end({
          attributes: {
            hits: hits.map((h) => ({ id: h.chunk.id, source: h.doc.source, score: round(h.score) })),
          },
        });
        return hits;
      } catch (error) {
        span?.end({ error });
        throw error;
      }
    },
  };
}

interface Expanded {
  query: string;
  terms: WeightedTerm[];
}

// The config's expansion as the index takes it: `rm3` alone means Anserini's defaults.
function expansionOptions(e: RetrievalConfig['expansion']): ExpansionOptions | undefined {
  if (!e) return undefined;
  return e === 'rm3' ? { method: 'rm3', fbDocs: 10, fbTerms: 10, originalWeight: 0.5 } : e;
}

// The span's record of one expanded query: its terms, best first, as `term` and a rounded weight.
function traceExpansion({ query, terms }: Expanded) {
  return { query, terms: terms.map((t) => ({ term: t.term, weight: round(t.weight) })) };
}

function toList(q: string | string[]): string[] {
  const list = (Array.isArray(q) ? q : [q]).map((s) => s.trim()).filter(Boolean);
  return list.length ? list : [''];
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

const isSuperseded = (h: ChunkHit) => h.doc.metadata.status === 'superseded';
// A draft is not in force either, but may be the only word on its topic: it gives way, and is never left out.
const notInForce = (h: ChunkHit) => isSuperseded(h) || h.doc.metadata.status === 'draft';

type CurrencyPolicy = 'demote' | 'filter' | 'keep';

// A filter on `status` is the asker's own choice of documents ("status=superseded" to read the old rules): the
// knowledge base's policy neither halves their scores nor leaves them out then.
function currencyPolicy(policy: CurrencyPolicy | undefined, filter: MetadataFilter | undefined) {
  return filter && Object.hasOwn(filter, 'status') ? 'keep' : policy;
}

// Superseded documents give way to current ones: scored at half (demote, the default), left out (filter), or
// kept. Drafts are scored at half unless kept.
function preferCurrent(hits: ChunkHit[], policy: CurrencyPolicy = 'demote'): ChunkHit[] {
  if (policy === 'keep' || !hits.some(notInForce)) return hits;
  const kept = policy === 'filter' ? hits.filter((h) => !isSuperseded(h)) : hits;
  return kept
    .map((h) => (notInForce(h) ? { ...h, score: h.score / 2 } : h))
    .sort((a, b) => b.score - a.score);
}
