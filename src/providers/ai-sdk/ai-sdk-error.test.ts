import { describe, expect, it } from 'vitest';
import { TandemError } from '../../core/index.js';
import { aiSdkError } from './ai-sdk-error.js';

// Errors as the AI SDK packages make them: named, with typed fields (a plain object for a stream's error event).
const named = (name: string, message: string, fields: Record<string, unknown> = {}) =>
  Object.assign(new Error(message), { name, ...fields });

describe('aiSdkError', () => {
  it('maps an HTTP status as the other providers do: 429 and 5xx retryable, 401 an auth problem', () => {
    const rate = aiSdkError(
      named('AI_APICallError', 'Quota exceeded', {
        statusCode: 429,
        responseHeaders: { 'retry-after': '3' },
      }),
      'g',
    );
    expect(rate).toMatchObject({
      code: 'PROVIDER_RATE_LIMITED',
      retryable: true,
      retryAfterMs: 3000,
      status: 429,
    });
    expect(aiSdkError({ message: 'overloaded', statusCode: 503, isRetryable: true }, 'g')).toMatchObject({
      code: 'PROVIDER_ERROR',
      retryable: true,
      status: 503,
      message: 'g: HTTP 503: overloaded',
    });
    expect(aiSdkError(named('AI_APICallError', 'bad key', { statusCode: 401 }), 'g')).toMatchObject({
      code: 'PROVIDER_AUTH',
      retryable: false,
    });
    expect(aiSdkError(named('AI_APICallError', 'bad request', { statusCode: 400 }), 'g')).toMatchObject({
      code: 'PROVIDER_ERROR',
      retryable: false,
    });
  });

  it('calls a refused connection, an unreadable 200 and a malformed body retryable bad responses', () => {
    for (const err of [
      named('AI_APICallError', 'Cannot connect to API: connect ECONNREFUSED'),
      named('AI_APICallError', 'Failed to process successful response', { statusCode: 200 }),
      named('AI_JSONParseError', 'JSON parsing failed'),
      named('AI_TypeValidationError', 'Type validation failed'),
      new TypeError('terminated'),
    ]) {
      expect(aiSdkError(err, 'g')).toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', retryable: true });
    }
  });

  it('tells a missing key, an unsupported request and an abort apart, and passes TandemErrors through', () => {
    const key = aiSdkError(named('AI_LoadAPIKeyError', 'Google Generative AI API key is missing.'), 'gem');
    expect(key).toMatchObject({ code: 'PROVIDER_AUTH', retryable: false });
    expect((key as TandemError).hint).toContain('providers.gem.options');
    expect(aiSdkError(named('AI_UnsupportedFunctionalityError', 'no images'), 'g')).toMatchObject({
      code: 'PROVIDER_UNSUPPORTED',
      retryable: false,
    });
    const controller = new AbortController();
    controller.abort();
    expect(aiSdkError(named('AbortError', 'aborted'), 'g', controller.signal)).toMatchObject({
      code: 'ABORTED',
    });
    const own = new TandemError('PROVIDER_TIMEOUT', 'slow');
    expect(aiSdkError(own, 'g')).toBe(own);
  });
});
