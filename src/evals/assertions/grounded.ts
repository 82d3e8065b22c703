/**
 * @module The `grounded` check: did retrieval find passages that can answer the case's question (the run's
 * answerability verdict, computed before the model answered)? `not-grounded` is its negation: the case of a
 * question the documents cannot answer. An app without a knowledge base has no verdict, which is an error.
 */
import { type Check, CheckError } from './types.js';

/** Passes when the run's passages could answer the question; the reason says why or why not. */
export const groundedCheck: Check = async (_spec, ctx) => {
  const g = ctx.result.grounding;
  if (!g)
    throw new CheckError(
      'the run has no grounding verdict: grounded needs an app with a knowledge base (knowledge: in the app)',
    );
  return {
    pass: g.grounded,
    score: g.grounded ? 1 : 0,
    reason: `${g.grounded ? 'grounded' : 'not grounded'}: ${g.reason}`,
  };
};
