import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBaseConfig } from '../../core/index.js';
import { findSourceFiles } from './find-source-files.js';

function project(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'tandem-sources-'));
  for (const f of files) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), '# x\n');
  }
  return root;
}

const config = (sources: string | string[], exclude: string[] = []) =>
  ({ sources, exclude }) as unknown as KnowledgeBaseConfig;

describe('findSourceFiles', () => {
  it('lists matching files, sorted, without excluded ones', async () => {
    const root = project(['docs/b.md', 'docs/a.md', 'docs/draft.md']);
    await expect(
      findSourceFiles({
        root,
        name: 'kb',
        config: config('docs/*.md', ['**/draft.md']),
        indexedFiles: 0,
      }),
    ).resolves.toEqual(['docs/a.md', 'docs/b.md']);
  });

  it('stops on one pattern that matches nothing, even when another matches', async () => {
    const root = project(['docs/a.md', 'faq/q.md']);
    await expect(
      findSourceFiles({ root, name: 'kb', config: config(['docs/*.md', 'faq/*.txt']), indexedFiles: 2 }),
    ).rejects.toMatchObject({
      code: 'KNOWLEDGE_NOT_FOUND',
      message: 'knowledge base "kb": sources pattern "faq/*.txt" matches no files',
      hint: `Check knowledge.kb.sources in tandem.yaml (patterns are relative to ${root}). Nothing was changed: the index keeps its 2 files. To empty the knowledge base on purpose: tandem ingest kb --allow-empty`,
    });
  });

  it('stops when exclude removes every file; --allow-empty accepts it', async () => {
    const root = project(['docs/a.md']);
    const q = { root, name: 'kb', config: config('docs/*.md', ['docs/**']), indexedFiles: 1 };
    await expect(findSourceFiles(q)).rejects.toMatchObject({
      message: 'knowledge base "kb": every file matched by sources is excluded (exclude: docs/**)',
    });
    await expect(findSourceFiles({ ...q, allowEmpty: true })).resolves.toEqual([]);
  });
});
