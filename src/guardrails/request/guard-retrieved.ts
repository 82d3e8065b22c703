/**
 * @module Guardrails on text that did not come from the user: retrieved passages, and the results of the
 * app's own tools (both may carry instructions addressed to the assistant).
 */
import type { ContextDocument, SpanHandle } from '../../core/index.js';
import type { CheckVerdict } from '../checks/content-checks.js';
import type { GuardContext, NamedGuardrail } from './guard-context.js';
import { refusalOf } from './guard-context.js';
import { type RedactableVerdict, runCheck } from './run-check.js';

const passed = () => ({ passed: true, evidence: [] as string[] });

/** Checks each passage; `redact` masks PII in a passage and leaves out one that carries an injection. */
export async function guardRetrieved(
  ctx: GuardContext,
  guardrails: NamedGuardrail[],
  docs: ContextDocument[],
  span?: SpanHandle,
  signal?: AbortSignal,
): Promise<{ docs: ContextDocument[]; blocked?: string }> {
  let kept = docs;
  for (const g of guardrails) {
    const next: ContextDocument[] = [];
    let failed = false;
    for (const d of kept) {
      const v = await runCheck(g, d.text, 'retrieved', ctx.deps, { redactions: ctx.redactions, signal });
      if (v.passed) {
        next.push(d);
        continue;
      }
      failed = true;
      const out = decide(ctx, g, located(v, d.source ?? d.id), span);
      if (out.blocked) return { docs: kept, blocked: out.blocked };
      if (out.keep) next.push(out.keep === 'redacted' ? { ...d, text: v.redacted! } : d);
    }
    if (!failed) ctx.log.record(g, 'retrieved', passed(), 'none', span);
    kept = next;
  }
  return { docs: kept };
}

/**
 * Checks a tool's result before the model reads it, with the injection checks on input and every check on
 * retrieved text. A result withheld by `redact` is replaced by a note the model can read.
 */
export async function guardToolResult(
  ctx: GuardContext,
  guardrails: NamedGuardrail[],
  tool: string,
  content: string,
  span?: SpanHandle,
  signal?: AbortSignal,
): Promise<{ content: string; blocked?: string }> {
  let current = content;
  for (const g of guardrails) {
    const v = await runCheck(g, current, 'retrieved', ctx.deps, { redactions: ctx.redactions, signal });
    if (v.passed) continue;
    const out = decide(ctx, g, located(v, `tool ${tool}`), span);
    if (out.blocked) return { content: current, blocked: out.blocked };
    if (out.keep === 'redacted') current = v.redacted!;
    else if (!out.keep) current = `[the result of tool "${tool}" was withheld by the guardrail "${g.name}"]`;
  }
  return { content: current };
}

const located = (v: RedactableVerdict, where: string): RedactableVerdict => ({
  ...v,
  evidence: [`${where}: ${v.evidence.join('; ')}`],
});

// What a failed check does to a piece of outside text: stop the request, keep it (as is or masked), or drop it.
function decide(
  ctx: GuardContext,
  g: NamedGuardrail,
  v: RedactableVerdict,
  span?: SpanHandle,
): { blocked?: string; keep?: 'as-is' | 'redacted' } {
  const verdict: CheckVerdict = { passed: v.passed, evidence: v.evidence, score: v.score };
  const action = g.config.action;
  if (action === 'warn') {
    ctx.log.record(g, 'retrieved', verdict, 'warned', span);
    return { keep: 'as-is' };
  }
  if (action === 'redact') {
    ctx.log.record(g, 'retrieved', verdict, 'redacted', span);
    return v.redacted !== undefined ? { keep: 'redacted' } : {};
  }
  ctx.log.record(g, 'retrieved', verdict, 'blocked', span);
  return { blocked: refusalOf(g) };
}
