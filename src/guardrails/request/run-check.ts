/**
 * @module Runs one guardrail's check on one piece of text: the verdict, and for PII the text with values
 * replaced by placeholders (numbered in the request's map, so a value keeps its placeholder everywhere).
 */
import { type JsonSchema, phoneRegionsOf } from '../../core/index.js';
import { type CheckVerdict, contentCheck } from '../checks/content-checks.js';
import { injectionVerdict } from '../checks/injection/verdict.js';
import { modelCheck, scriptCheck } from '../checks/model-and-script.js';
import { findPii, redact } from '../checks/pii/index.js';
import type { GuardrailDecision } from '../guard-types.js';
import type { GuardDeps, NamedGuardrail } from './guard-context.js';

export interface CheckOptions {
  /** Where placeholders for found PII are recorded. */
  redactions: Map<string, string>;
  schema?: JsonSchema;
  citable?: number;
  signal?: AbortSignal;
}

/** What a check found, with its place in the text when the check knows it (PII kinds, injection signals). */
export interface CheckFinding {
  kind: string;
  start?: number;
  end?: number;
}

export type RedactableVerdict = CheckVerdict & { redacted?: string; findings?: CheckFinding[] };

/** The verdict of guardrail `g` on `text`. */
export async function runCheck(
  g: NamedGuardrail,
  text: string,
  stage: GuardrailDecision['stage'],
  deps: GuardDeps,
  opts: CheckOptions,
): Promise<RedactableVerdict> {
  const c = g.config;
  switch (c.check) {
    case 'pii': {
      const found = findPii(text, c.kinds, phoneRegionsOf(c));
      if (!found.length) return { passed: true, evidence: [], findings: [] };
      // Where, never the value itself: evidence reaches the trace.
      const evidence = found.map((f) => `${f.kind} at ${f.start}`);
      const findings = found.map(({ kind, start, end }) => ({ kind, start, end }));
      return { passed: false, evidence, findings, redacted: redact(text, found, opts.redactions).text };
    }
    case 'injection':
      return injectionVerdict(
        c,
        text,
        stage === 'retrieved' ? 'retrieved' : 'input',
        async () => deps.provider(c.route!),
        opts.signal,
      );
    case 'llm':
      return modelCheck(c, text, await deps.provider(c.route!), opts.signal);
    case 'script':
      return scriptCheck(c, text, deps.root, stage);
    default:
      return contentCheck(c, text, { schema: opts.schema, citable: opts.citable ?? 0 });
  }
}
