/**
 * @module The eval endpoints the studio and scripts read: runs (GET /api/runs, /api/runs/:id), a run's case
 * matrix a page at a time (GET /api/runs/:id/cases), one case's samples (GET /api/runs/:id/cases/:caseId),
 * and comparisons (GET /api/compare, /api/compare/case). Query parameters are checked like bodies: an
 * unknown one is a 400 naming it.
 */
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import {
  answerDiff,
  caseMatrixPage,
  caseSamples,
  compareRuns,
  type EvalCase,
  findSuiteFiles,
  loadSuite,
  runDigest,
  runSummaryOf,
  type StoredSummary,
  withTraceEvidence,
} from '../../evals/index.js';
import type { Project } from '../../pipeline/index.js';
import type { EvalRunRecord, EvalStore } from '../../store/index.js';
import { badRequest, bodyError, errorResponse } from '../error-response.js';
import { apiKeyOf } from '../keys/key-guard.js';
import { readJson } from '../read-json.js';
import { answerQuery, pageLimit } from '../read-query.js';

const runsQuery = z.strictObject({
  suite: z.string().optional(),
  status: z.enum(['running', 'finished', 'interrupted', 'budget-exceeded']).optional(),
  limit: pageLimit(200, 50),
});

const matrixQuery = z.strictObject({
  variant: z.string().optional(),
  status: z.enum(['pass', 'fail', 'flaky', 'error', 'not-pass']).optional(),
  tag: z.string().optional(),
  check: z.string().optional(),
  text: z.string().optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: pageLimit(500, 100),
});

const caseQuery = z.strictObject({ variant: z.string().optional() });

const compareQuery = z.strictObject({
  a: z.string().min(1),
  b: z.string().min(1),
  variantA: z.string().optional(),
  variantB: z.string().optional(),
});

const compareCaseQuery = compareQuery.extend({ case: z.string().min(1) });

/** What the studio's start form sends. */
export interface StartEvalRequest {
  suite: string;
  /** Some of the suite's variants; default all. */
  variants?: string[];
  /** Who asked: the key's name, or `studio` on an open server. */
  startedBy: string;
}

/** A run started in the background, and its progress while it runs. */
export interface StartedEval {
  runId: string;
  progress(): { done: number; total: number } | undefined;
}

/** Starts an eval run; resolves once the run exists (a bad suite or variant rejects at once). */
export type StartEval = (req: StartEvalRequest) => Promise<StartedEval>;

const startBody = z.strictObject({
  suite: z.string().min(1),
  variants: z.array(z.string().min(1)).optional(),
});

/** What the eval endpoints share: the store, the runs kept in memory, the suites read, the runs started here. */
interface EvalApi {
  project: Project;
  store: EvalStore;
  summaries: ReturnType<typeof summaryCache>;
  suites: ReturnType<typeof suiteCache>;
  started: Map<string, StartedEval>;
}

/** Mounts the eval endpoints; `startEval` enables POST /api/runs. */
export function mountEvalApi(app: Hono, project: Project, startEval?: StartEval, warmRuns = 0): void {
  const store = project.store.evals;
  const api: EvalApi = {
    project,
    store,
    summaries: summaryCache(store),
    suites: suiteCache(project.root),
    started: new Map(),
  };
  mountStart(app, api, startEval);
  mountRuns(app, api);
  mountCompare(app, api);
  if (warmRuns > 0) setTimeout(() => void warmNewest(api, warmRuns), 0).unref();
}

// POST /api/runs and GET /api/suites: what the studio's start form needs.
function mountStart(app: Hono, { project, started }: EvalApi, startEval: StartEval | undefined): void {
  app.post('/api/runs', async (c) => {
    const b = await readJson(c, startBody);
    if (!b.ok) {
      const e = bodyError(b);
      return c.json(e.body, e.status);
    }
    if (!startEval) {
      const e = badRequest('this server cannot start eval runs', null, 'not_supported');
      return c.json(e.body, e.status);
    }
    try {
      const run = await startEval({ ...b.value, startedBy: startedByOf(c) });
      started.set(run.runId, run);
      return c.json({ runId: run.runId }, 202);
    } catch (err) {
      const e = errorResponse(err);
      return c.json(e.body, e.status as 400);
    }
  });

  app.get('/api/suites', (c) =>
    answerQuery(c, z.strictObject({}), async () => ({
      data: await Promise.all(
        (await findSuiteFiles(project.root)).map((file) =>
          loadSuite(project.root, file).then(
            (s) => ({
              file,
              ...(s.spec.app ? { app: s.spec.app } : { prompt: s.spec.prompt }),
              cases: s.cases.length,
              variants: (s.spec.variants ?? []).map((v) => v.name),
            }),
            (err: Error) => ({ file, error: err.message }),
          ),
        ),
      ),
    })),
  );
}

// The runs, a run, its case matrix and a case.
function mountRuns(app: Hono, { project, store, summaries, suites, started }: EvalApi): void {
  app.get('/api/runs', (c) =>
    answerQuery(c, runsQuery, async (q) => {
      const runs = await store.listRuns({
        ...(q.suite ? { suite: q.suite } : {}),
        limit: q.status ? 1000 : q.limit,
      });
      return {
        data: runs
          .filter((r) => !q.status || r.status === q.status)
          .slice(0, q.limit)
          .map(runDigest),
      };
    }),
  );

  app.get('/api/runs/:id', (c) =>
    answerQuery(c, z.strictObject({}), async () => {
      const id = c.req.param('id');
      // A finished run read before comes from memory: a large run's per-case figures are parsed once.
      const run =
        summaries.run(id) ??
        (await summaries.read(store, id).then(
          (r) => r.run,
          () => store.getRun(id),
        ));
      if (!run) return summaries.get(id); // the same 404 as every other run endpoint
      const { cases: _cases, ...summary } = (run.summary ?? {}) as StoredSummary;
      const progress = run.status === 'running' ? started.get(id)?.progress() : undefined;
      return { run: runDigest(run), ...(run.summary ? { summary } : {}), ...(progress ? { progress } : {}) };
    }),
  );

  app.get('/api/runs/:id/cases', (c) =>
    answerQuery(c, matrixQuery, async (q) => caseMatrixPage(await summaries.get(c.req.param('id')), q)),
  );

  app.get('/api/runs/:id/cases/:caseId', (c) =>
    answerQuery(c, caseQuery, async (q) => {
      const found = await caseSamples(
        store,
        c.req.param('id'),
        c.req.param('caseId'),
        q.variant,
        summaries.read,
      );
      // Each sample's passages and guardrail decisions, from its trace.
      const withEvidence = await withTraceEvidence(project.store.traces, found);
      return { ...withEvidence, definition: await suites.caseOf(found.suite, found.suiteHash, found.caseId) };
    }),
  );
}

// Two runs or variants side by side, and one case's answers in both.
function mountCompare(app: Hono, { store, summaries }: EvalApi): void {
  // Comparisons of finished runs never change: the last few are kept (a 10,000-case bootstrap is not free).
  const comparisons = new Map<string, Promise<unknown>>();
  app.get('/api/compare', (c) =>
    answerQuery(c, compareQuery, (q) => {
      const key = JSON.stringify([q.a, q.b, q.variantA ?? '', q.variantB ?? '']);
      const both = summaries.run(q.a) && summaries.run(q.b);
      const hit = both ? comparisons.get(key) : undefined;
      if (hit) return hit;
      const made = compareRuns(store, q, summaries.read);
      if (both) {
        if (comparisons.size >= 16) comparisons.delete(comparisons.keys().next().value!);
        comparisons.set(
          key,
          made.catch(() => comparisons.delete(key)),
        );
      }
      return made;
    }),
  );

  app.get('/api/compare/case', (c) =>
    answerQuery(c, compareCaseQuery, async (q) => {
      const [a, b] = await Promise.all([
        caseSamples(store, q.a, q.case, q.variantA, summaries.read).catch(() => undefined),
        caseSamples(store, q.b, q.case, q.variantB, summaries.read).catch(() => undefined),
      ]);
      const shown = (s: typeof a) => {
        const v = s?.variants[0];
        return v?.samples.find((r) => r.sample === (v.summary.shownSample ?? 0)) ?? v?.samples[0];
      };
      const sa = shown(a);
      const sb = shown(b);
      return {
        caseId: q.case,
        name: a?.name ?? b?.name ?? q.case,
        a: sa ?? null,
        b: sb ?? null,
        diff: answerDiff(sa?.output ?? '', sb?.output ?? ''),
      };
    }),
  );
}

// A run started from the studio is recorded as the key's (or the open studio's).
const startedByOf = (c: Context) => `studio:${apiKeyOf(c).apiKey ?? 'open'}`;

// Finished runs' summaries, parsed once: a run page asks for many pages of one large summary, and its header
// and first page arrive together (one read of the run serves both).
function summaryCache(store: EvalStore) {
  const cache = new Map<string, EvalRunRecord>();
  const reading = new Map<string, ReturnType<typeof runSummaryOf>>();
  // A run still going changes; a finished one never does.
  const keep = (run: EvalRunRecord) => {
    if (run.status === 'running' || !run.summary || cache.has(run.id)) return;
    if (cache.size >= 8) cache.delete(cache.keys().next().value!);
    cache.set(run.id, run);
  };
  const read = async (from: EvalStore, id: string) => {
    const hit = cache.get(id);
    if (hit) return { run: hit, summary: hit.summary as StoredSummary };
    let pending = reading.get(id);
    if (!pending) {
      pending = runSummaryOf(from, id).finally(() => reading.delete(id));
      reading.set(id, pending);
    }
    const found = await pending;
    keep(found.run);
    return found;
  };
  return {
    run: (id: string) => cache.get(id),
    keep,
    read,
    async get(id: string): Promise<StoredSummary> {
      return (await read(store, id)).summary;
    },
  };
}

// A case as its suite file defines it, when the file is still the one the run ran (same content hash).
function suiteCache(root: string) {
  const cache = new Map<string, Promise<Map<string, EvalCase> | undefined>>();
  const load = async (file: string, hash: string) => {
    const suite = await loadSuite(root, file).catch(() => undefined);
    return suite?.hash === hash ? new Map(suite.cases.map((x) => [x.id, x])) : undefined;
  };
  return {
    async caseOf(file: string, hash: string, caseId: string) {
      const key = `${file}\u0000${hash}`;
      let cases = cache.get(key);
      if (!cases) {
        cases = load(file, hash);
        if (cache.size >= 4) cache.delete(cache.keys().next().value!);
        cache.set(key, cases);
      }
      const found = (await cases)?.get(caseId);
      if (!found) return { suiteChanged: true as const };
      return {
        suiteChanged: false as const,
        vars: found.vars,
        ...(found.expected !== undefined ? { expected: found.expected } : {}),
        ...(found.sources ? { sources: found.sources } : {}),
        assert: found.assert,
      };
    },
  };
}

// The newest finished runs read into the cache one after another, with their case matrices, off the request path; a run that cannot be
// read (or a store closing under it) is simply left for its first visit.
async function warmNewest({ store, summaries }: EvalApi, count: number): Promise<void> {
  try {
    const runs = (await store.listRuns({ limit: count * 2 })).filter((r) => r.status !== 'running');
    for (const r of runs.slice(0, count)) {
      const read = await summaries.read(store, r.id).catch(() => undefined);
      // The case matrix's index too (built once per summary), so the first page is a lookup.
      if (read) caseMatrixPage(read.summary, { limit: 1 });
    }
  } catch {
    // Nothing to warm.
  }
}
