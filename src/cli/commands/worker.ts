import { projectArgs, projectDir } from '../args.js';
import { defineCommand } from '../command/index.js';

export default defineCommand({
  meta: {
    name: 'worker',
    description:
      'Run eval samples from a queue in Redis (TANDEM_REDIS) for `tandem eval --workers/--queue`, on this project',
  },
  args: {
    queue: {
      type: 'string',
      description: 'the queue to take samples from (default tandem-eval)',
      valueHint: 'name',
    },
    concurrency: {
      type: 'number',
      integer: true,
      min: 1,
      alias: 'j',
      description: 'samples run at once (default 4)',
      valueHint: 'n',
    },
    'lease-ms': {
      type: 'number',
      integer: true,
      min: 1000,
      description:
        'how long this worker keeps a sample without renewing it (default 30000; the same as the run)',
      valueHint: 'ms',
    },
    ...projectArgs,
  },
  async run({ args }) {
    const { worker } = await import('./worker-run.js');
    await worker({
      root: projectDir(args.cwd),
      configFile: args.config,
      queue: args.queue,
      concurrency: args.concurrency,
      leaseMs: args['lease-ms'],
    });
  },
});
