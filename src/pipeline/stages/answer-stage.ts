import type { AppEvent, AppResult } from '../app-types.js';
import type { ToolDefinition } from '../define-tool.js';
import type { AnswerRelease } from './answer-release.js';
import { assembleStage } from './assemble-stage.js';
import { callModel } from './call-model.js';
import { guardOutputStage } from './guard-output-stage.js';
import type { Rendered } from './render-stage.js';
import type { RunState } from './run-state.js';
import { structuredOutputStage } from './structured-output-stage.js';
import { toolStep } from './tool-step.js';
import { answerText, startTurn } from './turn.js';

/**
 * Stages 4–7: the model with its tool loop, the structured-output check, the output guardrails and the
 * result. A re-ask (bad JSON, or an output guardrail) goes back to the model with the feedback.
 */
export async function* answerStage(
  s: RunState,
  rendered: Rendered,
  tools: Map<string, ToolDefinition>,
  streaming: boolean,
  release: AnswerRelease,
): AsyncGenerator<AppEvent, AppResult> {
  const turn = startTurn(rendered);
  // A `grounded` guardrail's fallback route answers when the passages cannot.
  const provider = s.answerRoute ? await s.parts.providerFor!(s.answerRoute) : s.parts.provider;
  for (;;) {
    // A copy: the loop keeps appending to `messages`, and a provider may hold on to its request.
    // Object.assign, not a spread: on Node 20 an object copied with `{ ...x }` and then given more
    // properties gets a new hidden class each time, which only a full GC frees (per model call, this grew
    // a long eval's heap ~1 KB a sample: bench/eval-overhead --only memory).
    const req = Object.assign({}, turn.request, { messages: [...turn.messages] });
    const res = yield* callModel(provider, req, streaming, release);
    turn.responses.push(res);
    if (res.toolCalls?.length && tools.size) {
      const stopped = yield* toolStep(s, turn, res, tools);
      if (stopped) return stopped;
      continue;
    }
    const structured = structuredOutputStage(turn, res);
    if (structured.kind === 'reask') {
      s.trace.root.set({ reask: structured.problems });
      yield { type: 'reask', problems: structured.problems };
      continue;
    }
    const guarded = await guardOutputStage(s, turn, answerText(turn, res));
    if (guarded.kind === 'reask') {
      yield { type: 'reask', problems: [guarded.feedback] };
      continue;
    }
    return assembleStage(s, turn, res, Object.assign({}, guarded, { output: structured.output }));
  }
}
