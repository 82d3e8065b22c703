import { afterEach, describe, expect, it } from 'vitest';
import { tempProject } from '../../test/support/temp-project.js';
import { loadProject, type Project } from '../pipeline/index.js';

// A notice that says the last day it applies, and a knowledge base that judges it on a day of its own.
const notice =
  'ACME LIMITED\nNOTICE TO ALL STAFF\n\nSHIFT ALLOWANCES 2026\n\nThese rates apply from 1 January 2026 and are effective until\n31 December 2026.\n';

let project: Project | undefined;
afterEach(async () => {
  await project?.close();
  project = undefined;
});

async function statusOn(asOf: string): Promise<unknown> {
  const dir = tempProject({
    'tandem.yaml': `knowledge:\n  kb: { sources: kb/*, asOf: ${asOf} }\n`,
    'kb/shift-allowances.txt': notice,
  });
  project = await loadProject(dir);
  const kb = await project.knowledge.get('kb');
  await kb.ingest();
  const [doc] = await kb.index.documents();
  return doc?.metadata.status;
}

describe("a knowledge base's asOf day", () => {
  it("judges what documents say of dates on that day, not on the calendar's", async () => {
    expect(await statusOn('2027-01-10')).toBe('superseded');
    await project?.close();
    expect(await statusOn('2026-12-31')).toBeUndefined();
  });

  it('must be a day written YYYY-MM-DD', async () => {
    const dir = tempProject({ 'tandem.yaml': 'knowledge:\n  kb: { sources: kb/*, asOf: "next week" }\n' });
    await expect(loadProject(dir)).rejects.toThrow(/expected a day written YYYY-MM-DD/);
    const impossible = tempProject({
      'tandem.yaml': 'knowledge:\n  kb: { sources: kb/*, asOf: 2027-02-30 }\n',
    });
    await expect(loadProject(impossible)).rejects.toThrow(/YYYY-MM-DD/);
  });
});
