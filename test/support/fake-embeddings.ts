/**
 * Deterministic embeddings for tests, served over the OpenAI /v1/embeddings wire format: a 64-dimensional
 * bag of stemmed words, hashed. Texts sharing words are close; a few synonyms share a slot, so vector
 * search can find what BM25 cannot ("money back" ~ "refund").
 */
import { stem, tokenize } from '../../src/core/index.js';
import { type FakeUpstream, startFakeUpstream } from './fake-upstream.js';

const SYNONYMS: Record<string, string> = Object.fromEntries(
  ['money', 'reimbursement', 'repayment'].map((w) => [stem(w), stem('refund')]),
);
export const DIMENSIONS = 64;

export function hashEmbedding(text: string): number[] {
  const v = new Array(DIMENSIONS).fill(0);
  for (const raw of tokenize(text)) {
    const word = SYNONYMS[raw] ?? raw;
    let h = 2166136261;
    for (const ch of word) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
    v[(h >>> 0) % DIMENSIONS] += 1;
  }
  return v;
}

/** Starts an embeddings server; `requests` shows how many texts were embedded. */
export async function startFakeEmbeddings(): Promise<FakeUpstream & { texts: () => number }> {
  const server = await startFakeUpstream((req) => {
    const input: string[] = Array.isArray(req.body.input) ? req.body.input : [req.body.input];
    return {
      json: {
        object: 'list',
        model: req.body.model,
        data: input.map((t, i) => ({ object: 'embedding', index: i, embedding: hashEmbedding(t) })),
        usage: { prompt_tokens: input.length, total_tokens: input.length },
      },
    };
  });
  return Object.assign(server, {
    texts: () =>
      server.requests.reduce((n, r) => n + (Array.isArray(r.body.input) ? r.body.input.length : 1), 0),
  });
}
