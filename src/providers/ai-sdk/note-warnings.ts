import type { SpanHandle } from '../../core/index.js';

/** A package's warning about a call (a setting the model ignores, a feature run in a compatibility mode). */
type Warning = { type: string; feature?: string; setting?: string; details?: string; message?: string };

/**
 * Notes a call's warnings on its model span as plain sentences, so a setting the package dropped (a temperature
 * the model refuses, a schema it could not send) shows in the trace instead of vanishing.
 */
export function noteWarnings(span: SpanHandle | undefined, warnings: readonly Warning[] | undefined): void {
  if (!span || !warnings?.length) return;
  span.set({ warnings: warnings.map(sentenceOf) });
}

function sentenceOf(w: Warning): string {
  const what = w.feature ?? w.setting;
  const detail = w.details ?? w.message;
  const head = what ? `${w.type}: ${what}` : w.type;
  return detail ? `${head} (${detail})` : head;
}
