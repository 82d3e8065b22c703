/**
 * @module Input and output schemas: Picoschema or JSON Schema in the front-matter, compiled once with ajv.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { picoschema } from 'dotprompt';
import { closest, type JsonSchema, TandemError } from '../core/index.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const compiled = new WeakMap<object, ValidateFunction>();

/** The JSON Schema of a Picoschema or JSON Schema value (undefined when there is none). */
export async function toJsonSchema(
  schema: unknown,
  origin: string,
  field: string,
): Promise<JsonSchema | undefined> {
  if (schema === undefined || schema === null) return undefined;
  try {
    return (await picoschema(schema)) as JsonSchema;
  } catch (err) {
    throw new TandemError('PROMPT_INVALID', `${field}: ${(err as Error).message}`, {
      where: { file: origin, path: field },
      hint: 'Picoschema: `name: string, description` or `name?: integer`; or write a JSON Schema with type: object.',
    });
  }
}

/** Compiles (once per schema object) an ajv validator. */
export function validatorFor(schema: JsonSchema): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    v = ajv.compile(schema);
    compiled.set(schema, v);
  }
  return v;
}

/** Readable lines for ajv errors: `question: is required`, `age: must be integer, got "x"`. */
export function describeAjvErrors(errors: ErrorObject[] | null | undefined, data: unknown): string[] {
  return (errors ?? []).map((e) => {
    const path = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
    if (e.keyword === 'required') {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      return `${path ? `${path}.` : ''}${missing}: is required`;
    }
    if (e.keyword === 'additionalProperties') return unexpectedField(e, path);
    let message = e.message;
    if (e.keyword === 'type') {
      // Picoschema marks optional fields as [type, "null"]; "null" is not what the user should send.
      const types = String((e.params as { type: string | string[] }).type)
        .split(',')
        .filter((t) => t !== 'null');
      message = `must be ${types.join(' or ')}`;
    }
    const value = path
      ? path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], data)
      : data;
    return `${path || '(value)'}: ${message}${value !== undefined ? `, got ${JSON.stringify(value)?.slice(0, 60)}` : ''}`;
  });
}

// A field the schema does not have, with the one it was likely meant to be ("questoin": question).
function unexpectedField(e: ErrorObject, path: string): string {
  const field = (e.params as { additionalProperty: string }).additionalProperty;
  // The schema is on the error only from a validator compiled verbose (a prompt's inputs); a name of any length
  // is not compared letter by letter.
  const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
  const guess =
    field.length >= MIN_GUESSED && field.length <= MAX_GUESSED ? closest(field, known) : undefined;
  return `${path ? `${path}.` : ''}${field}: is not expected${guess ? ` (did you mean ${guess}?)` : ''}`;
}

const MIN_GUESSED = 3;
const MAX_GUESSED = 64;
