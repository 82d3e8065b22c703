/**
 * @module Turns zod issues into TandemErrors that say where, what was expected, what was found, and how to fix it.
 */
import { type core, z } from 'zod';
import { type ErrorCode, type SourceLocation, TandemError } from '../errors.js';
import { closest } from '../text/closest.js';
import { configSchema, PROVIDER_TYPES } from './schema.js';
import type { FieldPath } from './yaml-source.js';

type Issue = core.$ZodIssue;

/** One TandemError for a list of issues: the first is the headline, the rest are `related`. */
export function issuesToError(
  issues: readonly Issue[],
  locate: (path: FieldPath) => SourceLocation,
  code: ErrorCode = 'CONFIG_INVALID',
  schema: z.ZodType = configSchema,
): TandemError {
  const errors = issues.slice(0, 20).map((issue) => issueToError(issue, locate, code, schema));
  const [first, ...rest] = errors;
  if (!first) return new TandemError(code, 'invalid configuration');
  return new TandemError(code, first.message, { where: first.where, hint: first.hint, related: rest });
}

function issueToError(
  issue: Issue,
  locate: (path: FieldPath) => SourceLocation,
  code: ErrorCode,
  schema: z.ZodType,
): TandemError {
  const path = issue.path as (string | number)[];
  const { message, hint, at = path } = describe(issue, schema);
  return new TandemError(code, message, { where: locate(at), hint: hint ?? hintForPath(path) });
}

type Described = { message: string; hint?: string; at?: (string | number)[] };
type Describer<I> = (issue: I, path: (string | number)[], schema: z.ZodType) => Described;

function describe(issue: Issue, schema: z.ZodType): Described {
  const path = issue.path as (string | number)[];
  const describer = DESCRIBERS[issue.code] as Describer<Issue> | undefined;
  return describer ? describer(issue, path, schema) : { message: issue.message };
}

// One describer per kind of issue: what was expected, what was found, and a hint where one helps.
const DESCRIBERS: { [C in Issue['code']]?: Describer<Extract<Issue, { code: C }>> } = {
  invalid_type: (issue, path) => {
    const expected = typeName(issue.expected);
    return issue.input === undefined
      ? { message: `missing required field "${path[path.length - 1]}" (expected ${expected})` }
      : { message: `expected ${expected}, got ${show(issue.input)}` };
  },
  unrecognized_keys: (issue, path, schema) => {
    const key = issue.keys[0]!;
    const known = knownKeys(schema, path);
    const more = issue.keys.length > 1 ? ` (and ${issue.keys.slice(1).join(', ')})` : '';
    return {
      message: `unknown field "${key}"${more}`,
      hint: choiceHint(key, known, 'fields here include'),
      at: [...path, key],
    };
  },
  invalid_union: (issue, path, schema) => {
    if (issue.discriminator === 'type') return unknownProviderType(issue.input, path);
    // Show the branch that got furthest, which is what the user most likely meant.
    const deepest = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0]?.[0];
    return deepest ? describe(deepest, schema) : { message: 'value does not match any allowed form' };
  },
  invalid_key: (issue) => ({
    message: `invalid name ${show(issue.input)}: ${issue.issues[0]?.message ?? 'not allowed'}`,
  }),
  invalid_value: (issue) => ({
    message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${show(issue.input)}`,
  }),
  invalid_format: (issue) => ({
    // A pattern whose schema says what it expects ("expected an npm package name…") is named by that.
    message: issue.message.startsWith('expected ')
      ? `${issue.message}, got ${show(issue.input)}`
      : `expected ${issue.format === 'url' ? 'a URL' : `a ${issue.format}`}, got ${show(issue.input)}`,
  }),
  too_small: (issue) => ({ message: tooSmall(issue.origin, Number(issue.minimum), issue.input) }),
  too_big: (issue) => ({ message: `must be at most ${issue.maximum}, got ${show(issue.input)}` }),
  custom: (issue) => {
    const params = issue.params as { choices?: string[]; hint?: string } | undefined;
    if (params?.hint) return { message: issue.message, hint: params.hint };
    const choices = params?.choices;
    if (!choices) return { message: issue.message };
    const ref = issue.message.match(/"([^"]+)"/)?.[1];
    const hint = choices.length
      ? choiceHint(ref, choices, 'defined')
      : `declare it under ${sectionOf(issue.message)}`;
    return { message: issue.message, hint };
  },
};

// The section of tandem.yaml where an unknown name is declared, told by what the message says it is.
function sectionOf(message: string): string {
  if (/\bknowledge base\b/.test(message)) return 'knowledge:';
  if (/\bguardrail\b/.test(message)) return 'guardrails:';
  return 'providers: or routes:';
}

function unknownProviderType(input: unknown, path: (string | number)[]): Described {
  const got = input && typeof input === 'object' ? (input as { type?: unknown }).type : undefined;
  const guess = typeof got === 'string' ? closest(got, [...PROVIDER_TYPES]) : undefined;
  return {
    message: got === undefined ? 'provider needs a "type"' : `unknown provider type ${show(got)}`,
    hint: `type must be one of ${PROVIDER_TYPES.join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}`,
    at: path[path.length - 1] === 'type' ? path : [...path, 'type'],
  };
}

function tooSmall(origin: string, minimum: number, input: unknown): string {
  if (origin === 'array') return `needs at least ${minimum} item${minimum === 1 ? '' : 's'}`;
  if (origin === 'string') return 'must not be empty';
  return `must be at least ${minimum}, got ${show(input)}`;
}

// "did you mean" for a near name, else the list of what is allowed.
function choiceHint(name: string | undefined, known: string[], listed: string): string | undefined {
  const guess = name && known.length ? closest(name, known) : undefined;
  if (guess) return `did you mean "${guess}"?`;
  return known.length ? `${listed}: ${known.join(', ')}` : undefined;
}

const pathHints: Array<[RegExp, string]> = [
  [/\.baseUrl$/, 'include the scheme, e.g. http://localhost:8000/v1'],
  [/\.apiKey$/, 'write ${OPENAI_API_KEY} (or another variable) and set it in the environment'],
  [
    /^providers\.[^.]+$/,
    'a provider looks like:  openai: { type: openai, model: gpt-4o-mini, apiKey: ${OPENAI_API_KEY} }',
  ],
  [/\.targets/, 'targets list provider or route names, or { provider, model, weight }'],
  [/^apps\.[^.]+\.prompt$/, 'name a file in prompts/ without the .prompt extension, e.g. prompt: answer'],
  [
    /\.retrieval\.expansion(\.method)?$/,
    'expansion is false, rm3, or { method: rm3, fbDocs: 10, fbTerms: 10, originalWeight: 0.5 }',
  ],
];

function hintForPath(path: FieldPath): string | undefined {
  const dotted = path.join('.');
  return pathHints.find(([re]) => re.test(dotted))?.[1];
}

// The fields allowed at a path, found by walking the config schema (for "did you mean" hints).
function knownKeys(schema: z.ZodType, path: FieldPath): string[] {
  const shape = objectShapeAt(schema, path);
  return shape ? Object.keys(shape).filter((k) => k !== '$schema') : [];
}

function objectShapeAt(schema: z.ZodType, path: FieldPath): Record<string, z.ZodType> | undefined {
  let node: z.ZodType | undefined = unwrap(schema);
  for (const seg of path) {
    if (!node) return undefined;
    if (node instanceof z.ZodObject) node = unwrap(node.shape[seg as string] as z.ZodType | undefined);
    else if (node instanceof z.ZodRecord) node = unwrap(node.valueType as z.ZodType);
    else if (node instanceof z.ZodArray) node = unwrap(node.element as z.ZodType);
    else return undefined;
  }
  if (node instanceof z.ZodUnion) {
    // A provider's fields depend on its type; merging the options is good enough for "did you mean".
    const merged: Record<string, z.ZodType> = {};
    for (const option of node.options) {
      const o = unwrap(option as z.ZodType);
      if (o instanceof z.ZodObject) Object.assign(merged, o.shape);
    }
    return merged;
  }
  return node instanceof z.ZodObject ? (node.shape as Record<string, z.ZodType>) : undefined;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  for (let i = 0; i < 10 && s; i++) {
    if (s instanceof z.ZodDefault || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else break;
  }
  return s;
}

function typeName(expected: string): string {
  if (expected === 'record' || expected === 'object' || expected === 'map') return 'a mapping';
  if (expected === 'array') return 'a list';
  return article(expected);
}

function depth(issues: readonly Issue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** A short human rendering of a value, for "got …". */
export function show(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
