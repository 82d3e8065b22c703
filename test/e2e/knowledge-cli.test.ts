import { spawn } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
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

  it('tells the user to ingest an empty knowledge base, and names unknown ones', async () => {
    const dir = project();
    const empty = await runCli(['search', 'docs', 'refund'], { cwd: dir });
    expect(empty.stderr).toContain('knowledge base "docs" is empty');
    expect(empty.stderr).toContain('hint: Run `tandem ingest docs` first.');
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
    child.stdout.on('data', (d) => (out += d));
    const waitFor = async (pred: () => boolean, what: string) => {
      for (let i = 0; i < 200 && !pred(); i++) await new Promise((r) => setTimeout(r, 50));
      if (!pred()) throw new Error(`timed out waiting for ${what}; output so far:\n${out}`);
    };
    await waitFor(() => out.includes('"knowledge":"docs"'), 'the first ingest');
    await new Promise((r) => setTimeout(r, 300)); // let the watcher settle
    writeFileSync(join(dir, 'knowledge/gift-cards.md'), '# Gift cards\n\nGift cards never expire.\n');
    await waitFor(() => out.includes('"added":["knowledge/gift-cards.md"]'), 'the re-ingest');
    child.kill('SIGTERM');
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    const search = await runCli(['search', 'docs', 'gift cards expire', '--json'], { cwd: dir });
    expect(JSON.parse(search.stdout)[0].source).toBe('knowledge/gift-cards.md');
  });
});
