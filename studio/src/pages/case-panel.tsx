// A case of a run: what it asked (inputs, expected answer), and each sample's answer, checks with their
// reasons, answerability, tokens, cost, latency and a link to its trace.
import { Fragment } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { api, qs } from '../api';
import { count, ms, pct, usd } from '../format';
import type { CaseSamples, EvalResultRecord, TraceEvidence } from '../types';
import { Loading, Problem, Status } from '../ui/bits';
import { useLoad } from '../ui/use-load';

type CaseAnswer = CaseSamples & {
  evidence: Record<string, TraceEvidence>;
  definition:
    | { suiteChanged: true }
    | {
        suiteChanged: false;
        vars: Record<string, unknown>;
        expected?: string;
        sources?: string[];
        assert: Array<{ type: string }>;
      };
};

export function CasePanel({
  runId,
  caseId,
  onClose,
}: {
  runId: string;
  caseId: string;
  onClose: () => void;
}) {
  const data = useLoad(
    (signal) =>
      api<CaseAnswer>(`/api/runs/${encodeURIComponent(runId)}/cases/${encodeURIComponent(caseId)}${qs({})}`, {
        signal,
      }),
    [runId, caseId],
  );
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [caseId]);
  return (
    <aside class="panel" aria-labelledby="case-title">
      <header class="panel-head">
        <h2 id="case-title">{data.data?.name ?? caseId}</h2>
        <button type="button" ref={close} onClick={onClose} aria-label="Close the case">
          Close
        </button>
      </header>
      {data.error ? (
        <Problem>{data.error}</Problem>
      ) : !data.data ? (
        <Loading what="the case" />
      ) : (
        <CaseBody c={data.data} />
      )}
    </aside>
  );
}

function CaseBody({ c }: { c: CaseAnswer }) {
  const d = c.definition;
  return (
    <>
      <p class="muted">
        {c.location.file}
        {c.location.line ? `:${c.location.line}` : ''} {c.tags.length ? `· tags: ${c.tags.join(', ')}` : ''}
      </p>
      <h3>Inputs</h3>
      {d.suiteChanged ? (
        <p class="muted">The suite file changed since this run: its inputs are not shown.</p>
      ) : (
        <>
          <dl class="facts">
            {Object.entries(d.vars).map(([k, v]) => (
              <Fragment key={k}>
                <dt>{k}</dt>
                <dd class="prewrap">{typeof v === 'string' ? v : JSON.stringify(v)}</dd>
              </Fragment>
            ))}
          </dl>
          {d.expected ? (
            <>
              <h3>Expected answer</h3>
              <p class="prewrap">{d.expected}</p>
            </>
          ) : null}
        </>
      )}
      {c.variants.map((v) => (
        <section key={v.summary.variant} aria-label={`Variant ${v.summary.variant}`}>
          <h3>
            {v.summary.variant} <Status value={v.summary.status} />{' '}
            <span class="muted">
              {v.summary.passes ?? 0}/{v.summary.samples + (v.summary.errors ?? 0)} passed
            </span>
          </h3>
          {v.samples.map((s) => (
            <Sample
              key={s.sample}
              s={s}
              of={v.samples.length}
              evidence={s.traceId ? c.evidence[s.traceId] : undefined}
            />
          ))}
        </section>
      ))}
    </>
  );
}

function Sample({
  s,
  of,
  evidence,
}: {
  s: EvalResultRecord;
  of: number;
  evidence: TraceEvidence | undefined;
}) {
  return (
    <article class="sample">
      {of > 1 ? <h4>Sample {s.sample + 1}</h4> : null}
      <p class="answer prewrap">{s.output ?? (s.error ? `Error: ${s.error}` : '(no answer)')}</p>
      <table class="grid compact">
        <caption class="sr-only">Checks</caption>
        <thead>
          <tr>
            <th scope="col">Check</th>
            <th scope="col">Verdict</th>
            <th scope="col" class="num">
              Score
            </th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {s.assertions.map((a, i) => (
            <tr key={i}>
              <td>{a.metric}</td>
              <td>
                <Status value={a.status} />
              </td>
              <td class="num">{a.score.toFixed(2)}</td>
              <td>{a.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {evidence ? <Evidence e={evidence} /> : null}
      <p class="muted">
        {s.grounding ? `${s.grounding.grounded ? 'grounded' : `not grounded: ${s.grounding.reason}`} · ` : ''}
        {s.grounding?.question ? `read as: ${s.grounding.question} · ` : ''}
        {s.retrieved?.length ? `${s.retrieved.length} passages retrieved · ` : ''}
        {count(s.tokens)} tokens · {usd(s.costUsd)} · {ms(s.latencyMs)}
        {s.cached ? ' · from the cache' : ''} · score {pct(s.score, 0)}
        {s.traceId ? (
          <>
            {' · '}
            <a href={`/traces/${encodeURIComponent(s.traceId)}`}>trace</a>
          </>
        ) : null}
      </p>
    </article>
  );
}

// The passages the sample's run retrieved and the guardrails it went through, from its trace.
function Evidence({ e }: { e: TraceEvidence }) {
  return (
    <>
      {e.passages.length ? (
        <details>
          <summary>Passages retrieved ({e.passages.length})</summary>
          <ol>
            {e.passages.map((p, i) => (
              <li key={`${p.id}-${i}`}>
                {p.source ?? p.id}
                {p.score !== undefined ? <span class="muted"> score {p.score}</span> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {e.guardrails.length ? (
        <details>
          <summary>
            Guardrails (
            {e.guardrails.filter((g) => !g.passed).length
              ? `${e.guardrails.filter((g) => !g.passed).length} acted`
              : 'all passed'}
            )
          </summary>
          <ul class="plain">
            {e.guardrails.map((g, i) => (
              <li key={i}>
                <strong>{g.name}</strong> on {g.stage}: {g.passed ? 'passed' : g.action}
                {g.evidence.length ? <span class="muted"> ({g.evidence.join('; ')})</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
