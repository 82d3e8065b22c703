import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEchoProvider } from './echo-provider.js';
import { createScriptProvider } from './script-provider.js';

describe('echo provider', () => {
  it('answers with the last user message and estimates tokens', async () => {
    const res = await createEchoProvider('e').generate({
      messages: [
        { role: 'user', content: 'first' },
        { role: 'assistant', content: 'x' },
        { role: 'user', content: 'say this back' },
      ],
    });
    expect(res).toMatchObject({ text: 'say this back', provider: 'e', finishReason: 'stop', costUsd: 0 });
    expect(res.usage.totalTokens).toBe(res.usage.inputTokens + res.usage.outputTokens);
    expect(res.usage.outputTokens).toBe(4); // 13 characters ≈ 4 tokens
  });
});

describe('script provider', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-script-'));

  it('loads a TypeScript factory, passes options, and fills the missing response fields', async () => {
    const file = join(dir, 'shout.ts');
    writeFileSync(
      file,
      `import type { ModelRequest } from 'tandem';
       export default (options: { suffix: string }) => ({
         generate: (req: ModelRequest) => ({ text: req.messages.at(-1)!.content.toUpperCase() + options.suffix }),
       });`,
    );
    const p = await createScriptProvider('shout', file, { suffix: '!' });
    const res = await p.generate({ messages: [{ role: 'user', content: 'hi there' }] });
    expect(res).toMatchObject({ text: 'HI THERE!', provider: 'shout', finishReason: 'stop' });
    let streamed = '';
    for await (const ev of p.stream({ messages: [{ role: 'user', content: 'ok' }] }))
      if (ev.type === 'text-delta') streamed += ev.text;
    expect(streamed).toBe('OK!');
  });

  it('names the file and how to fix it when the module exports no provider', async () => {
    const file = join(dir, 'empty.ts');
    writeFileSync(file, 'export const x = 1;');
    await expect(createScriptProvider('x', file)).rejects.toMatchObject({
      code: 'SCRIPT_INVALID',
      message: expect.stringContaining('empty.ts does not export a provider'),
    });
  });

  it('reports a syntax error in the module as SCRIPT_INVALID, not a crash', async () => {
    const file = join(dir, 'broken.ts');
    writeFileSync(file, 'export default (() => {');
    await expect(createScriptProvider('x', file)).rejects.toMatchObject({ code: 'SCRIPT_INVALID' });
  });
});
