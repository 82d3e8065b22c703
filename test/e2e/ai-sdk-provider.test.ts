// `tandem serve` (the built CLI, no network beyond this machine) with an ai-sdk provider over @ai-sdk/google
// in a route: a failing Gemini falls back to the next target, for a model and for an app, and a healthy one
// streams through an app. Gemini and the backup are local servers speaking their real wire formats.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeUpstream, startFakeUpstream } from '../support/fake-upstream.js';
import { geminiError, geminiStream } from '../support/gemini-wire.js';
import { chatCompletion } from '../support/openai-wire.js';
import { BIN } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

const NO_NETWORK = fileURLToPath(new URL('../support/no-network-hook.mjs', import.meta.url));

let gemini: FakeUpstream;
let backup: FakeUpstream;
let child: ChildProcess;
let url: string;

beforeAll(async () => {
  gemini = await startFakeUpstream(() => ({
    status: 500,
    body: geminiError(500, 'INTERNAL', 'An internal error has occurred.'),
  }));
  backup = await startFakeUpstream(() => ({
    json: chatCompletion('Answer from the backup.', { usage: [6, 4] }),
  }));
  const project = tempProject({
    'tandem.yaml': `
providers:
  gemini:
    type: ai-sdk
    package: "@ai-sdk/google"
    model: gemini-2.5-flash
    options: { apiKey: "\${GEMINI_KEY}", baseURL: "${gemini.url}/v1beta" }
  backup: { type: openai, model: gpt-4o-mini, apiKey: sk-backup, baseUrl: "${backup.url}/v1" }
routes:
  main:
    targets: [gemini, backup]
    retry: { attempts: 2, baseMs: 0 }
apps:
  helper: { prompt: answer, route: main }
`,
    'prompts/answer.prompt':
      '---\ninput:\n  schema:\n    question: string\n---\n{{role "system"}}\nAnswer briefly.\n{{role "user"}}\n{{question}}\n',
  });
  child = spawn(process.execPath, ['--import', NO_NETWORK, BIN, 'serve', '--port', '0'], {
    cwd: project,
    env: { ...process.env, NO_COLOR: '1', GEMINI_KEY: 'g-e2e-key' },
  });
  url = await serverUrl(child);
});
afterAll(async () => {
  const exited = new Promise((r) => child.on('exit', r));
  child.kill('SIGTERM');
  await exited;
  await gemini.close();
  await backup.close();
});
beforeEach(() => {
  gemini.reset();
  backup.reset();
});

const chat = (body: Record<string, unknown>) =>
  fetch(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('tandem serve with an ai-sdk (Gemini) provider in a route', () => {
  it('retries a Gemini 500, then falls back to the next target', async () => {
    const res = await chat({ model: 'main', messages: [{ role: 'user', content: 'Hello?' }] });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-tandem-provider')).toBe('backup');
    const body = (await res.json()) as { choices: Array<{ message: { content: string } }> };
    expect(body.choices[0]!.message.content).toBe('Answer from the backup.');
    // Two tries at Gemini (retry: attempts 2), each with the key from the environment, then one at the backup.
    expect(gemini.requests.map((r) => [r.path, r.headers['x-goog-api-key']])).toEqual([
      ['/v1beta/models/gemini-2.5-flash:generateContent', 'g-e2e-key'],
      ['/v1beta/models/gemini-2.5-flash:generateContent', 'g-e2e-key'],
    ]);
    expect(backup.requests).toHaveLength(1);
  });

  it('falls back for an app too, after a Gemini 429', async () => {
    gemini.reply(
      { status: 429, body: geminiError(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded.') },
      { status: 429, body: geminiError(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded.') },
    );
    const res = await chat({ model: 'app:helper', messages: [{ role: 'user', content: 'What is up?' }] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { choices: Array<{ message: { content: string } }> };
    expect(body.choices[0]!.message.content).toBe('Answer from the backup.');
    expect(gemini.requests).toHaveLength(2);
    expect(gemini.requests[0]!.body).toMatchObject({
      systemInstruction: { parts: [{ text: 'Answer briefly.' }] },
      contents: [{ role: 'user', parts: [{ text: 'What is up?' }] }],
    });
  });

  it('streams a healthy Gemini answer through an app', async () => {
    gemini.reply({ sse: geminiStream(['Gemini ', 'is ', 'fine.'], { usage: [7, 3] }) });
    const res = await chat({
      model: 'app:helper',
      stream: true,
      messages: [{ role: 'user', content: 'How are you?' }],
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    const content = [...text.matchAll(/"content":"([^"]*)"/g)].map((m) => m[1]).join('');
    expect(content).toBe('Gemini is fine.');
    expect(text).toContain('data: [DONE]');
    expect(gemini.requests.map((r) => r.path)).toEqual([
      '/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse',
    ]);
    expect(backup.requests).toEqual([]);
  });
});

function serverUrl(proc: ChildProcess): Promise<string> {
  let out = '';
  return new Promise<string>((resolve, reject) => {
    proc.stdout!.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(`http://127.0.0.1:${m[1]}`);
    });
    proc.stderr!.on('data', (d) => (out += d));
    proc.on('exit', () => reject(new Error(`serve exited: ${out}`)));
  });
}
