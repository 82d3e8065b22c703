/**
 * @module The Store interface: everything tandem persists. SQLite (sqlite/) and PostgreSQL (postgres/)
 * implement it with the same promises, held by store-contract.test.ts; every method is async even where
 * SQLite is not.
 */
import type { Attributes, Grounding, SpanKind, Usage } from '../core/index.js';

export interface PromptVersionRecord {
  name: string;
  /** Content hash (hex SHA-256 of the file's text and of the partials it uses). */
  version: string;
  source: string;
  /** The partials the version uses, name → source; absent on versions stored before partials were kept. */
  partials?: Record<string, string>;
  createdAt: number;
}

export interface PromptLabelRecord {
  name: string;
  label: string;
  version: string;
  updatedAt: number;
}

/** One move of a label: who pointed it at which version, and where it pointed before. */
export interface LabelMoveRecord {
  name: string;
  label: string;
  version: string;
  /** The version the label named before; absent when the label is new. */
  previous?: string;
  by: string;
  note?: string;
  movedAt: number;
}

export interface PromptStore {
  /** Keeps a version; returns false when it was already stored. */
  saveVersion(record: Omit<PromptVersionRecord, 'createdAt'>): Promise<boolean>;
  /** Finds a version by its full hash or a unique prefix of at least 4 characters. */
  getVersion(name: string, versionOrPrefix: string): Promise<PromptVersionRecord | undefined>;
  /** Newest first. */
  listVersions(name?: string): Promise<PromptVersionRecord[]>;
  /** Points the label at `version` and records the move (by whom, from which version) in the same write. */
  setLabel(name: string, label: string, version: string, move?: { by: string; note?: string }): Promise<void>;
  /** The recorded moves, newest first; `label` narrows them to one label. */
  labelMoves(name: string, label?: string): Promise<LabelMoveRecord[]>;
  getLabel(name: string, label: string): Promise<PromptLabelRecord | undefined>;
  listLabels(name?: string): Promise<PromptLabelRecord[]>;
}

/** How a span or trace ended: `aborted` when its caller stopped it (a client left, a shutdown, Ctrl-C). */
export type SpanStatus = 'ok' | 'error' | 'aborted';

export interface SpanRecord {
  id: string;
  traceId: string;
  parentId?: string;
  name: string;
  kind: SpanKind;
  startedAt: number;
  durationMs: number;
  status: SpanStatus;
  attributes: Attributes;
  usage?: Usage;
  costUsd?: number;
  error?: string;
}

export interface TraceRecord {
  id: string;
  /** What ran: an app name, a prompt name, or a route for gateway requests. */
  name: string;
  kind: 'app' | 'prompt' | 'request';
  status: SpanStatus;
  startedAt: number;
  durationMs: number;
  usage: Usage;
  costUsd: number;
  input?: unknown;
  output?: unknown;
  error?: string;
  /** The name of the virtual API key the request came with (served requests). */
  apiKey?: string;
  /** The model that gave the answer (the last model call that succeeded), when one did. */
  model?: string;
  spans: SpanRecord[];
}

/** One trace as the dashboard counts it. */
export interface MetricPoint {
  startedAt: number;
  /** The app, route or provider. */
  name: string;
  apiKey?: string;
  model?: string;
  status: SpanStatus;
  durationMs: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

export interface TraceFilter {
  /** App, route or provider name. */
  name?: string;
  status?: SpanStatus;
  apiKey?: string;
  /** Started at or after / before these epoch milliseconds. */
  since?: number;
  until?: number;
  /** Only traces that started before this id (cursor pagination, newest first). */
  before?: string;
  /** Text found in the input or the output (case-insensitive for ASCII letters). */
  text?: string;
  /** Only traces with feedback: any, a good one (score ≥ 0.5) or a bad one (< 0.5). */
  feedback?: 'any' | 'good' | 'bad';
  limit?: number;
}

/** A person's or a product's judgement of a traced answer (thumbs, a rating, a correction). */
export interface FeedbackRecord {
  traceId: string;
  /** 0..1 (1 = good). */
  score: number;
  comment?: string;
  createdAt: number;
}

export interface TraceStore {
  write(traces: TraceRecord[]): Promise<void>;
  addFeedback(traceId: string, feedback: { score: number; comment?: string }): Promise<FeedbackRecord>;
  feedback(traceId: string): Promise<FeedbackRecord[]>;
  get(id: string): Promise<TraceRecord | undefined>;
  /** Newest first; spans are not included (use get). */
  list(filter?: TraceFilter): Promise<Omit<TraceRecord, 'spans'>[]>;
  /** What the dashboard counts of the traces started in [since, until), oldest first, at most `limit`. */
  metricPoints(window: { since: number; until: number; limit: number }): Promise<MetricPoint[]>;
  /**
   * Deletes at most `limit` traces that started before `before` (epoch ms), with their spans and feedback;
   * returns how many. Called in a loop until it returns 0, so no delete holds the store for long.
   */
  prune(before: number, limit: number): Promise<number>;
}

/** Exact-match response cache; values are opaque strings (JSON). */
export interface CacheStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlMs?: number): Promise<void>;
  /** Drops every entry; returns how many were removed. */
  clear(): Promise<number>;
}

export type EvalRunStatus = 'running' | 'finished' | 'interrupted' | 'budget-exceeded';

export interface EvalRunRecord {
  id: string;
  /** Suite file, relative to the project. */
  suite: string;
  suiteHash: string;
  status: EvalRunStatus;
  startedAt: number;
  finishedAt?: number;
  /** What the run was asked to do (variants, options), to resume it the same way. */
  config: Record<string, unknown>;
  /** Computed report data, when finished. */
  summary?: Record<string, unknown>;
}

/** The recorded result of one assertion: pass, fail, or error when it could not be measured. */
export interface AssertionRecord {
  type: string;
  metric: string;
  weight: number;
  status: 'pass' | 'fail' | 'error';
  score: number;
  reason: string;
}

export interface EvalResultRecord {
  runId: string;
  variant: string;
  caseId: string;
  sample: number;
  status: 'pass' | 'fail' | 'error';
  score: number;
  output?: string;
  assertions: AssertionRecord[];
  latencyMs?: number;
  costUsd?: number;
  tokens?: number;
  cached: boolean;
  traceId?: string;
  error?: string;
  /** Ids of the chunks the run retrieved, best first. */
  retrieved?: string[];
  /** Whether those chunks could answer the case's question, and why (apps with a knowledge base). */
  grounding?: Grounding;
}

export interface EvalStore {
  createRun(run: EvalRunRecord): Promise<void>;
  updateRun(
    id: string,
    patch: Partial<Pick<EvalRunRecord, 'status' | 'finishedAt' | 'summary'>>,
  ): Promise<void>;
  getRun(id: string): Promise<EvalRunRecord | undefined>;
  /** Ids of up to `limit` runs whose id starts with `prefix`, in id order (to resolve a shortened id). */
  findRunIds(prefix: string, limit: number): Promise<string[]>;
  /** Newest first; each summary without its per-case figures (`cases`, large on big runs: `getRun` has them). */
  listRuns(filter?: { suite?: string; limit?: number }): Promise<EvalRunRecord[]>;
  /** Saved at once (one row per graded sample); replaces a row with the same key. */
  saveResult(result: EvalResultRecord): Promise<void>;
  /**
   * Deletes at most `limit` runs that started before `before` (epoch ms) and are not running, with their
   * results; returns how many.
   */
  prune(before: number, limit: number): Promise<number>;
  results(runId: string): Promise<EvalResultRecord[]>;
  /**
   * Up to `limit` results of a run in the order `results` returns them (variant, caseId, sample), starting just
   * after `after`: a large run read page by page, or one sample found by the key just before it.
   */
  resultPage(runId: string, page: { after?: EvalResultKey; limit: number }): Promise<EvalResultRecord[]>;
}

/** Which sample of a run a result is. */
export type EvalResultKey = Pick<EvalResultRecord, 'variant' | 'caseId' | 'sample'>;

/** What a reviewer decided about an app version. */
export type ReviewDecision = 'approved' | 'changes-requested';

/** A reviewer's sign-off on (or request for changes to) the app version an app runs. */
export interface ApprovalRecord {
  app: string;
  prompt: string;
  /** The prompt version the app ran when it was approved. */
  version: string;
  /** The app version approved: the hash of everything the playbook showed (absent on older approvals). */
  appVersion?: string;
  /** What the reviewer saw, as the app version was computed from it (to show what changed since). */
  reviewed?: Record<string, unknown>;
  by: string;
  /** The role signed for (`legal`, `brand`…): one of `approvals.required` when the project names them. */
  role?: string;
  /** Records written before reviews could request changes read as `approved`. */
  decision: ReviewDecision;
  note?: string;
  approvedAt: number;
}

export interface ApprovalStore {
  /** Records a decision (default `approved`). */
  add(
    record: Omit<ApprovalRecord, 'approvedAt' | 'decision'> & { decision?: ReviewDecision },
  ): Promise<ApprovalRecord>;
  /** Newest first. */
  list(filter?: {
    app?: string;
    prompt?: string;
    version?: string;
    appVersion?: string;
  }): Promise<ApprovalRecord[]>;
}

/**
 * A stored answer of the Responses API (`store: true`, the default): the response as the client got it, and
 * the conversation so far (instructions aside), which `previous_response_id` continues.
 */
export interface StoredResponse {
  id: string;
  createdAt: number;
  model: string;
  /** The conversation up to and including this response's output, in tandem's message shape. */
  conversation: unknown[];
  /** The response object as sent to the client. */
  body: Record<string, unknown>;
  /** The provider whose upstream made (and keeps) it, for a relayed response; absent when tandem made it. */
  upstream?: string;
}

export interface ResponseStore {
  save(record: StoredResponse): Promise<void>;
  get(id: string): Promise<StoredResponse | undefined>;
  /** True when there was one to delete. */
  remove(id: string): Promise<boolean>;
}

/**
 * What a key's holder may do: `client` calls models and apps only; `read-only` also reads the studio;
 * `reviewer` also signs off, moves labels, runs evals and the playground, leaves feedback; `admin` also
 * manages keys.
 */
export type KeyRole = 'client' | 'read-only' | 'reviewer' | 'admin';

/** A virtual API key: who may call the server, on which models, how fast and for how much money. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  /** Absent on keys made before keys had roles: those are `client` keys. */
  role?: KeyRole;
  /** The first characters of the secret, to recognise a key in lists; the secret itself is never stored. */
  prefix: string;
  rpm?: number;
  tpm?: number;
  budgetUsdDay?: number;
  budgetUsdMonth?: number;
  /** Models (routes, providers, `app:<name>`) the key may call; absent: all. */
  routes?: string[];
  createdAt: number;
  revokedAt?: number;
}

/** What a key spent in a period. */
export interface KeySpend {
  requests: number;
  tokens: number;
  costUsd: number;
}

export interface ApiKeyStore {
  /** Saves a key under the SHA-256 hash of its secret. */
  create(record: Omit<ApiKeyRecord, 'createdAt'>, secretHash: string): Promise<ApiKeyRecord>;
  findByHash(secretHash: string): Promise<ApiKeyRecord | undefined>;
  list(): Promise<ApiKeyRecord[]>;
  /** Revokes by name or id; false when no such active key. */
  revoke(nameOrId: string): Promise<boolean>;
  /** True once any key was created: from then on the server requires one. */
  any(): Promise<boolean>;
  /** Adds to the key's spend for the UTC day of `at`. */
  addSpend(keyId: string, spend: KeySpend, at?: number): Promise<void>;
  /** Spend summed over UTC days from `sinceDay` (YYYY-MM-DD) on. */
  spendSince(keyId: string, sinceDay: string): Promise<KeySpend>;
}

export interface Store {
  /** Which implementation this is; siblings that need the engine itself (the knowledge index) switch on it. */
  readonly kind: 'sqlite' | 'postgres';
  readonly prompts: PromptStore;
  readonly traces: TraceStore;
  readonly cache: CacheStore;
  readonly evals: EvalStore;
  readonly approvals: ApprovalStore;
  readonly keys: ApiKeyStore;
  readonly responses: ResponseStore;
  close(): Promise<void>;
}
