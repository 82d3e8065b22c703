/**
 * @module The HTTP service: the OpenAI-compatible gateway in front of every route, provider and app, plus
 * health checks. One Hono app; `tandem serve` puts it on a Node server.
 */
import { type Context, Hono } from 'hono';
import type { Project } from '../pipeline/index.js';
import type { RedisLink } from '../redis/index.js';
import type { TraceSink } from '../tracing/index.js';
import { bearerMatches } from './bearer.js';
import { createDrain } from './drain.js';
import { errorJson, notFound } from './error-response.js';
import { mountKeys } from './keys/mount-keys.js';
import { createMetrics } from './metrics.js';
import { readiness } from './readiness.js';
import { resolveModel } from './resolve-model.js';
import { mountAppApi } from './routes/app-api.js';
import { chatCompletions } from './routes/chat-completions.js';
import { embeddings } from './routes/embeddings.js';
import { mountEvalApi, type StartEval } from './routes/eval-api.js';
import { countTokens, messages } from './routes/messages.js';
import { mountMetricsApi } from './routes/metrics-api.js';
import { mountPlaygroundApi } from './routes/playground-api.js';
import { mountPromptApi } from './routes/prompt-api.js';
import { responsesApi } from './routes/responses.js';
import { mountReviewApi } from './routes/review-api.js';
import { sameOriginWrites } from './same-origin.js';
import { mountStudio } from './studio-assets.js';

export interface ServerOptions {
  traces?: TraceSink;
  /** Enables /admin/keys; default: the TANDEM_ADMIN_KEY environment variable. */
  adminKey?: string;
  /** Makes GET /metrics need this bearer token; default: the TANDEM_METRICS_KEY environment variable. */
  metricsKey?: string;
  /** Redis shared with the other replicas: rate windows, budgets, key revocations, `/readyz` reports it. */
  redis?: RedisLink;
  /** Starts an eval run in the background (POST /api/runs); given by `startServer`, which owns `runEval`. */
  startEval?: StartEval;
  /**
   * Reads this many of the newest finished runs into memory just after start (`tandem ui`: the runs people
   * open first; a large run's per-case figures take a few hundred ms to parse), so their pages open warm.
   */
  warmRuns?: number;
}

/** The HTTP app of a project, and what `tandem serve` needs to stop it well. */
export interface ServerApp {
  app: Hono;
  traces: TraceSink;
  /** Starts draining: `/readyz` answers 503, new requests are refused with a 503. */
  stopping(): void;
  /** Resolves once no request is in flight. */
  inFlight(): Promise<void>;
  /** Ends the requests still in flight (the shutdown deadline): streams end with an error event. */
  cutOff(): void;
  /** Writes what is still batched in memory (traces, key spend); call before exit. */
  flush(): Promise<void>;
}

/** Builds the app for a loaded project. */
export function createServerApp(project: Project, opts: ServerOptions = {}): ServerApp {
  const drain = createDrain();
  // The project's sink: batched when `tandem serve` loads it, exported over OTLP when configured.
  const traces = opts.traces ?? project.traces;
  const app = new Hono();
  app.use('*', drain.middleware);
  const metrics = createMetrics();
  // Metrics name keys, models and spend: with a metrics key set, only a scraper that has it reads them.
  const metricsKey = opts.metricsKey ?? process.env.TANDEM_METRICS_KEY;
  app.get('/metrics', async (c) => {
    if (metricsKey && !bearerMatches(c, metricsKey))
      return c.json(
        {
          error: {
            message: '/metrics needs "Authorization: Bearer <TANDEM_METRICS_KEY>"',
            type: 'authentication_error',
            param: null,
            code: 'invalid_metrics_key',
          },
        },
        401,
      );
    c.header('content-type', metrics.registry.contentType);
    return c.body(await metrics.registry.metrics());
  });
  app.use('/v1/*', metrics.middleware);
  app.use('/api/*', metrics.middleware);
  app.use('/api/*', sameOriginWrites());
  app.use('/admin/*', sameOriginWrites());
  const keys = mountKeys(app, project.store.keys, {
    adminKey: opts.adminKey ?? process.env.TANDEM_ADMIN_KEY,
    redis: opts.redis,
  });
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  // A draining server says so, so a load balancer stops sending before the port closes.
  app.get('/readyz', (c) => {
    if (drain.draining()) return c.json({ status: 'stopping' }, 503);
    const ready = readiness(opts.redis, project.traces.health?.());
    return c.json(ready.body, ready.status);
  });
  const modelIds = () => {
    const { providers, routes } = project.providers.names();
    return [...routes, ...providers, ...Object.keys(project.loaded.config.apps).map((a) => `app:${a}`)];
  };
  // An Anthropic client (it sends anthropic-version) gets models in Anthropic's shape, others OpenAI's.
  const anthropic = (c: Context) => c.req.header('anthropic-version') !== undefined;
  const modelObject = (c: Context, id: string) =>
    anthropic(c)
      ? { type: 'model', id, display_name: id, created_at: '1970-01-01T00:00:00Z' }
      : { id, object: 'model', created: 0, owned_by: 'tandem' };
  app.get('/v1/models', (c) => {
    const ids = modelIds();
    const data = ids.map((id) => modelObject(c, id));
    if (!anthropic(c)) return c.json({ object: 'list', data });
    return c.json({ data, has_more: false, first_id: ids[0] ?? null, last_id: ids.at(-1) ?? null });
  });
  // Clients (the SDKs' models.retrieve, some frameworks) check one model before using it.
  app.get('/v1/models/:id{.+}', async (c) => {
    const id = c.req.param('id');
    try {
      await resolveModel(project, id); // also `provider/model`, and says "did you mean" when wrong
      return c.json(modelObject(c, id));
    } catch (err) {
      return errorJson(c, err, 'model');
    }
  });
  app.post('/v1/chat/completions', chatCompletions(project, traces));
  app.post('/v1/messages', messages(project, traces));
  app.post('/v1/messages/count_tokens', countTokens(project));
  app.post('/v1/embeddings', embeddings(project, traces));
  const responses = responsesApi(project, traces);
  app.post('/v1/responses', responses.create);
  app.get('/v1/responses/:id', responses.get);
  app.delete('/v1/responses/:id', responses.remove);
  mountAppApi(app, project);
  mountEvalApi(app, project, opts.startEval, opts.warmRuns);
  mountPromptApi(app, project);
  mountReviewApi(app, project);
  mountPlaygroundApi(app, project);
  mountMetricsApi(app, project);
  mountStudio(app);
  app.notFound((c) => c.json(notFound(`no route ${c.req.method} ${c.req.path}`).body, 404));
  return {
    app,
    traces,
    stopping: drain.stopping,
    inFlight: drain.inFlight,
    cutOff: drain.cutOff,
    flush: async () => {
      await traces.flush();
      await keys.flush();
    },
  };
}
