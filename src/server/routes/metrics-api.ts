/**
 * @module GET /api/metrics: the dashboard's figures over a window of traces (default the last 24 hours, in
 * 24 buckets), per app and route (`by=name`), per model that answered (`by=model`) or per key (`by=key`),
 * with each key's budget used today and this month.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { TandemError } from '../../core/index.js';
import type { Project } from '../../pipeline/index.js';
import { metricsOverTime } from '../../tracing/index.js';
import { spendThisPeriod } from '../keys/key-periods.js';
import { answerQuery, timeParam } from '../read-query.js';

/** A window holds at most this many traces: a wider one is refused rather than read whole. */
const MAX_POINTS = 1_000_000;

const metricsQuery = z.strictObject({
  since: timeParam.optional(),
  until: timeParam.optional(),
  buckets: z.coerce.number().int().min(1).max(500).default(24),
  by: z.enum(['name', 'model', 'key']).default('name'),
});

/** Mounts GET /api/metrics. */
export function mountMetricsApi(app: Hono, project: Project): void {
  app.get('/api/metrics', (c) =>
    answerQuery(c, metricsQuery, async (q) => {
      const until = q.until ?? Date.now();
      const since = q.since ?? until - 24 * 3600_000;
      if (!(since < until)) throw new TandemError('USAGE', 'since must be before until');
      const points = await project.store.traces.metricPoints({ since, until, limit: MAX_POINTS + 1 });
      if (points.length > MAX_POINTS)
        throw new TandemError('USAGE', `more than ${MAX_POINTS.toLocaleString('en')} traces in this window`, {
          hint: 'Narrow it with since and until.',
        });
      return {
        ...metricsOverTime(points, { since, until, buckets: q.buckets, by: q.by }),
        budgets: await budgetsUsed(project),
      };
    }),
  );
}

/** A key with a budget, and how much of it is spent (UTC day and month, as budgets count). */
export interface BudgetUse {
  key: string;
  dayUsd: number;
  budgetUsdDay?: number;
  monthUsd: number;
  budgetUsdMonth?: number;
}

async function budgetsUsed(project: Project): Promise<BudgetUse[]> {
  const keys = project.store.keys;
  const budgeted = (await keys.list()).filter(
    (k) => !k.revokedAt && (k.budgetUsdDay !== undefined || k.budgetUsdMonth !== undefined),
  );
  return Promise.all(
    budgeted.map(async (k) => {
      const spent = await spendThisPeriod(keys, k.id);
      return {
        key: k.name,
        dayUsd: spent.today.costUsd,
        ...(k.budgetUsdDay !== undefined ? { budgetUsdDay: k.budgetUsdDay } : {}),
        monthUsd: spent.month.costUsd,
        ...(k.budgetUsdMonth !== undefined ? { budgetUsdMonth: k.budgetUsdMonth } : {}),
      };
    }),
  );
}
