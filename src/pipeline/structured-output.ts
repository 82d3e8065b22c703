/**
 * @module Parses and validates a model's JSON answer against the prompt's output schema.
 */
import type { JsonSchema } from '../core/index.js';
import { describeAjvErrors, validatorFor } from '../prompts/index.js';

export type StructuredResult = { ok: true; value: unknown } | { ok: false; problems: string[] };

/** Parses `text` as JSON (tolerating a ```json fence) and checks it against `schema` when there is one. */
export function parseStructured(text: string, schema?: JsonSchema): StructuredResult {
  const body = text
    .trim()
    .replace(/^```(?:json)?\s*\n?([\s\S]*?)\n?```$/i, '$1')
    .trim();
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    return { ok: false, problems: [`not valid JSON (${(err as Error).message})`] };
  }
  if (!schema) return { ok: true, value };
  const validate = validatorFor(schema);
  return validate(value)
    ? { ok: true, value }
    : { ok: false, problems: describeAjvErrors(validate.errors, value) };
}

/** The follow-up message that asks the model to fix its answer. */
export function reaskMessage(problems: string[], schema?: JsonSchema): string {
  return (
    `Your previous reply could not be used: ${problems.join('; ')}.\n` +
    `Reply again with only a JSON value${schema ? ` that matches this JSON Schema:\n${JSON.stringify(schema)}` : ''}.`
  );
}
