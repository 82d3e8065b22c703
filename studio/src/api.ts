// Every request the studio makes: JSON under /api/ on this server, with the key the user gave (if any).
import { signal } from '@preact/signals';

const KEY_STORAGE = 'tandem.studio.key';

/** The key the studio sends; set from the sign-in form once the server asks for one. */
export const apiKey = signal(sessionStorage.getItem(KEY_STORAGE) ?? '');
/** Set when the server refused the request for want of a valid key. */
export const needsKey = signal(false);

/** Uses `key` for every request from now on (kept for this browser tab only). */
export function signIn(key: string): void {
  apiKey.value = key;
  sessionStorage.setItem(KEY_STORAGE, key);
  needsKey.value = false;
}

/** Forgets the key: the studio asks for one again. */
export function signOut(): void {
  apiKey.value = '';
  sessionStorage.removeItem(KEY_STORAGE);
  needsKey.value = true;
}

/** An error the server answered with (its message says what and how to fix). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** GETs or POSTs `path` and returns its JSON; a non-2xx answer throws ApiError with the server's message. */
export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal; key?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const key = init.key ?? apiKey.value;
  if (key) headers.authorization = `Bearer ${key}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, {
    method: init.method ?? (init.body !== undefined ? 'POST' : 'GET'),
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    ...(init.signal ? { signal: init.signal } : {}),
  });
  const text = await res.text();
  const json = text ? safeJson(text) : undefined;
  // A refused admin key is the keys page's to ask again for; a refused studio key, the sign-in form's.
  if (res.status === 401 && init.key === undefined) needsKey.value = true;
  if (!res.ok) {
    const message =
      (json as { error?: { message?: string } } | undefined)?.error?.message ??
      `${res.status} ${res.statusText}`;
    throw new ApiError(message, res.status);
  }
  return json as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A query string from the given values (empty ones left out). */
export function qs(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * POSTs `body` to an endpoint that answers with server-sent events and calls `onEvent` for each (its name
 * and parsed data) as it arrives; a refusal before the stream (a 4xx with JSON) throws ApiError.
 */
export async function streamEvents(
  path: string,
  body: unknown,
  onEvent: (event: string, data: unknown) => void,
  signal?: AbortSignal,
): Promise<void> {
  const headers: Record<string, string> = { accept: 'text/event-stream', 'content-type': 'application/json' };
  if (apiKey.value) headers.authorization = `Bearer ${apiKey.value}`;
  const res = await fetch(path, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
  if (!res.ok || !res.body) {
    const json = safeJson(await res.text()) as { error?: { message?: string } } | undefined;
    if (res.status === 401) needsKey.value = true;
    throw new ApiError(json?.error?.message ?? `${res.status} ${res.statusText}`, res.status);
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      dispatch(buffer.slice(0, end), onEvent);
      buffer = buffer.slice(end + 2);
      end = buffer.indexOf('\n\n');
    }
  }
}

// One SSE block: its `event:` name (default "message") and its `data:` lines joined.
function dispatch(block: string, onEvent: (event: string, data: unknown) => void): void {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  if (data.length) onEvent(event, safeJson(data.join('\n')));
}
