export {
  type AnswerRelease,
  createAnswerRelease,
  type ReleaseMode,
  STEP_SEPARATOR,
  sentences,
} from './answer-release.js';
export { answerStage } from './answer-stage.js';
export { assembleStage } from './assemble-stage.js';
export { callModel } from './call-model.js';
export { guardInputStage } from './guard-input-stage.js';
export { type GuardedAnswer, guardOutputStage } from './guard-output-stage.js';
export { type Rendered, renderStage } from './render-stage.js';
export { groundingStage, retrieveStage } from './retrieve-stage.js';
export { beginRun, type RunState, refusal } from './run-state.js';
export { type StructuredOutcome, structuredOutputStage } from './structured-output-stage.js';
export { toolStep } from './tool-step.js';
export { answerText, startTurn, type Turn } from './turn.js';
