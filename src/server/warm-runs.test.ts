import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempProject } from '../../test/support/temp-project.js';
import { waitFor } from '../../test/support/wait-for.js';
import { loadProject, type Project } from '../pipeline/index.js';
import { createServerApp } from './index.js';

let project: Project | undefined;
afterEach(async () => {
  await project?.close();
  project = undefined;
});

const run = (id: string, startedAt: number, status: 'finished' | 'running' = 'finished') => ({
  id,
  suite: 'tests/a.yaml',
  suiteHash: 'h',
  status,
  startedAt,
  config: {},
  summary: { suite: 'a', runId: id, variants: [], cases: [], tags: [], thresholds: [] },
});

describe('the studio server reading runs ahead', () => {
  it('reads the newest finished runs at start, so their first visit does not read the store again', async () => {
    project = await loadProject(tempProject({ 'tandem.yaml': 'providers:\n  echo: { type: echo }\n' }));
    const evals = project.store.evals;
    for (const [id, at] of [
      ['run_old', 1],
      ['run_mid', 2],
      ['run_new', 3],
    ] as const)
      await evals.createRun(run(id, at));
    await evals.createRun(run('run_going', 4, 'running'));
    const getRun = vi.spyOn(evals, 'getRun');
    const { app } = createServerApp(project, { warmRuns: 2 });
    await waitFor(() => (getRun.mock.calls.length >= 2 ? true : undefined), {
      timeoutMs: 10_000,
      what: 'the runs read at start',
    });
    expect(getRun.mock.calls.map((c) => c[0])).toEqual(['run_new', 'run_mid']);
    expect((await app.request('/api/runs/run_new')).status).toBe(200);
    expect((await app.request('/api/runs/run_new/cases')).status).toBe(200);
    expect(getRun).toHaveBeenCalledTimes(2); // served from what was read at start
    expect((await app.request('/api/runs/run_old')).status).toBe(200);
    expect(getRun.mock.calls.at(-1)?.[0]).toBe('run_old'); // an older run is read on its first visit
  });

  it('reads nothing ahead unless asked (tandem serve)', async () => {
    project = await loadProject(tempProject({ 'tandem.yaml': 'providers:\n  echo: { type: echo }\n' }));
    await project.store.evals.createRun(run('run_1', 1));
    const getRun = vi.spyOn(project.store.evals, 'getRun');
    const { app } = createServerApp(project);
    expect((await app.request('/api/runs')).status).toBe(200); // the server is up and has answered
    await new Promise((r) => setTimeout(r, 50)); // past the turn a read ahead would start on
    expect(getRun).not.toHaveBeenCalled();
  });
});
