/**
 * @module Runs an app's guardrails around one request. Order: input guardrails (in the order declared) on
 * every text input and every earlier turn, then retrieved-text guardrails on each passage and on each tool
 * result, then output guardrails on the answer. The first `block` stops the request with its message (no
 * further checks, no model call when on input); `redact` masks and continues; `warn` records and
 * continues; on output the first failing `reask` or `fallback` decides what happens next. Every decision is
 * a `guardrail` span.
 */
import type { ContextDocument, Grounding, JsonSchema, Message, SpanHandle } from '../core/index.js';
import { guardrailStage } from '../core/index.js';
import { unredact } from './checks/pii/index.js';
import type { GuardrailDecision } from './guard-types.js';
import { createDecisionLog } from './request/decision-log.js';
import type { GuardContext, GuardDeps, NamedGuardrail } from './request/guard-context.js';
import { type GroundingNext, guardGrounding } from './request/guard-grounding.js';
import { type GuardedInput, guardInput, withoutRefusedTurns } from './request/guard-input.js';
import { guardOutput, type OutputNext } from './request/guard-output.js';
import { guardRetrieved, guardToolResult } from './request/guard-retrieved.js';

export { DEFAULT_BLOCK_MESSAGE, type GuardDeps, type NamedGuardrail } from './request/guard-context.js';
export type { GroundingNext } from './request/guard-grounding.js';
export type { GuardedInput } from './request/guard-input.js';
export type { OutputNext } from './request/guard-output.js';

/** The guardrails of one request, with its own redaction map and re-ask counts. */
export interface RequestGuard {
  readonly decisions: GuardrailDecision[];
  /** The text inputs and every earlier turn of the conversation. */
  input(
    input: GuardedInput,
    span?: SpanHandle,
    signal?: AbortSignal,
  ): Promise<GuardedInput & { blocked?: string }>;
  retrieved(
    docs: ContextDocument[],
    span?: SpanHandle,
    signal?: AbortSignal,
  ): Promise<{ docs: ContextDocument[]; blocked?: string }>;
  /** The `grounded` guardrails on the run's answerability verdict (after retrieval, before the model). */
  grounding(grounding: Grounding, span?: SpanHandle): GroundingNext;
  /** A tool's result, before the model reads it. */
  toolResult(
    tool: string,
    content: string,
    span?: SpanHandle,
    signal?: AbortSignal,
  ): Promise<{ content: string; blocked?: string }>;
  output(
    text: string,
    ctx: { schema?: JsonSchema; citable: number; span?: SpanHandle; signal?: AbortSignal },
  ): Promise<{ text: string; next: OutputNext }>;
  /** The answer with the user's own redacted values put back, for the user (never for the trace). */
  unredact(text: string): string;
}

/** An app's guardrails: `begin()` starts one request. */
export interface AppGuard {
  readonly size: number;
  /**
   * True when an output guardrail can change or stop the answer (any action but `warn`): a stream must then
   * hold the answer until those guardrails have run.
   */
  readonly holdsOutput: boolean;
  /** True when a `grounded` guardrail is declared (the run must then judge answerability). */
  readonly judgesGrounding: boolean;
  begin(): RequestGuard;
  /** The conversation as a run reads it: without the turns an input guardrail refused (as a client replays them). */
  conversation(history: Message[]): Message[];
}

/** Guardrails for an app; `begin()` starts one request. */
export function createGuard(guardrails: NamedGuardrail[], deps: GuardDeps): AppGuard {
  const at = (stage: string) => guardrails.filter((g) => guardrailStage(g.config) === stage);
  const inputs = at('input');
  const outputs = at('output');
  // Tool results are outside text, like passages: the injection checks on input read them too.
  // The grounded check judges the passages together, once; the others read each passage.
  const grounded = guardrails.filter((g) => g.config.check === 'grounded');
  const retrieved = at('retrieved').filter((g) => g.config.check !== 'grounded');
  const onToolResults = [...inputs.filter((g) => g.config.check === 'injection'), ...retrieved];
  return {
    size: guardrails.length,
    holdsOutput: outputs.some((g) => g.config.action !== 'warn'),
    judgesGrounding: grounded.length > 0,
    conversation: (history) => withoutRefusedTurns(history, inputs),
    begin() {
      const ctx: GuardContext = {
        deps,
        log: createDecisionLog(),
        redactions: new Map(),
        userValues: new Map(),
        reasks: new Map(),
      };
      return {
        decisions: ctx.log.decisions,
        input: (input, span, signal) => guardInput(ctx, inputs, input, span, signal),
        retrieved: (docs, span, signal) => guardRetrieved(ctx, retrieved, docs, span, signal),
        grounding: (grounding, span) => guardGrounding(ctx, grounded, grounding, span),
        toolResult: (tool, content, span, signal) =>
          guardToolResult(ctx, onToolResults, tool, content, span, signal),
        output: (text, oc) => guardOutput(ctx, outputs, text, oc),
        unredact: (text) => unredact(text, ctx.userValues),
      };
    },
  };
}
