import { parseVarsAndFiles, projectArgs, projectDir } from '../args.js';
import { defineCommand } from '../command/index.js';

export default defineCommand({
  meta: {
    name: 'chat',
    description: 'Chat with an app in the terminal, with streaming and history (/reset, /exit)',
  },
  args: {
    target: { type: 'positional', description: 'app or prompt name', required: true },
    input: {
      type: 'string',
      description: 'the prompt input your messages fill (default: its first required input)',
      valueHint: 'name',
    },
    var: {
      type: 'string',
      multiple: true,
      description: 'fixed input variable name=value for every turn (repeatable)',
      valueHint: 'name=value',
    },
    'var-file': {
      type: 'string',
      multiple: true,
      description: "input variable name=path: the file's text is the value (repeatable)",
      valueHint: 'name=path',
    },
    stream: {
      type: 'boolean',
      description: 'stream answers as they are generated (--no-stream to wait)',
      default: true,
    },
    ...projectArgs,
  },
  async run({ args }) {
    const { chatLoop } = await import('./chat-loop.js');
    await chatLoop({
      root: projectDir(args.cwd),
      configFile: args.config,
      target: args.target,
      inputName: args.input,
      fixedVars: parseVarsAndFiles(args.var, args['var-file'], process.cwd()),
      stream: args.stream,
    });
  },
});
