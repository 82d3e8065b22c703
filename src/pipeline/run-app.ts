/**
 * @module One app run as its named stages: guard input → retrieve → render → model with tool loop →
 * structured output → guard output → assemble. `run` and `stream` are this one generator, so no check
 * applies to one and not the other; streaming changes only when text may leave (see answer-release.ts).
 */
import { TandemError } from '../core/index.js';
import { checkPromptInput } from '../prompts/index.js';
import type { AppParts } from './app-parts.js';
import type { AppTools } from './app-tools.js';
import type { AppEvent, AppInput, AppResult, RunContext } from './app-types.js';
import {
  answerStage,
  beginRun,
  createAnswerRelease,
  groundingStage,
  guardInputStage,
  type ReleaseMode,
  type RunState,
  renderStage,
  retrieveStage,
} from './stages/index.js';

/** Runs the app's stages; yields text as the release policy lets it out, then `done` with the result. */
export async function* runApp(
  parts: AppParts,
  tools: AppTools,
  input: AppInput,
  ctx: RunContext,
  streaming: boolean,
): AsyncGenerator<AppEvent> {
  const s = beginRun(parts, input, ctx, streaming);
  let result: AppResult | undefined;
  let failure: unknown;
  try {
    // A misspelt or missing input is reported as one before any guardrail judges what was sent.
    await checkPromptInput(parts.prompt, input.vars ?? {});
    // A guardrail may end the run before the model: on input, on retrieved text, or (once the prompt has
    // rendered) on the answerability verdict.
    let early = (await guardInputStage(s)) ?? (await retrieveStage(s));
    const rendered = early ? undefined : await renderStage(s, tools.specs);
    early ??= groundingStage(s);
    if (early || !rendered) {
      result = early!;
      for (const text of createAnswerRelease('hold', (t) => t).finish(result.text))
        yield { type: 'text-delta', text };
    } else {
      const release = createAnswerRelease(
        releaseMode(parts, rendered.json),
        (t) => s.guard?.unredact(t) ?? t,
      );
      result = yield* answerStage(s, rendered, tools.byName, streaming, release);
      for (const text of release.finish(result.text)) yield { type: 'text-delta', text };
    }
    yield { type: 'done', result };
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    // Runs on success, failure, and when the consumer stops early: every run leaves a trace.
    await finishTrace(s, result, failure);
  }
}

/** Text may stream live only when nothing after the model can change or void it. */
export function releaseMode(parts: AppParts, json: boolean): ReleaseMode {
  return json || parts.guard?.holdsOutput ? 'hold' : 'live';
}

async function finishTrace(s: RunState, result: AppResult | undefined, failure: unknown): Promise<void> {
  const record = s.trace.finish(
    result
      ? {
          output: {
            text: s.recordedText ?? result.text,
            ...(result.output !== undefined ? { output: result.output } : {}),
          },
        }
      : { error: failure ?? new TandemError('ABORTED', 'run stopped before it finished') },
  );
  await s.parts.traces.write(record);
  if (!result && record.usage.totalTokens + record.costUsd > 0)
    await s.ctx.onUnfinishedSpend?.({ usage: record.usage, costUsd: record.costUsd });
}
