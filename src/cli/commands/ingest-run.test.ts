import { describe, expect, it } from 'vitest';
import type { IngestReport } from '../../rag/index.js';
import { formatReport } from './ingest-run.js';

const report = (statuses: IngestReport['statuses']): IngestReport => ({
  knowledge: 'handbook',
  files: 3,
  added: [],
  updated: [],
  removed: [],
  unchanged: 3,
  failed: [],
  warnings: [],
  statuses,
  superseded: statuses.filter((s) => s.status === 'superseded').length,
  documents: 3,
  chunks: 9,
  embedded: 0,
  durationMs: 12,
});

describe('the ingest report', () => {
  it('says which judgements are by what two files say alike, and how to undo one', () => {
    const lines = formatReport(
      report([
        { source: 'docs/circular-2025.txt', status: 'superseded', from: 'docs/pay.html', byContent: true },
        { source: 'docs/old-leave.md', status: 'superseded', from: 'docs/leave.md' },
        { source: 'docs/archive/travel.md', status: 'superseded', declared: 'its folder' },
      ]),
    )
      .replace(/\u001b\[\d+m/g, '')
      .split('\n');
    expect(lines[1]).toBe(
      '  ~ docs/circular-2025.txt: superseded, replaced by docs/pay.html (judged by what both say; judgeByContent: false on the knowledge base turns this off)',
    );
    expect(lines[2]).toBe('  ~ docs/old-leave.md: superseded, replaced by docs/leave.md');
    expect(lines[3]).toBe('  ~ docs/archive/travel.md: superseded, as its folder says');
  });
});
