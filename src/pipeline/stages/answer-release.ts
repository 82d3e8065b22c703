/**
 * @module When the answer's text may leave the app while it streams.
 *
 * - `live`: nothing after the model can change the text (no output guardrail but `warn`, no JSON output
 *   that a failed parse would re-ask), so deltas leave as they arrive, with the user's redacted values put
 *   back. A trailing fragment that may be the start of a placeholder (`[EMAI`) waits for the next delta.
 * - `hold`: an output guardrail can block, redact, re-ask or fall back, or the answer must parse as JSON:
 *   nothing leaves until those checks ran; then the checked answer leaves sentence by sentence. The cost is
 *   latency: the first text arrives when the whole answer is known.
 *
 * Either way the text that leaves, put together, is the result's `text`, as `run` returns it.
 */

export type ReleaseMode = 'live' | 'hold';

/** Separates the text of a tool-calling step from the next step's text. */
export const STEP_SEPARATOR = '\n\n';

export interface AnswerRelease {
  /** A new model call begins (its text follows the earlier steps' text after a separator). */
  newStep(): void;
  /** A text delta from the model; returns what may leave now (possibly ''). */
  delta(text: string): string;
  /** The final answer is known: the rest of it, in pieces, that has not left yet. */
  finish(finalText: string): string[];
}

/** A release policy for one run; `unredact` puts the user's values back in place of placeholders. */
export function createAnswerRelease(mode: ReleaseMode, unredact: (text: string) => string): AnswerRelease {
  let pending = '';
  let released = '';
  let anyText = false;
  let stepHasText = false;
  return {
    newStep() {
      stepHasText = false;
    },
    delta(text) {
      if (mode === 'hold' || !text) return '';
      if (!stepHasText && anyText) pending += STEP_SEPARATOR;
      stepHasText = anyText = true;
      pending += text;
      const cut = placeholderStart(pending);
      const out = unredact(pending.slice(0, cut));
      pending = pending.slice(cut);
      released += out;
      return out;
    },
    finish(finalText) {
      const rest = unredact(pending);
      pending = '';
      const shown = released + rest;
      // Live text always starts the final answer; if a provider's final text disagrees with its own
      // deltas, what was shown stands and the result carries the provider's text.
      const tail = finalText.startsWith(shown) ? finalText.slice(shown.length) : '';
      return [rest, ...sentences(tail)].filter(Boolean);
    },
  };
}

// Where a trailing possible placeholder prefix starts ("… at [EMAIL_" → its "["), or the end.
function placeholderStart(text: string): number {
  const m = /\[[A-Z]{0,6}(?:_\d*)?$/.exec(text);
  return m ? m.index : text.length;
}

/**
 * Text cut after sentence ends and line breaks; the pieces put together are the text (core's splitSentences
 * trims and drops what it cuts on, which suits ranking, not a stream that must add up to the answer).
 */
export function sentences(text: string): string[] {
  return text.match(/[^.!?\n]*(?:[.!?]+|\n+|$)\s*/g)?.filter(Boolean) ?? [];
}
