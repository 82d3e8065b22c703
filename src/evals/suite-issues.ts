/**
 * @module Suite validation errors. Issues inside an assertion are told in the assertion's own terms (an
 * unknown type or field with a did-you-mean, a wrong value with an example of the type's right form); every
 * other issue is told the way tandem.yaml's are.
 */
import type { core, z } from 'zod';
import {
  closest,
  type FieldPath,
  issuesToError,
  type SourceLocation,
  show,
  TandemError,
} from '../core/index.js';
import { ASSERTION_TYPES, assertionShape } from './assertion-schema.js';

type Issue = core.$ZodIssue;
type Locate = (path: FieldPath) => SourceLocation;

/** One SUITE_INVALID error for a suite's issues: the first is the headline, the rest are `related`. */
export function suiteIssuesToError(
  issues: readonly Issue[],
  input: unknown,
  locate: Locate,
  schema: z.ZodType,
): TandemError {
  const errors = issues.slice(0, 20).map((issue) => issueToError(issue, input, locate, schema));
  const [first, ...rest] = errors;
  if (!first) return new TandemError('SUITE_INVALID', 'invalid suite');
  return new TandemError('SUITE_INVALID', first.message, {
    where: first.where,
    hint: first.hint,
    related: rest,
  });
}

function issueToError(issue: Issue, input: unknown, locate: Locate, schema: z.ZodType): TandemError {
  const at = assertionPath(issue.path as FieldPath);
  if (!at) return issuesToError([issue], locate, 'SUITE_INVALID', schema);
  const raw = valueAt(input, at);
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator === 'type')
    return unknownType(raw, at, locate);
  if (issue.code === 'unrecognized_keys' && issue.path.length === at.length)
    return unknownField(issue.keys, raw, at, locate);
  const field = issue.path[at.length];
  if (typeof field === 'string' && valueAt(raw, [field]) === undefined)
    return missingField(field, raw, [...at, field], locate);
  return withUsage(issuesToError([issue], locate, 'SUITE_INVALID', schema), raw);
}

// The path of the assertion an issue is in (…, 'assert', 3), if it is in one.
function assertionPath(path: FieldPath): FieldPath | undefined {
  const i = path.findIndex((seg, n) => seg === 'assert' && typeof path[n + 1] === 'number');
  return i === -1 ? undefined : path.slice(0, i + 2);
}

function valueAt(input: unknown, path: FieldPath): unknown {
  let node = input;
  for (const seg of path)
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
  return node;
}

const typeOf = (raw: unknown): unknown =>
  raw && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;

function unknownType(raw: unknown, at: FieldPath, locate: Locate): TandemError {
  const type = typeOf(raw);
  if (type === undefined)
    return new TandemError('SUITE_INVALID', 'an assertion needs a type', {
      where: locate(at),
      hint: 'e.g. { type: icontains, value: refund }',
    });
  if (typeof type !== 'string')
    return new TandemError('SUITE_INVALID', `expected an assertion type, got ${show(type)}`, {
      where: locate([...at, 'type']),
      hint: `types: ${ASSERTION_TYPES.join(', ')}`,
    });
  const negated = type.startsWith('not-');
  const guess = closest(type.replace(/^not-/, ''), ASSERTION_TYPES);
  return new TandemError('SUITE_INVALID', `unknown assertion type "${type}"`, {
    where: locate([...at, 'type']),
    hint: guess ? `did you mean "${negated ? 'not-' : ''}${guess}"?` : `types: ${ASSERTION_TYPES.join(', ')}`,
  });
}

function unknownField(keys: string[], raw: unknown, at: FieldPath, locate: Locate): TandemError {
  const key = keys[0]!;
  const type = String(typeOf(raw));
  const shape = assertionShape(type);
  const fields = shape ? Object.keys(shape.shape).filter((f) => f !== 'type') : [];
  const guess = closest(key, fields);
  const more = keys.length > 1 ? ` (and ${keys.slice(1).join(', ')})` : '';
  return new TandemError('SUITE_INVALID', `unknown field "${key}"${more} on a ${type} assertion`, {
    where: locate([...at, key]),
    hint: guess
      ? `did you mean "${guess}"?`
      : `${type} takes ${fields.join(', ')}, e.g. ${shape?.description ?? `{ type: ${type} }`}`,
  });
}

function missingField(field: string, raw: unknown, at: FieldPath, locate: Locate): TandemError {
  const type = String(typeOf(raw));
  return new TandemError('SUITE_INVALID', `${type} needs ${field}:`, {
    where: locate(at),
    hint: `${type} is written like ${assertionShape(type)?.description ?? `{ type: ${type}, ${field}: … }`}`,
  });
}

// A wrong value keeps its own message; the hint shows the type's right form unless the issue brought one.
function withUsage(error: TandemError, raw: unknown): TandemError {
  const type = typeOf(raw);
  const usage = typeof type === 'string' ? assertionShape(type)?.description : undefined;
  if (error.hint) return error;
  return new TandemError('SUITE_INVALID', error.message, {
    where: error.where,
    hint: usage
      ? `${type} is written like ${usage}`
      : 'an assertion is written like { type: icontains, value: refund }',
  });
}
