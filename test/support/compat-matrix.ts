/**
 * The client compatibility matrix, declared: which clients, on which endpoint, with which feature, over
 * which kind of target, and what is expected of each cell (it works, it is refused by design, or it does not
 * apply). Data only, so the reporter can read it outside a test run; test/support/compat.ts registers the
 * tests. A cell not declared here cannot be registered, and a declared cell no test ran keeps a run from
 * rewriting docs/compatibility.json.
 */

/** What a target kind is, as the README's legend says it. */
export const TARGETS = {
  provider: 'a provider named directly (`openai`; `claude`, an Anthropic provider, for Anthropic clients)',
  route:
    "the route `main`, whose first target fails (503) on every call, so each answer comes from its fallback (embeddings come from its first target: a route never mixes two models' vectors)",
  app: '`app:shop`: prompt, knowledge base and a PII-redacting guardrail over a provider',
} as const;
export type TargetKind = keyof typeof TARGETS;
export const TARGET_KINDS = Object.keys(TARGETS) as TargetKind[];

/** A feature: its column label, the table it belongs to, and what its test checks. */
export interface FeatureSpec {
  label: string;
  table: 'generation' | 'operations';
  checks: string;
}

/** The features cells are tested on, in the order the tables show them. */
export const FEATURES = {
  text: {
    label: 'text',
    table: 'generation',
    checks: 'an answer reaches the client as its own result type, through the target named',
  },
  stream: {
    label: 'streaming',
    table: 'generation',
    checks: 'the client streams deltas that make the whole answer',
  },
  tools: {
    label: 'tools',
    table: 'generation',
    checks:
      "the client's tool loop (the call, the client's tool result sent back, the final answer), and a streamed call",
  },
  structured: {
    label: 'structured output',
    table: 'generation',
    checks: "the client's schema reaches the model and the client parses the object",
  },
  usage: {
    label: 'usage',
    table: 'generation',
    checks: "the model's token counts reach the client, answered and streamed",
  },
  errors: {
    label: 'errors',
    table: 'generation',
    checks:
      "tandem's status and message reach the client as its own error, answered and streamed (provider: upstream 429; route: every target fails; app: an unknown app)",
  },
  retrieve: { label: 'retrieve', table: 'operations', checks: 'a stored response is read back by its id' },
  delete: {
    label: 'delete',
    table: 'operations',
    checks: 'a stored response is deleted; reading it is a 404',
  },
  continue: {
    label: '`previous_response_id`',
    table: 'operations',
    checks: 'a stored conversation is continued: the model sees the earlier turns',
  },
  embed: { label: 'embed', table: 'operations', checks: 'vectors come back as the client decodes them' },
  list: {
    label: 'list & retrieve',
    table: 'operations',
    checks: 'the target is listed and can be retrieved by its id',
  },
  count: { label: 'count tokens', table: 'operations', checks: "the request's input tokens are counted" },
} as const satisfies Record<string, FeatureSpec>;
export type Feature = keyof typeof FEATURES;

/** One client on one endpoint, and the features it is tested on. */
export interface RowSpec {
  client: string;
  endpoint: string;
  /** How the client is used, e.g. the method called. */
  how: string;
  features: readonly Feature[];
  /** Cells where the target refuses the feature by design: the test checks the client shows the 400. */
  refused?: Partial<Record<TargetKind, readonly Feature[]>>;
  /** Targets the whole row does not apply to, with the reason. */
  notApplicable?: Partial<Record<TargetKind, string>>;
}

const GENERATION = ['text', 'stream', 'tools', 'structured', 'usage', 'errors'] as const;
// An app answers with its own prompt, tools and output format; a request's are refused with a 400.
const APP_REFUSES = { app: ['tools', 'structured'] } as const;

/** The rows, in the order the tables show them: one client on one endpoint each. */
export const ROWS = {
  'openai/chat': {
    client: '`openai`',
    endpoint: '/v1/chat/completions',
    how: '`chat.completions.create`',
    features: GENERATION,
    refused: APP_REFUSES,
  },
  'openai/responses': {
    client: '`openai`',
    endpoint: '/v1/responses',
    how: '`responses.create`, `.stream`, `.retrieve`, `.delete`',
    features: [...GENERATION, 'retrieve', 'delete', 'continue'],
    refused: APP_REFUSES,
  },
  'openai/embeddings': {
    client: '`openai`',
    endpoint: '/v1/embeddings',
    how: '`embeddings.create`',
    features: ['embed'],
    notApplicable: { app: 'an app answers questions; it makes no embeddings' },
  },
  'openai/models': {
    client: '`openai`',
    endpoint: '/v1/models',
    how: '`models.list`, `.retrieve`',
    features: ['list'],
  },
  'anthropic/messages': {
    client: '`@anthropic-ai/sdk`',
    endpoint: '/v1/messages',
    how: '`messages.create`, `.stream`',
    features: GENERATION,
    refused: APP_REFUSES,
  },
  'anthropic/count_tokens': {
    client: '`@anthropic-ai/sdk`',
    endpoint: '/v1/messages/count_tokens',
    how: '`messages.countTokens`',
    features: ['count'],
  },
  'anthropic/models': {
    client: '`@anthropic-ai/sdk`',
    endpoint: '/v1/models',
    how: '`models.list`, `.retrieve`',
    features: ['list'],
  },
  'ai-sdk/responses': {
    client: 'AI SDK `@ai-sdk/openai`',
    endpoint: '/v1/responses',
    how: '`openai(model)`, its default',
    features: GENERATION,
    refused: APP_REFUSES,
  },
  'ai-sdk/chat': {
    client: 'AI SDK `@ai-sdk/openai`',
    endpoint: '/v1/chat/completions',
    how: '`openai.chat(model)`',
    features: GENERATION,
    refused: APP_REFUSES,
  },
  'ai-sdk/messages': {
    client: 'AI SDK `@ai-sdk/anthropic`',
    endpoint: '/v1/messages',
    how: '`anthropic(model)`',
    features: GENERATION,
    refused: APP_REFUSES,
  },
  'agents/responses': {
    client: 'OpenAI Agents SDK',
    endpoint: '/v1/responses',
    how: '`Agent` and `run()` with their defaults',
    features: GENERATION,
    refused: APP_REFUSES,
  },
  'langchain/responses': {
    client: 'LangChain `ChatOpenAI`',
    endpoint: '/v1/responses',
    how: '`useResponsesApi: true`',
    features: GENERATION,
    refused: APP_REFUSES,
  },
  'langchain/chat': {
    client: 'LangChain `ChatOpenAI`',
    endpoint: '/v1/chat/completions',
    how: 'its default',
    features: GENERATION,
    refused: APP_REFUSES,
  },
} as const satisfies Record<string, RowSpec>;
export type RowId = keyof typeof ROWS;
/** The features a row is tested on. */
export type FeatureOf<R extends RowId> = (typeof ROWS)[R]['features'][number];

/** One cell of the matrix. */
export interface CompatCell {
  row: RowId;
  feature: Feature;
  target: TargetKind;
}

declare module 'vitest' {
  interface TaskMeta {
    compat?: CompatCell;
  }
}

/** What the matrix expects of a cell: that it works, that it is refused with a 400, or nothing (n/a). */
export function expectationOf(cell: CompatCell): 'works' | 'refused' | 'n/a' {
  const row: RowSpec = ROWS[cell.row];
  if (!row.features.includes(cell.feature) || row.notApplicable?.[cell.target]) return 'n/a';
  return row.refused?.[cell.target]?.includes(cell.feature) ? 'refused' : 'works';
}

/** Every cell a full run must have a result for, in table order. */
export function declaredCells(): CompatCell[] {
  return (Object.keys(ROWS) as RowId[]).flatMap((row) =>
    ROWS[row].features.flatMap((feature: Feature) =>
      TARGET_KINDS.map((target) => ({ row, feature, target })).filter((c) => expectationOf(c) !== 'n/a'),
    ),
  );
}

/** The key a cell is counted under. */
export const cellKey = (c: CompatCell) => `${c.row} ${c.feature} ${c.target}`;
