/**
 * @module How retrieved chunks reach the prompt and come back as citations: numbered passages in
 * `{{context}}` (and `{{documents}}` for templates that lay them out themselves), `[n]` markers in the
 * answer mapped back to their sources.
 */
import type { Citation, ContextDocument, MetadataFilter, RetrievalMode } from '../core/index.js';
import { type ChunkHit, type KnowledgeBase, statusToShow } from '../rag/index.js';

/** An app's use of a knowledge base. */
export interface AppKnowledge {
  base: KnowledgeBase;
  /** The input variable whose value is the query. */
  queryVar: string;
  k?: number;
  mode?: RetrievalMode;
  filter?: MetadataFilter;
}

/** A retrieved chunk as a passage the providers and the prompt see. */
export function toContextDocument(hit: ChunkHit): ContextDocument & { score: number } {
  const page = hit.chunk.page !== undefined ? `#page=${hit.chunk.page}` : '';
  // A Markdown title usually repeats as the first heading; say it once.
  const headings = hit.chunk.headings[0] === hit.doc.title ? hit.chunk.headings.slice(1) : hit.chunk.headings;
  const title = [hit.doc.title, ...headings].filter(Boolean).join(' › ');
  return {
    id: hit.chunk.id,
    docId: hit.doc.id,
    text: hit.chunk.text,
    source: `${hit.doc.source}${page}`,
    ...(title ? { title } : {}),
    ...(statusToShow(hit.doc.metadata) ? { status: statusToShow(hit.doc.metadata) } : {}),
    score: hit.score,
  };
}

// A superseded passage may be out of date; a draft's may never have been in force.
const statusNote = (d: ContextDocument) =>
  d.status === 'draft'
    ? ' [DRAFT: not in force]'
    : d.status
      ? ` [${d.status.toUpperCase()}: may be out of date]`
      : '';

/** The template variables for retrieved passages. */
export function contextVariables(docs: ContextDocument[]): {
  context: string;
  documents: Array<ContextDocument & { n: number }>;
} {
  return {
    context: docs
      .map(
        (d, i) =>
          `[${i + 1}] (${[d.source, d.title].filter(Boolean).join(' › ')})${statusNote(d)}\n${d.text}`,
      )
      .join('\n\n'),
    documents: docs.map((d, i) => ({ ...d, n: i + 1 })),
  };
}

/** Citations from `[n]` markers in a model's answer, in order of first mention. */
export function citationsFromMarkers(text: string, docs: ContextDocument[]): Citation[] {
  const seen = new Set<number>();
  const out: Citation[] = [];
  for (const m of text.matchAll(/\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]/g)) {
    for (const n of m[1]!.split(',').map((x) => Number(x.trim()))) {
      const doc = docs[n - 1];
      if (!doc || seen.has(n)) continue;
      seen.add(n);
      out.push({ ...citationOf(doc), marker: n });
    }
  }
  return out;
}

/** A passage as a citation: where it comes from and a snippet of it. */
function citationOf(doc: ContextDocument): Citation {
  return {
    id: doc.id,
    ...(doc.docId ? { docId: doc.docId } : {}),
    ...(doc.source ? { source: doc.source } : {}),
    ...(doc.title ? { title: doc.title } : {}),
    ...(doc.status ? { status: doc.status } : {}),
    snippet: doc.text.length > 240 ? `${doc.text.slice(0, 239)}…` : doc.text,
  };
}
