/**
 * @module Runs an app's guardrails around one request. Order: input guardrails (in the order declared) on
 * every text input, then retrieved-text guardrails on each passage, then output guardrails on the answer.
 * The first `block` stops the request with its message (no further checks, no model call when on input);
 * `redact` masks and continues; `warn` records and continues; on output the first failing `reask` or
 * `fallback` decides what happens next. Every decision is a `guardrail` span.
 */
import type { ContextDocument, GuardrailConfig, JsonSchema, Provider, SpanHandle } from '../core/index.js';
import { guardrailStage } from '../core/index.js';
import { type CheckVerdict, contentCheck } from './checks/content-checks.js';
import { detectInjection } from './checks/injection.js';
import { modelCheck, scriptCheck } from './checks/model-and-script.js';
import { findPii, redact, unredact } from './checks/pii.js';
import type { GuardrailDecision } from './guard-types.js';

export interface NamedGuardrail {
  name: string;
  config: GuardrailConfig;
}

export interface GuardDeps {
  root: string;
  provider(name: string): Promise<Provider>;
}

export type OutputNext =
  | { kind: 'accept' }
  | { kind: 'reask'; feedback: string }
  | { kind: 'fallback'; route?: string; message?: string }
  | { kind: 'block'; message: string };

export const DEFAULT_BLOCK_MESSAGE = "I'm sorry, I can't help with that request.";

/** The guardrails of one request, with its own redaction map and re-ask counts. */
export interface RequestGuard {
  readonly decisions: GuardrailDecision[];
  input(
    vars: Record<string, unknown>,
    span?: SpanHandle,
    signal?: AbortSignal,
  ): Promise<{ vars: Record<string, unknown>; blocked?: string }>;
  retrieved(
    docs: ContextDocument[],
    span?: SpanHandle,
    signal?: AbortSignal,
  ): Promise<{ docs: ContextDocument[]; blocked?: string }>;
  output(
    text: string,
    ctx: { schema?: JsonSchema; citable: number; span?: SpanHandle; signal?: AbortSignal },
  ): Promise<{ text: string; next: OutputNext }>;
  /** The answer with redacted values put back, for the user (never for the trace). */
  unredact(text: string): string;
}

/** Guardrails for an app; `begin()` starts one request. */
export function createGuard(
  guardrails: NamedGuardrail[],
  deps: GuardDeps,
): { readonly size: number; begin(): RequestGuard } {
  const at = (stage: string) => guardrails.filter((g) => guardrailStage(g.config) === stage);
  const inputs = at('input');
  const retrievedChecks = at('retrieved');
  const outputs = at('output');

  return {
    size: guardrails.length,
    begin() {
      const map = new Map<string, string>();
      const decisions: GuardrailDecision[] = [];
      const reasks = new Map<string, number>();

      const record = (
        g: NamedGuardrail,
        stage: GuardrailDecision['stage'],
        v: CheckVerdict,
        action: GuardrailDecision['action'],
        span?: SpanHandle,
      ) => {
        const d: GuardrailDecision = {
          name: g.name,
          check: g.config.check,
          stage,
          passed: v.passed,
          ...(v.score !== undefined ? { score: v.score } : {}),
          evidence: v.evidence,
          action,
        };
        decisions.push(d);
        const s = span?.child(`guardrail ${g.name}`, 'guardrail', {
          guardrail: g.name,
          check: d.check,
          stage,
          passed: d.passed,
          ...(d.score !== undefined ? { score: d.score } : {}),
          evidence: d.evidence,
          action,
        });
        s?.end(d.passed ? {} : { status: action === 'blocked' ? 'error' : 'ok' });
        return d;
      };

      const check = async (
        g: NamedGuardrail,
        text: string,
        stage: GuardrailDecision['stage'],
        extra: { schema?: JsonSchema; citable?: number; signal?: AbortSignal } = {},
      ): Promise<CheckVerdict & { redacted?: string }> => {
        const c = g.config;
        if (c.check === 'pii') {
          const found = findPii(text, c.kinds, c.country);
          if (!found.length) return { passed: true, evidence: [] };
          const evidence = found.map((f) => `${f.kind} at ${f.start}`); // never the value itself: it would reach the trace
          return { passed: false, evidence, redacted: redact(text, found, map).text };
        }
        if (c.check === 'injection') {
          const r = detectInjection(text);
          const failed = r.score >= (c.threshold ?? 0.5);
          return {
            passed: !failed,
            score: r.score,
            evidence: r.signals.map((s) => `${s.signal}: "${s.evidence}"`),
          };
        }
        if (c.check === 'llm') return modelCheck(c, text, await deps.provider(c.route!), extra.signal);
        if (c.check === 'script') return scriptCheck(c, text, deps.root, stage);
        return contentCheck(c, text, { schema: extra.schema, citable: extra.citable ?? 0 });
      };

      return {
        decisions,
        async input(vars, span, signal) {
          const out: Record<string, unknown> = { ...vars };
          for (const g of inputs) {
            for (const [key, value] of Object.entries(out)) {
              if (typeof value !== 'string') continue;
              const v = await check(g, value, 'input', { signal });
              if (v.passed) continue;
              const a = g.config.action;
              if (a === 'block' || a === 'fallback' || a === 'reask') {
                record(g, 'input', v, 'blocked', span);
                return { vars: out, blocked: g.config.message ?? DEFAULT_BLOCK_MESSAGE };
              }
              if (a === 'redact') {
                // PII gets placeholders; for injection, the offending input is dropped from the request.
                out[key] = v.redacted ?? '';
                record(g, 'input', v, 'redacted', span);
              } else record(g, 'input', v, 'warned', span);
            }
            if (!decisions.some((d) => d.name === g.name))
              record(g, 'input', { passed: true, evidence: [] }, 'none', span);
          }
          return { vars: out };
        },
        async retrieved(docs, span, signal) {
          let kept = docs;
          for (const g of retrievedChecks) {
            const next: ContextDocument[] = [];
            let failed: CheckVerdict | undefined;
            for (const d of kept) {
              const v = await check(g, d.text, 'retrieved', { signal });
              if (v.passed) {
                next.push(d);
                continue;
              }
              failed = { ...v, evidence: [`${d.source ?? d.id}: ${v.evidence.join('; ')}`] };
              if (g.config.action === 'block' || g.config.action === 'fallback') {
                record(g, 'retrieved', failed, 'blocked', span);
                return { docs: kept, blocked: g.config.message ?? DEFAULT_BLOCK_MESSAGE };
              }
              if (g.config.action === 'redact') {
                // PII is masked in the passage; a passage carrying an injection is left out.
                if (v.redacted !== undefined) next.push({ ...d, text: v.redacted });
                record(g, 'retrieved', failed, 'redacted', span);
              } else {
                next.push(d);
                record(g, 'retrieved', failed, 'warned', span);
              }
            }
            if (!failed) record(g, 'retrieved', { passed: true, evidence: [] }, 'none', span);
            kept = next;
          }
          return { docs: kept };
        },
        async output(text, ctx) {
          let current = text;
          for (const g of outputs) {
            const v = await check(g, current, 'output', {
              schema: ctx.schema,
              citable: ctx.citable,
              signal: ctx.signal,
            });
            if (v.passed) {
              record(g, 'output', v, 'none', ctx.span);
              continue;
            }
            const c = g.config;
            if (c.action === 'warn') {
              record(g, 'output', v, 'warned', ctx.span);
              continue;
            }
            if (c.action === 'redact') {
              current = v.redacted ?? current;
              record(g, 'output', v, 'redacted', ctx.span);
              continue;
            }
            if (c.action === 'reask') {
              const n = reasks.get(g.name) ?? 0;
              if (n < c.retries) {
                reasks.set(g.name, n + 1);
                record(g, 'output', v, 'reasked', ctx.span);
                return {
                  text: current,
                  next: {
                    kind: 'reask',
                    feedback: `Your answer broke the rule "${g.name}" (${describe(c)}): ${v.evidence.join('; ') || 'failed'}. Answer again, following it.`,
                  },
                };
              }
            }
            if (c.action === 'fallback') {
              record(g, 'output', v, 'fallback', ctx.span);
              return {
                text: current,
                next: {
                  kind: 'fallback',
                  ...(c.fallback ? { route: c.fallback } : {}),
                  ...(c.message ? { message: c.message } : {}),
                },
              };
            }
            record(g, 'output', v, 'blocked', ctx.span);
            return { text: current, next: { kind: 'block', message: c.message ?? DEFAULT_BLOCK_MESSAGE } };
          }
          return { text: current, next: { kind: 'accept' } };
        },
        unredact: (t) => unredact(t, map),
      };
    },
  };
}

/** A guardrail in plain words (errors, feedback to the model, the playbook). */
export function describe(c: GuardrailConfig): string {
  switch (c.check) {
    case 'pii':
      return `no personal data (${(c.kinds ?? ['email', 'phone', 'card', 'iban', 'ssn', 'ip', 'secret']).join(', ')})`;
    case 'injection':
      return 'no attempts to override the instructions';
    case 'length':
      return `between ${c.min ?? 0} and ${c.max ?? '∞'} words`;
    case 'format':
      return c.format === 'json' ? 'valid JSON' : 'plain text, no Markdown headings or tables';
    case 'citations':
      return 'every statement cites a retrieved passage, like [1]';
    case 'banned':
      return `never says ${[...(c.phrases ?? []).map((p) => `"${p}"`), ...(c.patterns ?? [])].join(', ')}`;
    case 'topic':
      return c.allow?.length ? `only about ${c.allow.join(', ')}` : `never about ${c.deny!.join(', ')}`;
    case 'language':
      return `written in ${c.languages!.join(' or ')}`;
    case 'schema':
      return 'matches the output schema';
    case 'llm':
      return `not ${c.rubric} (judged by ${c.route})`;
    case 'script':
      return `passes ${c.module}`;
  }
}
