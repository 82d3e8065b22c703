/**
 * @module Checks that need no model: text matching, JSON, expressions and scripts, reference scores,
 * budgets (latency, cost, tokens) and tool calls.
 */
import { resolve } from 'node:path';
import { importModule } from '../../core/index.js';
import { describeAjvErrors, validatorFor } from '../../prompts/index.js';
import { compilePattern } from './pattern.js';
import { bleu, levenshtein, rougeL } from './text-similarity.js';
import { type AssertionContext, type Check, CheckError, type CheckOutcome, type CheckSpec } from './types.js';

const verdict = (pass: boolean, reason: string, score = pass ? 1 : 0): CheckOutcome => ({
  pass,
  score,
  reason,
});
const quote = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 79)}…` : s);

function text(spec: CheckSpec, what = 'value'): string {
  if (typeof spec.value !== 'string' && typeof spec.value !== 'number')
    throw new CheckError(`${spec.type} needs a text ${what}`);
  return String(spec.value);
}

function list(spec: CheckSpec): string[] {
  if (!Array.isArray(spec.value) || !spec.value.length)
    throw new CheckError(`${spec.type} needs a list of values`);
  return spec.value.map(String);
}

function reference(spec: CheckSpec, ctx: AssertionContext): string {
  const ref = spec.value ?? ctx.expected;
  if (typeof ref !== 'string')
    throw new CheckError(`${spec.type} needs a value or the case's expected answer`);
  return ref;
}

function parseJson(output: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const body = output.trim().replace(/^```(?:json)?\s*\n?([\s\S]*?)\n?```$/i, '$1');
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

function containsCheck(ignoreCase: boolean, mode: 'one' | 'any' | 'all'): Check {
  return (spec, ctx) => {
    const norm = (s: string) => (ignoreCase ? s.toLowerCase() : s);
    const hay = norm(ctx.output);
    if (mode === 'one') {
      const needle = text(spec);
      const ok = hay.includes(norm(needle));
      return verdict(ok, ok ? `contains ${quote(needle)}` : `does not contain ${quote(needle)}`);
    }
    const needles = list(spec);
    const found = needles.filter((n) => hay.includes(norm(n)));
    if (mode === 'any')
      return verdict(
        found.length > 0,
        found.length ? `contains ${quote(found[0]!)}` : `contains none of ${needles.map(quote).join(', ')}`,
      );
    const missing = needles.filter((n) => !found.includes(n));
    return verdict(
      !missing.length,
      missing.length ? `missing ${missing.map(quote).join(', ')}` : `contains all ${needles.length}`,
      found.length / needles.length,
    );
  };
}

function regexOf(spec: CheckSpec): RegExp {
  const v = text(spec, 'pattern');
  try {
    return compilePattern(v);
  } catch (err) {
    throw new CheckError(`invalid regular expression ${quote(v)}: ${(err as Error).message}`);
  }
}

function budget(measure: (ctx: AssertionContext) => number, unit: string, label: string): Check {
  return (spec, ctx) => {
    const limit = spec.threshold ?? spec.max;
    if (limit === undefined) throw new CheckError(`${spec.type} needs threshold: (the most ${unit} allowed)`);
    const got = measure(ctx);
    return verdict(
      got <= limit,
      `${label} ${format(got)} ${unit} ${got <= limit ? '≤' : '>'} ${format(limit)}`,
      got <= limit ? 1 : Math.max(0, limit / got),
    );
  };
}

function range(measure: (ctx: AssertionContext) => number, unit: string): Check {
  return (spec, ctx) => {
    if (spec.min === undefined && spec.max === undefined)
      throw new CheckError(`${spec.type} needs min: and/or max:`);
    const n = measure(ctx);
    const ok = (spec.min === undefined || n >= spec.min) && (spec.max === undefined || n <= spec.max);
    const bounds = [
      spec.min !== undefined ? `≥ ${spec.min}` : '',
      spec.max !== undefined ? `≤ ${spec.max}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    return verdict(ok, `${n} ${unit}, expected ${bounds}`);
  };
}

function format(n: number): string {
  return Number.isInteger(n) ? String(n) : n < 0.01 ? n.toPrecision(2) : n.toFixed(2);
}

function subsetMatches(actual: unknown, expected: unknown): boolean {
  if (expected && typeof expected === 'object' && !Array.isArray(expected)) {
    if (!actual || typeof actual !== 'object') return false;
    return Object.entries(expected).every(([k, v]) =>
      subsetMatches((actual as Record<string, unknown>)[k], v),
    );
  }
  return JSON.stringify(actual) === JSON.stringify(expected);
}

/** The deterministic checks by type. */
export const deterministicChecks: Record<string, Check> = {
  equals: (spec, ctx) => {
    if (spec.value !== null && typeof spec.value === 'object') {
      const parsed = parseJson(ctx.output);
      const ok = parsed.ok && JSON.stringify(parsed.value) === JSON.stringify(spec.value);
      return verdict(ok, ok ? 'equals the expected JSON' : 'differs from the expected JSON');
    }
    const want = text(spec);
    const ok = ctx.output.trim() === want.trim();
    return verdict(
      ok,
      ok ? 'equals the expected text' : `expected ${quote(want)}, got ${quote(ctx.output.trim())}`,
    );
  },
  contains: containsCheck(false, 'one'),
  icontains: containsCheck(true, 'one'),
  'contains-any': containsCheck(false, 'any'),
  'icontains-any': containsCheck(true, 'any'),
  'contains-all': containsCheck(false, 'all'),
  'icontains-all': containsCheck(true, 'all'),
  'starts-with': (spec, ctx) => {
    const want = text(spec);
    const ok = ctx.output.trimStart().startsWith(want);
    return verdict(
      ok,
      ok
        ? `starts with ${quote(want)}`
        : `starts with ${quote(ctx.output.trimStart().slice(0, want.length + 10))}`,
    );
  },
  regex: (spec, ctx) => {
    const re = regexOf(spec);
    const m = ctx.output.match(re);
    return verdict(Boolean(m), m ? `matches ${re} at ${quote(m[0])}` : `does not match ${re}`);
  },
  'is-json': (_spec, ctx) => {
    const parsed = parseJson(ctx.output);
    return verdict(parsed.ok, parsed.ok ? 'valid JSON' : `not JSON: ${parsed.error}`);
  },
  'json-schema': (spec, ctx) => {
    if (!spec.value || typeof spec.value !== 'object')
      throw new CheckError('json-schema needs a JSON Schema as value');
    const parsed = parseJson(ctx.output);
    if (!parsed.ok) return verdict(false, `not JSON: ${parsed.error}`);
    let validate: ReturnType<typeof validatorFor>;
    try {
      validate = validatorFor(spec.value as Record<string, unknown>);
    } catch (err) {
      throw new CheckError(`invalid JSON Schema: ${(err as Error).message}`);
    }
    return validate(parsed.value)
      ? verdict(true, 'matches the schema')
      : verdict(false, describeAjvErrors(validate.errors, parsed.value).join('; '));
  },
  javascript: (spec, ctx) => {
    const expr = text(spec, 'expression');
    let fn: (...a: unknown[]) => unknown;
    try {
      // The expression sees the answer as `output` and the run as `result`; it is the user's own code.
      fn = new Function(
        'output',
        'vars',
        'expected',
        'result',
        `"use strict"; return (${expr});`,
      ) as typeof fn;
    } catch (err) {
      throw new CheckError(`expression does not compile: ${(err as Error).message}`);
    }
    let got: unknown;
    try {
      got = fn(ctx.output, ctx.vars, ctx.expected, ctx.result);
    } catch (err) {
      throw new CheckError(`expression threw: ${(err as Error).message}`);
    }
    return toOutcome(got, spec.threshold ?? 0.5, `\`${expr}\``);
  },
  script: async (spec, ctx) => {
    const file = resolve(ctx.root, text(spec, 'module path'));
    const mod = (await importModule(file)) as { default?: unknown };
    if (typeof mod.default !== 'function')
      throw new CheckError(`${file} must export default (ctx) => boolean | number | { pass, score, reason }`);
    let got: unknown;
    try {
      got = await (mod.default as (c: unknown) => unknown)({
        output: ctx.output,
        vars: ctx.vars,
        expected: ctx.expected,
        result: ctx.result,
      });
    } catch (err) {
      throw new CheckError(`script threw: ${(err as Error).message}`);
    }
    return toOutcome(got, spec.threshold ?? 0.5, file.split('/').pop()!);
  },
  levenshtein: (spec, ctx) => {
    const ref = reference(spec, ctx);
    const d = levenshtein(ctx.output.trim(), ref.trim());
    const limit = spec.threshold ?? 5;
    return verdict(
      d <= limit,
      `edit distance ${d} ${d <= limit ? '≤' : '>'} ${limit}`,
      1 - d / Math.max(1, ref.length, ctx.output.length),
    );
  },
  'rouge-l': (spec, ctx) => {
    const score = rougeL(ctx.output, reference(spec, ctx));
    const t = spec.threshold ?? 0.5;
    return verdict(score >= t, `ROUGE-L ${score.toFixed(3)} ${score >= t ? '≥' : '<'} ${t}`, score);
  },
  bleu: (spec, ctx) => {
    const score = bleu(ctx.output, reference(spec, ctx));
    const t = spec.threshold ?? 0.5;
    return verdict(score >= t, `BLEU ${score.toFixed(3)} ${score >= t ? '≥' : '<'} ${t}`, score);
  },
  'word-count': range((ctx) => (ctx.output.match(/\S+/g) ?? []).length, 'words'),
  length: range((ctx) => ctx.output.length, 'characters'),
  latency: budget((ctx) => ctx.result.latencyMs, 'ms', 'latency'),
  cost: budget((ctx) => ctx.result.costUsd, 'USD', 'cost'),
  tokens: budget((ctx) => ctx.result.usage.totalTokens, 'tokens', 'used'),
  // `pii` fired (did not pass); `pii:redacted` or `pii-redacted` fired with that action. not-guardrail: it did not.
  guardrail: (spec, ctx) => {
    const [name, action] = splitGuardrailRef(text(spec, 'guardrail name (name or name:action)'));
    const fired = ctx.result.guardrails.filter((d) => d.name === name && !d.passed);
    const matching = action ? fired.filter((d) => d.action === action) : fired;
    if (matching.length)
      return verdict(
        true,
        `${name} fired (${matching.map((d) => d.action).join(', ')}): ${matching[0]!.evidence.join('; ')}`,
      );
    const ran = ctx.result.guardrails.some((d) => d.name === name);
    return verdict(
      false,
      fired.length
        ? `${name} fired with ${fired.map((d) => d.action).join(', ')}, not ${action}`
        : ran
          ? `${name} passed`
          : `${name} did not run`,
    );
  },
  'tool-called': (spec, ctx) => {
    const name = text(spec, 'tool name');
    const calls = ctx.result.toolCalls.filter((c) => c.name === name);
    if (!calls.length) {
      const made = ctx.result.toolCalls.map((c) => c.name);
      return verdict(false, `${name} was not called${made.length ? ` (called: ${made.join(', ')})` : ''}`);
    }
    if (!spec.args) return verdict(true, `${name} was called ${calls.length}×`);
    const hit = calls.find((c) => subsetMatches(c.args, spec.args));
    return verdict(
      Boolean(hit),
      hit
        ? `${name} was called with ${JSON.stringify(spec.args)}`
        : `${name} was called with ${JSON.stringify(calls[0]!.args)}, not ${JSON.stringify(spec.args)}`,
    );
  },
};

const GUARDRAIL_ACTIONS = ['blocked', 'redacted', 'reasked', 'fallback', 'warned'];

// "pii:blocked", "pii-blocked" (the action as a suffix), or just "pii".
function splitGuardrailRef(ref: string): [string, string | undefined] {
  if (ref.includes(':')) return ref.split(':', 2) as [string, string];
  const suffix = GUARDRAIL_ACTIONS.find((a) => ref.endsWith(`-${a}`));
  return suffix ? [ref.slice(0, -suffix.length - 1), suffix] : [ref, undefined];
}

function toOutcome(got: unknown, threshold: number, what: string): CheckOutcome {
  if (typeof got === 'boolean') return verdict(got, `${what} returned ${got}`);
  if (typeof got === 'number' && Number.isFinite(got)) {
    return verdict(
      got >= threshold,
      `${what} scored ${format(got)} ${got >= threshold ? '≥' : '<'} ${threshold}`,
      Math.max(0, Math.min(1, got)),
    );
  }
  if (got && typeof got === 'object' && 'pass' in got) {
    const o = got as { pass: unknown; score?: unknown; reason?: unknown };
    const pass = Boolean(o.pass);
    return verdict(
      pass,
      typeof o.reason === 'string' ? o.reason : `${what} returned pass: ${pass}`,
      typeof o.score === 'number' ? o.score : pass ? 1 : 0,
    );
  }
  throw new CheckError(
    `${what} returned ${JSON.stringify(got)?.slice(0, 60)}; expected a boolean, a number or { pass, score, reason }`,
  );
}
