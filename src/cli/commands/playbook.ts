import { projectArgs, projectDir } from '../args.js';
import { defineCommand } from '../command/index.js';

const load = () => import('./playbook-run.js');

const note = (description: string) => ({ type: 'string' as const, description, valueHint: 'text' });

// What every sign-off names: the app, who signs, the role signed for, and a note.
const signOffArgs = (noteText: string) => ({
  app: { type: 'positional' as const, description: 'app name', required: true as const },
  by: { type: 'string' as const, description: 'who signs', required: true as const, valueHint: 'name' },
  role: {
    type: 'string' as const,
    description: 'the role signed for (one of approvals.required in tandem.yaml, e.g. legal)',
    valueHint: 'role',
  },
  note: note(noteText),
  ...projectArgs,
});

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
        description:
          "Record a reviewer's approval of the app as it is now (for a role, when the project names roles)",
      },
      args: signOffArgs('what was reviewed or agreed'),
      run: async ({ args }) =>
        (await load()).signOff(projectDir(args.cwd), args.config, args.app, {
          by: args.by,
          role: args.role,
          note: args.note,
          decision: 'approved',
        }),
    }),
    'request-changes': defineCommand({
      meta: {
        name: 'request-changes',
        description: 'Record that a reviewer asks for changes before the app as it is now may be approved',
      },
      args: { ...signOffArgs('what must change'), note: { ...note('what must change'), required: true } },
      run: async ({ args }) =>
        (await load()).signOff(projectDir(args.cwd), args.config, args.app, {
          by: args.by,
          role: args.role,
          note: args.note,
          decision: 'changes-requested',
        }),
    }),
  },
  async run({ args }) {
    await (await load()).writePlaybook(projectDir(args.cwd), args.config, args.app, args.out);
  },
});
