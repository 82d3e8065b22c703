import Anthropic from '@anthropic-ai/sdk';
import { fromSdkError } from '../provider-errors.js';

/** Any failure of the Anthropic SDK as a TandemError (its error body nests the message one level deeper). */
export function anthropicError(err: unknown, id: string, signal?: AbortSignal): Error {
  return fromSdkError(
    err,
    id,
    signal,
    Anthropic,
    (e) => (e as { error?: { error?: { message?: string } } }).error?.error?.message,
  );
}
