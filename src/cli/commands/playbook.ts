import { projectArgs, projectDir } from '../args.js';
import { defineCommand } from '../command/index.js';

const load = () => import('./playbook-run.js');

export default defineCommand({
  meta: {
    name: 'playbook',
    description:
      'Write the playbook (HTML and Markdown) that product, legal and brand review; record approvals',
  },
  args: {
    app: { type: 'positional', description: 'app name (default: every app)', required: false },
    out: {
      type: 'string',
      description: 'directory to write playbook.html and playbook.md (default: playbook/)',
      valueHint: 'dir',
    },
    ...projectArgs,
  },
  subCommands: {
    approve: defineCommand({
      meta: {
        name: 'approve',
        description: "Record a reviewer's approval of the prompt version an app runs",
      },
      args: {
        app: { type: 'positional', description: 'app name', required: true },
        by: { type: 'string', description: 'who approves', required: true, valueHint: 'name' },
        note: { type: 'string', description: 'what was reviewed or agreed', valueHint: 'text' },
        ...projectArgs,
      },
      run: async ({ args }) =>
        (await load()).approve(projectDir(args.cwd), args.config, args.app, args.by, args.note),
    }),
  },
  async run({ args }) {
    await (await load()).writePlaybook(projectDir(args.cwd), args.config, args.app, args.out);
  },
});
