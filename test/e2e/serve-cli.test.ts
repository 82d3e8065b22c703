import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';
import { BIN, runCli } from '../support/run-cli.js';

describe('tandem serve', () => {
  it('indexes a fresh project, answers with citations, and on SIGTERM exits 0 with every trace saved', async () => {
    const project = join(mkdtempSync(join(tmpdir(), 'tandem-serve-')), 'p');
    expect((await runCli(['init', project])).code).toBe(0);
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
      cwd: project,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += d;
        const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
        if (m) resolve(`http://127.0.0.1:${m[1]}`);
      });
      child.on('exit', () => reject(new Error(`serve exited: ${out}`)));
    });
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
    const store = openSqliteStore(join(project, '.tandem', 'tandem.db'));
    expect(await store.traces.get(body.tandem.traceId)).toMatchObject({ name: 'assistant', status: 'ok' });
    await store.close();
  });
});
