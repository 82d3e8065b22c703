import { listenArgs, projectArgs, projectDir } from '../args.js';
import { defineCommand } from '../command/index.js';

export default defineCommand({
  meta: {
    name: 'ui',
    description:
      'Open the studio for this project: evals, comparisons and traces in a browser (with the APIs)',
  },
  args: {
    ...listenArgs,
    open: { type: 'boolean', description: 'open the studio in the default browser' },
    ...projectArgs,
  },
  async run({ args }) {
    const { serve } = await import('./serve-run.js');
    await serve({
      root: projectDir(args.cwd),
      configFile: args.config,
      port: args.port,
      host: args.host ?? '127.0.0.1',
      shutdownTimeoutS: 5,
      studio: { open: Boolean(args.open) },
    });
  },
});
