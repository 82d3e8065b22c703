// The eval runs list: newest first, filtered by suite and status, each variant's pass rate with its interval.
import { api, qs } from '../api';
import { count, usd, when } from '../format';
import { location, setQuery } from '../router';
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
