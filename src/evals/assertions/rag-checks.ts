/**
 * @module Retrieval checks against the case's expected sources: hit@k, recall@k, MRR, nDCG@k, and `cites`
 * (the answer cites an expected source). An expected id matches a document id or its source path. A check
 * at a deeper k than the run retrieved asks the app for more passages, so `hit-at-k` with k 5 means 5 even
 * when the app puts 2 in its prompt; the answer graded is the run's.
 */

import type { AppResult } from '../../pipeline/index.js';
import { hitAtK, ndcgAtK, recallAtK, reciprocalRank } from '../../rag/index.js';
import { type AssertionContext, type Check, CheckError, type CheckSpec } from './types.js';

type Passages = AppResult['retrieved'];

function expectedSources(spec: CheckSpec, ctx: AssertionContext): string[] {
  const v = spec.value ?? ctx.sources;
  const list = Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [];
  if (!list.length)
    throw new CheckError(
      `${spec.type} needs expected sources: set sources: on the case or value: on the check`,
    );
  return list;
}

// Retrieved ids, each expressed as the expected id it matches when it matches one.
function retrievedIds(retrieved: Passages, expected: string[]): string[] {
  return retrieved.map((r) => {
    const source = r.source?.replace(/#page=\d+$/, '');
    return expected.find((e) => e === r.docId || e === source || e === r.id) ?? r.docId;
  });
}

function rankCheck(
  name: string,
  score: (ids: string[], rel: string[], k: number) => number,
  defaultThreshold: number,
): Check {
  return async (spec, ctx) => {
    const rel = expectedSources(spec, ctx);
    const k = spec.k ?? 5;
    const ranked = await rankedTo(k, ctx);
    const s = score(retrievedIds(ranked, rel), rel, k);
    const t = spec.threshold ?? defaultThreshold;
    const had = ctx.result.retrieved.length;
    const where =
      ranked.length > had
        ? `the run retrieved ${had}; ${ranked.length} retrieved for k ${k}`
        : had
          ? `of ${had} retrieved`
          : 'nothing was retrieved';
    return {
      pass: s >= t,
      score: s,
      reason: `${name}@${k} = ${s.toFixed(3)} ${s >= t ? '≥' : '<'} ${t} (${where})`,
    };
  };
}

/**
 * The ranking a check at depth k reads: the run's passages (what the answer saw, in its order), then, when
 * the run retrieved fewer than k, the app's further passages at depth k. A blocked run retrieved nothing on
 * purpose, so nothing is retrieved for it.
 */
async function rankedTo(k: number, ctx: AssertionContext): Promise<Passages> {
  const seen = ctx.result.retrieved;
  if (seen.length >= k || !ctx.retrieve || ctx.result.blocked) return seen;
  const ids = new Set(seen.map((r) => r.id));
  const more = (await ctx.retrieve(k)).filter((r) => !ids.has(r.id));
  return [...seen, ...more].slice(0, Math.max(k, seen.length));
}

/** The retrieval checks by type. */
export const ragChecks: Record<string, Check> = {
  'hit-at-k': rankCheck('hit', hitAtK, 1),
  'recall-at-k': rankCheck('recall', recallAtK, 1),
  'ndcg-at-k': rankCheck('nDCG', ndcgAtK, 0.5),
  mrr: (spec, ctx) => {
    const rel = expectedSources(spec, ctx);
    const s = reciprocalRank(retrievedIds(ctx.result.retrieved, rel), rel);
    const t = spec.threshold ?? 0.5;
    return { pass: s >= t, score: s, reason: `MRR ${s.toFixed(3)} ${s >= t ? '≥' : '<'} ${t}` };
  },
  cites: (spec, ctx) => {
    const rel = expectedSources(spec, ctx);
    const cited = ctx.result.citations.map(
      (c) => [c.docId, c.source?.replace(/#page=\d+$/, ''), c.id].filter(Boolean) as string[],
    );
    const hit = cited.find((ids) => ids.some((id) => rel.includes(id)));
    const named = ctx.result.citations.map((c) => c.source ?? c.id);
    return {
      pass: Boolean(hit),
      score: hit ? 1 : 0,
      reason: hit
        ? `cites ${hit.find((id) => rel.includes(id))}`
        : named.length
          ? `cites ${named.join(', ')}, not ${rel.join(' or ')}`
          : 'cites nothing',
    };
  },
};
