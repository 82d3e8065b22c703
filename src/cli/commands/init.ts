import { defineCommand } from '../command/index.js';

export default defineCommand({
  meta: {
    name: 'init',
    description:
      'Create a project that runs offline at once (tandem.yaml, prompts/, knowledge/, tests/, tools/)',
  },
  args: {
    dir: { type: 'positional', description: 'directory to create', required: false, default: '.' },
    force: {
      type: 'boolean',
      description: 'write into a directory that is not empty (existing files are kept)',
    },
  },
  async run({ args }) {
    const { scaffoldProject } = await import('./scaffold-project.js');
    const { resolve, relative } = await import('node:path');
    const dir = resolve(String(args.dir ?? '.'));
    const written = await scaffoldProject(dir, { force: Boolean(args.force) });
    const rel = relative(process.cwd(), dir) || '.';
    process.stdout.write(
      `Created a tandem project in ${rel} (${written.length} files).\n\n` +
        `Next:\n${rel === '.' ? '' : `  cd ${rel}\n`}` +
        `  tandem run assistant --var question="How do I reset my password?"\n` +
        `  tandem chat assistant\n\n` +
        `Edit prompts/answer.prompt and tandem.yaml; the comments in them explain the format.\n`,
    );
  },
});
