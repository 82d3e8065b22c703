/**
 * @module What a stored span may keep. Secrets a user pasted are always replaced by `[secret]`, in every
 * attribute and error. Without content capture (`tracing.captureContent: false`) a span keeps only the
 * attributes that describe the run (names, versions, ids, counts, scores, timings); anything else, such as
 * a retrieval query, a tool's arguments and result or a guardrail's evidence, is dropped. The list is of what
 * may stay, so an attribute added later stays out of such traces until someone decides it is not content.
 */
import { type Attributes, redactSecrets, redactSecretsDeep } from '../core/index.js';
import type { SpanRecord } from '../store/index.js';

const RUN_ATTRIBUTES = new Set([
  // app and render
  'prompt',
  'promptVersion',
  'version',
  'streaming',
  'messages',
  // retrieve: which base, how, and which chunks came back (ids, sources, scores)
  'knowledge',
  'mode',
  'k',
  'hits',
  'rerankError',
  // route and model
  'route',
  'stream',
  'provider',
  'model',
  'attempts',
  'cached',
  'cacheHit',
  'finishReason',
  'latencyMs',
  'toolCalls',
  'costUnknown',
  // tool and guardrail
  'tool',
  'feedback',
  'guardrail',
  'check',
  'stage',
  'passed',
  'score',
  'action',
]);
// Per-attempt keys: `retry.2.waitMs`, `fallback.<target>` (the target's error).
const RUN_ATTRIBUTE_PREFIXES = ['retry.', 'fallback.'];

const isRunAttribute = (key: string) =>
  RUN_ATTRIBUTES.has(key) || RUN_ATTRIBUTE_PREFIXES.some((p) => key.startsWith(p));

/** The span as it may be stored: secrets redacted, and content dropped unless `captureContent`. */
export function scrubSpan(span: SpanRecord, captureContent: boolean): SpanRecord {
  const kept: Attributes = captureContent
    ? span.attributes
    : Object.fromEntries(Object.entries(span.attributes).filter(([key]) => isRunAttribute(key)));
  return {
    ...span,
    attributes: redactSecretsDeep(kept),
    ...(span.error !== undefined ? { error: redactSecrets(span.error) } : {}),
  };
}
