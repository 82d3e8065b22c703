/**
 * @module The playground's endpoints: what can be tried (GET /api/playground: apps, prompts, routes), the
 * inputs a prompt version asks for (GET /api/playground/inputs, from its input schema), a run of an app or
 * a prompt at any version on any route, streamed (POST /api/playground/run: the answer's deltas, then the
 * whole result — the messages as the model saw them, the passages with their text, tool calls, guardrail
 * decisions, tokens and cost), and saving an input with a corrected answer as a case of a suite
 * (POST /api/playground/save, the file edited as `tandem traces add-to-suite` does).
 */
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { TandemError } from '../../core/index.js';
import { addCaseToSuite } from '../../evals/index.js';
import type { App, AppInput, Project } from '../../pipeline/index.js';
import { toJsonSchema } from '../../prompts/index.js';
import { appContext } from '../app-from-conversation.js';
import { errorResponse } from '../error-response.js';
import { accountAnswer } from '../metrics.js';
import { answerBody, answerQuery, readJsonBody } from '../read-query.js';
import { openSse } from '../sse.js';

const none = z.strictObject({});
// What to run: an app (optionally with another prompt version) or a bare prompt, on its route or another.
const target = {
  app: z.string().min(1).optional(),
  prompt: z.string().min(1).optional().describe('name, name@label or name@version'),
  route: z.string().min(1).optional(),
};
const inputsQuery = z.strictObject(target);
const runBody = z.strictObject({ ...target, vars: z.record(z.string(), z.unknown()).default({}) });
const saveBody = z.strictObject({
  suite: z.string().min(1),
  app: z.string().min(1).optional(),
  vars: z.record(z.string(), z.unknown()),
  expected: z.string().min(1).max(20_000).optional(),
  name: z.string().min(1).max(200).optional(),
  traceId: z.string().min(1).max(100).optional().describe('the run it comes from, named in the case'),
});

/** Mounts the playground endpoints. */
export function mountPlaygroundApi(app: Hono, project: Project): void {
  app.get('/api/playground', (c) =>
    answerQuery(c, none, async () => {
      const { providers, routes } = project.providers.names();
      const apps = Object.entries(project.loaded.config.apps).map(([name, cfg]) => ({
        name,
        prompt: cfg.prompt,
        ...(cfg.route ? { route: cfg.route } : {}),
      }));
      return { apps, prompts: await project.prompts.names(), routes: [...routes, ...providers] };
    }),
  );
  app.get('/api/playground/inputs', (c) =>
    answerQuery(c, inputsQuery, async (q) => {
      const chosen = await targetOf(project, q);
      const schema = await toJsonSchema(
        chosen.prompt.frontMatter.input?.schema,
        chosen.prompt.origin,
        'input.schema',
      );
      return { prompt: { name: chosen.prompt.name, version: chosen.prompt.version }, schema: schema ?? null };
    }),
  );
  app.post('/api/playground/run', async (c) => {
    const b = await readJsonBody(c, runBody);
    if (!b.ok) return b.res;
    try {
      const chosen = await targetOf(project, b.value);
      c.set('model', `app:${chosen.name}`);
      return await streamRun(c, project, chosen, { vars: b.value.vars });
    } catch (err) {
      const e = errorResponse(err);
      return c.json(e.body, e.status as 400);
    }
  });
  app.post('/api/playground/save', (c) =>
    answerBody(
      c,
      saveBody,
      async (b) => {
        const first = Object.values(b.vars).find((v) => typeof v === 'string') as string | undefined;
        // Named like a case added from a trace: its first input and the run it comes from.
        const label = first ? (first.length > 60 ? `${first.slice(0, 57)}…` : first) : 'playground case';
        const name = b.name ?? (b.traceId ? `${label} (${b.traceId})` : label);
        const testCase = {
          name,
          tags: ['from-playground'],
          vars: b.vars,
          ...(b.expected ? { expected: b.expected } : {}),
          assert: b.expected ? [{ type: 'rouge-l' as const }] : [],
        };
        const added = await addCaseToSuite(project.loaded.root, b.suite, testCase, b.app);
        return { suite: b.suite, ...added, case: testCase };
      },
      201,
    ),
  );
}

/** The app a playground request names: an app (with another prompt or route), or a bare prompt. */
async function targetOf(
  project: Project,
  q: { app?: string | undefined; prompt?: string | undefined; route?: string | undefined },
): Promise<App> {
  const overrides = { ...(q.route ? { route: q.route } : {}) };
  if (q.app) return project.app(q.app, { ...overrides, ...(q.prompt ? { prompt: q.prompt } : {}) });
  if (q.prompt) return project.promptApp(q.prompt, overrides);
  throw new TandemError('USAGE', 'name an app or a prompt to run', {
    hint: 'Send { "app": "support" } or { "prompt": "answer@production" }.',
  });
}

// The run's events as SSE, the last one the whole result with each passage's text; the trace is stored
// before it, so "add to suite" and the trace link work at once.
async function streamRun(c: Context, project: Project, target: App, input: AppInput): Promise<Response> {
  const sse = openSse(c);
  try {
    for await (const ev of target.stream(input, appContext(c))) {
      if (ev.type !== 'done') {
        await sse.send(JSON.stringify(ev), ev.type);
        continue;
      }
      await accountAnswer(c, ev.result);
      const passages = target.knowledge ? await target.passages(input).catch(() => []) : [];
      const texts = new Map(passages.map((p) => [p.id, p.text]));
      const retrieved = ev.result.retrieved.map((r) => ({ ...r, text: texts.get(r.id) ?? '' }));
      const sink = project.traces;
      await (sink.flushToStore ? sink.flushToStore() : sink.flush());
      await sse.send(JSON.stringify({ ...ev.result, retrieved }), 'done');
    }
  } catch (err) {
    await sse.send(JSON.stringify(errorResponse(err).body), 'error').catch(() => {});
  }
  sse.end();
  return RESPONSE_ALREADY_SENT;
}
