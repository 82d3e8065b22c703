/**
 * @module Output guardrails on the answer, in the order declared: `warn` records, `redact` masks and goes
 * on, and the first failing `reask`, `fallback` or `block` decides what happens next.
 */
import type { JsonSchema, SpanHandle } from '../../core/index.js';
import { describe } from '../describe-guardrail.js';
import type { GuardContext, NamedGuardrail } from './guard-context.js';
import { refusalOf } from './guard-context.js';
import { type RedactableVerdict, runCheck } from './run-check.js';

export type OutputNext =
  | { kind: 'accept' }
  | { kind: 'reask'; feedback: string }
  | { kind: 'fallback'; route?: string; message?: string }
  | { kind: 'block'; message: string };

export interface OutputContext {
  schema?: JsonSchema;
  citable: number;
  span?: SpanHandle;
  signal?: AbortSignal;
}

/** The answer after the output guardrails, and what the app does next. */
export async function guardOutput(
  ctx: GuardContext,
  guardrails: NamedGuardrail[],
  text: string,
  oc: OutputContext,
): Promise<{ text: string; next: OutputNext }> {
  let current = text;
  for (const g of guardrails) {
    const v = await runCheck(g, current, 'output', ctx.deps, {
      redactions: ctx.redactions,
      schema: oc.schema,
      citable: oc.citable,
      signal: oc.signal,
    });
    if (v.passed) {
      ctx.log.record(g, 'output', v, 'none', oc.span);
      continue;
    }
    const next = onFailure(ctx, g, v, oc.span);
    if (next === 'continue') {
      if (g.config.action === 'redact') current = v.redacted ?? current;
      continue;
    }
    return { text: current, next };
  }
  return { text: current, next: { kind: 'accept' } };
}

function onFailure(
  ctx: GuardContext,
  g: NamedGuardrail,
  v: RedactableVerdict,
  span?: SpanHandle,
): OutputNext | 'continue' {
  const c = g.config;
  if (c.action === 'warn' || c.action === 'redact') {
    ctx.log.record(g, 'output', v, c.action === 'warn' ? 'warned' : 'redacted', span);
    return 'continue';
  }
  if (c.action === 'reask') {
    const used = ctx.reasks.get(g.name) ?? 0;
    if (used < c.retries) {
      ctx.reasks.set(g.name, used + 1);
      ctx.log.record(g, 'output', v, 'reasked', span);
      const why = v.evidence.join('; ') || 'failed';
      return {
        kind: 'reask',
        feedback: `Your answer broke the rule "${g.name}" (${describe(c)}): ${why}. Answer again, following it.`,
      };
    }
  }
  if (c.action === 'fallback') {
    ctx.log.record(g, 'output', v, 'fallback', span);
    return {
      kind: 'fallback',
      ...(c.fallback ? { route: c.fallback } : {}),
      ...(c.message ? { message: c.message } : {}),
    };
  }
  ctx.log.record(g, 'output', v, 'blocked', span);
  return { kind: 'block', message: refusalOf(g) };
}
