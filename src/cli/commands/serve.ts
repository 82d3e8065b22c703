import { defineCommand } from 'citty';
import { projectArgs, projectDir } from '../args.js';

export default defineCommand({
  meta: {
    name: 'serve',
    description: 'Serve routes, providers and apps over the OpenAI and Anthropic APIs, with keys and budgets',
  },
  args: {
    port: { type: 'string', description: 'port (default 8787)', valueHint: 'n' },
    host: { type: 'string', description: 'address to bind (default 127.0.0.1)', valueHint: 'address' },
    'shutdown-timeout': {
      type: 'string',
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
      port: args.port === undefined ? 8787 : Number(args.port),
      host: args.host ?? '127.0.0.1',
      shutdownTimeoutS: args['shutdown-timeout'] === undefined ? 30 : Number(args['shutdown-timeout']),
    });
  },
});
