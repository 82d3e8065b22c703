import { projectArgs, projectDir } from '../args.js';
import { defineCommand } from '../command/index.js';

export default defineCommand({
  meta: { name: 'store', description: 'Look after the store: delete old traces and results, copy history' },
  subCommands: {
    migrate: defineCommand({
      meta: {
        name: 'migrate',
        description: "Copy a project's history from its SQLite store into an empty PostgreSQL store",
      },
      args: {
        from: {
          type: 'string',
          required: true,
          description: 'the SQLite file, e.g. .tandem/tandem.db',
          valueHint: 'file',
        },
        to: { type: 'string', required: true, description: 'the PostgreSQL URL', valueHint: 'url' },
        ...projectArgs,
      },
      async run({ args }) {
        const { migrate } = await import('./store-run.js');
        await migrate({ root: projectDir(args.cwd), from: args.from, to: args.to });
      },
    }),
    prune: defineCommand({
      meta: {
        name: 'prune',
        description: 'Delete traces and eval runs older than an age (default: retention: in tandem.yaml)',
      },
      args: {
        traces: { type: 'string', description: 'delete traces older than this, e.g. 30d', valueHint: 'age' },
        results: {
          type: 'string',
          description: 'delete eval runs (and their results) older than this, e.g. 90d',
          valueHint: 'age',
        },
        ...projectArgs,
      },
      async run({ args }) {
        const { prune } = await import('./store-run.js');
        await prune({
          root: projectDir(args.cwd),
          configFile: args.config,
          ...(args.traces || args.results
            ? {
                ages: {
                  ...(args.traces ? { traces: args.traces } : {}),
                  ...(args.results ? { results: args.results } : {}),
                },
              }
            : {}),
        });
      },
    }),
  },
});
