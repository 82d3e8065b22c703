import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempProject } from '../../test/support/temp-project.js';
import { openSqliteStore } from '../store/index.js';
import { type ServerEvent, type ServerHandle, startServer } from './index.js';

// A provider that holds each answer until the test releases it (it runs in this process, so the test and
// the module meet on globalThis): a request stays in flight exactly as long as the test needs.
const heldProvider = `
export default () => ({
  async generate(req) {
    const gate = globalThis.__held;
    gate.entered();
    await new Promise((resolve, reject) => {
      gate.released.then(resolve);
      req.signal?.addEventListener('abort', () => reject(req.signal.reason), { once: true });
    });
    return { text: 'answered: ' + req.messages.at(-1).content };
  },
});
`;

interface Gate {
  entered(): void;
  released: Promise<void>;
}

function holdAnswers() {
  let entered!: () => void;
  let release!: () => void;
  const inFlight = new Promise<void>((r) => (entered = r));
  const released = new Promise<void>((r) => (release = r));
  (globalThis as { __held?: Gate }).__held = { entered, released };
  return { inFlight, release };
}

function project() {
  return tempProject({
    'tandem.yaml': `providers:\n  held: { type: script, module: tools/held.mjs }\nknowledge:\n  help: { sources: kb/*.md }\napps:\n  bot: { prompt: answer, route: held, knowledge: help }\n`,
    'tools/held.mjs': heldProvider,
    'prompts/answer.prompt': '---\ninput:\n  schema:\n    question: string\n---\n{{question}}\n',
    'kb/hours.md': '# Hours\n\nThe shop opens at 9:00 on weekdays.\n',
  });
}

const ask = (url: string) =>
  fetch(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'app:bot', messages: [{ role: 'user', content: 'opening hours?' }] }),
  });

let handle: ServerHandle | undefined;
afterEach(async () => {
  (globalThis as { __held?: unknown }).__held = undefined;
  await handle?.close();
  handle = undefined;
});

describe('startServer', () => {
  it('indexes knowledge, serves on a free port, and on close drains the request in flight before flushing', async () => {
    const root = project();
    const events: ServerEvent[] = [];
    let drained!: () => void;
    const draining = new Promise<void>((resolve) => (drained = resolve));
    const server = await startServer({
      root,
      port: 0,
      onEvent: (e) => {
        events.push(e);
        if (e.type === 'draining') drained();
      },
    });
    handle = server;
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).not.toBe(0);
    expect(server.metricsOpen).toBe(false);
    expect(events).toEqual([
      { type: 'knowledge-indexed', base: 'help', documents: 1, chunks: 1, failed: 0, warnings: 0 },
    ]);
    expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({ status: 'ready', store: 'ok' });

    const held = holdAnswers();
    const answer = ask(server.url);
    await held.inFlight;
    const closed = server.close();
    await draining;
    // Draining: probes say so and new work is refused, while the request in flight goes on.
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    const refused = await ask(server.url);
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('shutting_down');

    held.release();
    const res = await answer;
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      choices: Array<{ message: { content: string } }>;
      tandem: { traceId: string };
    };
    expect(body.choices[0]!.message.content).toBe('answered: opening hours?');
    await closed;
    expect(events.map((e) => e.type)).toEqual(['knowledge-indexed', 'draining', 'closed']);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    // Flushed before the store closed: the trace of the drained request is saved.
    const store = openSqliteStore(join(root, '.tandem', 'tandem.db'));
    expect(await store.traces.get(body.tandem.traceId)).toMatchObject({ name: 'bot', status: 'ok' });
    await store.close();
  });

  it('at the shutdown deadline ends the request still open with an answer that says why', async () => {
    const events: ServerEvent[] = [];
    handle = await startServer({
      root: project(),
      port: 0,
      shutdownTimeoutMs: 50,
      onEvent: (e) => events.push(e),
    });
    const held = holdAnswers();
    const answer = ask(handle.url);
    await held.inFlight;
    const closed = handle.close();
    // The provider never answers by itself: only the cut-off at the deadline ends the request.
    const res = await answer;
    held.release();
    await closed;
    // Before the library API, the port closed under this answer: the client saw a dropped socket.
    expect(res.status).toBe(499);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      'the server shut down before the answer ended',
    );
    expect(events.map((e) => e.type)).toEqual(['knowledge-indexed', 'draining', 'deadline-passed', 'closed']);
  });

  it('refuses a public address when the project has no API keys, and leaves nothing listening', async () => {
    await expect(startServer({ root: project(), host: '0.0.0.0', port: 0 })).rejects.toMatchObject({
      code: 'USAGE',
      message:
        'refusing to listen on 0.0.0.0: this project has no API keys, so anyone who can reach it could spend your model budget',
    });
  });
});
