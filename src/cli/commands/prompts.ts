import { projectArgs, projectDir } from '../args.js';
import { defineCommand } from '../command/index.js';

const load = () => import('./prompt-versions.js');

export default defineCommand({
  meta: {
    name: 'prompts',
    description: 'Prompt versions (content hashes) and labels: list, show, diff, label',
  },
  subCommands: {
    list: defineCommand({
      meta: {
        name: 'list',
        description: 'List prompts with their current version and labels, or the versions of one prompt',
      },
      args: {
        name: { type: 'positional', description: 'prompt name (omit for all prompts)', required: false },
        json: { type: 'boolean', description: 'machine-readable output' },
        ...projectArgs,
      },
      run: async ({ args }) =>
        (await load()).listPrompts(projectDir(args.cwd), args.config, args.name, Boolean(args.json)),
    }),
    show: defineCommand({
      meta: {
        name: 'show',
        description: 'Print a prompt version: name (working file), name@label or name@version',
      },
      args: {
        ref: { type: 'positional', description: 'name, name@label or name@version', required: true },
        ...projectArgs,
      },
      run: async ({ args }) => (await load()).showPrompt(projectDir(args.cwd), args.config, args.ref),
    }),
    diff: defineCommand({
      meta: {
        name: 'diff',
        description: 'Show what changed between two versions of a prompt (default: against the working file)',
      },
      args: {
        name: { type: 'positional', description: 'prompt name', required: true },
        from: { type: 'positional', description: 'label or version to compare from', required: true },
        to: {
          type: 'positional',
          description: 'label or version to compare to (default: the working file)',
          required: false,
        },
        ...projectArgs,
      },
      run: async ({ args }) =>
        (await load()).diffPrompt(projectDir(args.cwd), args.config, args.name, args.from, args.to),
    }),
    label: defineCommand({
      meta: {
        name: 'label',
        description:
          'Point a label (production, staging…) at a version; default: the working file. A label under labels: in tandem.yaml moves only through its gate',
      },
      args: {
        name: { type: 'positional', description: 'prompt name', required: true },
        label: { type: 'positional', description: 'label, e.g. production', required: true },
        version: {
          type: 'string',
          description: 'version hash or prefix, or another label (default: the working file)',
          valueHint: 'version',
        },
        note: { type: 'string', description: 'why it moves (kept with the move)', valueHint: 'text' },
        ...projectArgs,
      },
      run: async ({ args }) =>
        (await load()).labelPrompt(projectDir(args.cwd), args.config, {
          name: args.name,
          label: args.label,
          version: args.version,
          note: args.note,
        }),
    }),
    moves: defineCommand({
      meta: {
        name: 'moves',
        description:
          "Every recorded move of a prompt's labels: when, from which version to which, and by whom",
      },
      args: {
        name: { type: 'positional', description: 'prompt name', required: true },
        label: { type: 'string', description: 'only this label', valueHint: 'label' },
        json: { type: 'boolean', description: 'machine-readable output' },
        ...projectArgs,
      },
      run: async ({ args }) =>
        (await load()).labelMoves(projectDir(args.cwd), args.config, {
          name: args.name,
          label: args.label,
          json: Boolean(args.json),
        }),
    }),
  },
});
