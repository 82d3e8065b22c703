import { expect, it } from 'vitest';
import { serveProject } from '../../test/support/serve-app.js';
import { tempProject } from '../../test/support/temp-project.js';
import { waitFor } from '../../test/support/wait-for.js';
import { loadProject } from '../pipeline/index.js';

// While the store refuses trace writes (a database unreachable), /readyz fails and traces wait in the
// spool; once it is back they are written and /readyz recovers. No answered request's trace is lost.
it('fails /readyz while trace writes fail, and loses no trace when the store comes back', async () => {
  const project = await loadProject(tempProject({ 'tandem.yaml': 'providers:\n  local: { type: echo }\n' }), {
    batchTraces: true,
  });
  const traces = project.store.traces;
  const write = traces.write.bind(traces);
  let down = true;
  traces.write = async (batch) => {
    if (down) throw new Error('connection refused');
    return write(batch);
  };
  const server = await serveProject(project);
  const ask = () =>
    fetch(`${server.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'local', messages: [{ role: 'user', content: 'Hi' }] }),
    });
  const readyz = async () => {
    const res = await fetch(`${server.url}/readyz`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  try {
    expect((await ask()).status).toBe(200); // the answer does not wait for the store
    const failing = await waitFor(async () => {
      const r = await readyz();
      return r.status === 503 ? r : undefined;
    });
    expect(failing.body).toMatchObject({ status: 'unavailable', store: 'down', spooled: 1, dropped: 0 });
    expect(failing.body.error).toBe('connection refused');
    down = false;
    const back = await waitFor(
      async () => {
        const r = await readyz();
        return r.status === 200 ? r : undefined;
      },
      { timeoutMs: 10_000 },
    );
    expect(back.body).toEqual({ status: 'ready', store: 'ok' });
    expect(await traces.list()).toHaveLength(1);
  } finally {
    await server.close();
    await project.close();
  }
});
