import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFakeUpstream } from '../support/fake-upstream.js';
import { chatStream } from '../support/openai-wire.js';
import { openProjectStore, projectStoreEnv } from '../support/project-store.js';
import { BIN, runCli } from '../support/run-cli.js';

describe('tandem serve', () => {
  it('indexes a fresh project, answers with citations, and on SIGTERM exits 0 with every trace saved', async () => {
    const project = join(mkdtempSync(join(tmpdir(), 'tandem-serve-')), 'p');
    expect((await runCli(['init', project])).code).toBe(0);
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
      cwd: project,
      env: { ...process.env, NO_COLOR: '1', ...projectStoreEnv(project) },
    });
    const url = await serverUrl(child);
    const res = await fetch(`${url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'app:assistant',
        messages: [{ role: 'user', content: 'How do I reset my password?' }],
      }),
    });
    const body = (await res.json()) as {
      choices: Array<{ message: { content: string } }>;
      tandem: { traceId: string; citations: unknown[] };
    };
    expect(body.choices[0]!.message.content).toContain('Forgot password');
    expect(body.tandem.citations.length).toBeGreaterThan(0);
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const store = await openProjectStore(project);
    expect(await store.traces.get(body.tandem.traceId)).toMatchObject({ name: 'assistant', status: 'ok' });
    await store.close();
  });
});

describe('tandem serve shutdown', () => {
  it('says a taken port is taken, without a stack trace', async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const { port } = taken.address() as AddressInfo;
    const project = mkdtempSync(join(tmpdir(), 'tandem-port-'));
    writeFileSync(join(project, 'tandem.yaml'), 'providers:\n  local: { type: echo }\n');
    const res = await runCli(['serve', '--port', String(port)], { cwd: project });
    await new Promise((r) => taken.close(r));
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`cannot listen on 127.0.0.1:${port}: the port is already in use`);
    expect(res.stderr).toContain('--port 0');
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it('on a public address, says /metrics is open until a metrics key is set', async () => {
    const project = mkdtempSync(join(tmpdir(), 'tandem-public-'));
    writeFileSync(join(project, 'tandem.yaml'), 'providers:\n  local: { type: echo }\n');
    expect((await runCli(['keys', 'create', '--name', 'web'], { cwd: project })).code).toBe(0);
    const { TANDEM_METRICS_KEY: _unset, ...env } = process.env;
    const child = spawn(process.execPath, [BIN, 'serve', '--host', '0.0.0.0', '--port', '0'], {
      cwd: project,
      env: { ...env, NO_COLOR: '1', ...projectStoreEnv(project) },
    });
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('TANDEM_METRICS_KEY')) resolve();
      });
      child.on('exit', () => reject(new Error(`serve exited: ${out}`)));
    });
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGTERM');
    await exited;
    expect(out).toContain('note: /metrics is open to anyone who can reach this port');
  });

  it('on SIGTERM during a stream: says it is draining, refuses new work, finishes the stream, stores its trace, exits 0', async () => {
    const upstream = await startFakeUpstream(() => ({
      sse: chatStream(['one ', 'two ', 'three ', 'four ', 'five'], { usage: [5, 5] }),
      delayMs: 150,
    }));
    const { project, child, url, reader, exited } = await serveAndStream(upstream.url, 'tandem-sigterm-');
    let text = new TextDecoder().decode((await reader.read()).value);
    child.kill('SIGTERM');
    await waitFor(child, 'stopping:');
    // A load balancer's probe hears that the server is going; new work is turned away with a 503 to retry.
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'stopping' });
    const refused = await fetch(`${url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'up', messages: [{ role: 'user', content: 'more' }] }),
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toMatchObject({ error: { code: 'shutting_down' } });
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    const content = [...text.matchAll(/"content":"([^"]*)"/g)].map((m) => m[1]).join('');
    expect(content).toBe('one two three four five');
    expect(text).toContain('data: [DONE]');
    expect(await exited).toBe(0);
    const store = await openProjectStore(project);
    const traces = await store.traces.list({ limit: 5 });
    expect(traces).toEqual([expect.objectContaining({ name: 'up', status: 'ok' })]);
    await store.close();
    await upstream.close();
  });

  it('at the shutdown deadline ends a stream still open with an error event, and keeps its trace as ABORTED', async () => {
    const upstream = await startFakeUpstream(() => ({
      sse: chatStream(['one ', 'two ', 'three ', 'four ', 'five'], { usage: [5, 5] }),
      delayMs: 1000,
    }));
    const { project, child, reader, exited } = await serveAndStream(upstream.url, 'tandem-deadline-', [
      '--shutdown-timeout',
      '0.2',
    ]);
    let text = new TextDecoder().decode((await reader.read()).value);
    child.kill('SIGTERM');
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    expect(text).toContain('"content":"one "');
    expect(text).not.toContain('"content":"five"');
    expect(text).toContain('"message":"the server shut down before the answer ended"');
    expect(await exited).toBe(0);
    const store = await openProjectStore(project);
    const [trace] = await store.traces.list({ limit: 5 });
    expect(trace).toMatchObject({
      name: 'up',
      status: 'aborted',
      error: 'ABORTED: the server shut down before the answer ended',
    });
    await store.close();
    await upstream.close();
  });
});

/** Resolves once the child has printed `text` on stdout. */
function waitFor(child: ChildProcess, text: string): Promise<void> {
  let out = '';
  return new Promise<void>((resolve) => {
    const onData = (d: Buffer) => {
      out += d;
      if (!out.includes(text)) return;
      child.stdout!.off('data', onData);
      resolve();
    };
    child.stdout!.on('data', onData);
  });
}

function serverUrl(child: ChildProcess): Promise<string> {
  let out = '';
  return new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(`http://127.0.0.1:${m[1]}`);
    });
    child.on('exit', () => reject(new Error(`serve exited: ${out}`)));
  });
}

/** A project over `upstreamUrl`, served by `tandem serve` (with `flags`), with one stream open on it. */
async function serveAndStream(upstreamUrl: string, prefix: string, flags: string[] = []) {
  const project = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(
    join(project, 'tandem.yaml'),
    `providers:\n  up: { type: openai, model: gpt-4o-mini, apiKey: sk-x, baseUrl: ${upstreamUrl}/v1 }\n`,
  );
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...flags], {
    cwd: project,
    env: { ...process.env, NO_COLOR: '1', ...projectStoreEnv(project) },
  });
  const url = await serverUrl(child);
  const res = await fetch(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'up', stream: true, messages: [{ role: 'user', content: 'count' }] }),
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { project, child, url, reader: res.body!.getReader(), exited };
}
