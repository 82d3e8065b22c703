/**
 * @module The app API (POST /api/apps/:name/run, JSON or SSE), feedback on traces, and trace queries.
 */
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { Message } from '../../core/index.js';
import { addCaseToSuite, caseFromTrace } from '../../evals/index.js';
import type { App, AppInput, Project } from '../../pipeline/index.js';
import { appContext } from '../app-from-conversation.js';
import { errorJson, errorResponse, notFound } from '../error-response.js';
import { accountAnswer } from '../metrics.js';
import { pageLimit, readJsonBody, readQuery, timeParam } from '../read-query.js';
import { openSse } from '../sse.js';

const runSchema = z.object({
  vars: z.record(z.string(), z.unknown()).default({}),
  history: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string() })).optional(),
  stream: z.boolean().optional(),
});

const addToSuiteSchema = z.object({
  suite: z.string().min(1),
  expected: z.string().min(1).max(20_000).optional(),
});

const traceQuerySchema = z.strictObject({
  status: z.enum(['ok', 'error', 'aborted'], { error: 'status is ok, error or aborted' }).optional(),
  // A page holds 1 to 200 traces.
  limit: pageLimit(200, 50),
  app: z.string().optional(),
  route: z.string().optional(),
  name: z.string().optional(),
  key: z.string().optional(),
  before: z.string().optional(),
  text: z.string().max(500).optional(),
  feedback: z.enum(['any', 'good', 'bad'], { error: 'feedback is any, good or bad' }).optional(),
  since: timeParam.optional(),
  until: timeParam.optional(),
});

const feedbackSchema = z.object({
  traceId: z.string().min(1),
  score: z.number().min(0).max(1),
  comment: z.string().max(10_000).optional(),
});

/** Mounts the app, feedback and trace routes. */
export function mountAppApi(app: Hono, project: Project): void {
  app.post('/api/apps/:name/run', async (c) => {
    const b = await readJsonBody(c, runSchema);
    if (!b.ok) return b.res;
    const input = {
      vars: b.value.vars,
      ...(b.value.history ? { history: b.value.history as Message[] } : {}),
    };
    try {
      const target = await project.app(c.req.param('name'));
      c.set('model', `app:${target.name}`);
      const wantsStream = b.value.stream || (c.req.header('accept') ?? '').includes('text/event-stream');
      return wantsStream ? await runAsEvents(c, target, input) : await runAsJson(c, target, input);
    } catch (err) {
      return errorJson(c, err);
    }
  });

  app.post('/api/feedback', async (c) => {
    const b = await readJsonBody(c, feedbackSchema);
    if (!b.ok) return b.res;
    if (!(await project.store.traces.get(b.value.traceId))) {
      return c.json(notFound(`no trace ${b.value.traceId}`, 'traceId').body, 404);
    }
    const saved = await project.store.traces.addFeedback(b.value.traceId, {
      score: b.value.score,
      ...(b.value.comment ? { comment: b.value.comment } : {}),
    });
    return c.json(saved, 201);
  });

  app.get('/api/traces', async (c) => {
    const q = readQuery(c, traceQuerySchema);
    if (!q.ok) return q.res;
    const { app: appName, route, name, key, limit, ...rest } = q.value;
    const traceName = appName ?? route ?? name;
    const traces = await project.store.traces.list({
      ...rest,
      ...(traceName ? { name: traceName } : {}),
      ...(key ? { apiKey: key } : {}),
      limit,
    });
    return c.json({ data: traces, next: traces.length === limit ? traces.at(-1)!.id : null });
  });

  app.post('/api/traces/:id/add-to-suite', async (c) => {
    const b = await readJsonBody(c, addToSuiteSchema);
    if (!b.ok) return b.res;
    const trace = await project.store.traces.get(c.req.param('id'));
    if (!trace) return c.json(notFound(`no trace ${c.req.param('id')}`, 'id').body, 404);
    try {
      const testCase = caseFromTrace(trace, b.value.expected);
      const { line, added } = await addCaseToSuite(project.loaded.root, b.value.suite, testCase, trace.name);
      return c.json({ suite: b.value.suite, line, added, case: testCase }, added ? 201 : 200);
    } catch (err) {
      const e = errorResponse(err, 'suite');
      return c.json(e.body, e.status as 400);
    }
  });

  app.get('/api/traces/:id', async (c) => {
    const trace = await project.store.traces.get(c.req.param('id'));
    if (!trace) return c.json(notFound(`no trace ${c.req.param('id')}`, 'id').body, 404);
    return c.json({ ...trace, feedback: await project.store.traces.feedback(trace.id) });
  });
}

async function runAsJson(c: Context, target: App, input: AppInput): Promise<Response> {
  const { messages: _m, ...result } = await target.run(input, appContext(c));
  await accountAnswer(c, result);
  return c.json(result);
}

// Server-sent events named after the app's events. Nothing is sent before the first event, so a run that
// fails before it (a provider refusing at once) still answers with its HTTP status.
async function runAsEvents(c: Context, target: App, input: AppInput): Promise<Response> {
  const events = target.stream(input, appContext(c))[Symbol.asyncIterator]();
  let next = await events.next();
  const sse = openSse(c);
  try {
    for (; !next.done; next = await events.next()) {
      const ev = next.value;
      if (ev.type !== 'done') {
        await sse.send(JSON.stringify(ev), ev.type);
        continue;
      }
      const { messages: _m, ...result } = ev.result;
      await accountAnswer(c, result);
      await sse.send(JSON.stringify(result), 'done');
    }
  } catch (err) {
    await sse.send(JSON.stringify(errorResponse(err).body), 'error').catch(() => {});
    await events.return?.();
  }
  sse.end();
  return RESPONSE_ALREADY_SENT;
}
