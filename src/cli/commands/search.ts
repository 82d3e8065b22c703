import { projectArgs, projectDir } from '../args.js';
import { defineCommand } from '../command/index.js';

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
    k: {
      type: 'number',
      integer: true,
      min: 1,
      description: 'how many chunks (default: the base’s k)',
      valueHint: 'n',
    },
    filter: {
      type: 'string',
      multiple: true,
      description: 'metadata filter key=value (repeatable)',
      valueHint: 'key=value',
    },
    json: { type: 'boolean', description: 'print hits as JSON' },
    exact: {
      type: 'boolean',
      description: 'search the words as typed (default: read as an app reads a question)',
    },
    ...projectArgs,
  },
  async run({ args }) {
    const { searchCommand } = await import('./search-run.js');
    await searchCommand({
      root: projectDir(args.cwd),
      configFile: args.config,
      knowledge: args.knowledge,
      query: args.query,
      mode: args.mode,
      k: args.k,
      filters: args.filter,
      json: Boolean(args.json),
      exact: Boolean(args.exact),
    });
  },
});
