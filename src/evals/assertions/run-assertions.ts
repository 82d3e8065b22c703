/**
 * @module Runs a case's assertions: dispatches by type, applies `not-`, and turns a check that could not be
 * measured into an `error` result (shown and counted on its own, never averaged into a fail).
 */
import { deterministicChecks } from './deterministic.js';
import { groundedCheck } from './grounded.js';
import { judgeChecks } from './judge.js';
import { ragChecks } from './rag-checks.js';
import { refusalCheck } from './refusal.js';
import { similarCheck } from './similar.js';
import {
  type AssertionContext,
  type AssertionResult,
  type Check,
  CheckError,
  type CheckSpec,
} from './types.js';

const CHECKS: Record<string, Check> = {
  ...deterministicChecks,
  ...judgeChecks,
  ...ragChecks,
  similar: similarCheck,
  refusal: refusalCheck,
  grounded: groundedCheck,
};

/** Evaluates every assertion of a case against one answer. */
export async function runAssertions(specs: CheckSpec[], ctx: AssertionContext): Promise<AssertionResult[]> {
  return Promise.all(specs.map((spec) => runOne(spec, ctx)));
}

async function runOne(spec: CheckSpec, ctx: AssertionContext): Promise<AssertionResult> {
  const negated = spec.type.startsWith('not-');
  const type = negated ? spec.type.slice(4) : spec.type;
  const metric = spec.metric ?? spec.type;
  // One literal shape for every record (no spreads), so they share a hidden class.
  const record = (status: AssertionResult['status'], score: number, reason: string): AssertionResult => ({
    type: spec.type,
    metric,
    weight: spec.weight,
    status,
    score: +score,
    reason,
  });
  const check = CHECKS[type];
  if (!check) return record('error', 0, `unknown assertion type "${type}"`);
  try {
    // Object.assign, not a spread: a spread copy given more properties costs a hidden class per check on Node 20.
    const o = await check(Object.assign({}, spec, { type }), ctx);
    const pass = negated ? !o.pass : o.pass;
    return record(
      pass ? 'pass' : 'fail',
      clamp(negated ? 1 - o.score : o.score),
      negated ? `not: ${o.reason}` : o.reason,
    );
  } catch (err) {
    // Anything a check throws means it could not measure: a bug in a script, a judge that failed, a bad pattern.
    const message =
      err instanceof CheckError ? err.message : `check failed: ${(err as Error)?.message ?? String(err)}`;
    return record('error', 0, message);
  }
}

function clamp(x: number): number {
  return Number.isFinite(x) ? Math.max(0, Math.min(1, x)) : 0;
}
