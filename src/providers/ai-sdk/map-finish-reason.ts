import type { FinishReason } from '../../core/index.js';
import type { SpecFinishReason } from './spec.js';

/**
 * The specification's finish reason as ours. `interrupted` (a stream that ended without saying why) and
 * `unknown` become `other`; a stream reader treats an interrupted stream as cut before it gets here.
 */
export function mapFinishReason(reason: SpecFinishReason | string | undefined): FinishReason {
  const unified = typeof reason === 'string' ? reason : reason?.unified;
  switch (unified) {
    case 'stop':
    case 'length':
    case 'content-filter':
    case 'tool-calls':
    case 'error':
      return unified;
    default:
      return 'other';
  }
}
