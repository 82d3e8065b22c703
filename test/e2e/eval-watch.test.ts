import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

describe('tandem eval --watch', () => {
  it('re-runs only the cases a change affects and says what newly passes or fails', async () => {
    const dir = tempProject({
      'tandem.yaml': `
providers:
  local: { type: extractive, maxSentences: 1 }
knowledge:
  docs: { sources: kb/*.md }
apps:
  bot: { prompt: bot, route: local, knowledge: docs }
`,
      'prompts/bot.prompt':
        '---\ninput:\n  schema:\n    question: string\n---\n{{role "system"}}\n{{context}}\n{{role "user"}}\n{{question}}\n',
      'kb/hours.md': '# Opening hours\n\nThe shop opens at 9:00 and closes at 17:00 on weekdays.\n',
      'kb/returns.md': '# Returns\n\nReturns are accepted within 14 days with the receipt.\n',
      'tests/bot.yaml': `app: bot
cases:
  - name: hours
    vars: { question: When does the shop open on weekdays? }
    assert: [{ type: contains, value: "9:00" }]
  - name: returns
    vars: { question: How many days do I have to return an item with the receipt? }
    assert: [{ type: contains, value: "14 days" }]
  - name: returns-2
    vars: { question: Are returns accepted without the receipt? }
    assert: [{ type: icontains, value: receipt }]
`,
    });
    const child = spawn(process.execPath, [BIN, 'eval', 'tests/bot.yaml', '--watch', '--json'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
    });
    const lines: Array<Record<string, unknown>> = [];
    let err = '';
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
        lines.push(JSON.parse(buf.slice(0, i)));
        buf = buf.slice(i + 1);
      }
    });
    child.stderr.on('data', (d) => (err += d));
    const waitFor = async (n: number, what: string) => {
      for (let i = 0; i < 200 && lines.length < n; i++) await new Promise((r) => setTimeout(r, 50));
      if (lines.length < n) throw new Error(`timed out waiting for ${what}\n${err}`);
      return lines[n - 1]!;
    };
    try {
      const first = await waitFor(1, 'the first run');
      expect(first).toMatchObject({ rerun: 3, changed: [] });
      for (let i = 0; i < 100 && !err.includes('watching'); i++) await new Promise((r) => setTimeout(r, 50));

      // A knowledge edit: only the case whose retrieved chunks changed runs again, and it now fails.
      writeFileSync(
        join(dir, 'kb/hours.md'),
        '# Opening hours\n\nThe shop opens at 10:00 and closes at 18:00 on weekdays.\n',
      );
      const kb = await waitFor(2, 'the knowledge change');
      expect(kb).toMatchObject({
        changed: ['kb/hours.md'],
        rerun: 1,
        newlyFailing: ['hours'],
        newlyPassing: [],
      });

      // A suite edit: only the edited case runs again, and it passes now.
      const suite = join(dir, 'tests/bot.yaml');
      writeFileSync(suite, readFileSync(suite, 'utf8').replace('value: "9:00"', 'value: "10:00"'));
      const edited = await waitFor(3, 'the suite change');
      expect(edited).toMatchObject({
        changed: ['tests/bot.yaml'],
        rerun: 1,
        newlyPassing: ['hours'],
        newlyFailing: [],
      });

      // A prompt edit: every case runs again.
      writeFileSync(
        join(dir, 'prompts/bot.prompt'),
        readFileSync(join(dir, 'prompts/bot.prompt'), 'utf8').replace(
          '{{context}}',
          'Passages:\n{{context}}',
        ),
      );
      const prompt = await waitFor(4, 'the prompt change');
      expect(prompt).toMatchObject({ changed: ['prompts/bot.prompt'], rerun: 3 });
    } finally {
      child.kill('SIGINT');
      await new Promise((r) => child.on('close', r));
    }
  }, 60_000);
});
