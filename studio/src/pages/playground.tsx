// Playground: pick an app or a prompt (any version) and a route, fill its inputs from its input schema, run
// it streaming and see what happened (the messages the model saw, passages, tool calls, guardrail decisions,
// tokens and cost); run a second version or route side by side on the same input; save the input with a
// corrected answer as a test case.
import { useState } from 'preact/hooks';
import { api, qs, streamEvents } from '../api';
import { canWrite } from '../me';
import type { AppResult, PromptHistory } from '../types';
import { Loading, Problem } from '../ui/bits';
import { useLoad } from '../ui/use-load';
import { InputFields, type JsonSchema } from './playground-inputs';
import { RunView } from './playground-run';

interface Choices {
  apps: Array<{ name: string; prompt: string; route?: string }>;
  prompts: string[];
  routes: string[];
}

/** What one side runs: an app or a bare prompt, a prompt version, a route ('' = its own). */
export interface Side {
  app: string;
  prompt: string;
  version: string;
  route: string;
}

/** One side's run as it streams in. */
export interface SideRun {
  text: string;
  result?: Omit<AppResult, 'retrieved'> & {
    retrieved: Array<AppResult['retrieved'][number] & { text: string }>;
  };
  error?: string;
  running: boolean;
}

const promptOf = (side: Side, choices: Choices) =>
  side.app ? (choices.apps.find((a) => a.name === side.app)?.prompt.split('@')[0] ?? '') : side.prompt;

// The request body naming what a side runs.
function targetOf(side: Side, choices: Choices) {
  const name = promptOf(side, choices);
  const prompt = side.version ? `${name}@${side.version}` : side.app ? undefined : name;
  return {
    ...(side.app ? { app: side.app } : {}),
    ...(prompt ? { prompt } : {}),
    ...(side.route ? { route: side.route } : {}),
  };
}

export function PlaygroundPage() {
  const choices = useLoad((signal) => api<Choices>('/api/playground', { signal }), []);
  if (choices.error) return <Problem>{choices.error}</Problem>;
  if (!choices.data) return <Loading what="the apps" />;
  return <Playground choices={choices.data} />;
}

function Playground({ choices }: { choices: Choices }) {
  const first = choices.apps[0];
  const [a, setA] = useState<Side>({
    app: first?.name ?? '',
    prompt: first ? '' : (choices.prompts[0] ?? ''),
    version: '',
    route: '',
  });
  const [b, setB] = useState<Side>(a);
  const [compare, setCompare] = useState(false);
  const [vars, setVars] = useState<Record<string, unknown>>({});
  const [runs, setRuns] = useState<{ a?: SideRun; b?: SideRun }>({});
  const inputs = useLoad(
    (signal) =>
      api<{ schema: JsonSchema | null }>(`/api/playground/inputs${qs(targetOf(a, choices))}`, { signal }),
    [a.app, a.prompt, a.version, a.route],
  );
  const runSide = async (which: 'a' | 'b', side: Side) => {
    let run: SideRun = { text: '', running: true };
    const set = (next: SideRun) => {
      run = next;
      setRuns((r) => ({ ...r, [which]: next }));
    };
    set(run);
    try {
      await streamEvents('/api/playground/run', { ...targetOf(side, choices), vars }, (event, data) => {
        if (event === 'text-delta') set({ ...run, text: run.text + (data as { text: string }).text });
        else if (event === 'done')
          set({ ...run, result: data as SideRun['result'], text: (data as AppResult).text });
        else if (event === 'error')
          set({
            ...run,
            error: (data as { error?: { message?: string } }).error?.message ?? 'the run failed',
          });
      });
      set({ ...run, running: false });
    } catch (err) {
      set({ ...run, running: false, error: (err as Error).message });
    }
  };
  const start = (e: Event) => {
    e.preventDefault();
    setRuns({});
    void runSide('a', a);
    if (compare) void runSide('b', b);
  };
  return (
    <>
      <h1>Playground</h1>
      <form onSubmit={start} aria-label="Run" class="card">
        <div class="columns">
          <SidePicker label="A" side={a} choices={choices} onChange={setA} />
          {compare ? <SidePicker label="B" side={b} choices={choices} onChange={setB} /> : null}
        </div>
        <label>
          <input type="checkbox" checked={compare} onChange={(e) => setCompare(e.currentTarget.checked)} />{' '}
          Run a second version or route side by side
        </label>
        <h2>Inputs</h2>
        {inputs.error ? <Problem>{inputs.error}</Problem> : null}
        {inputs.data ? <InputFields schema={inputs.data.schema} vars={vars} onChange={setVars} /> : null}
        <button type="submit" disabled={!canWrite() || runs.a?.running || runs.b?.running}>
          Run
        </button>
        {!canWrite() ? <p class="muted">Running needs a reviewer key.</p> : null}
      </form>
      <div class={compare ? 'columns' : ''}>
        {runs.a ? <RunView title={compare ? 'A' : 'Answer'} run={runs.a} /> : null}
        {compare && runs.b ? <RunView title="B" run={runs.b} /> : null}
      </div>
      {runs.a?.result && canWrite() ? (
        <SaveCase app={a.app} vars={vars} answer={runs.a.result.text} traceId={runs.a.result.traceId} />
      ) : null}
    </>
  );
}

function SidePicker({
  label,
  side,
  choices,
  onChange,
}: {
  label: string;
  side: Side;
  choices: Choices;
  onChange: (s: Side) => void;
}) {
  const name = promptOf(side, choices);
  const history = useLoad(
    async (signal) =>
      name ? api<PromptHistory>(`/api/prompts/${encodeURIComponent(name)}`, { signal }) : undefined,
    [name],
  );
  return (
    <fieldset class="plain">
      <legend>{label}</legend>
      <label class="block">
        App or prompt
        <select
          value={side.app ? `app:${side.app}` : `prompt:${side.prompt}`}
          onChange={(e) => {
            const [kind, value] = e.currentTarget.value.split(/:(.*)/s) as [string, string];
            onChange({
              ...side,
              app: kind === 'app' ? value : '',
              prompt: kind === 'prompt' ? value : '',
              version: '',
            });
          }}
        >
          {choices.apps.map((a) => (
            <option key={a.name} value={`app:${a.name}`}>
              app {a.name}
            </option>
          ))}
          {choices.prompts.map((p) => (
            <option key={p} value={`prompt:${p}`}>
              prompt {p}
            </option>
          ))}
        </select>
      </label>
      <label class="block">
        Prompt version
        <select value={side.version} onChange={(e) => onChange({ ...side, version: e.currentTarget.value })}>
          <option value="">the working file</option>
          {history.data?.versions.map((v) => (
            <option key={v.version} value={v.version}>
              {v.version.slice(0, 12)} {v.labels.join(', ')}
            </option>
          ))}
        </select>
      </label>
      <label class="block">
        Route
        <select value={side.route} onChange={(e) => onChange({ ...side, route: e.currentTarget.value })}>
          <option value="">its own</option>
          {choices.routes.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

function SaveCase({
  app,
  vars,
  answer,
  traceId,
}: {
  app: string;
  vars: Record<string, unknown>;
  answer: string;
  traceId: string;
}) {
  const suites = useLoad(
    (signal) => api<{ data: Array<{ file: string; app?: string }> }>('/api/suites', { signal }),
    [],
  );
  const mine = suites.data?.data.filter((s) => !app || s.app === app) ?? [];
  const [suite, setSuite] = useState('');
  const [expected, setExpected] = useState(answer);
  const [saved, setSaved] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const save = async (e: Event) => {
    e.preventDefault();
    setProblem(undefined);
    try {
      const file = suite || mine[0]?.file || '';
      const r = await api<{ line: number; added: boolean }>('/api/playground/save', {
        body: {
          suite: file,
          ...(app ? { app } : {}),
          vars,
          traceId,
          ...(expected.trim() ? { expected } : {}),
        },
      });
      setSaved(
        r.added ? `Added to ${file} at line ${r.line}.` : `${file} already has this case (line ${r.line}).`,
      );
    } catch (err) {
      setProblem((err as Error).message);
    }
  };
  return (
    <form class="card" aria-label="Save as a test case" onSubmit={save}>
      <h2>Save as a test case</h2>
      <label class="block">
        Suite
        <select value={suite || mine[0]?.file || ''} onChange={(e) => setSuite(e.currentTarget.value)}>
          {mine.map((s) => (
            <option key={s.file} value={s.file}>
              {s.file}
            </option>
          ))}
        </select>
      </label>
      <label class="block">
        Expected answer (correct it as it should be)
        <textarea rows={4} value={expected} onInput={(e) => setExpected(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={!mine.length}>
        Save case
      </button>
      {saved ? (
        <p class="ok" role="status">
          {saved}
        </p>
      ) : null}
      {problem ? <Problem>{problem}</Problem> : null}
    </form>
  );
}
