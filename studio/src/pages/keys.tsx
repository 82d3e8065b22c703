// Keys (admin): every key with its role, limits and spend, a new key (its secret shown once), revoking one.
// Signed in with an admin-role key, the studio uses it; otherwise it asks for the server's admin key
// (TANDEM_ADMIN_KEY), kept for this tab only.
import { useState } from 'preact/hooks';
import { api, apiKey } from '../api';
import { count, usd, when } from '../format';
import { me } from '../me';
import type { ApiKeyRecord, KeySpend } from '../types';
import { Loading, Problem, Status } from '../ui/bits';
import { useLoad } from '../ui/use-load';

// A key as GET /admin/keys lists it: the stored record with its spend today and this month.
type Key = ApiKeyRecord & { spend: { today: KeySpend; month: KeySpend } };

const ADMIN_STORAGE = 'tandem.studio.admin';

export function KeysPage() {
  // Signed in with an admin-role key, that key manages keys (read as `me` arrives, not only at first render).
  const signedInAdmin = me.value?.role === 'admin' && !me.value.open ? apiKey.value : '';
  const [typed, setAdmin] = useState(sessionStorage.getItem(ADMIN_STORAGE) ?? '');
  const admin = typed || signedInAdmin;
  const [draft, setDraft] = useState('');
  const keys = useLoad(
    async (signal) => (admin ? adminApi<{ data: Key[] }>(admin, '/admin/keys', { signal }) : undefined),
    [admin],
  );
  const useKey = (k: string) => {
    sessionStorage.setItem(ADMIN_STORAGE, k);
    setAdmin(k);
  };
  return (
    <>
      <h1>Keys</h1>
      {!admin || keys.error ? (
        <form
          class="card sign-in"
          aria-label="Sign in as admin"
          onSubmit={(e) => {
            e.preventDefault();
            useKey(draft.trim());
          }}
        >
          <p>
            Managing keys needs the server's admin key (TANDEM_ADMIN_KEY); without one, use `tandem keys`.
          </p>
          <label class="block">
            Admin key
            <input
              type="password"
              autocomplete="off"
              value={draft}
              onInput={(e) => setDraft(e.currentTarget.value)}
              required
            />
          </label>
          <button type="submit">Use it</button>
          {keys.error ? <Problem>{keys.error}</Problem> : null}
        </form>
      ) : !keys.data ? (
        <Loading what="keys" />
      ) : (
        <>
          <KeyTable keys={keys.data.data} admin={admin} onChange={keys.reload} />
          <CreateKey admin={admin} onCreated={keys.reload} />
        </>
      )}
    </>
  );
}

function adminApi<T>(
  admin: string,
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
) {
  // The admin key goes in place of the studio's own for these calls only.
  return api<T>(path, { ...init, key: admin });
}

const limit = (n: number | undefined, unit: string) => (n === undefined ? '—' : `${count(n)} ${unit}`);

function KeyTable({ keys, admin, onChange }: { keys: Key[]; admin: string; onChange: () => void }) {
  const [error, setError] = useState<string>();
  const revoke = async (name: string) => {
    if (!window.confirm(`Revoke the key "${name}"? Calls with it are refused at once.`)) return;
    try {
      await adminApi(admin, `/admin/keys/${encodeURIComponent(name)}`, { method: 'DELETE' });
      onChange();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  if (!keys.length)
    return <p>No keys yet: the server is open to loopback callers until the first one exists.</p>;
  return (
    <>
      {error ? <Problem>{error}</Problem> : null}
      <table class="grid">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Role</th>
            <th scope="col">Models</th>
            <th scope="col">Rate</th>
            <th scope="col">Budget</th>
            <th scope="col">Spent today</th>
            <th scope="col">Spent this month</th>
            <th scope="col">Created</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k.id}>
              <th scope="row">
                {k.name} <code class="muted">{k.prefix}…</code>
              </th>
              <td>{k.role ?? 'client'}</td>
              <td>{k.routes?.join(', ') ?? 'all'}</td>
              <td>
                {limit(k.rpm, 'rpm')} · {limit(k.tpm, 'tpm')}
              </td>
              <td>
                {k.budgetUsdDay !== undefined ? `${usd(k.budgetUsdDay)}/day` : '—'} ·{' '}
                {k.budgetUsdMonth !== undefined ? `${usd(k.budgetUsdMonth)}/month` : '—'}
              </td>
              <td>
                {usd(k.spend.today.costUsd)} · {count(k.spend.today.requests)} calls
              </td>
              <td>
                {usd(k.spend.month.costUsd)} · {count(k.spend.month.tokens)} tokens
              </td>
              <td>{when(k.createdAt)}</td>
              <td>
                {k.revokedAt ? (
                  <Status value="revoked" />
                ) : (
                  <button type="button" onClick={() => revoke(k.name)} aria-label={`Revoke ${k.name}`}>
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function CreateKey({ admin, onCreated }: { admin: string; onCreated: () => void }) {
  const [form, setForm] = useState({ name: '', role: 'client', rpm: '', budgetUsdDay: '', routes: '' });
  const [secret, setSecret] = useState<string>();
  const [error, setError] = useState<string>();
  const num = (v: string) => (v.trim() ? Number(v) : undefined);
  const create = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    try {
      const body = {
        name: form.name.trim(),
        role: form.role,
        ...(num(form.rpm) !== undefined ? { rpm: num(form.rpm) } : {}),
        ...(num(form.budgetUsdDay) !== undefined ? { budgetUsdDay: num(form.budgetUsdDay) } : {}),
        ...(form.routes.trim()
          ? {
              routes: form.routes
                .split(',')
                .map((r) => r.trim())
                .filter(Boolean),
            }
          : {}),
      };
      const r = await adminApi<{ secret: string }>(admin, '/admin/keys', { body });
      setSecret(r.secret);
      setForm({ name: '', role: 'client', rpm: '', budgetUsdDay: '', routes: '' });
      onCreated();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const field = (name: keyof typeof form, label: string, hint = '') => (
    <label>
      {label}
      <input
        value={form[name]}
        placeholder={hint}
        onInput={(e) => setForm({ ...form, [name]: e.currentTarget.value })}
      />
    </label>
  );
  return (
    <form onSubmit={create} aria-label="Create a key" class="card">
      <h2>Create a key</h2>
      <div class="filters">
        {field('name', 'Name', 'web')}
        <label>
          Role
          <select value={form.role} onChange={(e) => setForm({ ...form, role: e.currentTarget.value })}>
            <option value="client">client: calls models and apps</option>
            <option value="read-only">read-only: also reads the studio</option>
            <option value="reviewer">reviewer: also signs off, moves labels, runs evals</option>
            <option value="admin">admin: also manages keys</option>
          </select>
        </label>
        {field('rpm', 'Requests a minute', '60')}
        {field('budgetUsdDay', 'Budget per day (USD)', '5')}
        {field('routes', 'Models (comma-separated)', 'app:support')}
        <button type="submit">Create</button>
      </div>
      {secret ? (
        <p role="status" class="ok">
          The key's secret, shown this once: <code>{secret}</code>
        </p>
      ) : null}
      {error ? <Problem>{error}</Problem> : null}
    </form>
  );
}
