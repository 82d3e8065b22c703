import { projectArgs, projectDir } from '../args.js';
import { defineCommand } from '../command/index.js';

export default defineCommand({
  meta: {
    name: 'runs',
    description:
      'List eval runs, newest first: suite, pass rate per variant with its interval, who started it',
  },
  args: {
    suite: { type: 'string', description: 'only the runs of this suite file', valueHint: 'file' },
    status: {
      type: 'string',
      description: 'only runs with this status (running, finished, interrupted, budget-exceeded)',
      valueHint: 'status',
    },
    limit: {
      type: 'number',
      integer: true,
      min: 1,
      max: 1000,
      default: 20,
      description: 'how many (default 20)',
      valueHint: 'n',
    },
    json: { type: 'boolean', description: 'print the runs as JSON (the shape of GET /api/runs)' },
    ...projectArgs,
  },
  async run({ args }) {
    const { runsCommand } = await import('./runs-run.js');
    await runsCommand({
      root: projectDir(args.cwd),
      configFile: args.config,
      suite: args.suite,
      status: args.status,
      limit: args.limit,
      json: Boolean(args.json),
    });
  },
});
