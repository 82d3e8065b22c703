/**
 * @module What a guardrail's judge must answer — JSON with one yes/no field, a score and a reason — and how
 * its reply is read. A reply that is not such JSON is an error, which the checks turn into a fail (closed).
 */

/** The JSON schema of a verdict whose yes/no field is `flag` (`violates`, `injection`). */
export function verdictSchema(flag: string) {
  return {
    type: 'object',
    properties: {
      [flag]: { type: 'boolean' },
      score: { type: 'number', minimum: 0, maximum: 1 },
      reason: { type: 'string' },
    },
    required: [flag, 'score', 'reason'],
  };
}

/** A judge's verdict: its yes/no, a score in 0..1 (the yes/no when it gave none) and its reason. */
export interface JudgeReply {
  flagged: boolean;
  score: number;
  reason: string;
}

/** Reads a judge's reply (a Markdown code fence around it is allowed); throws when it is not a verdict. */
export function readJudgeReply(text: string, flag: string): JudgeReply {
  const v = JSON.parse(text.trim().replace(/^```(?:json)?|```$/g, '')) as Record<string, unknown>;
  if (typeof v?.[flag] !== 'boolean') throw new Error(`no "${flag}" field`);
  const flagged = v[flag] as boolean;
  const score = typeof v.score === 'number' ? Math.min(1, Math.max(0, v.score)) : flagged ? 1 : 0;
  return { flagged, score, reason: typeof v.reason === 'string' ? v.reason : '' };
}
