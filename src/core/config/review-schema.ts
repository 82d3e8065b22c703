/**
 * @module The review settings of tandem.yaml: the roles that must sign off an app version (`approvals:`) and
 * the labels that move only through a gate (`labels:`).
 */
import { z } from 'zod';

// A sign-off role (legal, brand, product…): lower-case, as reviewers pick it from a list.
const reviewRole = z
  .string()
  .regex(
    /^[a-z][a-z0-9_-]*$/,
    'use lower-case letters, digits, "-" or "_", starting with a letter (e.g. legal)',
  );

/** `approvals:` — the sign-offs an app version needs. */
export const approvalsSchema = z
  .object({
    required: z
      .array(reviewRole)
      .min(1)
      .optional()
      .describe(
        'Roles that must each approve an app version, e.g. [legal, brand]; without it one approval by anyone is enough',
      ),
  })
  .strict();

const labelGate = z
  .object({
    eval: z
      .boolean()
      .default(true)
      .describe(
        'The version must have passed an eval: every threshold of the latest finished run that tested it',
      ),
    approvals: z
      .boolean()
      .default(true)
      .describe('Every app running the prompt must be approved with it (all roles in approvals.required)'),
  })
  .strict();

/** `labels:` — gated labels by name, e.g. `production: {}`. */
export const labelsSchema = z.record(
  z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, 'a label name such as production'),
  labelGate,
);
