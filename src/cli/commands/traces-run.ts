import { ageMs, TandemError } from '../../core/index.js';
import { addCaseToSuite, caseFromTrace } from '../../evals/index.js';
import { loadProject } from '../../pipeline/index.js';
import { isPostgresStore, type SpanStatus, type TraceFilter } from '../../store/index.js';
import { type MetricGrouping, metricsOverTime } from '../../tracing/index.js';
import { stdoutColors as pc } from '../output/colors.js';

/** `tandem traces add-to-suite`. */
export async function addToSuite(
  root: string,
  configFile: string | undefined,
  traceId: string,
  suite: string,
  expected: string | undefined,
): Promise<void> {
  const project = await loadProject(root, { file: configFile });
  try {
    const trace = await project.store.traces.get(traceId);
    if (!trace) {
      // A PostgreSQL store is named by its URL (no password); a SQLite one as configured.
      const where = isPostgresStore(project.store) ? project.store.url : project.loaded.config.store.path;
      throw new TandemError('NOT_FOUND', `no trace ${traceId} in ${where}`, {
        hint: 'trace ids are printed by tandem run and returned by the server (tandem.traceId)',
      });
    }
    const testCase = caseFromTrace(trace, expected);
    const { line, added } = await addCaseToSuite(project.loaded.root, suite, testCase, trace.name);
    if (!added) {
      process.stdout.write(`${suite}:${line} already has this case; nothing added\n`);
      return;
    }
    process.stdout.write(
      `${pc.green('added')} case "${testCase.name}" to ${suite}:${line}${expected ? '' : pc.dim(' (no --expected: add assertions to it)')}\n`,
    );
  } finally {
    await project.close();
  }
}

/** A `--since` value as epoch ms: an age back from now (24h, 7d) or an ISO date. */
function sinceMs(since: string | undefined, fallback: number): number {
  if (since === undefined) return Date.now() - fallback;
  const age = ageMs(since);
  if (age !== undefined) return Date.now() - age;
  const at = Date.parse(since);
  if (Number.isFinite(at)) return at;
  throw new TandemError('USAGE', `--since takes an age (24h, 7d, 90m) or an ISO date, not "${since}"`);
}

/** `tandem traces list`. */
export async function listTraces(
  root: string,
  configFile: string | undefined,
  o: {
    app?: string | undefined;
    key?: string | undefined;
    status?: SpanStatus | undefined;
    text?: string | undefined;
    feedback?: TraceFilter['feedback'] | undefined;
    since?: string | undefined;
    limit: number;
    json: boolean;
  },
): Promise<void> {
  const filter: TraceFilter = {
    ...(o.app ? { name: o.app } : {}),
    ...(o.key ? { apiKey: o.key } : {}),
    ...(o.status ? { status: o.status } : {}),
    ...(o.text ? { text: o.text } : {}),
    ...(o.feedback ? { feedback: o.feedback } : {}),
    ...(o.since !== undefined ? { since: sinceMs(o.since, 0) } : {}),
    limit: o.limit,
  };
  const project = await loadProject(root, { file: configFile });
  try {
    const traces = await project.store.traces.list(filter);
    if (o.json) {
      const next = traces.length === o.limit ? traces.at(-1)!.id : null;
      process.stdout.write(`${JSON.stringify({ data: traces, next }, null, 2)}\n`);
      return;
    }
    if (!traces.length) process.stdout.write('no trace matches\n');
    for (const t of traces) {
      const when = new Date(t.startedAt).toISOString().slice(0, 19).replace('T', ' ');
      const status = t.status === 'ok' ? t.status : pc.red(t.status);
      const tokens = t.usage.inputTokens + t.usage.outputTokens;
      process.stdout.write(
        `${t.id}  ${when}  ${t.name}  ${status}  ${Math.round(t.durationMs)} ms  ${tokens} tokens  $${t.costUsd.toFixed(4)}${t.apiKey ? `  key ${t.apiKey}` : ''}\n`,
      );
    }
  } finally {
    await project.close();
  }
}

/** `tandem traces stats`: the window's figures per group, as the studio's dashboard counts them. */
export async function traceStats(
  root: string,
  configFile: string | undefined,
  o: { since?: string | undefined; by: MetricGrouping; json: boolean },
): Promise<void> {
  const until = Date.now();
  const since = sinceMs(o.since, 24 * 3_600_000);
  const project = await loadProject(root, { file: configFile });
  try {
    const points = await project.store.traces.metricPoints({ since, until, limit: 1_000_000 });
    const m = metricsOverTime(points, { since, until, buckets: 24, by: o.by });
    if (o.json) {
      process.stdout.write(`${JSON.stringify(m, null, 2)}\n`);
      return;
    }
    const t = m.total;
    process.stdout.write(
      `${t.requests} requests, ${t.errors} errors, p50 ${Math.round(t.latencyMs.p50)} ms, p95 ${Math.round(t.latencyMs.p95)} ms, p99 ${Math.round(t.latencyMs.p99)} ms, ${t.inputTokens + t.outputTokens} tokens, $${t.costUsd.toFixed(4)} since ${new Date(since).toISOString().slice(0, 16).replace('T', ' ')}\n`,
    );
    for (const g of m.groups)
      process.stdout.write(
        `  ${g.group.padEnd(24)} ${String(g.requests).padStart(7)} req  ${String(g.errors).padStart(5)} err  p50 ${Math.round(g.latencyMs.p50)} ms  p95 ${Math.round(g.latencyMs.p95)} ms  $${g.costUsd.toFixed(4)}\n`,
      );
  } finally {
    await project.close();
  }
}
