/**
 * @module The one source of truth for `tandem.yaml`: zod schemas from which types, validation and the
 * editor JSON Schema are all derived.
 */
import { z } from 'zod';
import { guardrailSchema } from './guardrail-schema.js';
import { appKnowledgeSchema, knowledgeBaseSchema } from './knowledge-schema.js';
import { approvalsSchema, labelsSchema } from './review-schema.js';

const name = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'use letters, digits, "-", "_" or "." (no spaces, no "/" or ":")');

export const pricingSchema = z
  .object({
    input: z.number().nonnegative().describe('USD per million input tokens'),
    output: z.number().nonnegative().describe('USD per million output tokens'),
  })
  .strict()
  .describe('Price in USD per million tokens; overrides the built-in table.');

const httpUrl = z
  .url({ protocol: /^https?$/ })
  .describe('Base URL including the scheme, e.g. http://localhost:11434/v1');

// A hosted model that stops answering must not hold a request (and its client) forever.
const providerTimeoutMs = z
  .int()
  .positive()
  .default(120_000)
  .describe(
    'Per request, when called directly or through a route: the wait for the answer, or for a stream the longest silence (default 120000)',
  );

/** An age such as 30d, 12h or 90m. */
const retentionAge = z
  .string()
  .regex(/^\d+(d|h|m)$/, 'expected an age such as 30d (days), 12h (hours) or 90m (minutes)');

const openaiProvider = z
  .object({
    type: z.literal('openai'),
    model: z.string().min(1).describe('Chat model, e.g. gpt-4o-mini, llama3.1:8b (Ollama)'),
    baseUrl: httpUrl.optional(),
    apiKey: z.string().optional().describe('Write ${OPENAI_API_KEY}; never paste a key into the file'),
    embeddingModel: z.string().optional(),
    organization: z.string().optional(),
    apiVersion: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Azure OpenAI: the api-version query, with baseUrl https://<resource>.openai.azure.com/openai/deployments/<deployment>; the key goes in the api-key header',
      ),
    api: z
      .enum(['chat', 'responses'])
      .optional()
      .describe(
        'Which OpenAI API to call: chat (Chat Completions, the default) or responses (the Responses API; /v1/responses requests are then passed through as they are)',
      ),
    headers: z.record(z.string(), z.string()).optional(),
    timeoutMs: providerTimeoutMs,
    pricing: pricingSchema.optional(),
  })
  .strict()
  .describe(
    'OpenAI or any OpenAI-compatible server: Azure OpenAI (apiVersion), Ollama, vLLM, llama.cpp, LM Studio, OpenRouter, Groq…',
  );

const anthropicProvider = z
  .object({
    type: z.literal('anthropic'),
    model: z.string().min(1).describe('e.g. claude-sonnet-4-6'),
    baseUrl: httpUrl.optional(),
    apiKey: z.string().optional().describe('Write ${ANTHROPIC_API_KEY}'),
    maxTokens: z
      .int()
      .positive()
      .default(1024)
      .describe('Default max_tokens (the Messages API requires one)'),
    timeoutMs: providerTimeoutMs,
    pricing: pricingSchema.optional(),
  })
  .strict()
  .describe('Anthropic Messages API');

// An npm package name (scoped or not): the config names a package, never a path to import.
const npmPackageName = z
  .string()
  .regex(
    /^(@[a-z0-9~][a-z0-9._~-]*\/)?[a-z0-9~][a-z0-9._~-]*$/,
    'expected an npm package name, e.g. @ai-sdk/google or @ai-sdk/amazon-bedrock',
  );

const aiSdkProvider = z
  .object({
    type: z.literal('ai-sdk'),
    package: npmPackageName.describe(
      'A Vercel AI SDK provider package installed in the project, e.g. @ai-sdk/google (npm install @ai-sdk/google)',
    ),
    model: z
      .string()
      .min(1)
      .describe('Model id as the package names it, e.g. gemini-2.5-flash, an Azure deployment'),
    embeddingModel: z
      .string()
      .min(1)
      .optional()
      .describe('Model id for embeddings, e.g. gemini-embedding-001'),
    factory: z
      .string()
      .regex(/^[A-Za-z_$][\w$]*$/, 'expected the name of a function the package exports')
      .optional()
      .describe(
        'The export that creates the provider (default: the create… export that makes language models)',
      ),
    method: z
      .string()
      .regex(/^[A-Za-z_$][\w$]*$/, 'expected the name of a method of the provider')
      .default('languageModel')
      .describe(
        "The provider's method that makes the chat model, e.g. chat for Azure's Chat Completions API",
      ),
    options: z
      .record(z.string(), z.unknown())
      .optional()
      .describe(
        'Passed to the factory: apiKey: ${GOOGLE_GENERATIVE_AI_API_KEY}, baseURL, resourceName, region…',
      ),
    providerOptions: z
      .record(z.string(), z.record(z.string(), z.unknown()))
      .optional()
      .describe(
        'Sent with every call, keyed by provider, e.g. google: { thinkingConfig: { thinkingBudget: 0 } }',
      ),
    timeoutMs: providerTimeoutMs,
    pricing: pricingSchema.optional(),
  })
  .strict()
  .describe('Any Vercel AI SDK provider package (Gemini, Azure OpenAI, Bedrock, Mistral…), installed by you');

const extractiveProvider = z
  .object({
    type: z.literal('extractive'),
    maxSentences: z.int().min(1).max(20).default(3).describe('How many sentences an answer may hold'),
    // A share of the question's weighted words: above 1 no sentence could ever reach it.
    minScore: z
      .number()
      .min(0)
      .max(1)
      .default(0.15)
      .describe('Below this relevance (a share, 0 to 1) the provider says it does not know'),
    minTerms: z
      .int()
      .min(1)
      .default(2)
      .describe(
        'A sentence must share at least this many words with the question (fewer for shorter questions)',
      ),
    fallbackText: z.string().default("I don't know based on the information I have."),
  })
  .strict()
  .describe('No model: answers with the most relevant cited sentences of the supplied context');

const echoProvider = z
  .object({ type: z.literal('echo') })
  .strict()
  .describe('Returns the last user message; for wiring and tests');

const scriptProvider = z
  .object({
    type: z.literal('script'),
    module: z.string().min(1).describe('Path of a TS/JS module whose default export is a provider factory'),
    options: z.record(z.string(), z.unknown()).optional(),
    pricing: pricingSchema.optional(),
  })
  .strict()
  .describe('Your own TS/JS provider: export default (options) => ({ generate, stream? })');

export const providerSchema = z.discriminatedUnion('type', [
  openaiProvider,
  anthropicProvider,
  aiSdkProvider,
  extractiveProvider,
  echoProvider,
  scriptProvider,
]);

export const PROVIDER_TYPES = ['openai', 'anthropic', 'ai-sdk', 'extractive', 'echo', 'script'] as const;

const routeTarget = z.union([
  name.describe('A provider or route name'),
  z
    .object({
      provider: name.describe('A provider or route name'),
      model: z.string().optional().describe("Overrides the provider's model"),
      weight: z.number().positive().default(1).describe('Share of traffic under strategy: balance'),
    })
    .strict(),
]);

export const routeSchema = z
  .object({
    strategy: z
      .enum(['fallback', 'balance', 'latency', 'cost'])
      .default('fallback')
      .describe(
        'fallback: targets in order; balance: by weight; latency: the fastest lately first; cost: the cheapest first. Failures go to the others in each case',
      ),
    targets: z.array(routeTarget).min(1, 'a route needs at least one target'),
    retry: z
      .object({
        attempts: z.int().min(1).max(10).default(3),
        baseMs: z.int().min(0).default(250),
        maxMs: z.int().min(0).default(10_000),
      })
      .strict()
      .optional()
      .describe('Retries per target on 429, 5xx, timeouts and broken responses'),
    timeoutMs: z.int().positive().optional().describe('Per attempt'),
    concurrency: z.int().positive().optional().describe('Most requests in flight at once through this route'),
    rpm: z
      .int()
      .positive()
      .optional()
      .describe('Most requests started per minute (spaced evenly), as hosted APIs meter them'),
    cache: z
      .union([z.boolean(), z.object({ ttlSeconds: z.int().positive() }).strict()])
      .optional()
      .describe('Exact-match response cache in the store (in Redis when tandem serve shares one)'),
  })
  .strict()
  .describe('A virtual model over providers; a route is itself a provider');

export const appSchema = z
  .object({
    description: z.string().optional(),
    prompt: z
      .string()
      .min(1)
      .describe(
        'Prompt file name in prompts/ (without .prompt); name@label or name@version pins a stored version',
      ),
    route: name.optional().describe("Route or provider; default: the prompt's model, then defaults.route"),
    tools: z.array(name).optional().describe('Tools from tools/*.ts the model may call'),
    maxSteps: z.int().min(1).max(50).default(8).describe('Bound on model calls in the tool loop'),
    guardrails: z
      .array(z.union([name.describe('A guardrail declared under guardrails:'), guardrailSchema]))
      .optional()
      .describe('Checks on input, retrieved text and output, run in this order'),
    knowledge: appKnowledgeSchema
      .optional()
      .describe('Retrieve from a knowledge base; chunks reach the prompt as {{context}} and {{documents}}'),
  })
  .strict();

const redisSchema = z
  .object({
    url: z
      .string()
      // An unset ${VAR} reads as "": reported (CONFIG_ENV_MISSING) only when tandem serve needs the URL.
      .refine((u) => u === '' || /^rediss?:\/\/./.test(u), {
        message: 'expected a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379',
      })
      .optional()
      .describe(
        'e.g. redis://redis:6379 or ${REDIS_URL}; the TANDEM_REDIS environment variable overrides it',
      ),
    onFailure: z
      .enum(['degrade', 'refuse'])
      .default('degrade')
      .describe(
        'While Redis is unreachable: degrade counts rate limits and budgets per replica (with a warning); refuse answers 503 to keys with limits',
      ),
    prefix: z
      .string()
      .min(1)
      .default('tandem:')
      .describe(
        'Prefix of every Redis key and channel tandem uses; give each project sharing a Redis its own',
      ),
  })
  .strict();

const configObject = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1).default(1),
    providers: z.record(name, providerSchema).default({}),
    routes: z.record(name, routeSchema).default({}),
    apps: z.record(name, appSchema).default({}),
    knowledge: z
      .record(name, knowledgeBaseSchema)
      .default({})
      .describe('Knowledge bases: documents to retrieve from'),
    guardrails: z.record(name, guardrailSchema).default({}).describe('Guardrails apps refer to by name'),
    prompts: z
      .object({ dir: z.string().default('prompts') })
      .strict()
      .default({ dir: 'prompts' }),
    tools: z
      .object({ dir: z.string().default('tools') })
      .strict()
      .default({ dir: 'tools' }),
    defaults: z
      .object({ route: name.optional().describe('Route or provider used when nothing else names one') })
      .strict()
      .default({}),
    pricing: z
      .record(z.string(), pricingSchema)
      .optional()
      .describe('Per model name, USD per million tokens'),
    tracing: z
      .object({
        captureContent: z
          .boolean()
          .default(true)
          .describe(
            'Keep prompts, inputs and outputs in traces (secrets are always redacted); false keeps only timings, tokens and cost',
          ),
        otlp: z
          .object({
            endpoint: z.url().describe('OTLP/HTTP collector base URL; spans go to <endpoint>/v1/traces'),
            headers: z.record(z.string(), z.string()).optional().describe('e.g. an authorization header'),
            serviceName: z.string().default('tandem'),
          })
          .strict()
          .optional()
          .describe('Also export spans over OTLP/HTTP (JSON) with the gen_ai.* semantic conventions'),
      })
      .strict()
      .default({ captureContent: true }),
    store: z
      .object({
        path: z
          .string()
          .default('.tandem/tandem.db')
          .describe('The SQLite file, relative to the project (used when no url is set)'),
        url: z
          .string()
          // A refinement, not a regex: its message does not echo the value, which may hold a password.
          .refine((url) => /^postgres(ql)?:\/\/\S+$/.test(url), {
            message:
              'expected a PostgreSQL URL, e.g. postgres://user@db.example.com:5432/tandem?schema=tandem (write the password as ${PGPASSWORD}, or leave it to PGPASSWORD)',
          })
          .optional()
          .describe(
            'A shared PostgreSQL store instead of the SQLite file: postgres://user:password@host:5432/db, with ?schema=name to keep tandem in a schema of its own (created when missing). TANDEM_STORE wins over it. Knowledge indexes go there too',
          ),
      })
      .strict()
      .default({ path: '.tandem/tandem.db' }),
    retention: z
      .object({
        traces: retentionAge.optional().describe('Delete traces older than this, e.g. 30d or 12h'),
        results: retentionAge
          .optional()
          .describe('Delete eval runs (and their results) that started longer ago than this, e.g. 90d'),
      })
      .strict()
      .optional()
      .describe(
        'How long the store keeps traces and eval results: `tandem store prune` deletes older ones, and `tandem serve` does so hourly',
      ),
    approvals: approvalsSchema
      .optional()
      .describe(
        'Sign-offs an app version needs before it counts as approved (tandem playbook approve --role)',
      ),
    labels: labelsSchema
      .optional()
      .describe(
        'Labels whose moves are gated, e.g. production: {} (the version must pass an eval and carry the approvals); every move of any label is recorded',
      ),
    redis: redisSchema
      .optional()
      .describe(
        'Redis shared by the replicas of tandem serve: exact rate limits, budgets, the response cache and instant key revocation (docs/scale.md)',
      ),
  })
  .strict();

export const configSchema = configObject.superRefine(checkReferences);

type Config = z.infer<typeof configObject>;
type Path = (string | number)[];

/** Route targets, app routes and defaults must name a provider or route that exists. */
function checkReferences(cfg: Config, ctx: z.RefinementCtx): void {
  const known = new Set([...Object.keys(cfg.providers), ...Object.keys(cfg.routes)]);
  const expectKnown = (ref: string, path: Path) => {
    if (known.has(ref)) return;
    ctx.addIssue({
      code: 'custom',
      path,
      message: `unknown provider or route "${ref}"`,
      params: { choices: [...known] },
    });
  };
  for (const r of Object.keys(cfg.routes).filter((r) => r in cfg.providers))
    ctx.addIssue({ code: 'custom', path: ['routes', r], message: `"${r}" is already a provider name` });
  checkRouteTargets(cfg, ctx, expectKnown);
  checkAppReferences(cfg, ctx, expectKnown);
  for (const [n, g] of Object.entries(cfg.guardrails)) {
    if (g.route) expectKnown(g.route, ['guardrails', n, 'route']);
    if (g.fallback) expectKnown(g.fallback, ['guardrails', n, 'fallback']);
  }
  checkKnowledgeReferences(cfg, ctx, expectKnown);
  if (cfg.defaults.route) expectKnown(cfg.defaults.route, ['defaults', 'route']);
}

type ExpectKnown = (ref: string, path: Path) => void;

function checkRouteTargets(cfg: Config, ctx: z.RefinementCtx, expectKnown: ExpectKnown): void {
  for (const [rname, route] of Object.entries(cfg.routes)) {
    route.targets.forEach((t, i) => {
      const ref = typeof t === 'string' ? t : t.provider;
      const path =
        typeof t === 'string' ? ['routes', rname, 'targets', i] : ['routes', rname, 'targets', i, 'provider'];
      if (ref === rname)
        ctx.addIssue({ code: 'custom', path, message: `route "${rname}" cannot target itself` });
      else expectKnown(ref, path);
    });
  }
}

function checkAppReferences(cfg: Config, ctx: z.RefinementCtx, expectKnown: ExpectKnown): void {
  const unknown = (path: Path, message: string, choices: string[]) =>
    ctx.addIssue({ code: 'custom', path, message, params: { choices } });
  for (const [aname, app] of Object.entries(cfg.apps)) {
    if (app.route) expectKnown(app.route, ['apps', aname, 'route']);
    const kb =
      typeof app.knowledge === 'string'
        ? { base: app.knowledge, at: [] }
        : app.knowledge && { base: app.knowledge.base, at: ['base'] };
    if (kb && !(kb.base in cfg.knowledge))
      unknown(
        ['apps', aname, 'knowledge', ...kb.at],
        `unknown knowledge base "${kb.base}"`,
        Object.keys(cfg.knowledge),
      );
  }
  for (const [aname, app] of Object.entries(cfg.apps)) {
    app.guardrails?.forEach((g, i) => {
      if (typeof g === 'string' && !(g in cfg.guardrails))
        unknown(['apps', aname, 'guardrails', i], `unknown guardrail "${g}"`, Object.keys(cfg.guardrails));
    });
  }
}

function checkKnowledgeReferences(cfg: Config, ctx: z.RefinementCtx, expectKnown: ExpectKnown): void {
  for (const [kname, kb] of Object.entries(cfg.knowledge)) {
    const embedder = typeof kb.embedder === 'string' ? kb.embedder : kb.embedder?.provider;
    if (embedder)
      expectKnown(embedder, [
        'knowledge',
        kname,
        'embedder',
        ...(typeof kb.embedder === 'string' ? [] : ['provider']),
      ]);
    if (kb.retrieval.rerank)
      expectKnown(kb.retrieval.rerank.route, ['knowledge', kname, 'retrieval', 'rerank', 'route']);
    if (kb.retrieval.expansion && kb.retrieval.lexicalEngine === 'fts5') {
      ctx.addIssue({
        code: 'custom',
        path: ['knowledge', kname, 'retrieval', 'expansion'],
        message: 'query expansion needs the in-memory engine: FTS5 cannot weigh the terms it adds',
        params: { hint: 'remove lexicalEngine: fts5 (memory is the default), or remove expansion' },
      });
    }
    if (kb.retrieval.mode && kb.retrieval.mode !== 'bm25' && !embedder) {
      ctx.addIssue({
        code: 'custom',
        path: ['knowledge', kname, 'retrieval', 'mode'],
        message: `mode ${kb.retrieval.mode} needs an embedder`,
        params: { hint: 'add embedder: <provider> to this knowledge base, or use mode: bm25' },
      });
    }
  }
}

export type TandemConfig = z.infer<typeof configSchema>;
/** What a user writes (defaults still optional); `defineConfig` takes this. */
export type TandemConfigInput = z.input<typeof configSchema>;
export type ProviderConfig = z.infer<typeof providerSchema>;
export type RouteConfig = z.infer<typeof routeSchema>;
export type AppConfig = z.infer<typeof appSchema>;
export type Pricing = z.infer<typeof pricingSchema>;
