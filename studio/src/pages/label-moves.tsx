// A prompt's labels: move one (a gated label shows its gate — the eval and the sign-offs — before it moves,
// and the server refuses a move that fails it), and every move recorded with who and when.
import { useState } from 'preact/hooks';
import { api, qs } from '../api';
import { when } from '../format';
import { canWrite, me } from '../me';
import type { LabelGate, LabelMoveRecord, PromptHistory } from '../types';
import { Problem } from '../ui/bits';
import { useLoad } from '../ui/use-load';

const short = (v: string) => v.slice(0, 12);

/** The prompt, its stored versions, its working version, and what to do once a label moved. */
interface MovesProps {
  name: string;
  versions: PromptHistory['versions'];
  current: string;
  onMoved: () => void;
}

export function LabelMoves({ name, versions, current, onMoved }: MovesProps) {
  const moves = useLoad(
    (signal) =>
      api<{ data: LabelMoveRecord[] }>(`/api/prompts/${encodeURIComponent(name)}/moves`, { signal }),
    [name],
  );
  return (
    <section aria-labelledby="labels">
      <h2 id="labels">Labels</h2>
      {canWrite() ? (
        <MoveForm
          name={name}
          versions={versions}
          current={current}
          onMoved={() => {
            moves.reload();
            onMoved();
          }}
        />
      ) : null}
      <h3>Moves</h3>
      {moves.error ? <Problem>{moves.error}</Problem> : null}
      {moves.data && !moves.data.data.length ? <p class="muted">No label has moved yet.</p> : null}
      {moves.data?.data.length ? (
        <table class="grid">
          <caption class="sr-only">Every move of a label, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Label</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">By</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {moves.data.data.map((m, i) => (
              <tr key={i}>
                <td>{when(m.movedAt)}</td>
                <td>{m.label}</td>
                <td>{m.previous ? <code>{short(m.previous)}</code> : <span class="muted">new</span>}</td>
                <td>
                  <code>{short(m.version)}</code>
                </td>
                <td>{m.by}</td>
                <td>{m.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function MoveForm({ name, versions, current, onMoved }: MovesProps) {
  const gated = me.value?.gatedLabels ?? [];
  const [label, setLabel] = useState(gated[0] ?? '');
  const [version, setVersion] = useState(current);
  const [note, setNote] = useState('');
  const [by, setBy] = useState('');
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string>();
  const gate = useLoad(
    async (signal) =>
      label
        ? api<LabelGate>(`/api/prompts/${encodeURIComponent(name)}/gate${qs({ label, version })}`, { signal })
        : undefined,
    [name, label, version],
  );
  const submit = async (e: Event) => {
    e.preventDefault();
    setProblem(undefined);
    setDone(undefined);
    try {
      const body = { label, version, ...(note ? { note } : {}), ...(by ? { by } : {}) };
      await api(`/api/prompts/${encodeURIComponent(name)}/labels`, { body });
      setDone(`${name}@${label} now points at ${short(version)}.`);
      setNote('');
      onMoved();
    } catch (err) {
      setProblem((err as Error).message);
    }
  };
  return (
    <form class="card" aria-label="Move a label" onSubmit={submit}>
      <h3>Move a label</h3>
      <div class="filters">
        <label>
          Label
          <input
            list="gated-labels"
            value={label}
            required
            onInput={(e) => setLabel(e.currentTarget.value.trim())}
          />
          <datalist id="gated-labels">
            {gated.map((l) => (
              <option key={l} value={l} />
            ))}
          </datalist>
        </label>
        <label>
          To version
          <select value={version} onChange={(e) => setVersion(e.currentTarget.value)}>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                {short(v.version)}
                {v.version === current ? ' (working file)' : ''} {v.labels.join(', ')}
              </option>
            ))}
          </select>
        </label>
      </div>
      <GateView gate={gate.data} error={gate.error} />
      {me.value?.open ? (
        <label class="block">
          Your name
          <input value={by} onInput={(e) => setBy(e.currentTarget.value)} required autocomplete="name" />
        </label>
      ) : null}
      <label class="block">
        Note (optional)
        <input value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={!label || gate.data?.ok === false}>
        Move {label || 'label'}
      </button>
      {problem ? <Problem>{problem}</Problem> : null}
      {done ? (
        <p class="ok" role="status">
          {done}
        </p>
      ) : null}
    </form>
  );
}

function GateView({ gate, error }: { gate?: LabelGate | undefined; error?: string | undefined }) {
  if (error) return <Problem>{error}</Problem>;
  if (!gate) return null;
  if (!gate.gated)
    return <p class="muted">This label is not gated: it moves freely (the move is recorded).</p>;
  return (
    <ul class="checks" aria-label={`Gate of ${gate.label}`}>
      {gate.checks.map((c) => (
        <li key={c.check} class={c.ok ? 'ok' : 'problem'}>
          {c.ok ? '✓' : '✗'} <strong>{c.check === 'eval' ? 'Eval' : 'Sign-offs'}</strong>: {c.detail}
          {c.runId ? (
            <>
              {' '}
              (<a href={`/runs/${encodeURIComponent(c.runId)}`}>the run</a>)
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
