// The eval runs list: newest first, filtered by suite and status, each variant's pass rate with its interval.

import { useState } from 'preact/hooks';
import { api, qs } from '../api';
import { count, usd, when } from '../format';
import { canWrite } from '../me';
import { location, navigate, setQuery } from '../router';
import type { RunDigest } from '../types';
import { IntervalBar, Loading, Problem, Status } from '../ui/bits';
import { useLoad } from '../ui/use-load';

const STATUSES = ['running', 'finished', 'interrupted', 'budget-exceeded'];

export function RunsPage() {
  const suite = location.value.query.get('suite') ?? '';
  const status = location.value.query.get('status') ?? '';
  const all = useLoad(
    (signal) => api<{ data: RunDigest[] }>(`/api/runs${qs({ limit: 200 })}`, { signal }),
    [],
  );
  const runs = useLoad(
    (signal) => api<{ data: RunDigest[] }>(`/api/runs${qs({ suite, status, limit: 200 })}`, { signal }),
    [suite, status],
  );
  const suites = [...new Set((all.data?.data ?? []).map((r) => r.suite))].sort();
  return (
    <>
      <h1>Eval runs</h1>
      {canWrite() ? <StartEval /> : null}
      <form class="filters" aria-label="Filter runs" onSubmit={(e) => e.preventDefault()}>
        <label>
          Suite
          <select value={suite} onChange={(e) => setQuery({ suite: e.currentTarget.value })}>
            <option value="">all suites</option>
            {suites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => setQuery({ status: e.currentTarget.value })}>
            <option value="">any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <a class="button" href={`/compare`}>
          Compare runs
        </a>
      </form>
      {runs.error ? (
        <Problem>{runs.error}</Problem>
      ) : !runs.data ? (
        <Loading what="runs" />
      ) : (
        <RunsTable runs={runs.data.data} />
      )}
    </>
  );
}

function RunsTable({ runs }: { runs: RunDigest[] }) {
  if (!runs.length)
    return (
      <p>
        No runs yet. Start one with <code>tandem eval</code>.
      </p>
    );
  return (
    <table class="grid">
      <thead>
        <tr>
          <th scope="col">Run</th>
          <th scope="col">Suite</th>
          <th scope="col">Variants and pass rate (95% CI)</th>
          <th scope="col" class="num">
            Samples
          </th>
          <th scope="col" class="num">
            Cost
          </th>
          <th scope="col">Started</th>
          <th scope="col">By</th>
          <th scope="col">Commit</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((r) => (
          <tr key={r.id}>
            <td>
              <a href={`/runs/${encodeURIComponent(r.id)}`}>{r.id}</a>
            </td>
            <td>{r.suite}</td>
            <td>
              <ul class="variants">
                {r.variants.map((v) => (
                  <li key={v.name}>
                    <span class="variant-name">{v.name}</span>
                    {v.passRate ? <IntervalBar {...v.passRate} /> : <span class="muted">no figures yet</span>}
                  </li>
                ))}
              </ul>
            </td>
            <td class="num">{count(r.samples)}</td>
            <td class="num">{usd(r.costUsd)}</td>
            <td>{when(r.startedAt)}</td>
            <td>{r.startedBy ?? ''}</td>
            <td>
              <code>{r.commit ?? ''}</code>
            </td>
            <td>
              <Status value={r.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type SuiteInfo = { file: string; cases?: number; variants?: string[]; error?: string };

// Starts a run of a suite (all or some of its variants) and opens its page, which follows its progress.
function StartEval() {
  const suites = useLoad((signal) => api<{ data: SuiteInfo[] }>('/api/suites', { signal }), []);
  const [suite, setSuite] = useState('');
  const [variants, setVariants] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const list = (suites.data?.data ?? []).filter((s) => !s.error);
  const chosen = list.find((s) => s.file === suite) ?? list[0];
  const start = async (e: Event) => {
    e.preventDefault();
    if (!chosen) return;
    setBusy(true);
    setError(undefined);
    try {
      const picked = variants.filter((v) => chosen.variants?.includes(v));
      const r = await api<{ runId: string }>('/api/runs', {
        body: { suite: chosen.file, ...(picked.length ? { variants: picked } : {}) },
      });
      navigate(`/runs/${encodeURIComponent(r.runId)}`);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };
  return (
    <details class="card start">
      <summary>Start an eval</summary>
      <form onSubmit={start} aria-label="Start an eval">
        <label class="block">
          Suite
          <select value={chosen?.file ?? ''} onChange={(e) => setSuite(e.currentTarget.value)}>
            {list.map((s) => (
              <option key={s.file} value={s.file}>
                {s.file} ({s.cases} cases)
              </option>
            ))}
          </select>
        </label>
        {chosen?.variants?.length ? (
          <fieldset>
            <legend>Variants (none ticked: all)</legend>
            {chosen.variants.map((v) => (
              <label key={v} class="check">
                <input
                  type="checkbox"
                  checked={variants.includes(v)}
                  onChange={(e) =>
                    setVariants(e.currentTarget.checked ? [...variants, v] : variants.filter((x) => x !== v))
                  }
                />{' '}
                {v}
              </label>
            ))}
          </fieldset>
        ) : null}
        <button type="submit" disabled={busy || !chosen}>
          {busy ? 'Starting…' : 'Start'}
        </button>
        {error ? <Problem>{error}</Problem> : null}
      </form>
    </details>
  );
}
