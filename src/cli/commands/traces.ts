import { projectArgs, projectDir } from '../args.js';
import { defineCommand } from '../command/index.js';

export default defineCommand({
  meta: { name: 'traces', description: 'Turn production traces into test cases' },
  subCommands: {
    'add-to-suite': defineCommand({
      meta: {
        name: 'add-to-suite',
        description:
          "Append a trace's input to a suite as a test case, keeping the file's comments and layout",
      },
      args: {
        trace: { type: 'positional', description: 'trace id (tr_…)', required: true },
        suite: {
          type: 'string',
          description: 'suite file, e.g. tests/support.yaml',
          required: true,
          valueHint: 'file',
        },
        expected: {
          type: 'string',
          description: 'the corrected answer the case should expect',
          valueHint: 'text',
        },
        ...projectArgs,
      },
      run: async ({ args }) =>
        (await import('./traces-run.js')).addToSuite(
          projectDir(args.cwd),
          args.config,
          args.trace,
          args.suite,
          args.expected,
        ),
    }),
  },
});
