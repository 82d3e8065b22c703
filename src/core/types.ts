/**
 * @module The central types every room shares: messages, model requests and responses, providers, spans.
 */

/** A JSON Schema object (draft 2020-12 or 07), kept opaque: ajv validates it. */
export type JsonSchema = Record<string, unknown>;

export interface ToolCall {
  id: string;
  name: string;
  /** Arguments as parsed JSON. A model that sent invalid JSON yields `{ _raw: '…' }` so the loop can report it. */
  args: Record<string, unknown>;
}

export type Message =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string; toolCalls?: ToolCall[] }
  | { role: 'tool'; toolCallId: string; name: string; content: string };

/** What a model is told about a tool: the name, what it does and its JSON-schema parameters. */
export interface ToolSpec {
  name: string;
  description: string;
  parameters: JsonSchema;
}

export type ResponseFormat = { type: 'text' } | { type: 'json'; schema?: JsonSchema; name?: string };

/** A passage a provider may answer from (retrieved chunks, tool results); `id` is what citations refer to. */
export interface ContextDocument {
  id: string;
  text: string;
  /** The document the passage comes from (a chunk's parent), for retrieval metrics. */
  docId?: string;
  source?: string;
  title?: string;
  /** `superseded` or `draft` when the document says so (current documents carry none). */
  status?: string;
}

/**
 * Whether the passages an answer rests on can answer the question: computed from the question and what
 * retrieval found, before any model call.
 */
export interface Grounding {
  grounded: boolean;
  /** Why, in plain words ("no passage mentions \"sabbatical\""). */
  reason: string;
  /** Share (0..1) of the question's key words, weighted by rarity, that the best passages contain. */
  coverage: number;
  /** The kind of answer the question expects (amount, duration, date, person, steps…). */
  expects?: string;
  /** The question as it was read, when that differs from the one asked (slips of the keyboard corrected). */
  question?: string;
  /** Words of the question the knowledge base never mentions: declined for them, or noted when the passages answer the rest. */
  unknown?: string[];
  /** Parts of a question of several that ask about what the knowledge base never mentions: left unanswered. */
  unanswered?: string[];
}

/** A source the answer relies on. */
export interface Citation {
  id: string;
  docId?: string;
  source?: string;
  title?: string;
  /** `superseded` or `draft` when the cited document says so. */
  status?: string;
  /** The number the answer's text cites it by (`[2]`), which need not be its place in this list. */
  marker?: number;
  snippet: string;
  score?: number;
}

export interface Usage {
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
}

export type FinishReason = 'stop' | 'length' | 'tool-calls' | 'content-filter' | 'error' | 'other';

export type SpanKind = 'app' | 'render' | 'route' | 'model' | 'attempt' | 'tool' | 'guardrail' | 'retrieve';
export type Attributes = Record<string, unknown>;

/** The end of a span: how it went, and the tokens and money it spent when it called a model. */
export interface SpanOutcome {
  status?: 'ok' | 'error' | 'aborted';
  error?: unknown;
  usage?: Usage;
  costUsd?: number;
  attributes?: Attributes;
}

/** A live span in a trace. Wrappers open children so every model call, retry and tool call is visible. */
export interface SpanHandle {
  readonly traceId: string;
  readonly spanId: string;
  child(name: string, kind: SpanKind, attributes?: Attributes): SpanHandle;
  set(attributes: Attributes): void;
  end(outcome?: SpanOutcome): void;
  /** The W3C Trace Context headers (`traceparent`, `tracestate`) for a call made under this span. */
  w3c?(): Record<string, string>;
}

export interface ModelRequest {
  messages: Message[];
  /** Overrides the provider's configured model. */
  model?: string;
  temperature?: number;
  maxTokens?: number;
  topP?: number;
  stop?: string[];
  tools?: ToolSpec[];
  toolChoice?: 'auto' | 'none' | 'required';
  responseFormat?: ResponseFormat;
  /** Passages the answer should rest on (an empty list: retrieval found none). Model providers see them in the prompt. */
  documents?: ContextDocument[];
  /** Whether `documents` can answer the question (set by an app with retrieval); providers may act on it. */
  grounding?: Grounding;
  /** Skip the response cache: neither read nor write it. */
  noCache?: boolean;
  /** Content hash of the prompt version that rendered `messages`. Providers ignore it; the cache keys on it. */
  promptVersion?: string;
  /**
   * Which independent sample this is (eval repeats). Providers ignore it; the cache keys on it, so repeats
   * never share an answer while a re-run of the same sample is still served from the cache.
   */
  sample?: number;
  signal?: AbortSignal;
  /** Parent span; wrappers and providers open child spans under it. */
  span?: SpanHandle;
  /**
   * Called by a streaming provider whenever the upstream shows life (any event, keep-alive pings included),
   * so a route's stream timeout waits for silence, not for the next token.
   */
  heartbeat?: () => void;
}

export interface ModelResponse {
  text: string;
  toolCalls?: ToolCall[];
  finishReason: FinishReason;
  usage: Usage;
  model: string;
  /** Id of the provider that actually answered (inside a route: the target that succeeded). */
  provider: string;
  latencyMs: number;
  costUsd?: number;
  citations?: Citation[];
  /** Set by the cache wrapper when the answer came from the store. */
  cached?: boolean;
  /** Attempts made by retry and fallback wrappers, 1 when the first call succeeded. */
  attempts?: number;
  /** True when the provider found no answer in what it was given and said so (the offline answerer's fallback). */
  declined?: boolean;
}

export type StreamEvent =
  /** A piece of the answer; `model` names the model writing it, when the provider knows (clients are told). */
  | { type: 'text-delta'; text: string; model?: string }
  | { type: 'tool-call'; toolCall: ToolCall }
  /** Always the last event: the whole response, as `generate` would have returned it. */
  | { type: 'finish'; response: ModelResponse };

/** A model endpoint, or a route over several: wrappers take a Provider and return one, so they compose. */
export interface Provider {
  readonly id: string;
  generate(request: ModelRequest): Promise<ModelResponse>;
  stream(request: ModelRequest): AsyncIterable<StreamEvent>;
  /** Vectors in input order; `dimensions` asks for shorter vectors where the model can give them. */
  embed?(
    texts: string[],
    opts?: { signal?: AbortSignal; model?: string; dimensions?: number },
  ): Promise<Float32Array[]>;
}

/** Zero usage, for providers that spend no tokens. */
export const noUsage = (): Usage => ({ inputTokens: 0, outputTokens: 0, totalTokens: 0 });
