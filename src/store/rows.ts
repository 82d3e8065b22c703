/**
 * @module Table rows and their records, shared by the SQLite and PostgreSQL stores: both schemas use the same
 * column names and return the same values (epoch milliseconds as numbers, JSON as text), so one mapping
 * keeps the two backends answering alike.
 */
import type {
  ApiKeyRecord,
  ApprovalRecord,
  EvalResultRecord,
  EvalRunRecord,
  KeyRole,
  LabelMoveRecord,
  MetricPoint,
  PromptLabelRecord,
  PromptVersionRecord,
  SpanRecord,
  StoredResponse,
  TraceRecord,
} from './store.js';

export interface VersionRow {
  name: string;
  version: string;
  source: string;
  partials: string | null;
  created_at: number;
}

export interface LabelRow {
  name: string;
  label: string;
  version: string;
  updated_at: number;
}

export interface TraceRow {
  id: string;
  name: string;
  kind: TraceRecord['kind'];
  status: TraceRecord['status'];
  started_at: number;
  duration_ms: number;
  input_tokens: number;
  output_tokens: number;
  cost_usd: number;
  input: string | null;
  output: string | null;
  error: string | null;
  api_key: string | null;
  model: string | null;
}

export interface SpanRow {
  id: string;
  trace_id: string;
  parent_id: string | null;
  name: string;
  kind: SpanRecord['kind'];
  started_at: number;
  duration_ms: number;
  status: SpanRecord['status'];
  attributes: string;
  input_tokens: number | null;
  output_tokens: number | null;
  cost_usd: number | null;
  error: string | null;
}

export interface RunRow {
  id: string;
  suite: string;
  suite_hash: string;
  status: EvalRunRecord['status'];
  started_at: number;
  finished_at: number | null;
  config: string;
  summary: string | null;
  /** The summary's per-case figures, kept apart so lists of runs never read them (absent in list queries). */
  case_summary?: string | null;
}

export interface ResultRow {
  run_id: string;
  variant: string;
  case_id: string;
  sample: number;
  status: EvalResultRecord['status'];
  score: number;
  output: string | null;
  assertions: string;
  latency_ms: number | null;
  cost_usd: number | null;
  tokens: number | null;
  /** 0/1 in SQLite, a boolean in PostgreSQL. */
  cached: number | boolean;
  trace_id: string | null;
  error: string | null;
  retrieved: string | null;
  grounding: string | null;
}

export interface ApprovalRow {
  app: string;
  prompt: string;
  version: string;
  app_version: string | null;
  reviewed: string | null;
  by: string;
  role: string | null;
  decision: string;
  note: string | null;
  approved_at: number;
}

export interface LabelMoveRow {
  name: string;
  label: string;
  version: string;
  previous: string | null;
  by: string;
  note: string | null;
  moved_at: number;
}

export interface KeyRow {
  id: string;
  name: string;
  prefix: string;
  rpm: number | null;
  tpm: number | null;
  budget_usd_day: number | null;
  budget_usd_month: number | null;
  routes: string | null;
  role: string | null;
  created_at: number;
  revoked_at: number | null;
}

export interface ResponseRow {
  id: string;
  created_at: number;
  model: string;
  conversation: string;
  body: string;
  upstream: string | null;
}

/** A value as a JSON column holds it (NULL for undefined). */
export const jsonText = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));
const parse = (s: string | null) => (s === null ? undefined : JSON.parse(s));

/** A prompt version row as its record. */
export const toVersion = (r: VersionRow): PromptVersionRecord => ({
  name: r.name,
  version: r.version,
  source: r.source,
  ...(r.partials !== null ? { partials: JSON.parse(r.partials) as Record<string, string> } : {}),
  createdAt: r.created_at,
});

/** A prompt label row as its record. */
export const toLabel = (r: LabelRow): PromptLabelRecord => ({
  name: r.name,
  label: r.label,
  version: r.version,
  updatedAt: r.updated_at,
});

/** A trace row as its record (without spans). */
export function toTrace(r: TraceRow): Omit<TraceRecord, 'spans'> {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    status: r.status,
    startedAt: r.started_at,
    durationMs: r.duration_ms,
    usage: {
      inputTokens: r.input_tokens,
      outputTokens: r.output_tokens,
      totalTokens: r.input_tokens + r.output_tokens,
    },
    costUsd: r.cost_usd,
    input: parse(r.input),
    output: parse(r.output),
    ...(r.error ? { error: r.error } : {}),
    ...(r.api_key ? { apiKey: r.api_key } : {}),
    ...(r.model ? { model: r.model } : {}),
  };
}

/** A span row as its record. */
export function toSpan(r: SpanRow): SpanRecord {
  return {
    id: r.id,
    traceId: r.trace_id,
    ...(r.parent_id ? { parentId: r.parent_id } : {}),
    name: r.name,
    kind: r.kind,
    startedAt: r.started_at,
    durationMs: r.duration_ms,
    status: r.status,
    attributes: JSON.parse(r.attributes),
    ...(r.input_tokens !== null
      ? {
          usage: {
            inputTokens: r.input_tokens,
            outputTokens: r.output_tokens ?? 0,
            totalTokens: r.input_tokens + (r.output_tokens ?? 0),
          },
        }
      : {}),
    ...(r.cost_usd !== null ? { costUsd: r.cost_usd } : {}),
    ...(r.error ? { error: r.error } : {}),
  };
}

/** An eval run row as its record. */
export const toRun = (r: RunRow): EvalRunRecord => ({
  id: r.id,
  suite: r.suite,
  suiteHash: r.suite_hash,
  status: r.status,
  startedAt: r.started_at,
  ...(r.finished_at !== null ? { finishedAt: r.finished_at } : {}),
  config: JSON.parse(r.config),
  ...(r.summary ? { summary: withCases(JSON.parse(r.summary), r.case_summary) } : {}),
});

// A run stored before the per-case figures had their own column keeps them inside its summary.
function withCases(
  summary: Record<string, unknown>,
  cases: string | null | undefined,
): Record<string, unknown> {
  return cases ? { ...summary, cases: JSON.parse(cases) } : summary;
}

/** A summary as its two columns: the per-case figures (`cases`, large on big runs) apart from the rest. */
export function summaryColumns(summary: Record<string, unknown> | undefined): {
  summary: string | null;
  cases: string | null;
} {
  if (!summary) return { summary: null, cases: null };
  const { cases, ...rest } = summary;
  return { summary: JSON.stringify(rest), cases: cases === undefined ? null : JSON.stringify(cases) };
}

/** The columns of eval_runs a list reads: all but the per-case figures. */
export const RUN_LIST_COLUMNS = 'id, suite, suite_hash, status, started_at, finished_at, config, summary';

/** An eval result row as its record. */
export const toResult = (r: ResultRow): EvalResultRecord => ({
  runId: r.run_id,
  variant: r.variant,
  caseId: r.case_id,
  sample: r.sample,
  status: r.status,
  score: r.score,
  ...(r.output !== null ? { output: r.output } : {}),
  assertions: JSON.parse(r.assertions),
  ...(r.latency_ms !== null ? { latencyMs: r.latency_ms } : {}),
  ...(r.cost_usd !== null ? { costUsd: r.cost_usd } : {}),
  ...(r.tokens !== null ? { tokens: r.tokens } : {}),
  cached: r.cached === 1 || r.cached === true,
  ...(r.trace_id ? { traceId: r.trace_id } : {}),
  ...(r.error ? { error: r.error } : {}),
  ...(r.retrieved ? { retrieved: JSON.parse(r.retrieved) } : {}),
  ...(r.grounding ? { grounding: JSON.parse(r.grounding) } : {}),
});

/** An approval row as its record. */
export const toApproval = (r: ApprovalRow): ApprovalRecord => ({
  app: r.app,
  prompt: r.prompt,
  version: r.version,
  ...(r.app_version ? { appVersion: r.app_version } : {}),
  ...(r.reviewed ? { reviewed: JSON.parse(r.reviewed) as Record<string, unknown> } : {}),
  by: r.by,
  ...(r.role ? { role: r.role } : {}),
  decision: r.decision === 'changes-requested' ? 'changes-requested' : 'approved',
  ...(r.note ? { note: r.note } : {}),
  approvedAt: r.approved_at,
});

/** A label move row as its record. */
export const toLabelMove = (r: LabelMoveRow): LabelMoveRecord => ({
  name: r.name,
  label: r.label,
  version: r.version,
  ...(r.previous ? { previous: r.previous } : {}),
  by: r.by,
  ...(r.note ? { note: r.note } : {}),
  movedAt: r.moved_at,
});

/** An API key row as its record (the secret's hash stays in the table). */
export const toApiKey = (r: KeyRow): ApiKeyRecord => ({
  id: r.id,
  name: r.name,
  ...(r.role ? { role: r.role as KeyRole } : {}),
  prefix: r.prefix,
  ...(r.rpm != null ? { rpm: r.rpm } : {}),
  ...(r.tpm != null ? { tpm: r.tpm } : {}),
  ...(r.budget_usd_day != null ? { budgetUsdDay: r.budget_usd_day } : {}),
  ...(r.budget_usd_month != null ? { budgetUsdMonth: r.budget_usd_month } : {}),
  ...(r.routes ? { routes: JSON.parse(r.routes) as string[] } : {}),
  createdAt: r.created_at,
  ...(r.revoked_at != null ? { revokedAt: r.revoked_at } : {}),
});

/** A stored response row as its record. */
export const toStoredResponse = (r: ResponseRow): StoredResponse => ({
  id: r.id,
  createdAt: r.created_at,
  model: r.model,
  conversation: JSON.parse(r.conversation) as unknown[],
  body: JSON.parse(r.body) as Record<string, unknown>,
  ...(r.upstream ? { upstream: r.upstream } : {}),
});

/** The UTC day (YYYY-MM-DD) of epoch milliseconds, as key spend is kept. */
export const utcDay = (at: number): string => new Date(at).toISOString().slice(0, 10);

/** Filters of the approval list → their columns; a fixed map, so no caller-given key reaches the SQL text. */
export const APPROVAL_COLUMNS = {
  app: 'app',
  prompt: 'prompt',
  version: 'version',
  appVersion: 'app_version',
} as const;

/** The columns of a trace a metrics window reads: no content, only what is counted. */
export const METRIC_COLUMNS =
  'started_at, name, api_key, model, status, duration_ms, input_tokens, output_tokens, cost_usd';

export interface MetricRow {
  started_at: number | string;
  name: string;
  api_key: string | null;
  model: string | null;
  status: MetricPoint['status'];
  duration_ms: number;
  input_tokens: number | string;
  output_tokens: number | string;
  cost_usd: number;
}

/** A metrics row as its point (PostgreSQL's BIGINT columns arrive as strings). */
export const toMetricPoint = (r: MetricRow): MetricPoint => ({
  startedAt: Number(r.started_at),
  name: r.name,
  ...(r.api_key ? { apiKey: r.api_key } : {}),
  ...(r.model ? { model: r.model } : {}),
  status: r.status,
  durationMs: r.duration_ms,
  inputTokens: Number(r.input_tokens),
  outputTokens: Number(r.output_tokens),
  costUsd: r.cost_usd,
});

/** `%text%` for LIKE with `\` as the escape: a `%`, `_` or `\` in the text matches only itself. */
export const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
