// The dashboard: requests, errors, latency percentiles, tokens and cost over a window of the store's traces,
// as charts over time and per app and route, model or key; and the budgets each key has used.
import { api, qs } from '../api';
import { count, ms, usd, when } from '../format';
import { location, setQuery } from '../router';
import type { BudgetUse, MetricsOverTime } from '../types';
import { Loading, Problem } from '../ui/bits';
import { useLoad } from '../ui/use-load';

const WINDOWS: Record<string, number> = { '1h': 3600_000, '24h': 24 * 3600_000, '7d': 7 * 24 * 3600_000 };

export function DashboardPage() {
  const q = location.value.query;
  const range = q.get('window') ?? '24h';
  const by = q.get('by') ?? 'name';
  const m = useLoad(
    (signal) => {
      const until = Date.now();
      const since = until - (WINDOWS[range] ?? WINDOWS['24h']!);
      return api<MetricsOverTime & { budgets: BudgetUse[] }>(
        `/api/metrics${qs({ since, until, buckets: 24, by })}`,
        { signal },
      );
    },
    [range, by],
  );
  return (
    <>
      <h1>Dashboard</h1>
      <form class="filters" aria-label="Pick the window" onSubmit={(e) => e.preventDefault()}>
        <label>
          Window
          <select value={range} onChange={(e) => setQuery({ window: e.currentTarget.value })}>
            <option value="1h">last hour</option>
            <option value="24h">last 24 hours</option>
            <option value="7d">last 7 days</option>
          </select>
        </label>
        <label>
          Group by
          <select value={by} onChange={(e) => setQuery({ by: e.currentTarget.value })}>
            <option value="name">app or route</option>
            <option value="model">model</option>
            <option value="key">key</option>
          </select>
        </label>
      </form>
      {m.error ? (
        <Problem>{m.error}</Problem>
      ) : !m.data ? (
        <Loading what="the figures" />
      ) : (
        <Figures m={m.data} />
      )}
    </>
  );
}

const GROUP_WORDS: Record<MetricsOverTime['by'], string> = {
  name: 'app or route',
  model: 'model',
  key: 'key',
};

function Figures({ m }: { m: MetricsOverTime & { budgets: BudgetUse[] } }) {
  const t = m.total;
  return (
    <>
      <section class="cards" aria-label="The whole window">
        <Card
          title="Requests"
          value={count(t.requests)}
          note={`${count(t.errors)} errors (${t.requests ? ((t.errors / t.requests) * 100).toFixed(1) : '0.0'}%)`}
        />
        <Card
          title="Latency"
          value={`p50 ${ms(t.latencyMs.p50)}`}
          note={`p95 ${ms(t.latencyMs.p95)} · p99 ${ms(t.latencyMs.p99)}`}
        />
        <Card
          title="Tokens"
          value={count(t.inputTokens + t.outputTokens)}
          note={`${count(t.inputTokens)} in · ${count(t.outputTokens)} out`}
        />
        <Card title="Cost" value={usd(t.costUsd)} note={`${count(t.requests)} requests`} />
      </section>
      <p class="muted">
        {when(m.since)} to {when(m.until)}, in {m.buckets.length} slices of {Math.round(m.bucketMs / 60_000)}{' '}
        minutes
      </p>
      <div class="columns">
        <Bars
          title="Requests (errors darker)"
          m={m}
          value={(b) => b.requests}
          part={(b) => b.errors}
          format={count}
        />
        <Bars title="Latency p95" m={m} value={(b) => b.latencyMs.p95} format={ms} />
        <Bars title="Tokens" m={m} value={(b) => b.inputTokens + b.outputTokens} format={count} />
        <Bars title="Cost" m={m} value={(b) => b.costUsd} format={usd} />
      </div>
      <h2>By {GROUP_WORDS[m.by]}</h2>
      <table class="grid">
        <thead>
          <tr>
            <th scope="col">{GROUP_WORDS[m.by].replace(/^./, (c) => c.toUpperCase())}</th>
            <th scope="col" class="num">
              Requests
            </th>
            <th scope="col" class="num">
              Errors
            </th>
            <th scope="col" class="num">
              p50
            </th>
            <th scope="col" class="num">
              p95
            </th>
            <th scope="col" class="num">
              p99
            </th>
            <th scope="col" class="num">
              Tokens
            </th>
            <th scope="col" class="num">
              Cost
            </th>
          </tr>
        </thead>
        <tbody>
          {m.groups.map((g) => (
            <tr key={g.group}>
              <th scope="row">{g.group}</th>
              <td class="num">{count(g.requests)}</td>
              <td class="num">{count(g.errors)}</td>
              <td class="num">{ms(g.latencyMs.p50)}</td>
              <td class="num">{ms(g.latencyMs.p95)}</td>
              <td class="num">{ms(g.latencyMs.p99)}</td>
              <td class="num">{count(g.inputTokens + g.outputTokens)}</td>
              <td class="num">{usd(g.costUsd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!m.groups.length ? <p>No trace in this window.</p> : null}
      <Budgets budgets={m.budgets} />
    </>
  );
}

function Card({ title, value, note }: { title: string; value: string; note: string }) {
  return (
    <article class="card">
      <h2>{title}</h2>
      <p class="big">{value}</p>
      <p class="muted">{note}</p>
    </article>
  );
}

type Bucket = MetricsOverTime['buckets'][number];

// Bars over the window's buckets, scaled to the largest; the figures are in the label for screen readers.
function Bars({
  title,
  m,
  value,
  part,
  format,
}: {
  title: string;
  m: MetricsOverTime;
  value: (b: Bucket) => number;
  part?: (b: Bucket) => number;
  format: (x: number) => string;
}) {
  const top = Math.max(0, ...m.buckets.map(value));
  const w = 480;
  const h = 90;
  const bw = w / m.buckets.length;
  const label = `${title}: ${m.buckets.map((b) => `${when(b.start)} ${format(value(b))}`).join('; ')}`;
  return (
    <figure>
      <svg width={w} height={h + 14} role="img" aria-label={label}>
        {m.buckets.map((b, i) => {
          const v = top ? (value(b) / top) * h : 0;
          const p = top && part ? (part(b) / top) * h : 0;
          return (
            <g key={b.start}>
              <rect x={i * bw + 1} y={h - v} width={bw - 2} height={v} class="bar" />
              {p ? <rect x={i * bw + 1} y={h - p} width={bw - 2} height={p} class="bar-part" /> : null}
            </g>
          );
        })}
        <line x1="0" x2={w} y1={h} y2={h} class="axis" />
        <text x="0" y={h + 12} class="axis-label">
          {when(m.since)}
        </text>
        <text x={w} y={h + 12} text-anchor="end" class="axis-label">
          {when(m.until)}
        </text>
      </svg>
      <figcaption>
        {title} · highest {format(top)}
      </figcaption>
    </figure>
  );
}

// Each key with a budget: spent against it today and this month (UTC, as budgets count).
function Budgets({ budgets }: { budgets: BudgetUse[] }) {
  if (!budgets.length) return null;
  const used = (spent: number, budget: number | undefined) =>
    budget === undefined
      ? usd(spent)
      : `${usd(spent)} of ${usd(budget)} (${((spent / budget) * 100).toFixed(0)}%)`;
  return (
    <>
      <h2>Budgets</h2>
      <table class="grid">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Today</th>
            <th scope="col">This month</th>
          </tr>
        </thead>
        <tbody>
          {budgets.map((b) => (
            <tr key={b.key}>
              <th scope="row">{b.key}</th>
              <td>{used(b.dayUsd, b.budgetUsdDay)}</td>
              <td>{used(b.monthUsd, b.budgetUsdMonth)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
