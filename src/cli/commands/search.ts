import { defineCommand } from 'citty';
import { collectRepeated, projectArgs, projectDir } from '../args.js';

export default defineCommand({
  meta: {
    name: 'search',
    description: 'Search a knowledge base and show ranked chunks with scores and sources',
  },
  args: {
    knowledge: { type: 'positional', description: 'knowledge base name', required: true },
    query: { type: 'positional', description: 'what to look for', required: true },
    mode: {
      type: 'enum',
      options: ['bm25', 'vector', 'hybrid'],
      description: 'retrieval mode (default: the base’s)',
    },
    k: { type: 'string', description: 'how many chunks (default: the base’s k)', valueHint: 'n' },
    filter: { type: 'string', description: 'metadata filter key=value (repeatable)', valueHint: 'key=value' },
    json: { type: 'boolean', description: 'print hits as JSON' },
    ...projectArgs,
  },
  async run({ args, rawArgs }) {
    const { searchCommand } = await import('./search-run.js');
    await searchCommand({
      root: projectDir(args.cwd),
      configFile: args.config,
      knowledge: args.knowledge,
      query: args.query,
      mode: args.mode as 'bm25' | 'vector' | 'hybrid' | undefined,
      k: args.k,
      filters: collectRepeated(rawArgs, 'filter'),
      json: Boolean(args.json),
    });
  },
});
