import type {
  Citation,
  ContextDocument,
  FinishReason,
  Grounding,
  Message,
  ToolCall,
  Usage,
} from '../core/index.js';
import type { GuardrailDecision } from '../guardrails/index.js';
import type { PromptFile } from '../prompts/index.js';
import type { ToolCallRecord } from './run-tool-call.js';

export interface AppInput {
  /** Template variables, checked against the prompt's input schema. */
  vars?: Record<string, unknown>;
  /** Earlier turns of a conversation (chat). */
  history?: Message[];
  /** Passages to answer from (retrieval fills these). */
  documents?: ContextDocument[];
}

export interface RunContext {
  signal?: AbortSignal;
  /** Bypass the response cache for this run. */
  noCache?: boolean;
  /** Independent sample number (eval repeats): cached separately per sample. */
  sample?: number;
  /** The virtual API key of a served request, recorded on the trace. */
  apiKey?: string;
  /** The caller's W3C `traceparent`, recorded on the trace so exported spans join the caller's trace. */
  traceparent?: string;
  /** The caller's W3C `tracestate`, passed on with the trace context to upstream calls. */
  tracestate?: string;
  /**
   * Told what a run that did not finish (failed, or stopped by its caller) spent on model calls, so a key's
   * budget counts it: a finished run's spend is on its result.
   */
  onUnfinishedSpend?: (spend: { usage: Usage; costUsd: number }) => void | Promise<void>;
}

export interface AppResult {
  app: string;
  text: string;
  /** The parsed JSON answer when the prompt declares an output schema or JSON format. */
  output?: unknown;
  citations: Citation[];
  /** Passages given to the model, best first (retrieved chunks and supplied documents). */
  retrieved: Array<{ id: string; docId: string; source?: string; score?: number }>;
  /**
   * Whether the retrieved passages can answer the question, and why (apps with a knowledge base): computed
   * before the model call, whatever the model then says.
   */
  grounding?: Grounding;
  toolCalls: ToolCallRecord[];
  /** Every guardrail decision of the run, in order. */
  guardrails: GuardrailDecision[];
  /** True when a guardrail stopped the run and `text` is its refusal. */
  blocked?: boolean;
  /**
   * True when the model found no answer in the passages and said so, as a provider that knows reports it (the
   * offline answerer): `grounding` may still say the passages cover the question.
   */
  declined?: boolean;
  /** Why it declined, in plain words ("no sentence of the passages answers it closely enough"). */
  declinedReason?: string;
  usage: Usage;
  costUsd: number;
  /** True when a model that answered has no known price: `costUsd` then counts it as 0. */
  costUnknown?: boolean;
  latencyMs: number;
  model: string;
  provider: string;
  finishReason: FinishReason;
  /** Model calls made (tool steps and re-asks included). */
  modelCalls: number;
  /** Time spent waiting on those calls, in ms (the rest of latencyMs is retrieval, tools, guardrails, tandem). */
  modelMs: number;
  /** True when every model call was answered from the cache. */
  cached: boolean;
  prompt: { name: string; version: string };
  traceId: string;
  /** The conversation as the model saw it, ending with its answer. */
  messages: Message[];
}

export type AppEvent =
  /** Text of the answer that may be shown: put together, the deltas are the result's `text`. */
  | { type: 'text-delta'; text: string }
  | { type: 'tool-call'; toolCall: ToolCall }
  | { type: 'tool-result'; record: ToolCallRecord }
  /**
   * The answer did not match the output schema or broke an output guardrail; the model is asked again.
   * No text of the rejected answer has left: a stream holds the answer whenever a re-ask is possible.
   */
  | { type: 'reask'; problems: string[] }
  | { type: 'done'; result: AppResult };

/** A prompt bound to a route and tools: what `run`, `chat`, `eval` and `serve` execute. */
export interface App {
  readonly name: string;
  readonly description?: string;
  /** The prompt this app renders (name, content-hash version, front-matter). */
  readonly prompt: PromptFile;
  /** The knowledge base it retrieves from, if any. */
  readonly knowledge?: string;
  run(input: AppInput, ctx?: RunContext): Promise<AppResult>;
  /** The chunk ids a run with this input would retrieve (empty without a knowledge base); no model call. */
  retrieve(input: AppInput, ctx?: RunContext): Promise<string[]>;
  /**
   * The passages a run with this input would retrieve, best first, `k` of them (default: the app's k), as a
   * result lists them, with the text, title (the document's title and the passage's headings) and status the
   * model is given; no model call, no guardrail. Evals use it to grade retrieval deeper than the app's k.
   */
  passages(
    input: AppInput,
    opts?: { k?: number; signal?: AbortSignal },
  ): Promise<Array<AppResult['retrieved'][number] & { text: string; title?: string; status?: string }>>;
  stream(input: AppInput, ctx?: RunContext): AsyncIterable<AppEvent>;
}
