/**
 * @module Any failure of an AI SDK model call as a TandemError, mapped as the OpenAI and Anthropic providers map
 * theirs: an upstream HTTP status (APICallError.statusCode, or a stream's error event) through errorFromStatus,
 * so 408/409/429/5xx are retryable and routes retry or fall back; a refused connection, a malformed body or a
 * stream cut short as a retryable bad response; a missing key as PROVIDER_AUTH. Errors are told apart by
 * name, not class: the package may carry its own copy of `@ai-sdk/provider`.
 */
import { isTandemError, TandemError } from '../../core/index.js';
import { abortError, badResponse, errorFromStatus, parseRetryAfter } from '../provider-errors.js';

interface SdkErrorFields {
  name?: string;
  message?: string;
  statusCode?: number;
  responseHeaders?: Record<string, string>;
}

// The specification's errors that say the upstream's answer could not be used.
const BAD_RESPONSE = new Set([
  'AI_JSONParseError',
  'AI_TypeValidationError',
  'AI_EmptyResponseBodyError',
  'AI_InvalidResponseDataError',
  'AI_NoContentGeneratedError',
]);

// The ones that say the request asked for something the package or model cannot do.
const UNSUPPORTED = new Set([
  'AI_UnsupportedFunctionalityError',
  'AI_InvalidArgumentError',
  'AI_InvalidPromptError',
  'AI_TooManyEmbeddingValuesForCallError',
  'AI_NoSuchModelError',
]);

/** The TandemError for `err`, thrown by provider `id`'s model call or read from its stream. */
export function aiSdkError(err: unknown, id: string, signal?: AbortSignal): Error {
  if (signal?.aborted) return abortError(id, signal, err);
  if (isTandemError(err)) return err;
  const e = (err && typeof err === 'object' ? err : {}) as SdkErrorFields;
  const message = e.message ?? String(err);
  // A 2xx status on an error means the answer came but could not be read (a body cut short): not the upstream's no.
  if (typeof e.statusCode === 'number' && e.statusCode >= 400) {
    const headers = e.responseHeaders ? new Headers(e.responseHeaders) : undefined;
    return errorFromStatus(id, e.statusCode, message, parseRetryAfter(headers), err);
  }
  if (e.name === 'AI_APICallError' && e.statusCode === undefined)
    return badResponse(id, `connection failed: ${message}`, err);
  if (e.name === 'AI_LoadAPIKeyError' || e.name === 'AI_LoadSettingError') {
    return new TandemError('PROVIDER_AUTH', `${id}: ${message}`, {
      cause: err,
      hint: `Set it under providers.${id}.options in tandem.yaml from the environment (e.g. apiKey: \${MISTRAL_API_KEY}), or export the variable the message names.`,
    });
  }
  if (e.name && UNSUPPORTED.has(e.name))
    return new TandemError('PROVIDER_UNSUPPORTED', `${id}: ${message}`, { cause: err });
  if (e.name === 'AbortError') return abortError(id, signal, err);
  if (e.name && BAD_RESPONSE.has(e.name)) return badResponse(id, `unusable response: ${message}`, err);
  // Anything else (a socket closed mid-body, an unexpected throw in the package): the next try may work.
  return badResponse(id, message, err);
}
