import { listenArgs, projectArgs, projectDir } from '../args.js';
import { defineCommand } from '../command/index.js';

export default defineCommand({
  meta: {
    name: 'serve',
    description: 'Serve routes, providers and apps over the OpenAI and Anthropic APIs, with keys and budgets',
  },
  args: {
    ...listenArgs,
    'shutdown-timeout': {
      type: 'number',
      min: 0,
      default: 30,
      description: 'seconds open requests get to finish after SIGTERM (default 30)',
      valueHint: 's',
    },
    ...projectArgs,
  },
  async run({ args }) {
    const { serve } = await import('./serve-run.js');
    await serve({
      root: projectDir(args.cwd),
      configFile: args.config,
      port: args.port,
      host: args.host ?? '127.0.0.1',
      shutdownTimeoutS: args['shutdown-timeout'],
    });
  },
});
