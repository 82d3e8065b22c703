// One playground run as it streams in and once done: the answer, then what happened — tokens, cost and
// time, guardrail decisions, tool calls, the passages with their text, the messages as the model saw them.
import { ms, usd } from '../format';
import { Problem } from '../ui/bits';
import type { SideRun } from './playground';

export function RunView({ title, run }: { title: string; run: SideRun }) {
  const r = run.result;
  return (
    <section class="card" aria-label={`Run ${title}`} aria-busy={run.running}>
      <h2>{title}</h2>
      {run.text || run.running ? (
        <p class="answer prewrap" aria-live="polite">
          {run.text || '…'}
        </p>
      ) : null}
      {run.error ? <Problem>{run.error}</Problem> : null}
      {r ? (
        <>
          <p class="muted">
            {r.model} via {r.provider} · {r.usage.inputTokens} in / {r.usage.outputTokens} out tokens ·{' '}
            {usd(r.costUsd)} · {ms(r.latencyMs)} · prompt {r.prompt.name}@{r.prompt.version.slice(0, 12)}
            {r.cached ? ' · from cache' : ''} · <a href={`/traces/${encodeURIComponent(r.traceId)}`}>trace</a>
          </p>
          <Guardrails r={r} />
          {r.toolCalls.length ? (
            <details open>
              <summary>Tool calls ({r.toolCalls.length})</summary>
              <ul>
                {r.toolCalls.map((t) => (
                  <li key={t.id}>
                    <code>
                      {t.name}({JSON.stringify(t.args)})
                    </code>{' '}
                    → {t.error ? `error: ${t.error}` : JSON.stringify(t.result)}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {r.retrieved.length ? (
            <details>
              <summary>Passages ({r.retrieved.length})</summary>
              <ol>
                {r.retrieved.map((p) => (
                  <li key={p.id}>
                    <strong>{p.source ?? p.docId}</strong>
                    {p.score !== undefined ? <span class="muted"> score {p.score.toFixed(3)}</span> : null}
                    <p class="prewrap">{p.text}</p>
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
          <details>
            <summary>Messages as the model saw them ({r.messages.length})</summary>
            {r.messages.map((m, i) => (
              <div key={i} class="sample">
                <strong>{m.role}</strong>
                <p class="prewrap">{typeof m.content === 'string' ? m.content : JSON.stringify(m.content)}</p>
              </div>
            ))}
          </details>
        </>
      ) : null}
    </section>
  );
}

function Guardrails({ r }: { r: NonNullable<SideRun['result']> }) {
  if (!r.guardrails.length) return <p class="muted">No guardrail on this app.</p>;
  return (
    <table class="grid">
      <caption>Guardrail decisions{r.blocked ? ' (the run was blocked)' : ''}</caption>
      <thead>
        <tr>
          <th scope="col">Guardrail</th>
          <th scope="col">On</th>
          <th scope="col">Result</th>
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody>
        {r.guardrails.map((g, i) => (
          <tr key={i}>
            <th scope="row">{g.name}</th>
            <td>{g.stage}</td>
            <td>{g.passed ? 'passed' : g.action}</td>
            <td>{g.evidence.join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
