// One run: its variants' figures, the case matrix with its filters, and the case panel of the case picked.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import { count, ms, usd, when } from '../format';
import { location, setQuery } from '../router';
import type { MatrixPage, RunDigest, StoredSummary } from '../types';
import { IntervalBar, Loading, Problem, Status } from '../ui/bits';
import { useLoad } from '../ui/use-load';
import { CaseMatrix, type MatrixFilters } from './case-matrix';
import { CasePanel } from './case-panel';

type RunInfo = {
  run: RunDigest;
  summary?: Omit<StoredSummary, 'cases'>;
  progress?: { done: number; total: number };
};

export function RunPage({ id }: { id: string }) {
  const q = location.value.query;
  const filters: MatrixFilters = {
    variant: q.get('variant') ?? undefined,
    status: q.get('status') ?? undefined,
    tag: q.get('tag') ?? undefined,
    check: q.get('check') ?? undefined,
    text: q.get('text') ?? undefined,
  };
  const caseId = q.get('case') ?? undefined;
  const info = useLoad((signal) => api<RunInfo>(`/api/runs/${encodeURIComponent(id)}`, { signal }), [id]);
  // A run still going is followed once a second until it ends.
  const running = info.data?.run.status === 'running';
  useEffect(() => {
    if (!running) return;
    const t = setTimeout(info.reload, 1000);
    return () => clearTimeout(t);
  }, [running, info.data]);
  const [meta, setMeta] = useState<MatrixPage>();
  const caseHref = (c: string) => {
    const next = new URLSearchParams(q);
    next.set('case', c);
    return `/runs/${encodeURIComponent(id)}?${next}`;
  };
  const matrix = (
    <>
      <h2 id="cases-heading">Cases</h2>
      <MatrixFilterBar filters={filters} meta={meta} />
      <div class={caseId ? 'with-panel' : ''}>
        <CaseMatrix runId={id} filters={filters} selected={caseId} caseHref={caseHref} onMeta={setMeta} />
        {caseId ? <CasePanel runId={id} caseId={caseId} onClose={() => closeCase(caseId)} /> : null}
      </div>
    </>
  );
  return (
    <>
      <h1>
        Run <code>{id}</code>
      </h1>
      {info.error ? (
        <Problem>{info.error}</Problem>
      ) : info.data ? (
        <RunHeader {...info.data} />
      ) : (
        <Loading what="the run" />
      )}
      {info.error ? null : <RunBody info={info.data} matrix={matrix} />}
    </>
  );
}

// What follows the header: progress while the run goes, its cases once it has them. (The header's read of
// the run parses its per-case figures on the server; the matrix's pages then come from memory.)
function RunBody({ info, matrix }: { info?: RunInfo; matrix: preact.JSX.Element }) {
  if (!info) return null;
  if (info.run.status === 'running') return <Progress p={info.progress} />;
  if (!info.summary) return <p>This run has no summary: it was stopped before any sample finished.</p>;
  return matrix;
}

function Progress({ p }: { p?: { done: number; total: number } }) {
  return (
    <section aria-label="Progress" class="card">
      <h2>Running</h2>
      {p ? (
        <>
          <progress max={p.total} value={p.done} aria-label="Samples done" />{' '}
          <span aria-live="polite">
            {count(p.done)} of {count(p.total)} samples
          </span>
        </>
      ) : (
        <p class="muted">Started elsewhere: its cases appear here when it finishes.</p>
      )}
    </section>
  );
}

// Closing the panel puts focus back on the case's row, where the keyboard user was.
function closeCase(caseId: string): void {
  setQuery({ case: undefined });
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>(`.matrix a[data-case="${CSS.escape(caseId)}"]`)?.focus(),
  );
}

function RunHeader({ run, summary }: RunInfo) {
  return (
    <>
      <p class="lede">
        {run.suite} · <Status value={run.status} /> · started {when(run.startedAt)}
        {run.startedBy ? ` by ${run.startedBy}` : ''}
        {run.commit ? (
          <>
            {' '}
            on <code>{run.commit}</code>
          </>
        ) : null}{' '}
        · {count(run.samples)} samples · {usd(run.costUsd)} ·{' '}
        <a href={`/compare?a=${encodeURIComponent(run.id)}`}>compare with another run</a>
      </p>
      {summary ? <VariantCards summary={summary} /> : null}
    </>
  );
}

function VariantCards({ summary }: { summary: Omit<StoredSummary, 'cases'> }) {
  return (
    <section aria-label="Variants" class="cards">
      {summary.variants.map((v) => (
        <article class="card" key={v.name}>
          <h2>{v.name}</h2>
          {v.passRate.cases ? (
            <IntervalBar mean={v.passRate.mean} low={v.passRate.low} high={v.passRate.high} width={160} />
          ) : (
            <p class="problem">No case could be measured: every sample ended in an error.</p>
          )}
          <dl class="facts">
            <dt>Cases</dt>
            <dd>
              {v.passed} pass · {v.failed} fail · {v.flaky} flaky · {v.errored} error
            </dd>
            <dt>Latency</dt>
            <dd>
              p50 {ms(v.latencyMs.p50)} · p95 {ms(v.latencyMs.p95)}
            </dd>
            <dt>Cost</dt>
            <dd>
              {usd(v.costUsd)} · {count(v.tokens)} tokens
            </dd>
          </dl>
        </article>
      ))}
      {summary.thresholds.length ? (
        <article class="card">
          <h2>Thresholds</h2>
          <ul class="plain">
            {summary.thresholds.map((t, i) => (
              <li key={i}>
                <Status value={t.ok ? 'pass' : 'fail'} /> {t.variant}: {t.check}{' '}
                <span class="muted">{t.reason}</span>
              </li>
            ))}
          </ul>
        </article>
      ) : null}
    </section>
  );
}

function MatrixFilterBar({ filters, meta }: { filters: MatrixFilters; meta?: MatrixPage }) {
  const [text, setText] = useState(filters.text ?? '');
  useEffect(() => {
    const t = setTimeout(() => {
      if ((filters.text ?? '') !== text) setQuery({ text, case: undefined });
    }, 250);
    return () => clearTimeout(t);
  }, [text]);
  const select = (name: keyof MatrixFilters, label: string, options: string[], all: string) => (
    <label>
      {label}
      <select value={filters[name] ?? ''} onChange={(e) => setQuery({ [name]: e.currentTarget.value })}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form class="filters" aria-label="Filter cases" onSubmit={(e) => e.preventDefault()}>
      {select('variant', 'Variant', meta?.variants ?? [], 'all variants')}
      {select('status', 'Status', ['pass', 'fail', 'flaky', 'error', 'not-pass'], 'any status')}
      {select('tag', 'Tag', meta?.tags ?? [], 'any tag')}
      {select('check', 'Failed check', meta?.checks ?? [], 'any check')}
      <label>
        Search
        <input
          type="search"
          value={text}
          placeholder="case name or file"
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <span class="muted" aria-live="polite">
        {meta ? `${count(meta.total)} case${meta.total === 1 ? '' : 's'}` : ''}
      </span>
    </form>
  );
}
