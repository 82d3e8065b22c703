// Traces: search by app or route, key, status, time, text in the question or answer, and feedback, newest
// first, a page at a time.
import { useState } from 'preact/hooks';
import { api, qs } from '../api';
import { ms, usd, when } from '../format';
import { location, setQuery } from '../router';
import type { TraceRecord } from '../types';
import { Loading, Problem, Status } from '../ui/bits';
import { useLoad } from '../ui/use-load';

type TracePage = { data: TraceRecord[]; next: string | null };

const FIELDS = ['name', 'key', 'status', 'since', 'until', 'text', 'feedback', 'before'] as const;

export function TracesPage() {
  const q = location.value.query;
  const params = Object.fromEntries(FIELDS.map((f) => [f, q.get(f) ?? undefined]));
  const page = useLoad(
    (signal) => api<TracePage>(`/api/traces${qs({ ...params, limit: 50 })}`, { signal }),
    [q.toString()],
  );
  return (
    <>
      <h1>Traces</h1>
      <TraceFilters values={params} />
      {page.error ? (
        <Problem>{page.error}</Problem>
      ) : !page.data ? (
        <Loading what="traces" />
      ) : (
        <TraceTable page={page.data} />
      )}
    </>
  );
}

function TraceFilters({ values }: { values: Record<string, string | undefined> }) {
  const [draft, setDraft] = useState(values);
  const field = (name: string, label: string, hint: string) => (
    <label>
      {label}
      <input
        value={draft[name] ?? ''}
        placeholder={hint}
        onInput={(e) => setDraft({ ...draft, [name]: e.currentTarget.value })}
      />
    </label>
  );
  return (
    <form
      class="filters"
      aria-label="Filter traces"
      onSubmit={(e) => {
        e.preventDefault();
        setQuery({ ...draft, before: undefined });
      }}
    >
      {field('name', 'App or route', 'support')}
      {field('key', 'Key', 'key name')}
      <label>
        Status
        <select
          value={draft.status ?? ''}
          onChange={(e) => setDraft({ ...draft, status: e.currentTarget.value })}
        >
          <option value="">any</option>
          <option value="ok">ok</option>
          <option value="error">error</option>
          <option value="aborted">aborted</option>
        </select>
      </label>
      {field('text', 'Text', 'words in the question or answer')}
      <label>
        Feedback
        <select
          value={draft.feedback ?? ''}
          onChange={(e) => setDraft({ ...draft, feedback: e.currentTarget.value })}
        >
          <option value="">any or none</option>
          <option value="any">has feedback</option>
          <option value="good">good (score ≥ 0.5)</option>
          <option value="bad">bad (score &lt; 0.5)</option>
        </select>
      </label>
      {field('since', 'Since', '2026-11-30T00:00:00Z')}
      {field('until', 'Until', '2026-11-30T23:59:59Z')}
      <button type="submit">Search</button>
    </form>
  );
}

function TraceTable({ page }: { page: TracePage }) {
  if (!page.data.length) return <p>No trace matches.</p>;
  return (
    <>
      <table class="grid">
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">What</th>
            <th scope="col">Question</th>
            <th scope="col">Status</th>
            <th scope="col" class="num">
              Duration
            </th>
            <th scope="col" class="num">
              Tokens
            </th>
            <th scope="col" class="num">
              Cost
            </th>
            <th scope="col">Key</th>
          </tr>
        </thead>
        <tbody>
          {page.data.map((t) => (
            <tr key={t.id}>
              <td>
                <a href={`/traces/${encodeURIComponent(t.id)}`}>{when(t.startedAt)}</a>
              </td>
              <td>
                {t.name} <span class="muted">({t.kind})</span>
              </td>
              <td>{firstInput(t.input)}</td>
              <td>
                <Status value={t.status} />
              </td>
              <td class="num">{ms(t.durationMs)}</td>
              <td class="num">{t.usage.inputTokens + t.usage.outputTokens}</td>
              <td class="num">{usd(t.costUsd)}</td>
              <td>{t.apiKey ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.next ? (
        <p>
          <button type="button" onClick={() => setQuery({ before: page.next ?? undefined })}>
            Older traces
          </button>
        </p>
      ) : null}
    </>
  );
}

// The first text input of an app run (its question, usually), shortened; the request's text otherwise.
function firstInput(input: unknown): string {
  const vars = (input as { vars?: Record<string, unknown> } | undefined)?.vars;
  const text = vars ? Object.values(vars).find((v) => typeof v === 'string') : undefined;
  if (typeof text !== 'string') return '';
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
