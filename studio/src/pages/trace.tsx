// One trace: its spans as a waterfall (model calls, retries, tools, retrieval, guardrails), feedback, and
// adding it to a suite as a test case.
import { useState } from 'preact/hooks';
import { api } from '../api';
import { ms, usd, when } from '../format';
import { canWrite } from '../me';
import type { FeedbackRecord, SpanRecord, TraceRecord } from '../types';
import { Loading, Problem, Status } from '../ui/bits';
import { useLoad } from '../ui/use-load';

type TraceWithFeedback = TraceRecord & { feedback: FeedbackRecord[] };

export function TracePage({ id }: { id: string }) {
  const t = useLoad(
    (signal) => api<TraceWithFeedback>(`/api/traces/${encodeURIComponent(id)}`, { signal }),
    [id],
  );
  if (t.error) return <Problem>{t.error}</Problem>;
  if (!t.data) return <Loading what="the trace" />;
  const trace = t.data;
  return (
    <>
      <h1>
        {trace.name} <Status value={trace.status} />
      </h1>
      <p class="lede">
        <code>{trace.id}</code> · {when(trace.startedAt)} · {ms(trace.durationMs)} · {trace.usage.inputTokens}{' '}
        in / {trace.usage.outputTokens} out tokens · {usd(trace.costUsd)}
        {trace.apiKey ? ` · key ${trace.apiKey}` : ''}
      </p>
      {trace.error ? <Problem>{trace.error}</Problem> : null}
      <Waterfall trace={trace} />
      <div class="columns">
        <section aria-label="Input and output">
          <h2>Input</h2>
          <pre>{JSON.stringify(trace.input, null, 2)}</pre>
          <h2>Output</h2>
          <pre>{typeof trace.output === 'string' ? trace.output : JSON.stringify(trace.output, null, 2)}</pre>
        </section>
        <section aria-label="Feedback and test cases">
          <Feedback trace={trace} onSaved={t.reload} />
          {canWrite() ? <AddToSuite traceId={trace.id} /> : null}
        </section>
      </div>
    </>
  );
}

function Waterfall({ trace }: { trace: TraceRecord }) {
  const total = Math.max(1, trace.durationMs);
  const spans = [...trace.spans].sort((a, b) => a.startedAt - b.startedAt);
  const depth = depthOf(spans);
  return (
    <section aria-label="Spans">
      <h2>Spans</h2>
      <ol class="waterfall">
        {spans.map((s) => {
          const left = ((s.startedAt - trace.startedAt) / total) * 100;
          const width = Math.max(0.5, (s.durationMs / total) * 100);
          return (
            <li key={s.id} style={{ paddingLeft: `${(depth.get(s.id) ?? 0) * 12}px` }}>
              <details>
                <summary>
                  <span class="span-name">
                    {s.name} <span class="muted">{s.kind}</span>{' '}
                    {s.status !== 'ok' ? <Status value={s.status} /> : null}
                  </span>
                  <span class="span-track" aria-hidden="true">
                    <span
                      class={`span-bar kind-${s.kind}`}
                      style={{ left: `${Math.min(99, left)}%`, width: `${width}%` }}
                    />
                  </span>
                  <span class="dur">{ms(s.durationMs)}</span>
                </summary>
                <SpanDetails s={s} />
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function SpanDetails({ s }: { s: SpanRecord }) {
  return (
    <div class="span-details">
      {s.error ? <Problem>{s.error}</Problem> : null}
      {s.usage ? (
        <p class="muted">
          {s.usage.inputTokens} in / {s.usage.outputTokens} out tokens · {usd(s.costUsd)}
        </p>
      ) : null}
      <pre>{JSON.stringify(s.attributes, null, 2)}</pre>
    </div>
  );
}

function depthOf(spans: SpanRecord[]): Map<string, number> {
  const parent = new Map(spans.map((s) => [s.id, s.parentId]));
  const depth = new Map<string, number>();
  for (const s of spans) {
    let d = 0;
    for (let p = s.parentId; p && d < 20; p = parent.get(p)) d++;
    depth.set(s.id, d);
  }
  return depth;
}

function Feedback({ trace, onSaved }: { trace: TraceWithFeedback; onSaved: () => void }) {
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const send = async (score: number) => {
    try {
      await api('/api/feedback', { body: { traceId: trace.id, score, ...(comment ? { comment } : {}) } });
      setComment('');
      onSaved();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <>
      <h2>Feedback</h2>
      {trace.feedback.length ? (
        <ul class="plain">
          {trace.feedback.map((f, i) => (
            <li key={i}>
              <Status value={f.score >= 0.5 ? 'good' : 'bad'} /> score {f.score}{' '}
              {f.comment ? `— ${f.comment}` : ''} <span class="muted">{when(f.createdAt)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No feedback yet.</p>
      )}
      <label class="block">
        Comment
        <textarea value={comment} onInput={(e) => setComment(e.currentTarget.value)} rows={2} />
      </label>
      <p>
        <button type="button" onClick={() => send(1)}>
          Good answer
        </button>{' '}
        <button type="button" onClick={() => send(0)}>
          Bad answer
        </button>
      </p>
      {error ? <Problem>{error}</Problem> : null}
    </>
  );
}

type SuiteInfo = { file: string; cases?: number; error?: string };

function AddToSuite({ traceId }: { traceId: string }) {
  const suites = useLoad((signal) => api<{ data: SuiteInfo[] }>('/api/suites', { signal }), []);
  const [picked, setSuite] = useState('');
  const suite = picked || suites.data?.data[0]?.file || '';
  const [expected, setExpected] = useState('');
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<string>();
  const add = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    try {
      const r = await api<{ suite: string; line: number; added: boolean }>(
        `/api/traces/${encodeURIComponent(traceId)}/add-to-suite`,
        {
          body: { suite, ...(expected ? { expected } : {}) },
        },
      );
      setDone(r.added ? `Added to ${r.suite} at line ${r.line}.` : `Already in ${r.suite} (line ${r.line}).`);
      suites.reload(); // its case count changed
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form onSubmit={add} aria-label="Add to a suite">
      <h2>Add to a suite</h2>
      <label class="block">
        Suite file
        <select value={suite} onChange={(e) => setSuite(e.currentTarget.value)} required>
          {(suites.data?.data ?? []).map((s) => (
            <option key={s.file} value={s.file}>
              {s.file}
              {s.cases !== undefined ? ` (${s.cases} cases)` : ''}
            </option>
          ))}
        </select>
      </label>
      <label class="block">
        Expected answer (optional, a corrected answer)
        <textarea value={expected} onInput={(e) => setExpected(e.currentTarget.value)} rows={3} />
      </label>
      <button type="submit">Add as a test case</button>
      {done ? (
        <p role="status" class="ok">
          {done}
        </p>
      ) : null}
      {error ? <Problem>{error}</Problem> : null}
    </form>
  );
}
