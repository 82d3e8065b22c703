// The studio: one page per job, chosen by the URL; every page reads and writes through /api/ only.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { apiKey, needsKey, signIn, signOut } from './api';
import { loadMe, me } from './me';
import { ComparePage } from './pages/compare';
import { DashboardPage } from './pages/dashboard';
import { KeysPage } from './pages/keys';
import { PlaygroundPage } from './pages/playground';
import { PromptPage, PromptsPage } from './pages/prompts';
import { ReviewPage, ReviewsPage } from './pages/reviews';
import { RunPage } from './pages/run';
import { RunsPage } from './pages/runs';
import { TracePage } from './pages/trace';
import { TracesPage } from './pages/traces';
import { location } from './router';
import './styles.css';

const NAV = [
  { href: '/runs', label: 'Evals', match: /^\/($|runs)/ },
  { href: '/compare', label: 'Compare', match: /^\/compare/ },
  { href: '/traces', label: 'Traces', match: /^\/traces/ },
  { href: '/prompts', label: 'Prompts', match: /^\/prompts/ },
  { href: '/playground', label: 'Playground', match: /^\/playground/ },
  { href: '/reviews', label: 'Reviews', match: /^\/reviews/ },
  { href: '/dashboard', label: 'Dashboard', match: /^\/dashboard/ },
  { href: '/keys', label: 'Keys', match: /^\/keys/ },
];

function Page() {
  const path = location.value.path;
  const run = /^\/runs\/([^/]+)$/.exec(path);
  if (run) return <RunPage id={decodeURIComponent(run[1]!)} />;
  const trace = /^\/traces\/([^/]+)$/.exec(path);
  if (trace) return <TracePage id={decodeURIComponent(trace[1]!)} />;
  const prompt = /^\/prompts\/([^/]+)$/.exec(path);
  if (prompt) return <PromptPage name={decodeURIComponent(prompt[1]!)} />;
  if (path.startsWith('/prompts')) return <PromptsPage />;
  const review = /^\/reviews\/([^/]+)$/.exec(path);
  if (review) return <ReviewPage app={decodeURIComponent(review[1]!)} />;
  if (path.startsWith('/reviews')) return <ReviewsPage />;
  if (path.startsWith('/playground')) return <PlaygroundPage />;
  if (path.startsWith('/keys')) return <KeysPage />;
  if (path.startsWith('/dashboard')) return <DashboardPage />;
  if (path.startsWith('/compare')) return <ComparePage />;
  if (path.startsWith('/traces')) return <TracesPage />;
  if (path === '/' || path.startsWith('/runs')) return <RunsPage />;
  return (
    <>
      <h1>Not a studio page</h1>
      <p>
        <a href="/runs">Go to the eval runs</a>.
      </p>
    </>
  );
}

function SignIn() {
  const [key, setKey] = useState('');
  return (
    <form
      class="card sign-in"
      aria-label="Sign in"
      onSubmit={(e) => {
        e.preventDefault();
        signIn(key.trim());
        location.value = { ...location.value };
      }}
    >
      <h2>This server needs a key</h2>
      {apiKey.value ? (
        <p class="problem" role="alert">
          The key you gave was refused: it may be mistyped or revoked.
        </p>
      ) : null}
      <p>
        Paste a tandem key (from <code>tandem keys create</code> or your admin). It is kept for this tab only.
      </p>
      <label class="block">
        Key
        <input
          type="password"
          value={key}
          autocomplete="off"
          onInput={(e) => setKey(e.currentTarget.value)}
          required
        />
      </label>
      <button type="submit">Sign in</button>
    </form>
  );
}

function Studio() {
  const path = location.value.path;
  // Who the studio is, again whenever the key changes.
  useEffect(() => {
    void loadMe();
  }, [apiKey.value]);
  const nav = NAV.filter((n) => n.href !== '/keys' || me.value?.role === 'admin');
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="/runs">
          tandem studio
        </a>
        <nav aria-label="Studio">
          <ul>
            {nav.map((n) => (
              <li key={n.href}>
                <a href={n.href} aria-current={n.match.test(path) ? 'page' : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {me.value && !me.value.open ? (
          <p class="who">
            {me.value.name} ({me.value.role}){' '}
            <button type="button" onClick={signOut}>
              Sign out
            </button>
          </p>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {needsKey.value ? <SignIn /> : <Page key={path} />}
      </main>
    </>
  );
}

render(<Studio />, document.getElementById('app')!);
