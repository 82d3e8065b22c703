/** @module API keys and tokens, by the shared patterns that also keep them out of traces. */
import { SECRET_PATTERNS } from '../../../core/index.js';
import { type Match, matchesOf } from './kinds.js';

/** Secrets in `text`; overlapping hits of several patterns are resolved by the caller. */
export const findSecrets = (text: string): Match[] => SECRET_PATTERNS.flatMap((re) => matchesOf(text, re));
