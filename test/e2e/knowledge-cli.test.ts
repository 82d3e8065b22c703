import { spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

const fixtures = fileURLToPath(new URL('../fixtures/knowledge/', import.meta.url));

function project(): string {
  const dir = tempProject({
    'tandem.yaml': `
knowledge:
  docs:
    sources: knowledge/**/*
    exclude: ['**/*.gif', '**/*.json*', '**/*.csv']
    chunking: { size: 150, overlap: 20 }
`,
  });
  cpSync(fixtures, join(dir, 'knowledge'), { recursive: true });
  return dir;
}

describe('tandem ingest', () => {
  it('indexes, reports a file it cannot read with the reason, and exits 1 after indexing the rest', async () => {
    const dir = project();
    const r = await runCli(['ingest'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^docs: 6 files, 5 added, 0 updated, 0 removed, 0 unchanged, 1 failed · 5 documents indexed · \d+ chunks written · [\d.]+ m?s$/m,
    );
    expect(r.stdout).toContain('✗ knowledge/damaged.pdf: Invalid PDF structure.');
    expect(r.stdout).toContain('hint: Check that the file opens in a PDF viewer');

    rmSync(join(dir, 'knowledge/damaged.pdf'));
    writeFileSync(join(dir, 'knowledge/refunds.md'), '# Refunds\n\nRefunds now take 2 business days.\n');
    const again = await runCli(['ingest', 'docs', '--json'], { cwd: dir });
    expect(again.code).toBe(0);
    const [report] = JSON.parse(again.stdout);
    expect(report).toMatchObject({
      added: [],
      updated: ['knowledge/refunds.md'],
      removed: [],
      unchanged: 4,
      failed: [],
    });
  });

  it('says why a CSV makes more documents than files', async () => {
    const dir = project();
    rmSync(join(dir, 'knowledge/damaged.pdf'));
    writeFileSync(join(dir, 'tandem.yaml'), 'knowledge:\n  docs:\n    sources: knowledge/**/*.{md,csv}\n');
    writeFileSync(
      join(dir, 'knowledge/rates.csv'),
      'item,amount\nLunch,12 EUR\nDinner,25 EUR\nHotel,140 EUR\n',
    );
    const r = await runCli(['ingest'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      / · (\d+) documents indexed \(each row of a CSV or record of a JSON file is one\) · /,
    );
  });

  it('refuses binary data saved under a text extension, naming what it is', async () => {
    const dir = project();
    rmSync(join(dir, 'knowledge/damaged.pdf'));
    cpSync(join(fixtures, 'logo.gif'), join(dir, 'knowledge/diagram.md'));
    const r = await runCli(['ingest'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^docs: 6 files, 5 added, 0 updated, 0 removed, 0 unchanged, 1 failed · 5 documents indexed · \d+ chunks written · [\d.]+ m?s\n {2}✗ knowledge\/diagram\.md: holds GIF image, not md text\n {4}hint: Give the file its real extension \(\.pdf and \.docx are read; images and archives are not\), or add it to exclude: in tandem\.yaml\.\n$/,
    );
  });

  it('indexes a document whose front-matter says what tandem cannot use, and says which field to fix', async () => {
    const dir = project();
    rmSync(join(dir, 'knowledge/damaged.pdf'));
    writeFileSync(
      join(dir, 'knowledge/travel-2023.md'),
      '---\nstatus: obsolet\napplies_to: 42\n---\n# Travel 2023\n\nThe hotel limit is £95 a night.\n',
    );
    const r = await runCli(['ingest'], { cwd: dir });
    // Indexed all the same: a warning, not a failure, so the exit code stays 0.
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^docs: 6 files, 6 added, .* unchanged, 2 warnings · 6 documents indexed/m);
    expect(r.stdout).toContain(
      '! knowledge/travel-2023.md: status: "obsolet" is not a status tandem knows, so it counts as none (the document is current unless another one says it replaces it); did you mean "obsolete"?',
    );
    expect(r.stdout).toContain(
      '! knowledge/travel-2023.md: applies_to: 42 says no place, so the document counts',
    );
    // Unchanged on the next ingest, the file is not read again, and its fields to fix are still reported.
    const json = await runCli(['ingest', '--json'], { cwd: dir });
    const [report] = JSON.parse(json.stdout);
    expect(report.unchanged).toBe(6);
    expect(report.warnings).toEqual([
      { source: 'knowledge/travel-2023.md', warning: expect.stringContaining('status: "obsolet"') },
      { source: 'knowledge/travel-2023.md', warning: expect.stringContaining('applies_to: 42') },
    ]);
    // Fixed, they are gone.
    writeFileSync(
      join(dir, 'knowledge/travel-2023.md'),
      '---\nstatus: superseded\napplies_to: UK sites\n---\n# Travel 2023\n\nThe hotel limit is £95 a night.\n',
    );
    const fixed = JSON.parse((await runCli(['ingest', '--json'], { cwd: dir })).stdout)[0];
    expect([fixed.updated, fixed.warnings]).toEqual([['knowledge/travel-2023.md'], []]);
  });

  it('says which document another one replaces, shows it in search, and takes it back when the new one goes', async () => {
    const dir = project();
    rmSync(join(dir, 'knowledge/damaged.pdf'));
    writeFileSync(
      join(dir, 'knowledge/hotel-limits-2023.md'),
      '# Hotel limits\n\nThe London hotel limit is £160 a night.\n',
    );
    writeFileSync(
      join(dir, 'knowledge/hotel-limits-policy.md'),
      '# Hotel limits policy\n\nThis policy replaces the 2023 version. The London hotel limit is £190 a night.\n',
    );
    const r = await runCli(['ingest'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '~ knowledge/hotel-limits-2023.md: superseded, replaced by knowledge/hotel-limits-policy.md',
    );
    // Counted with every other superseded file on the summary line, on this ingest and the next.
    expect(r.stdout).toMatch(/^docs: .* unchanged, 1 superseded · /m);
    expect((await runCli(['ingest'], { cwd: dir })).stdout).toMatch(/unchanged, 1 superseded · .*\n$/);
    const search = await runCli(['search', 'docs', 'London hotel limit'], { cwd: dir });
    expect(search.stdout).toContain(
      'knowledge/hotel-limits-2023.md › Hotel limits [superseded: replaced by knowledge/hotel-limits-policy.md]',
    );
    const json = JSON.parse(
      (await runCli(['search', 'docs', 'London hotel limit', '--json'], { cwd: dir })).stdout,
    );
    expect(json.find((h: { source: string }) => h.source === 'knowledge/hotel-limits-2023.md')).toMatchObject(
      {
        status: 'superseded',
        replacedBy: 'knowledge/hotel-limits-policy.md',
      },
    );
    rmSync(join(dir, 'knowledge/hotel-limits-policy.md'));
    const report = JSON.parse((await runCli(['ingest', '--json'], { cwd: dir })).stdout)[0];
    expect(report.statuses).toEqual([{ source: 'knowledge/hotel-limits-2023.md', status: 'current' }]);
  });

  it('a sources path that matches nothing stops, keeps the index, and says how to fix it', async () => {
    const dir = project();
    rmSync(join(dir, 'knowledge/damaged.pdf'));
    expect((await runCli(['ingest'], { cwd: dir })).code).toBe(0);
    const yaml = join(dir, 'tandem.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('sources: knowledge/', 'sources: knowlege/'));

    const typo = await runCli(['ingest'], { cwd: dir });
    expect(typo).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'error knowledge base "docs": sources pattern "knowlege/**/*" matches no files\n' +
        `  hint: knowlege/ does not exist (did you mean knowledge/?). Check knowledge.docs.sources in tandem.yaml (patterns are relative to ${dir}). ` +
        'Nothing was changed: the index keeps its 5 files. To empty the knowledge base on purpose: tandem ingest docs --allow-empty\n',
    });
    const still = await runCli(['search', 'docs', 'refund', '-k', '1', '--json'], { cwd: dir });
    expect(JSON.parse(still.stdout)[0].source).toBe('knowledge/refunds.md');

    const emptied = await runCli(['ingest', '--allow-empty', '--json'], { cwd: dir });
    expect(emptied.code).toBe(0);
    expect(JSON.parse(emptied.stdout)[0]).toMatchObject({
      files: 0,
      removed: expect.any(Array),
      documents: 0,
    });
    expect(JSON.parse(emptied.stdout)[0].removed).toHaveLength(5);
  });

  it('an app whose sources match nothing warns on every run and answers without documents', async () => {
    const dir = join(tempProject({}), 'p');
    expect((await runCli(['init', dir])).code).toBe(0);
    const yaml = join(dir, 'tandem.yaml');
    writeFileSync(
      yaml,
      readFileSync(yaml, 'utf8').replace('sources: knowledge/**/*', 'sources: docs/**/*.md'),
    );
    const r = await runCli(['run', 'assistant', '--var', 'question=How do I reset my password?'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'warning knowledge base "help": sources pattern "docs/**/*.md" matches no files\n' +
        `  hint: docs/ does not exist. Check knowledge.help.sources in tandem.yaml (patterns are relative to ${dir}). ` +
        'To empty the knowledge base on purpose: tandem ingest help --allow-empty\n' +
        '  (answering without these documents)\n',
    );
    expect(r.stdout).toContain("I don't know");
  });

  it('a question of nothing but spaces is told before a first use indexes the knowledge base', async () => {
    const dir = join(tempProject({}), 'p');
    expect((await runCli(['init', dir])).code).toBe(0);
    const r = await runCli(['run', 'assistant', '--var', 'question=   '], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error .*input "question" of prompt "answer" is empty/);
    expect(r.stderr).not.toContain('indexed knowledge base');
  });

  it('an indexed app whose sources no longer match warns and answers from the documents indexed before', async () => {
    const dir = join(tempProject({}), 'p');
    expect((await runCli(['init', dir])).code).toBe(0);
    const ask = ['run', 'assistant', '--var', 'question=How do I reset my password?', '--no-cache'];
    const first = await runCli(ask, { cwd: dir });
    expect(first.stderr).toMatch(/^indexed knowledge base "help" on first use: \d+ documents/);
    const yaml = join(dir, 'tandem.yaml');
    writeFileSync(
      yaml,
      readFileSync(yaml, 'utf8').replace('sources: knowledge/**/*', 'sources: knowlege/**/*'),
    );
    const r = await runCli(ask, { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^warning knowledge base "help": sources pattern "knowlege\/\*\*\/\*" matches no files\n[\s\S]*Nothing was changed: the index keeps its (\d+) files\.[\s\S]*\n {2}\(answering from the \1 files indexed before\)\n$/,
    );
    // The same answer, from the same documents.
    const answer = (out: string) => out.split('\n')[0];
    expect(answer(r.stdout)).toContain('[1]');
    expect(answer(r.stdout)).toBe(answer(first.stdout));
  });

  it('explains what to do when a project has no knowledge base', async () => {
    const r = await runCli(['ingest'], {
      cwd: tempProject({ 'tandem.yaml': 'providers:\n  e: { type: echo }\n' }),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error this project declares no knowledge bases');
    expect(r.stderr).toContain('sources: knowledge/**/*.md');
  });
});

describe('tandem search', () => {
  it('shows ranked chunks with sources, heading paths and scores, and --json', async () => {
    const dir = project();
    await runCli(['ingest'], { cwd: dir });
    const r = await runCli(['search', 'docs', 'how long until the refund reaches my card'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^1\. knowledge\/refunds\.md › Refunds and cancellations › Annual plans › Refund timing score \d+\.\d{4}\n {3}Refunds reach your card within 5 to 10 business days\./,
    );
    const json = JSON.parse(
      (await runCli(['search', 'docs', 'warranty claim', '-k', '2', '--json'], { cwd: dir })).stdout,
    );
    expect(json).toHaveLength(2);
    expect(json[0]).toMatchObject({ source: 'knowledge/warranty.pdf', page: 2 });
  });

  it('reads the query as an app reads a question, says how it read it, and searches as typed with --exact', async () => {
    const dir = project();
    await runCli(['ingest'], { cwd: dir });
    const read = await runCli(['search', 'docs', 'how long until the refnud reaches my card', '-k', '1'], {
      cwd: dir,
    });
    expect(read.stdout).toMatch(
      /^searched as: how long until the refund reaches my card \(--exact searches the words as typed\)\n\n1\. knowledge\/refunds\.md › Refunds and cancellations › Annual plans › Refund timing /,
    );
    // A slip alone: read, it finds the refund; as typed, nothing holds the word.
    const slip = await runCli(['search', 'docs', 'when is my refnud', '-k', '1', '--json'], { cwd: dir });
    expect(JSON.parse(slip.stdout)[0].source).toBe('knowledge/refunds.md');
    const exact = await runCli(['search', 'docs', 'when is my refnud', '-k', '1', '--exact'], { cwd: dir });
    expect(exact.code).toBe(0);
    expect(exact.stdout).toBe('no matching chunks\n');
  });

  it('tells the user to ingest an empty knowledge base, and names unknown ones', async () => {
    const dir = project();
    const empty = await runCli(['search', 'docs', 'refund'], { cwd: dir });
    expect(empty.stderr).toContain('knowledge base "docs" is empty');
    expect(empty.stderr).toContain('hint: Run `tandem ingest docs` first.');
    // With no documents to ingest either, it says so rather than send the user to ingest.
    rmSync(join(dir, 'knowledge'), { recursive: true, force: true });
    const missing = await runCli(['search', 'docs', 'refund'], { cwd: dir });
    expect(missing.stderr).toContain('sources pattern');
    expect(missing.stderr).toContain('matches no files');
    expect(missing.stderr).not.toContain('Run `tandem ingest docs` first');
    const unknown = await runCli(['search', 'dcos', 'refund'], { cwd: dir });
    expect(unknown.stderr).toContain('no knowledge base named "dcos"');
    expect(unknown.stderr).toContain('did you mean "docs"?');
  });
});

describe('tandem ingest --watch', () => {
  it('re-indexes when a file is added, and stops cleanly on SIGTERM', async () => {
    const dir = project();
    const child = spawn(process.execPath, [BIN, 'ingest', '--watch', '--json'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let out = '';
    let err = '';
    const seen: Array<() => void> = [];
    const onData = () => {
      for (const check of seen.splice(0)) check();
    };
    child.stdout.on('data', (d) => {
      out += d;
      onData();
    });
    child.stderr.on('data', (d) => {
      err += d;
      onData();
    });
    // Resolves when the output shows `what`; no deadline of its own: the test's timeout is the only one.
    const until = (pred: () => boolean) =>
      new Promise<void>((resolve) => {
        const check = () => (pred() ? resolve() : seen.push(check));
        check();
      });
    await until(() => out.includes('"knowledge":"docs"') && err.includes('watching knowledge'));
    writeFileSync(join(dir, 'knowledge/gift-cards.md'), '# Gift cards\n\nGift cards never expire.\n');
    await until(() => out.includes('"added":["knowledge/gift-cards.md"]'));
    child.kill('SIGTERM');
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    const search = await runCli(['search', 'docs', 'gift cards expire', '--json'], { cwd: dir });
    expect(JSON.parse(search.stdout)[0].source).toBe('knowledge/gift-cards.md');
  });
});

describe('tandem search shows where a document applies', () => {
  it('as the statement of scope its opening makes, in text and in --json', async () => {
    const dir = project();
    writeFileSync(
      join(dir, 'knowledge/uk-sick-pay.md'),
      '# Sick pay\n\nApplies to UK sites.\n\nCompany sick pay is paid from the first day of absence.\n',
    );
    await runCli(['ingest'], { cwd: dir });
    const text = await runCli(['search', 'docs', 'company sick pay first day', '-k', '1'], { cwd: dir });
    expect(text.stdout).toMatch(/^1\. knowledge\/uk-sick-pay\.md.* \[Applies to UK sites\] score/m);
    const json = await runCli(['search', 'docs', 'company sick pay first day', '-k', '1', '--json'], {
      cwd: dir,
    });
    expect(JSON.parse(json.stdout)[0]).toMatchObject({
      source: 'knowledge/uk-sick-pay.md',
      appliesTo: 'Applies to UK sites',
    });
  });
});
