/**
 * @module Closing the loop from production to tests: a trace's input becomes a case appended to a suite file.
 * The file is edited as text (the new item goes after the last case, at its indentation) so its comments,
 * alignment and quoting stay exactly as written; the result is validated before it replaces the file.
 */
import { existsSync } from 'node:fs';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { isMap, isSeq, parseDocument, stringify, type YAMLSeq } from 'yaml';
import { stableStringify, TandemError } from '../core/index.js';
import type { TraceRecord } from '../store/index.js';
import { type LoadedSuite, loadSuite } from './load-suite.js';

export interface CaseFromTrace {
  name: string;
  tags: string[];
  vars: Record<string, unknown>;
  /** The conversation the traced question followed (its user and assistant turns). */
  history?: Array<{ role: 'user' | 'assistant'; content: string }>;
  expected?: string;
  assert: Array<Record<string, unknown>>;
}

/** The test case a trace stands for: its app inputs, and the corrected answer when one is given. */
export function caseFromTrace(trace: TraceRecord, expected?: string): CaseFromTrace {
  if (trace.kind !== 'app')
    throw new TandemError('USAGE', `trace ${trace.id} is a ${trace.kind} call, not an app run`, {
      hint: 'suites test apps: pick a trace of an app (GET /api/traces?app=<name>)',
    });
  const input = trace.input as { vars?: Record<string, unknown>; history?: unknown[] } | undefined;
  if (!input?.vars)
    throw new TandemError('USAGE', `trace ${trace.id} has no stored input`, {
      hint: 'it was recorded with tracing.captureContent: false; only traces with content can become cases',
    });
  const first = Object.values(input.vars).find((v) => typeof v === 'string') as string | undefined;
  const label = first ? (first.length > 60 ? `${first.slice(0, 57)}…` : first) : trace.name;
  return {
    name: `${label} (${trace.id})`,
    tags: ['from-trace'],
    vars: input.vars,
    ...(conversationOf(input.history).length ? { history: conversationOf(input.history) } : {}),
    ...(expected ? { expected } : {}),
    // ROUGE-L against the corrected answer runs offline; a suite with a judge can switch it to factuality.
    assert: expected ? [{ type: 'rouge-l' }] : [],
  };
}

// A traced conversation's user and assistant turns, as a case holds them (tool results are the app's own doing).
function conversationOf(history: unknown[] | undefined): NonNullable<CaseFromTrace['history']> {
  return (history ?? [])
    .filter(
      (m): m is { role: 'user' | 'assistant'; content: string } =>
        typeof m === 'object' &&
        m !== null &&
        ((m as { role?: unknown }).role === 'user' || (m as { role?: unknown }).role === 'assistant') &&
        typeof (m as { content?: unknown }).content === 'string',
    )
    .map((m) => ({ role: m.role, content: m.content }));
}

/** Where the case is in the suite, and whether it was added now (false: the suite already had it). */
export interface AddedCase {
  line: number;
  added: boolean;
}

/**
 * Appends `testCase` to the suite's `cases:` and returns the line it starts on. A case the suite already
 * has (same name, or same inputs and expected answer: the same trace added twice) is not appended again.
 */
export async function addCaseToSuite(
  root: string,
  file: string,
  testCase: CaseFromTrace,
  app?: string,
): Promise<AddedCase> {
  const abs = resolve(root, file);
  const rel = relative(root, abs);
  checkSuitePath(abs, rel, file);
  const text = await readFile(abs, 'utf8');
  const contents = parseDocument(text).contents;
  checkSameApp(isMap(contents) ? contents.get('app') : undefined, app, rel);
  // A suite with no cases yet does not load; it has nothing to repeat either.
  const current = await loadSuite(root, rel).catch(() => undefined);
  const existing = current && existingCase(current, testCase);
  if (existing) return { line: existing, added: false };
  const cases = isMap(contents) ? contents.get('cases', true) : undefined;
  const item = stringify([testCase], { lineWidth: 0 }).trimEnd();
  const { next, line } = withCase(text, cases, item, rel);
  await replaceChecked(root, abs, next);
  return { line, added: true };
}

function checkSuitePath(abs: string, rel: string, file: string): void {
  if (rel.startsWith('..') || !/\.ya?ml$/.test(abs))
    throw new TandemError('USAGE', `suite ${file} must be a .yaml file inside the project`);
  if (!existsSync(abs))
    throw new TandemError('SUITE_INVALID', `no suite file ${rel}`, {
      hint: 'create it first, or pick one in tests/',
    });
}

function checkSameApp(suiteApp: unknown, app: string | undefined, rel: string): void {
  if (app && typeof suiteApp === 'string' && suiteApp !== app)
    throw new TandemError('USAGE', `${rel} tests app "${suiteApp}", but the trace is of app "${app}"`, {
      hint: 'pick a suite of the same app',
    });
}

interface Edited {
  next: string;
  /** The line the new case starts on. */
  line: number;
}

// The suite's text with `item` appended to its cases.
function withCase(text: string, cases: unknown, item: string, rel: string): Edited {
  if (isSeq(cases) && !cases.flow && cases.items.length > 0) return appendToList(text, cases, item);
  if (cases === undefined || (isSeq(cases) && cases.items.length === 0)) return appendNewList(text, item);
  throw new TandemError('SUITE_INVALID', `${rel}: cases is not a block list, so a case cannot be appended`, {
    hint: 'write cases as a "- name: …" list',
  });
}

type Ranged = { range?: [number, number, number] };

// After the last item's value, at the end of its line (a trailing comment on that line stays put), at the
// indentation of the first item.
function appendToList(text: string, cases: YAMLSeq, item: string): Edited {
  const firstStart = (cases.items[0] as Ranged).range![0];
  const lineStart = text.lastIndexOf('\n', firstStart) + 1;
  const indent = text.slice(lineStart, firstStart).indexOf('-');
  let at = (cases.items.at(-1) as Ranged).range![1];
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  const eol = text.indexOf('\n', at);
  at = eol === -1 ? text.length : eol;
  const block = item
    .split('\n')
    .map((l) => ' '.repeat(Math.max(0, indent)) + l)
    .join('\n');
  const next = `${text.slice(0, at)}\n${block}${text.slice(at)}`;
  return { next: eol === -1 ? `${next}\n` : next, line: text.slice(0, at).split('\n').length + 1 };
}

// No cases yet (or `cases: []`): the list is written fresh at the end of the file.
function appendNewList(text: string, item: string): Edited {
  const stripped = text.replace(/^cases:\s*\[\s*\]\s*$/m, '').trimEnd();
  return { next: `${stripped}\ncases:\n${item}\n`, line: stripped.split('\n').length + 2 };
}

// Written beside the suite, checked to load, then renamed over it: a failure leaves the suite untouched.
async function replaceChecked(root: string, abs: string, next: string): Promise<void> {
  const tmp = `${abs}.${process.pid}.tmp.yaml`;
  await writeFile(tmp, next);
  try {
    await loadSuite(root, tmp);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  await rename(tmp, abs);
}

// The line of a case that `testCase` would repeat, if the suite has one.
function existingCase(suite: LoadedSuite, testCase: CaseFromTrace): number | undefined {
  const inputs = (vars: Record<string, unknown>, expected?: string, history?: unknown[]) =>
    stableStringify({ vars: { ...suite.spec.defaults.vars, ...vars }, expected, history: history ?? [] });
  const wanted = inputs(testCase.vars, testCase.expected, testCase.history);
  const same = suite.cases.find(
    (c) =>
      c.location.file === suite.file &&
      (c.name === testCase.name || inputs(c.vars, c.expected, c.history) === wanted),
  );
  return same ? (same.location.line ?? 1) : undefined;
}
