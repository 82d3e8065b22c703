/**
 * @module POST /v1/embeddings in the OpenAI format. The official client asks for base64 by default, so both
 * encodings are served (base64: little-endian float32, as OpenAI sends it).
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { estimateTokens, TandemError } from '../../core/index.js';
import type { Project } from '../../pipeline/index.js';
import { badRequest, bodyError, errorJson } from '../error-response.js';
import { readJson } from '../read-json.js';
import { clientSignal } from '../request-body.js';
import { resolveModel } from '../resolve-model.js';

const tokenArrays = z.union([
  z.array(z.number().int()).min(1),
  z.array(z.array(z.number().int()).min(1)).min(1),
]);

const schema = z.object({
  model: z.string().min(1),
  input: z.union([z.string(), z.array(z.string()).min(1), tokenArrays]),
  encoding_format: z.enum(['float', 'base64']).optional(),
  dimensions: z.int().min(1).optional(),
  user: z.string().optional(),
});

/** The handler, bound to a project. */
export function embeddings(project: Project) {
  return async (c: Context) => {
    const b = await readJson(c, schema);
    if (!b.ok) {
      const e = bodyError(b);
      return c.json(e.body, e.status);
    }
    const { model, input, encoding_format, dimensions } = b.value;
    if (Array.isArray(input) && typeof input[0] !== 'string')
      return c.json(
        badRequest(
          'token arrays are not supported: tandem passes text to every provider; send the text itself',
          'input',
        ).body,
        400,
      );
    const texts = (Array.isArray(input) ? input : [input]) as string[];
    try {
      const target = await resolveModel(project, model);
      c.set('model', model);
      if (target.kind !== 'provider' || !target.provider.embed) {
        throw new TandemError('PROVIDER_UNSUPPORTED', `"${model}" does not make embeddings`, {
          hint: 'Use a route or provider of type openai (or a script provider with embed()).',
        });
      }
      const vectors = await target.provider.embed(texts, {
        signal: clientSignal(c),
        ...(dimensions ? { dimensions } : {}),
      });
      const wrong = dimensions ? vectors.find((v) => v.length !== dimensions) : undefined;
      if (wrong)
        throw new TandemError(
          'PROVIDER_BAD_RESPONSE',
          `"${model}" returned vectors of ${wrong.length} dimensions, not the ${dimensions} asked for`,
          { hint: 'Leave dimensions out, or use a model that can shorten its vectors (text-embedding-3-*).' },
        );
      const tokens = texts.reduce((n, t) => n + estimateTokens(t), 0);
      return c.json({
        object: 'list',
        model,
        data: vectors.map((v, index) => ({
          object: 'embedding',
          index,
          embedding:
            encoding_format === 'base64'
              ? Buffer.from(new Float32Array(v).buffer).toString('base64')
              : Array.from(v),
        })),
        usage: { prompt_tokens: tokens, total_tokens: tokens },
      });
    } catch (err) {
      return errorJson(c, err, 'model');
    }
  };
}
