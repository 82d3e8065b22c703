/**
 * @module Reads and validates a JSON request body; each wire format turns the failure into its own error shape.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { type BodyFailure, jsonBody } from './request-body.js';

export type BodyResult<T> = { ok: true; value: T } | BodyFailure;

/** The body parsed by `schema`, or what is wrong with it (status, field path and message). */
export async function readJson<T>(c: Context, schema: z.ZodType<T>): Promise<BodyResult<T>> {
  const raw = await jsonBody(c);
  if (!raw.ok) return raw;
  const parsed = schema.safeParse(raw.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  const path = issue.path.join('.');
  return {
    ok: false,
    status: 400,
    message: `${path || 'body'}: ${plainly(issue)}`,
    param: path || null,
    code: 'invalid_request',
  };
}

// Zod's wording for a size ("Too small: expected array to have >=1 items") said as a client's author reads it.
function plainly(issue: z.core.$ZodIssue): string {
  // Only zod's own wording of a bound, never a message a schema wrote itself, nor an exact length.
  if ((issue.code !== 'too_small' && issue.code !== 'too_big') || !/^Too (?:small|big)/.test(issue.message))
    return issue.message;
  if ('exact' in issue && issue.exact) return issue.message;
  const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const unit = issue.origin === 'array' ? 'item' : issue.origin === 'string' ? 'character' : undefined;
  if (!unit) return issue.message;
  const count = `${bound} ${unit}${bound === 1 ? '' : 's'}`;
  if (issue.code === 'too_big') return `must hold at most ${count}`;
  return bound === 1 ? `must not be empty (at least 1 ${unit})` : `must hold at least ${count}`;
}
