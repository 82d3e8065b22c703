// Reviews: every app's standing with its reviewers, and one app's playbook as a page — what it is told, its
// examples, tools, guardrails in plain words, where data goes, latest results, what changed since the last
// approval — with the form to approve it or request changes for a role.
import { useState } from 'preact/hooks';
import { api } from '../api';
import { pct, when } from '../format';
import { canWrite, me } from '../me';
import type { ApprovalRecord, PlaybookApp, ReviewStanding } from '../types';
import { Loading, Problem } from '../ui/bits';
import { useLoad } from '../ui/use-load';

type Signed = Omit<ApprovalRecord, 'reviewed'>;
const short = (v: string) => v.slice(0, 12);

/** The list: each app, approved or not, and which sign-offs it still needs. */
export function ReviewsPage() {
  const list = useLoad((signal) => api<{ data: ReviewStanding[] }>('/api/reviews', { signal }), []);
  return (
    <>
      <h1>Reviews</h1>
      <p class="lede">
        What each app does, in plain words, for product, legal and brand to approve.
        {me.value?.signRoles.length ? ` Each version needs: ${me.value.signRoles.join(', ')}.` : ''}
      </p>
      {list.error ? (
        <Problem>{list.error}</Problem>
      ) : !list.data ? (
        <Loading what="the apps" />
      ) : (
        <table class="grid">
          <thead>
            <tr>
              <th scope="col">App</th>
              <th scope="col">Prompt</th>
              <th scope="col">This version</th>
              <th scope="col">Signed by</th>
            </tr>
          </thead>
          <tbody>
            {list.data.data.map((r) => (
              <tr key={r.app}>
                <th scope="row">
                  <a href={`/reviews/${encodeURIComponent(r.app)}`}>{r.app}</a>
                  {r.description ? <div class="muted">{r.description}</div> : null}
                </th>
                <td>
                  <code>
                    {r.prompt.name}@{short(r.prompt.version)}
                  </code>
                </td>
                <td>
                  <Standing r={r} />
                </td>
                <td>{r.approvedBy.map(signer).join('; ') || <span class="muted">nobody yet</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Standing({ r }: { r: Pick<ReviewStanding, 'approved' | 'missing' | 'changesRequested'> }) {
  if (r.approved) return <span class="status status-pass">approved</span>;
  if (r.changesRequested.length) return <span class="status status-fail">changes requested</span>;
  return (
    <span class="status status-flaky">
      {r.missing.length ? `needs ${r.missing.join(', ')}` : 'not approved'}
    </span>
  );
}

const signer = (a: Signed) => `${a.by}${a.role ? ` (${a.role})` : ''}`;

/** One app's playbook page with its sign-offs. */
export function ReviewPage({ app }: { app: string }) {
  const page = useLoad(
    (signal) => api<PlaybookApp>(`/api/reviews/${encodeURIComponent(app)}`, { signal }),
    [app],
  );
  if (page.error) return <Problem>{page.error}</Problem>;
  if (!page.data) return <Loading what="the playbook" />;
  const a = page.data;
  return (
    <>
      <h1>
        Review <code>{a.name}</code>
      </h1>
      {a.description ? <p class="lede">{a.description}</p> : null}
      <p>
        App version <code>{short(a.appVersion)}</code> · prompt{' '}
        <a href={`/prompts/${encodeURIComponent(a.prompt.name)}`}>
          <code>
            {a.prompt.name}@{short(a.prompt.version)}
          </code>
        </a>{' '}
        · <Standing r={a} />
      </p>
      <SignOffs a={a} />
      {canWrite() ? <SignOffForm app={a.name} onSigned={page.reload} /> : null}
      <Told a={a} />
      <Behaviour a={a} />
      <Results a={a} />
    </>
  );
}

function SignOffs({ a }: { a: PlaybookApp }) {
  const since = a.changedSinceApproval;
  return (
    <section aria-labelledby="signoffs">
      <h2 id="signoffs">Sign-offs</h2>
      {!a.approved && a.missing.length ? (
        <p>
          Still needs: <strong>{a.missing.join(', ')}</strong>.
        </p>
      ) : null}
      {since && !a.approved ? (
        <div class="card">
          <h3>What changed since {since.by} approved it</h3>
          <p class="muted">
            Approved {when(since.approvedAt)}.{' '}
            {since.version !== a.prompt.version ? (
              <a
                href={`/prompts/${encodeURIComponent(a.prompt.name)}?from=${since.version}&to=${a.prompt.version}`}
              >
                The prompt's text, line by line
              </a>
            ) : null}
          </p>
          <ul class="changes">
            {since.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {a.approvals.length ? (
        <table class="grid">
          <caption class="sr-only">Every sign-off, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Decision</th>
              <th scope="col">Version</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {a.approvals.map((x, i) => (
              <tr key={i}>
                <td>{when(x.approvedAt)}</td>
                <td>{signer(x)}</td>
                <td>{x.decision === 'approved' ? 'approved' : 'requested changes'}</td>
                <td>
                  <code>{x.appVersion ? short(x.appVersion) : 'n/a'}</code>
                  {x.appVersion === a.appVersion ? ' (this one)' : ''}
                </td>
                <td>{x.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">Nobody has signed off on this app yet.</p>
      )}
    </section>
  );
}

function SignOffForm({ app, onSigned }: { app: string; onSigned: () => void }) {
  const roles = me.value?.signRoles ?? [];
  const [role, setRole] = useState(roles[0] ?? '');
  const [decision, setDecision] = useState<'approved' | 'changes-requested'>('approved');
  const [note, setNote] = useState('');
  const [by, setBy] = useState('');
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string>();
  const submit = async (e: Event) => {
    e.preventDefault();
    setProblem(undefined);
    setDone(undefined);
    try {
      const body = { decision, ...(role ? { role } : {}), ...(note ? { note } : {}), ...(by ? { by } : {}) };
      const r = await api<{ status: ReviewStanding }>(`/api/reviews/${encodeURIComponent(app)}`, { body });
      setDone(r.status.approved ? `${app} is approved in this version.` : 'Recorded.');
      setNote('');
      onSigned();
    } catch (err) {
      setProblem((err as Error).message);
    }
  };
  return (
    <form class="card" aria-label="Sign off" onSubmit={submit}>
      <h2>Your sign-off</h2>
      <fieldset class="plain">
        <legend>Decision</legend>
        <label>
          <input
            type="radio"
            name="decision"
            checked={decision === 'approved'}
            onChange={() => setDecision('approved')}
          />{' '}
          Approve this version
        </label>
        <label>
          <input
            type="radio"
            name="decision"
            checked={decision === 'changes-requested'}
            onChange={() => setDecision('changes-requested')}
          />{' '}
          Request changes
        </label>
      </fieldset>
      {roles.length ? (
        <label class="block">
          Signing as
          <select value={role} onChange={(e) => setRole(e.currentTarget.value)}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {me.value?.open ? (
        <label class="block">
          Your name
          <input value={by} onInput={(e) => setBy(e.currentTarget.value)} required autocomplete="name" />
        </label>
      ) : null}
      <label class="block">
        Note {decision === 'changes-requested' ? '(what must change)' : '(optional)'}
        <textarea
          value={note}
          rows={3}
          required={decision === 'changes-requested'}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </label>
      <button type="submit">{decision === 'approved' ? 'Approve' : 'Request changes'}</button>
      {problem ? <Problem>{problem}</Problem> : null}
      {done ? (
        <p class="ok" role="status">
          {done}
        </p>
      ) : null}
    </form>
  );
}

// What the app is told, as the model sees it, with inputs shown as named slots.
function Told({ a }: { a: PlaybookApp }) {
  return (
    <section aria-labelledby="told">
      <h2 id="told">What it is told</h2>
      {a.messages ? (
        a.messages.map((m, i) => (
          <div key={i} class="card">
            <h3>{m.role === 'system' ? 'Instructions' : m.role === 'user' ? 'Customer' : 'Assistant'}</h3>
            <p class="prewrap">{typeof m.content === 'string' ? m.content : JSON.stringify(m.content)}</p>
          </div>
        ))
      ) : (
        <p class="muted">The prompt could not be shown with placeholders.</p>
      )}
      {a.examples.length ? (
        <>
          <h3>Examples it follows</h3>
          <ul>
            {a.examples.map((x, i) => (
              <li key={i}>
                <strong>Customer:</strong> {x.user} <strong>Assistant:</strong> {x.assistant}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

// Tools, guardrails, knowledge and where data goes.
function Behaviour({ a }: { a: PlaybookApp }) {
  return (
    <section aria-labelledby="behaviour">
      <h2 id="behaviour">What it can do, and its limits</h2>
      <h3>Tools</h3>
      {a.tools.length ? (
        <ul>
          {a.tools.map((t) => (
            <li key={t.name}>
              <strong>{t.name}</strong>: {t.description}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">None: it only answers.</p>
      )}
      <h3>Guardrails</h3>
      {a.guardrails.length ? (
        <table class="grid">
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Checked on</th>
              <th scope="col">What it means</th>
              <th scope="col">When it fails</th>
            </tr>
          </thead>
          <tbody>
            {a.guardrails.map((g) => (
              <tr key={g.name}>
                <th scope="row">{g.name}</th>
                <td>{g.stage}</td>
                <td>{g.description ?? g.rule}</td>
                <td>{g.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">No guardrails.</p>
      )}
      <h3>Where data goes</h3>
      {a.models.strategy ? (
        <p>
          Route <strong>{a.models.name}</strong>: {a.models.strategy}.
        </p>
      ) : null}
      <ul>
        {a.models.providers.map((p) => (
          <li key={p.name}>
            <strong>{p.name}</strong>: {p.what}
            {p.model ? `, model ${p.model}` : ''}
            {p.sendsTo ? `. Questions, instructions and passages are sent to ${p.sendsTo}.` : '.'}
          </li>
        ))}
      </ul>
      {a.knowledge ? (
        <p>
          Answers come from the knowledge base <strong>{a.knowledge.name}</strong>: {a.knowledge.documents}{' '}
          documents.
        </p>
      ) : null}
    </section>
  );
}

function Results({ a }: { a: PlaybookApp }) {
  return (
    <section aria-labelledby="results">
      <h2 id="results">Latest results</h2>
      {a.evals.length ? (
        a.evals.map((e) => (
          <table key={e.runId} class="grid">
            <caption>
              <a href={`/runs/${encodeURIComponent(e.runId)}`}>{e.suite}</a>, {when(e.at)}
              {e.tested && e.tested.version !== a.prompt.version
                ? ` — it tested ${e.tested.prompt}@${short(e.tested.version)}, not this version`
                : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Topic</th>
                <th scope="col" class="num">
                  Cases
                </th>
                <th scope="col" class="num">
                  Passed
                </th>
              </tr>
            </thead>
            <tbody>
              {e.tags.map((t) => (
                <tr key={t.tag}>
                  <th scope="row">{t.tag}</th>
                  <td class="num">{t.cases}</td>
                  <td class="num">
                    {t.passed} ({pct(t.rate, 0)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))
      ) : (
        <p class="muted">No eval has run on this app yet.</p>
      )}
      {a.redteam ? (
        <p>
          Red team ({when(a.redteam.at)}): {a.redteam.totals.held} of {a.redteam.totals.attempted} attacks
          held, {a.redteam.totals.broken} broke through.
        </p>
      ) : null}
    </section>
  );
}
