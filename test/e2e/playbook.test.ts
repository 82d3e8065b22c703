import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itInBrowser, launchChromium } from '../support/browser.js';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

const orderTool = (description: string) =>
  `import { defineTool } from 'tandem';\nexport default defineTool({ name: 'order_status', description: '${description}', parameters: { type: 'object', properties: { id: { type: 'string' } } }, execute: () => ({ status: 'shipped' }) });\n`;

// The shop's support app; `route` and `providers` let a test send its data through a route.
function project(opts: { route?: string; providers?: string; routes?: string } = {}) {
  return tempProject({
    'tandem.yaml': `
providers:
  local: { type: extractive }
${opts.providers ?? ''}
${opts.routes ?? ''}
guardrails:
  pii: { check: pii, action: redact, description: Personal data never reaches the model. }
  cite: { check: citations, action: reask }
knowledge:
  help: { sources: kb/*.md }
apps:
  support:
    description: Answers customer questions about the shop.
    prompt: answer
    route: ${opts.route ?? 'local'}
    knowledge: help
    tools: [order_status]
    guardrails: [pii, cite]
`,
    'prompts/answer.prompt':
      '---\ninput:\n  schema:\n    question: string\n---\n{{role "system"}}\nBe brief and cite passages. {{> tone}}\n{{context}}\n{{role "user"}}\nWhen do you open?\n{{role "model"}}\nAt 9:00 [1].\n{{role "user"}}\n{{question}}\n',
    'prompts/_tone.prompt': 'Be kind.',
    'tools/order.ts': orderTool('Looks up where an order is'),
    'kb/hours.md': '# Hours\n\nThe shop opens at 9:00 and closes at 17:00.\n',
    // Not a source until a test adds faq/*.md to the knowledge base.
    'faq/returns.md': '# Returns\n\nReturns are free within 30 days.\n',
    'tests/support.yaml':
      'app: support\nthresholds: { allowFailures: true }\ncases:\n  - name: opening\n    tags: [hours]\n    vars: { question: When does the shop open? }\n    assert: [{ type: contains, value: "9:00" }]\n  - name: closing\n    tags: [hours]\n    vars: { question: When does the shop close on Sunday? }\n    assert: [{ type: contains, value: "Sunday" }]\n',
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
    expect(approve.code).toBe(0);
    expect(approve.stdout).toMatch(
      /^Ana \(legal\) approved support: app version [0-9a-f]{12} \(prompt answer@[0-9a-f]{12}\)\nsupport is approved in this version\n$/,
    );
    await runCli(['playbook'], { cwd: dir });
    expect(readFileSync(join(dir, 'playbook/playbook.md'), 'utf8')).toMatch(
      /\*\*Approved\*\* by Ana \(legal\) on \d{4}-\d\d-\d\d \("tone OK"\)/,
    );
  }, 60_000);

  itInBrowser(
    'writes a playbook page a reviewer can read in a browser, self-contained',
    async () => {
      const dir = project();
      await runCli(['eval'], { cwd: dir });
      const approve = ['playbook', 'approve', 'support', '--by', 'Ana (legal)', '--note', 'tone OK'];
      expect((await runCli(approve, { cwd: dir })).code).toBe(0);
      expect((await runCli(['playbook'], { cwd: dir })).code).toBe(0);
      const browser = await launchChromium();
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
          'How this assistant was attacked and what held',
        ]);
        expect(await page.locator('section li').filter({ hasText: 'local' }).last().textContent()).toBe(
          'local: no model: sentences picked from the retrieved passages, on this machine.',
        );
        expect(await page.locator('.slot').first().textContent()).toBe(
          'passages from the "help" knowledge base that best match the question',
        );
        // The guardrails table (a header, pii, cite) and the results by topic (a header, hours).
        expect(await page.locator('table tr').allTextContents()).toEqual([
          'RuleChecked onWhat it meansWhen it fails',
          'piiinputPersonal data never reaches the model.the data is masked and the request goes on',
          'citeoutputevery statement cites a retrieved passage, like [1]the model is asked again with the problem pointed out',
          'TopicCasesPassed95% interval',
          'hours21 (50%)9%–91%',
        ]);
        expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
        await page.screenshot({ path: join(dir, 'playbook/playbook.png'), fullPage: true });
      } finally {
        await browser.close();
      }
    },
    60_000,
  );

  it('lets CI require the labelled prompt version to be approved', async () => {
    const dir = project();
    const noLabel = await runCli(['eval', '--ci', '--require-approval', 'production'], { cwd: dir });
    expect(noLabel.code).toBe(1);
    expect(noLabel.stderr).toContain('support: prompt answer has no label "production"');
    await runCli(['prompts', 'label', 'answer', 'production'], { cwd: dir });
    const unapproved = await runCli(['eval', '--ci', '--require-approval', 'production'], { cwd: dir });
    expect(unapproved.code).toBe(1);
    expect(unapproved.stderr).toMatch(
      /support: answer@production \([0-9a-f]{12}\) is not approved \(never approved\); after review: tandem playbook approve support --by NAME/,
    );
    expect((await runCli(['playbook', 'approve', 'support', '--by', 'Ana'], { cwd: dir })).code).toBe(0);
    const approved = await runCli(['eval', '--ci', '--require-approval', 'production'], { cwd: dir });
    expect(approved.stderr).not.toContain('gate failed');
    expect(approved.code).toBe(0);
    // An edit that nobody labelled: the suite tests text that is not the approved version.
    writeFileSync(join(dir, 'prompts/_tone.prompt'), 'Be curt.');
    const edited = await runCli(['eval', '--ci', '--require-approval', 'production'], { cwd: dir });
    expect(edited.code).toBe(1);
    expect(edited.stderr).toMatch(
      /support: the suite ran answer [0-9a-f]{12}, not answer@production \([0-9a-f]{12}\); label what was tested/,
    );
  }, 60_000);

  // Each change to what the playbook shows, the label moved to it where the prompt changed, and the line
  // the gate and the playbook give for it.
  const changes: Array<[string, (dir: string) => void, boolean, string]> = [
    [
      'a partial of the prompt',
      (d) => writeFileSync(join(d, 'prompts/_tone.prompt'), 'Be curt.'),
      true,
      'prompt answer: partial _tone changed',
    ],
    [
      'the prompt file',
      (d) => edit(d, 'prompts/answer.prompt', 'Be brief', 'Be short'),
      true,
      'prompt answer: its text changed',
    ],
    [
      'a tool spec',
      (d) => writeFileSync(join(d, 'tools/order.ts'), orderTool('Cancels an order')),
      false,
      'tool order_status: description Looks up where an order is → Cancels an order',
    ],
    [
      'where a provider sends data',
      (d) => edit(d, 'tandem.yaml', 'llm.example.com', 'llm.elsewhere.example'),
      false,
      'provider cloud: sendsTo llm.example.com → llm.elsewhere.example',
    ],
    [
      'the model of a provider',
      (d) => edit(d, 'tandem.yaml', 'model: gpt-4.1-mini', 'model: gpt-4.1'),
      false,
      'provider cloud: model gpt-4.1-mini → gpt-4.1',
    ],
    [
      'the providers of the route',
      (d) => edit(d, 'tandem.yaml', 'targets: [local, cloud]', 'targets: [local]'),
      false,
      'provider cloud removed',
    ],
    [
      'a guardrail',
      (d) => edit(d, 'tandem.yaml', 'action: redact', 'action: block'),
      false,
      'guardrail pii: action redact → block',
    ],
    [
      'the knowledge sources',
      (d) => edit(d, 'tandem.yaml', 'sources: kb/*.md', 'sources: [kb/*.md, faq/*.md]'),
      false,
      'knowledge: sources ["kb/*.md"] → ["kb/*.md","faq/*.md"]',
    ],
  ];

  it('fails the gate after any change to what the reviewers saw, saying what changed, until approved again', async () => {
    const dir = project({
      route: 'main',
      providers:
        '  cloud: { type: openai, model: gpt-4.1-mini, apiKey: sk-unused, baseUrl: "https://llm.example.com/v1" }',
      routes: 'routes:\n  main: { targets: [local, cloud] }',
    });
    const gate = () => runCli(['eval', '--ci', '--require-approval', 'production'], { cwd: dir });
    await runCli(['prompts', 'label', 'answer', 'production'], { cwd: dir });
    expect((await runCli(['playbook', 'approve', 'support', '--by', 'Ana'], { cwd: dir })).code).toBe(0);
    expect((await gate()).code).toBe(0);
    for (const [what, change, relabel, line] of changes) {
      change(dir);
      if (relabel) await runCli(['prompts', 'label', 'answer', 'production'], { cwd: dir });
      const failed = await gate();
      expect(failed.code, what).toBe(1);
      expect(failed.stderr, what).toContain(`is not approved (changed since Ana approved it: ${line}`);
      expect((await runCli(['playbook', 'approve', 'support', '--by', 'Ana'], { cwd: dir })).code).toBe(0);
      const passed = await gate();
      expect(passed.stderr, what).not.toContain('not approved');
      expect(passed.code, what).toBe(0);
    }
  }, 240_000);

  it('shows in the playbook what changed since the last approval', async () => {
    const dir = project();
    await runCli(['playbook', 'approve', 'support', '--by', 'Ana (legal)'], { cwd: dir });
    writeFileSync(join(dir, 'prompts/_tone.prompt'), 'Be curt.');
    writeFileSync(join(dir, 'tools/order.ts'), orderTool('Cancels an order'));
    edit(dir, 'tandem.yaml', 'action: redact', 'action: block');
    const r = await runCli(['playbook'], { cwd: dir });
    expect(r.code).toBe(0);
    const day = new Date().toISOString().slice(0, 10);
    const changed = [
      'prompt answer: partial _tone changed',
      'tool order_status: description Looks up where an order is → Cancels an order',
      'guardrail pii: action redact → block',
    ];
    expect(r.stdout).toMatch(/\(support not approved\)\n/);
    expect(r.stdout).toContain(`support changed since Ana (legal) approved it on ${day}:\n`);
    for (const c of changed) expect(r.stdout).toContain(`\n  - ${c}`);
    const md = readFileSync(join(dir, 'playbook/playbook.md'), 'utf8');
    expect(md).toContain(
      `**Not approved** in this version. Changed since Ana (legal) approved it on ${day}:`,
    );
    for (const c of changed) expect(md).toContain(`- ${c}`);
  }, 60_000);

  it('diffs and shows a prompt version with its partials when only a partial changed', async () => {
    const dir = project();
    await runCli(['prompts', 'label', 'answer', 'production'], { cwd: dir });
    writeFileSync(join(dir, 'prompts/_tone.prompt'), 'Be curt.');
    const diff = await runCli(['prompts', 'diff', 'answer', 'production'], { cwd: dir });
    expect(diff.code).toBe(0);
    expect(diff.stdout).not.toContain('same version');
    expect(diff.stdout).toMatch(/^--- _tone\.prompt in answer@production \([0-9a-f]{12}\)$/m);
    expect(diff.stdout).toContain('-Be kind.\n');
    expect(diff.stdout).toContain('+Be curt.\n');
    expect(diff.stdout).not.toContain('answer.prompt in');
    const show = await runCli(['prompts', 'show', 'answer@production'], { cwd: dir });
    expect(show.stdout).toMatch(/\n# partial _tone\.prompt\nBe kind\.\n$/);
  }, 60_000);
});

function edit(dir: string, file: string, from: string, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  writeFileSync(path, text.replace(from, to));
}
