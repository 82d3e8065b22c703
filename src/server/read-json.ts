/**
 * @module Reads and validates a JSON request body; each wire format turns the failure into its own error shape.
 */
import type { Context } from 'hono';
import type { z } from 'zod';

export type BodyResult<T> =
  | { ok: true; value: T }
  | { ok: false; message: string; param: string | null; code: 'invalid_json' | 'invalid_request' };

/** The body parsed by `schema`, or what is wrong with it (field path and message). */
export async function readJson<T>(c: Context, schema: z.ZodType<T>): Promise<BodyResult<T>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    return { ok: false, message: 'the body is not valid JSON', param: null, code: 'invalid_json' };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  const path = issue.path.join('.');
  return {
    ok: false,
    message: `${path || 'body'}: ${issue.message}`,
    param: path || null,
    code: 'invalid_request',
  };
}
