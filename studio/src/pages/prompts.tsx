// Prompts: each with its versions (content hashes) and labels, a version's files, and what changed between two.
import { api, qs } from '../api';
import { when } from '../format';
import { location, setQuery } from '../router';
import type { ApprovalRecord, PromptFileDiff, PromptHistory, PromptSummary } from '../types';
import { Loading, Problem } from '../ui/bits';
import { useLoad } from '../ui/use-load';
import { LabelMoves } from './label-moves';

const short = (v: string) => v.slice(0, 12);

export function PromptsPage() {
  const list = useLoad((signal) => api<{ data: PromptSummary[] }>('/api/prompts', { signal }), []);
  return (
    <>
      <h1>Prompts</h1>
      {list.error ? (
        <Problem>{list.error}</Problem>
      ) : !list.data ? (
        <Loading what="prompts" />
      ) : (
        <table class="grid">
          <thead>
            <tr>
              <th scope="col">Prompt</th>
              <th scope="col">Working version</th>
              <th scope="col" class="num">
                Versions
              </th>
              <th scope="col">Labels</th>
            </tr>
          </thead>
          <tbody>
            {list.data.data.map((p) => (
              <tr key={p.name}>
                <th scope="row">
                  <a href={`/prompts/${encodeURIComponent(p.name)}`}>{p.name}</a>
                </th>
                <td>
                  <code>{short(p.current)}</code>
                </td>
                <td class="num">{p.versions}</td>
                <td>
                  {Object.entries(p.labels).map(([label, version]) => (
                    <span key={label} class="label">
                      {label} → <code>{short(version)}</code>
                      {version === p.current ? ' (working)' : ''}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

type Diff = { from: string; to: string; files: PromptFileDiff[] };

export function PromptPage({ name }: { name: string }) {
  const q = location.value.query;
  const from = q.get('from') ?? undefined;
  const to = q.get('to') ?? undefined;
  const h = useLoad(
    (signal) =>
      api<PromptHistory & { approvals: Omit<ApprovalRecord, 'reviewed'>[] }>(
        `/api/prompts/${encodeURIComponent(name)}`,
        { signal },
      ),
    [name],
  );
  const diff = useLoad(
    async (signal) =>
      from
        ? api<Diff>(`/api/prompts/${encodeURIComponent(name)}/diff${qs({ from, to })}`, { signal })
        : undefined,
    [name, from, to],
  );
  if (h.error) return <Problem>{h.error}</Problem>;
  if (!h.data) return <Loading what="the prompt" />;
  const versions = h.data.versions;
  return (
    <>
      <h1>
        Prompt <code>{name}</code>
      </h1>
      <p class="lede">
        Working file: <code>{short(h.data.current)}</code> · {versions.length} stored version
        {versions.length === 1 ? '' : 's'}
      </p>
      <table class="grid">
        <caption class="sr-only">Versions, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">First seen</th>
            <th scope="col">Labels</th>
            <th scope="col">Sign-offs</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version}>
              <td>
                <code>{short(v.version)}</code>
              </td>
              <td>{when(v.createdAt)}</td>
              <td>
                {v.version === h.data!.current ? <span class="label">working file</span> : null}
                {v.labels.map((l) => (
                  <span key={l} class="label">
                    {l}
                  </span>
                ))}
              </td>
              <td>
                {h
                  .data!.approvals.filter((a) => a.version === v.version)
                  .map(
                    (a) =>
                      `${a.by}${a.role ? ` (${a.role})` : ''} ${a.decision === 'approved' ? 'approved' : 'asked for changes'} ${a.app}`,
                  )
                  .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <LabelMoves name={name} versions={versions} current={h.data.current} onMoved={h.reload} />
      <h2>What changed</h2>
      <form class="filters" aria-label="Pick two versions" onSubmit={(e) => e.preventDefault()}>
        <label>
          From
          <select value={from ?? ''} onChange={(e) => setQuery({ from: e.currentTarget.value })}>
            <option value="">pick a version</option>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                {short(v.version)} {v.labels.join(', ')}
              </option>
            ))}
          </select>
        </label>
        <label>
          To
          <select value={to ?? ''} onChange={(e) => setQuery({ to: e.currentTarget.value })}>
            <option value="">the working file</option>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                {short(v.version)} {v.labels.join(', ')}
              </option>
            ))}
          </select>
        </label>
      </form>
      {diff.error ? <Problem>{diff.error}</Problem> : null}
      {diff.data ? <DiffView d={diff.data} /> : null}
    </>
  );
}

function DiffView({ d }: { d: Diff }) {
  if (!d.files.length) return <p>The two are the same version.</p>;
  return (
    <>
      {d.files.map((f) => (
        <section key={f.file} aria-label={`Changes to ${f.file}`}>
          <h3>{f.file}</h3>
          <pre class="patch">
            {f.patch.split('\n').map((line, i) => (
              <span
                key={i}
                class={
                  line.startsWith('+')
                    ? 'add'
                    : line.startsWith('-')
                      ? 'del'
                      : line.startsWith('@@')
                        ? 'hunk'
                        : ''
                }
              >
                {line}
                {'\n'}
              </span>
            ))}
          </pre>
        </section>
      ))}
    </>
  );
}
