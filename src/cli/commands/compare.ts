import { projectArgs, projectDir } from '../args.js';
import { defineCommand } from '../command/index.js';

export default defineCommand({
  meta: {
    name: 'compare',
    description: 'Compare two eval runs case by case: difference with a 95% interval, cases fixed and broken',
  },
  args: {
    runA: {
      type: 'positional',
      description: 'the earlier run: its id, a unique prefix of it, or latest~1',
      required: true,
    },
    runB: {
      type: 'positional',
      description: 'the later run: its id, a unique prefix of it, or latest',
      required: true,
    },
    variant: {
      type: 'string',
      description: 'which variant of each run (default: the first)',
      valueHint: 'name',
    },
    json: { type: 'boolean', description: 'print the comparison as JSON' },
    ...projectArgs,
  },
  async run({ args }) {
    const { compareCommand } = await import('./compare-run.js');
    await compareCommand({
      root: projectDir(args.cwd),
      configFile: args.config,
      runA: args.runA,
      runB: args.runB,
      variant: args.variant,
      json: Boolean(args.json),
    });
  },
});
