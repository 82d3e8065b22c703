/**
 * @module The numbers of a model request (token limits, sampling settings) as the wire formats accept them:
 * a value out of range is refused at the edge with what is allowed and what was sent, instead of going
 * upstream to fail there (or, worse, to be taken).
 */
import { z } from 'zod';

const got = (input: unknown) => `got ${JSON.stringify(input)}`;

/** A token limit: a whole number of at least 1. */
export const tokenLimit = z
  .number({ error: (iss) => `must be a whole number of at least 1, ${got(iss.input)}` })
  .int({ error: (iss) => `must be a whole number of at least 1, ${got(iss.input)}` })
  .min(1, { error: (iss) => `must be a whole number of at least 1, ${got(iss.input)}` });

/** A number from `min` to `max`, inclusive. */
export const between = (min: number, max: number) =>
  z
    .number({ error: (iss) => `must be a number from ${min} to ${max}, ${got(iss.input)}` })
    .min(min, { error: (iss) => `must be a number from ${min} to ${max}, ${got(iss.input)}` })
    .max(max, { error: (iss) => `must be a number from ${min} to ${max}, ${got(iss.input)}` });
