/** @module Pattern pieces several lexicons share: where data goes (an address or a URL), gaps, vocatives. */
import { escapeRegExp } from '../../../../core/index.js';
import type { LexiconEntry } from './types.js';

/** A bounded gap inside one sentence: up to `n` characters without sentence punctuation or a line break. */
export const gap = (n: number): string => `[^.!?\\n]{0,${n}}`;

/** An e-mail address, a URL or a bare domain: where exfiltrated data is sent. */
export const DESTINATION = String.raw`(?:[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,63}|https?:\/\/\S{1,200}|www\.\S{1,200}|[\w-]{2,63}\.(?:example|com|net|org|io|co|ru|xyz|info|biz|de|fr|nl|es|it|pt|cn)\b)`;

/**
 * Text that speaks to the AI as a vocative at the start of a line, sentence or bracket: `Assistant, …`,
 * `AI: …`, `(assistant, please …)`, `// Copilot: …`, `"note": "AI: …"`. `nouns` are the language's words for the AI, plain text.
 */
export function vocative(nouns: string[]): LexiconEntry {
  const alternation = nouns.map(escapeRegExp).join('|');
  const re = new RegExp(
    `(?:^|[\\n.!?(\\[>*#/"'-] ?)(?:(?:dear|hey|hi|hello|cher|liebe[rs]?|querido|caro|beste|hallo) )?(?:${alternation}) ?[,:]`,
    'm',
  );
  const cues = nouns.flatMap((n) => [`${n},`, `${n}:`, `${n} ,`, `${n} :`]).join('|');
  return ['addressed-to-ai', re, cues];
}
