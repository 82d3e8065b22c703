// Two runs (or two variants) side by side: the paired difference with its interval, cases fixed and
// broken with their answers word by word, per-tag and per-check deltas, cost and latency, and charts.
import { api, qs } from '../api';
import { ms, pct, pts, usd, when } from '../format';
import { location, setQuery } from '../router';
import type { AnswerDiff, EvalResultRecord, RunComparison, RunDigest } from '../types';
import { IntervalBar, Loading, Problem, Status } from '../ui/bits';
import { useLoad } from '../ui/use-load';

export function ComparePage() {
  const q = location.value.query;
  const a = q.get('a') ?? '';
  const b = q.get('b') ?? '';
  const variantA = q.get('variantA') ?? undefined;
  const variantB = q.get('variantB') ?? undefined;
  const shown = q.get('case') ?? undefined;
  const runs = useLoad(
    (signal) => api<{ data: RunDigest[] }>('/api/runs?limit=200&status=finished', { signal }),
    [],
  );
  const cmp = useLoad(
    async (signal) =>
      a && b ? api<RunComparison>(`/api/compare${qs({ a, b, variantA, variantB })}`, { signal }) : undefined,
    [a, b, variantA, variantB],
  );
  const list = runs.data?.data ?? [];
  const variantsOf = (id: string) => list.find((r) => r.id === id)?.variants.map((v) => v.name) ?? [];
  return (
    <>
      <h1>Compare</h1>
      <form class="filters" aria-label="Pick what to compare" onSubmit={(e) => e.preventDefault()}>
        <RunPicker
          label="Run A"
          value={a}
          runs={list}
          onPick={(id) => setQuery({ a: id, variantA: undefined, case: undefined })}
        />
        <VariantPicker
          label="Variant A"
          value={variantA}
          options={variantsOf(a)}
          onPick={(v) => setQuery({ variantA: v, case: undefined })}
        />
        <RunPicker
          label="Run B"
          value={b}
          runs={list}
          onPick={(id) => setQuery({ b: id, variantB: undefined, case: undefined })}
        />
        <VariantPicker
          label="Variant B"
          value={variantB}
          options={variantsOf(b)}
          onPick={(v) => setQuery({ variantB: v, case: undefined })}
        />
      </form>
      {!a || !b ? <p>Pick two runs (the same run twice compares two of its variants).</p> : null}
      {cmp.error ? <Problem>{cmp.error}</Problem> : null}
      {a && b && !cmp.data && !cmp.error ? <Loading what="the comparison" /> : null}
      {cmp.data ? <Comparison c={cmp.data} shown={shown} /> : null}
    </>
  );
}

function RunPicker({
  label,
  value,
  runs,
  onPick,
}: {
  label: string;
  value: string;
  runs: RunDigest[];
  onPick: (id: string) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onPick(e.currentTarget.value)}>
        <option value="">pick a run</option>
        {runs
          .filter((r) => r.variants.some((v) => v.passRate))
          .map((r) => (
            <option key={r.id} value={r.id}>
              {when(r.startedAt)} · {r.suite} · {r.variants.map((v) => pct(v.passRate?.mean)).join(' / ')}
              {r.status === 'finished' ? '' : ` · ${r.status}`} · {r.id}
            </option>
          ))}
      </select>
    </label>
  );
}

function VariantPicker({
  label,
  value,
  options,
  onPick,
}: {
  label: string;
  value?: string;
  options: string[];
  onPick: (v: string) => void;
}) {
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onPick(e.currentTarget.value)}>
        <option value="">first variant</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

function Comparison({ c, shown }: { c: RunComparison; shown?: string }) {
  const d = c.difference;
  const caseLink = (id: string) => {
    const next = new URLSearchParams(location.value.query);
    next.set('case', id);
    return `/compare?${next}`;
  };
  return (
    <>
      <section aria-label="Summary" class="cards">
        <SideCard title="A" side={c.a} />
        <SideCard title="B" side={c.b} />
        <article class="card">
          <h2>B − A</h2>
          <p class={`delta ${d.low > 0 ? 'better' : d.high < 0 ? 'worse' : ''}`}>
            {pts(d.mean)}{' '}
            <span class="muted">
              (95% CI {pts(d.low)} to {pts(d.high)})
            </span>
          </p>
          <p class="muted">
            over {c.cases} shared cases
            {c.onlyInA.length ? ` · ${c.onlyInA.length} only in A` : ''}
            {c.onlyInB.length ? ` · ${c.onlyInB.length} only in B` : ''}
          </p>
          <dl class="facts">
            <dt>Cost</dt>
            <dd>
              {usd(c.a.costUsd)} → {usd(c.b.costUsd)}
            </dd>
            <dt>Latency p50</dt>
            <dd>
              {ms(c.a.latencyMs.p50)} → {ms(c.b.latencyMs.p50)}
            </dd>
            <dt>Latency p95</dt>
            <dd>
              {ms(c.a.latencyMs.p95)} → {ms(c.b.latencyMs.p95)}
            </dd>
          </dl>
        </article>
      </section>
      <div class="columns">
        <CaseList title={`Fixed (${c.fixed.length})`} cases={c.fixed} href={caseLink} kind="pass" />
        <CaseList title={`Broken (${c.broken.length})`} cases={c.broken} href={caseLink} kind="fail" />
      </div>
      {shown ? <SideBySide c={c} caseId={shown} /> : null}
      <DeltaTable title="By tag (case pass rate)" rows={c.tags} format={pct} />
      <DeltaTable
        title="By check (mean score)"
        rows={c.metrics}
        format={(x) => (x === undefined ? 'n/a' : x.toFixed(2))}
      />
      <LatencyChart c={c} />
    </>
  );
}

function SideCard({ title, side }: { title: string; side: RunComparison['a'] }) {
  return (
    <article class="card">
      <h2>
        {title}: <a href={`/runs/${encodeURIComponent(side.runId)}`}>{side.runId}</a>
      </h2>
      <p class="muted">
        {side.suite} · variant {side.variant}
      </p>
      <IntervalBar mean={side.passRate.mean} low={side.passRate.low} high={side.passRate.high} width={160} />
    </article>
  );
}

function CaseList({
  title,
  cases,
  href,
  kind,
}: {
  title: string;
  cases: RunComparison['fixed'];
  href: (id: string) => string;
  kind: string;
}) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {cases.length ? (
        <ul class="plain">
          {cases.map((x) => (
            <li key={x.caseId}>
              <Status value={kind} /> <a href={href(x.caseId)}>{x.name}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">None.</p>
      )}
    </section>
  );
}

type CaseAnswers = {
  caseId: string;
  name: string;
  a: EvalResultRecord | null;
  b: EvalResultRecord | null;
  diff: AnswerDiff[];
};

function SideBySide({ c, caseId }: { c: RunComparison; caseId: string }) {
  const data = useLoad(
    (signal) =>
      api<CaseAnswers>(
        `/api/compare/case${qs({ a: c.a.runId, b: c.b.runId, variantA: c.a.variant, variantB: c.b.variant, case: caseId })}`,
        { signal },
      ),
    [c.a.runId, c.b.runId, c.a.variant, c.b.variant, caseId],
  );
  if (data.error) return <Problem>{data.error}</Problem>;
  if (!data.data) return <Loading what="the answers" />;
  const x = data.data;
  return (
    <section aria-label={`Answers to ${x.name}`} class="card">
      <h2>Answers to “{x.name}”</h2>
      <div class="columns">
        <div>
          <h3>A {x.a ? <Status value={x.a.status} /> : null}</h3>
          <p class="answer prewrap">
            {x.diff
              .filter((p) => p.op !== 'added')
              .map((p, i) =>
                p.op === 'removed' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>,
              )}
          </p>
        </div>
        <div>
          <h3>B {x.b ? <Status value={x.b.status} /> : null}</h3>
          <p class="answer prewrap">
            {x.diff
              .filter((p) => p.op !== 'removed')
              .map((p, i) =>
                p.op === 'added' ? <ins key={i}>{p.text}</ins> : <span key={i}>{p.text}</span>,
              )}
          </p>
        </div>
      </div>
    </section>
  );
}

function DeltaTable({
  title,
  rows,
  format,
}: {
  title: string;
  rows: RunComparison['tags'];
  format: (x: number | undefined) => string;
}) {
  if (!rows.length) return null;
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <table class="grid compact">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col" class="num">
              A
            </th>
            <th scope="col" class="num">
              B
            </th>
            <th scope="col" class="num">
              B − A
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <th scope="row">{r.name}</th>
              <td class="num">
                {r.aInterval && r.a !== undefined ? (
                  <IntervalBar mean={r.a} low={r.aInterval.low} high={r.aInterval.high} width={90} />
                ) : (
                  format(r.a)
                )}
              </td>
              <td class="num">
                {r.bInterval && r.b !== undefined ? (
                  <IntervalBar mean={r.b} low={r.bInterval.low} high={r.bInterval.high} width={90} />
                ) : (
                  format(r.b)
                )}
              </td>
              <td class="num">
                {r.a !== undefined && r.b !== undefined
                  ? format === pct
                    ? pts(r.b - r.a)
                    : (r.b - r.a).toFixed(2)
                  : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

// The two latency distributions as bars over the same bins (each side's bins span 0 to its slowest sample).
function LatencyChart({ c }: { c: RunComparison }) {
  const bars = (side: RunComparison['a']) => {
    const bins = side.latencyMs.bins ?? [];
    const top = Math.max(1, ...bins);
    return bins.map((n, i) => ({ i, h: (n / top) * 60, n }));
  };
  const chart = (side: RunComparison['a'], label: string) => (
    <figure>
      <svg
        width="240"
        height="70"
        role="img"
        aria-label={`${label}: latency of ${side.samples} samples, p50 ${ms(side.latencyMs.p50)}, p95 ${ms(side.latencyMs.p95)}, slowest ${ms(side.latencyMs.max)}`}
      >
        {bars(side).map((b) => (
          <rect key={b.i} x={b.i * 20} y={65 - b.h} width="18" height={b.h} class="bar" />
        ))}
      </svg>
      <figcaption>
        {label}: 0 to {ms(side.latencyMs.max)}
      </figcaption>
    </figure>
  );
  return (
    <section aria-label="Latency distribution">
      <h2>Latency distribution</h2>
      <div class="columns">
        {chart(c.a, 'A')}
        {chart(c.b, 'B')}
      </div>
    </section>
  );
}
