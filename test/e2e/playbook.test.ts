import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

function project() {
  return tempProject({
    'tandem.yaml': `
providers:
  local: { type: extractive }
guardrails:
  pii: { check: pii, action: redact, description: Personal data never reaches the model. }
  cite: { check: citations, action: reask }
knowledge:
  help: { sources: kb/*.md }
apps:
  support:
    description: Answers customer questions about the shop.
    prompt: answer
    route: local
    knowledge: help
    tools: [order_status]
    guardrails: [pii, cite]
`,
    'prompts/answer.prompt':
      '---\ninput:\n  schema:\n    question: string\n---\n{{role "system"}}\nBe brief and cite passages.\n{{context}}\n{{role "user"}}\nWhen do you open?\n{{role "model"}}\nAt 9:00 [1].\n{{role "user"}}\n{{question}}\n',
    'tools/order.ts':
      "import { defineTool } from 'tandem';\nexport default defineTool({ name: 'order_status', description: 'Looks up where an order is', parameters: { type: 'object', properties: { id: { type: 'string' } } }, execute: () => ({ status: 'shipped' }) });\n",
    'kb/hours.md': '# Hours\n\nThe shop opens at 9:00 and closes at 17:00.\n',
    'tests/support.yaml':
      'app: support\ncases:\n  - name: opening\n    tags: [hours]\n    vars: { question: When does the shop open? }\n    assert: [{ type: contains, value: "9:00" }]\n  - name: closing\n    tags: [hours]\n    vars: { question: When does the shop close on Sunday? }\n    assert: [{ type: contains, value: "Sunday" }]\n',
  });
}

describe('tandem playbook', () => {
  it('writes HTML and Markdown a reviewer can read, and records approvals', async () => {
    const dir = project();
    const evalRun = await runCli(['eval'], { cwd: dir });
    // The terminal and the playbook put one interval on a pass rate (Wilson 95% for 1 of 2: 9.5%–90.5%).
    expect(evalRun.stdout).toMatch(/default +50\.0% \(9\.5%–90\.5%\)/);
    const first = await runCli(['playbook'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('support not approved');
    const md = readFileSync(join(dir, 'playbook/playbook.md'), 'utf8');
    expect(md).toContain('Answers customer questions about the shop.');
    expect(md).toContain('**Not yet approved** in this version.');
    expect(md).toContain('> Question: ⟨question⟩'.replace('Question: ', ''));
    expect(md).toContain('- Customer: When do you open?\n  Assistant: At 9:00 [1].');
    expect(md).toContain('- **order_status**: Looks up where an order is (needs id)');
    expect(md).toContain(
      '- **pii** (input): Personal data never reaches the model. If it fails, the data is masked and the request goes on.',
    );
    expect(md).toContain(
      '- **cite** (output): every statement cites a retrieved passage, like [1]. If it fails, the model is asked again with the problem pointed out.',
    );
    expect(md).toContain('The knowledge base **help**: 1 documents from `kb/*.md`.');
    expect(md).toContain(
      '### Which models answer, and where the data goes\n\n- **local**: no model: sentences picked from the retrieved passages, on this machine.',
    );
    expect(md).toMatch(/\| hours \| 2 \| 1 \(50%\) \| 9%–91% \|/);
    expect(md).toContain('- closing (hours): contains: does not contain "Sunday"');

    const approve = await runCli(
      ['playbook', 'approve', 'support', '--by', 'Ana (legal)', '--note', 'tone OK'],
      { cwd: dir },
    );
    expect(approve.stdout).toMatch(/^approved support: prompt answer@[0-9a-f]{12} by Ana \(legal\)\n$/);
    await runCli(['playbook'], { cwd: dir });
    expect(readFileSync(join(dir, 'playbook/playbook.md'), 'utf8')).toMatch(
      /\*\*Approved\*\* by Ana \(legal\) on \d{4}-\d\d-\d\d \("tone OK"\)/,
    );

    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`file://${join(dir, 'playbook/playbook.html')}`);
      expect(await page.locator('h2').first().textContent()).toBe('support');
      expect(await page.locator('.ok').textContent()).toContain('Approved by Ana (legal)');
      expect(await page.locator('h3').allTextContents()).toEqual([
        'What the assistant is told',
        'Examples it is shown',
        'What it may do',
        'Boundaries',
        'What it knows',
        'Which models answer, and where the data goes',
        'How it tested',
      ]);
      expect(await page.locator('section li').filter({ hasText: 'local' }).last().textContent()).toBe(
        'local: no model: sentences picked from the retrieved passages, on this machine.',
      );
      expect(await page.locator('.slot').first().textContent()).toBe(
        'passages from the "help" knowledge base that best match the question',
      );
      expect(await page.locator('table tr').count()).toBeGreaterThanOrEqual(4);
      expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
      await page.screenshot({ path: join(dir, 'playbook/playbook.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('lets CI require the labelled prompt version to be approved', async () => {
    const dir = project();
    const noLabel = await runCli(['eval', '--ci', '--require-approval', 'production'], { cwd: dir });
    expect(noLabel.stderr).toContain('support: prompt answer has no label "production"');
    await runCli(['prompts', 'label', 'answer', 'production'], { cwd: dir });
    const unapproved = await runCli(['eval', '--ci', '--require-approval', 'production'], { cwd: dir });
    expect(unapproved.code).toBe(1);
    expect(unapproved.stderr).toMatch(/support: answer@production \([0-9a-f]{12}\) is not approved/);
    await runCli(['playbook', 'approve', 'support', '--by', 'Ana'], { cwd: dir });
    const approved = await runCli(['eval', '--ci', '--require-approval', 'production'], { cwd: dir });
    expect(approved.stderr).not.toContain('not approved');
  }, 60_000);
});
