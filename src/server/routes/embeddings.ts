/**
 * @module POST /v1/embeddings in the OpenAI format. The official client asks for base64 by default, so both
 * encodings are served (base64: little-endian float32, as OpenAI sends it).
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { estimateTokens, type SpanHandle, TandemError, type Usage } from '../../core/index.js';
import type { Project } from '../../pipeline/index.js';
import { startTrace, type TraceSink } from '../../tracing/index.js';
import { badRequest, bodyError, errorJson } from '../error-response.js';
import { apiKeyOf } from '../keys/key-guard.js';
import { accountAnswer } from '../metrics.js';
import { readJson } from '../read-json.js';
import { clientSignal } from '../request-body.js';
import { resolveModel } from '../resolve-model.js';
import { textsOfTokens } from '../token-input.js';

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

/** The handler, bound to a project and a trace sink. */
export function embeddings(project: Project, traces: TraceSink) {
  return async (c: Context) => {
    const b = await readJson(c, schema);
    if (!b.ok) {
      const e = bodyError(b);
      return c.json(e.body, e.status);
    }
    const { model, input, encoding_format, dimensions } = b.value;
    const texts = await textsOf(input);
    if (!texts.ok) return c.json(badRequest(texts.message, texts.param).body, 400);
    try {
      const target = await resolveModel(project, model);
      c.set('model', model);
      if (target.kind !== 'provider' || !target.provider.embed) {
        throw new TandemError('PROVIDER_UNSUPPORTED', `"${model}" does not make embeddings`, {
          hint: 'Use a route or provider of type openai (or a script provider with embed()).',
        });
      }
      const embed = target.provider.embed.bind(target.provider);
      const vectors = await tracedEmbed(
        c,
        { project, traces, name: target.name, texts: texts.texts },
        (span) =>
          embed(texts.texts, { signal: clientSignal(c), ...(dimensions ? { dimensions } : {}) }).then((v) => {
            span?.end({ usage: usageOf(texts.texts), costUsd: 0, attributes: { vectors: v.length } });
            return v;
          }),
      );
      const wrong = dimensions ? vectors.find((v) => v.length !== dimensions) : undefined;
      if (wrong)
        throw new TandemError(
          'PROVIDER_BAD_RESPONSE',
          `"${model}" returned vectors of ${wrong.length} dimensions, not the ${dimensions} asked for`,
          { hint: 'Leave dimensions out, or use a model that can shorten its vectors (text-embedding-3-*).' },
        );
      const tokens = usageOf(texts.texts).inputTokens;
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

/** The texts to embed: as sent, or decoded from token arrays. */
async function textsOf(input: z.infer<typeof schema>['input']) {
  if (typeof input === 'string') return { ok: true as const, texts: [input] };
  if (typeof input[0] === 'string') return { ok: true as const, texts: input as string[] };
  return textsOfTokens(input as number[] | number[][]);
}

/** The tokens of texts to embed (estimated: providers' embedding responses carry no per-input usage here). */
function usageOf(texts: string[]): Usage {
  const tokens = texts.reduce((n, t) => n + estimateTokens(t), 0);
  return { inputTokens: tokens, outputTokens: 0, totalTokens: tokens };
}

/**
 * An embedding call as a trace of its own (an `embeddings` model span under the request), counted in the
 * token metrics and charged to the caller's key like a chat call.
 */
async function tracedEmbed(
  c: Context,
  o: { project: Project; traces: TraceSink; name: string; texts: string[] },
  call: (span: SpanHandle) => Promise<Float32Array[]>,
): Promise<Float32Array[]> {
  const trace = startTrace({
    name: o.name,
    kind: 'request',
    input: { input: o.texts },
    captureContent: o.project.loaded.config.tracing.captureContent,
    ...apiKeyOf(c),
  });
  const span = trace.root.child(`model ${o.name}`, 'model', { provider: o.name, operation: 'embeddings' });
  try {
    const vectors = await call(span);
    await o.traces.write(trace.finish({ output: { vectors: vectors.length } }));
    await accountAnswer(c, { usage: usageOf(o.texts), costUsd: 0, provider: o.name, cached: false });
    return vectors;
  } catch (error) {
    span.end({ error });
    await o.traces.write(trace.finish({ error }));
    throw error;
  }
}
