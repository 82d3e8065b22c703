/** @module Query parameters checked like bodies (an unknown one, a missing one or a bad value is a 400 naming it), and bodies answered alike. */
import type { Context } from 'hono';
import { z } from 'zod';
import { ageMs } from '../core/index.js';
import { badRequest, bodyError, errorResponse } from './error-response.js';
import { readJson } from './read-json.js';

/** The query parsed by `schema` (a strict object), or the 400 response saying what is wrong with it. */
export function readQuery<T>(
  c: Context,
  schema: z.ZodType<T>,
): { ok: true; value: T } | { ok: false; res: Response } {
  const parsed = schema.safeParse(c.req.query());
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const param = keys[0] ?? (issue.path.join('.') || null);
  const missing = issue.code === 'invalid_type' && c.req.query(String(param)) === undefined;
  const message = keys.length
    ? `unknown query parameter "${keys[0]}"${keys.length > 1 ? ` (and ${keys.length - 1} more)` : ''}`
    : missing
      ? `the query parameter "${param}" is required`
      : issue.message.startsWith(String(param))
        ? issue.message
        : `${param}: ${issue.message}`;
  const e = badRequest(message, param);
  return { ok: false, res: c.json(e.body, e.status) };
}

/** Checks the query with `schema`, runs `fn`, and answers its value as JSON or the error it threw. */
export async function answerQuery<Q>(
  c: Context,
  schema: z.ZodType<Q>,
  fn: (q: Q) => Promise<unknown>,
): Promise<Response> {
  const q = readQuery(c, schema);
  if (!q.ok) return q.res;
  try {
    return c.json((await fn(q.value)) as object);
  } catch (err) {
    const e = errorResponse(err);
    return c.json(e.body, e.status as 400);
  }
}

/** The JSON body parsed by `schema`, or the 400 (413) response saying what is wrong with it. */
export async function readJsonBody<B>(
  c: Context,
  schema: z.ZodType<B>,
): Promise<{ ok: true; value: B } | { ok: false; res: Response }> {
  const b = await readJson(c, schema);
  if (b.ok) return b;
  const e = bodyError(b);
  return { ok: false, res: c.json(e.body, e.status) };
}

/** Checks the JSON body with `schema`, runs `fn`, and answers its value (with `status`) or the error it threw. */
export async function answerBody<B>(
  c: Context,
  schema: z.ZodType<B>,
  fn: (body: B) => Promise<unknown>,
  status: 200 | 201 = 200,
): Promise<Response> {
  const b = await readJsonBody(c, schema);
  if (!b.ok) return b.res;
  try {
    return c.json((await fn(b.value)) as object, status);
  } catch (err) {
    const e = errorResponse(err);
    return c.json(e.body, e.status as 400);
  }
}

/**
 * A time in a query: an age back from now (`24h`, `7d`, `90m`, as the CLI's `--since` takes), an ISO date
 * (2026-11-25T10:00:00Z) or epoch milliseconds.
 */
export const timeParam = z
  .string()
  .transform((v) => {
    const age = ageMs(v);
    if (age !== undefined) return Date.now() - age;
    return /^\d+$/.test(v) ? Number(v) : Date.parse(v);
  })
  .refine(
    Number.isFinite,
    'since and until take an age (24h, 7d), an ISO date (2026-11-25T10:00:00Z) or epoch milliseconds',
  );

/**
 * A page size in a query: a whole number, `fallback` when absent; one outside 1 to `max` is brought into it (a
 * client asking for 10,000 gets a full page), but a value that is not a whole number is a 400.
 */
export const pageLimit = (max: number, fallback: number) =>
  z
    .string()
    .regex(/^\s*[+-]?\d+\s*$/, `limit is a whole number from 1 to ${max}`)
    .transform((v) => Math.min(max, Math.max(1, Number(v))))
    .optional()
    .transform((n) => n ?? fallback);
