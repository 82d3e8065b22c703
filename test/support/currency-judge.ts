import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KnowledgeBaseConfig } from '../../src/core/index.js';
import { currencyAcross } from '../../src/rag/currency-across.js';
import type { IndexedDocument } from '../../src/rag/knowledge-index.js';
import { loadFile } from '../../src/rag/loaders/load-file.js';

const cfg = {
  sources: '**/*',
  exclude: [],
  chunking: { size: 300, overlap: 40 },
  retrieval: { k: 5, superseded: 'demote' },
} as unknown as KnowledgeBaseConfig;

/** Each file written, loaded as ingest loads it, and judged against the others on `now`: each source's status. */
export async function judgeStatuses(
  files: Record<string, string>,
  now: Date,
): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-judge-'));
  const docs: IndexedDocument[] = [];
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dir, name), text);
    for (const d of await loadFile(join(dir, name), `docs/${name}`, cfg))
      docs.push({ ...d, hash: 'h', chunks: 1, ingestedAt: 0 });
  }
  const changed = currencyAcross(docs, now).changes.map((c) => [c.id, c.metadata.status]);
  return Object.fromEntries(docs.map((d) => [d.source, d.metadata.status]).concat(changed));
}
