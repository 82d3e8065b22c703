import { projectArgs, projectDir } from '../args.js';
import { defineCommand } from '../command/index.js';

export default defineCommand({
  meta: {
    name: 'ingest',
    description: 'Index knowledge bases; only added, changed or deleted files are touched',
  },
  args: {
    knowledge: { type: 'positional', description: 'knowledge base name (default: all)', required: false },
    watch: { type: 'boolean', description: 'keep the index current while files change' },
    rebuild: { type: 'boolean', description: 're-read every file even when unchanged' },
    json: { type: 'boolean', description: 'print the report as JSON' },
    'allow-empty': {
      type: 'boolean',
      description: 'accept a knowledge base whose sources match no files (it is emptied)',
    },
    ...projectArgs,
  },
  async run({ args }) {
    const { ingestCommand } = await import('./ingest-run.js');
    await ingestCommand({
      root: projectDir(args.cwd),
      configFile: args.config,
      knowledge: args.knowledge,
      watch: Boolean(args.watch),
      rebuild: Boolean(args.rebuild),
      json: Boolean(args.json),
      allowEmpty: Boolean(args['allow-empty']),
    });
  },
});
