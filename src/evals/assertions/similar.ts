import type { Check } from './types.js';
import { CheckError } from './types.js';

/** Embedding cosine similarity between the answer and the value (or expected answer). */
export const similarCheck: Check = async (spec, ctx) => {
  const reference = typeof spec.value === 'string' ? spec.value : ctx.expected;
  if (!reference) throw new CheckError('similar needs a value or the case’s expected answer');
  if (!ctx.embedder) throw new CheckError('similar needs embeddings: add embedder: <provider> to the suite');
  const provider = await ctx.embedder();
  if (!provider.embed) throw new CheckError(`provider "${provider.id}" cannot make embeddings`);
  let vectors: Float32Array[];
  try {
    vectors = await provider.embed([ctx.output, reference], { signal: ctx.signal });
  } catch (err) {
    throw new CheckError(`embedding failed: ${(err as Error).message}`);
  }
  const [a, b] = vectors as [Float32Array, Float32Array];
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  const cos = na && nb ? dot / Math.sqrt(na * nb) : 0;
  const t = spec.threshold ?? 0.8;
  return {
    pass: cos >= t,
    score: Math.max(0, cos),
    reason: `cosine similarity ${cos.toFixed(3)} ${cos >= t ? '≥' : '<'} ${t}`,
  };
};
