// The studio's routes: the URL is the state (a page reloads or is shared where it was), kept in a signal.
import { signal } from '@preact/signals';

/** The current path and query. */
export const location = signal(readLocation());

function readLocation() {
  return { path: window.location.pathname, query: new URLSearchParams(window.location.search) };
}

/** Goes to `href` (same origin) without reloading. */
export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  location.value = readLocation();
  if (!replace) window.scrollTo(0, 0);
}

/** Sets query parameters of the current page (empty values are dropped), replacing the history entry. */
export function setQuery(params: Record<string, string | undefined>): void {
  const q = new URLSearchParams(window.location.search);
  for (const [k, v] of Object.entries(params)) {
    if (v) q.set(k, v);
    else q.delete(k);
  }
  const s = q.toString();
  navigate(`${window.location.pathname}${s ? `?${s}` : ''}`, true);
}

window.addEventListener('popstate', () => {
  location.value = readLocation();
});

// Links inside the studio navigate in place; modified clicks (new tab) and other origins are left alone.
document.addEventListener('click', (e) => {
  const a = (e.target as Element | null)?.closest?.('a');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const url = new URL(a.href, window.location.href);
  if (url.origin !== window.location.origin || a.target || a.hasAttribute('download')) return;
  e.preventDefault();
  navigate(`${url.pathname}${url.search}`);
});
