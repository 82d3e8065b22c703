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
    message: `${path || 'body'}: ${issue.message}`,
    param: path || null,
    code: 'invalid_request',
  };
}
