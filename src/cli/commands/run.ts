import { parseVarsAndFiles, projectArgs, projectDir } from '../args.js';
import { defineCommand } from '../command/index.js';

export default defineCommand({
  meta: {
    name: 'run',
    description: 'Run an app or a prompt once and print the answer, sources, tokens, cost and latency',
  },
  args: {
    target: {
      type: 'positional',
      description: 'app name (from tandem.yaml) or prompt name (prompts/*.prompt), name@label works',
      required: true,
    },
    var: {
      type: 'string',
      multiple: true,
      description: 'input variable name=value (repeatable)',
      valueHint: 'name=value',
    },
    'var-file': {
      type: 'string',
      multiple: true,
      description: "input variable name=path: the file's text is the value (repeatable)",
      valueHint: 'name=path',
    },
    prompt: {
      type: 'string',
      description:
        "the app's prompt at another version: name@label or name@version (as the studio's playground)",
      valueHint: 'ref',
    },
    route: { type: 'string', description: 'answer with this route or provider instead', valueHint: 'name' },
    stream: { type: 'boolean', description: 'print the answer as it is generated' },
    json: { type: 'boolean', description: 'print the whole result as JSON' },
    cache: { type: 'boolean', description: 'use the response cache (--no-cache to bypass)', default: true },
    ...projectArgs,
  },
  async run({ args }) {
    const { runOnce } = await import('./run-once.js');
    await runOnce({
      root: projectDir(args.cwd),
      configFile: args.config,
      target: args.target,
      vars: parseVarsAndFiles(args.var, args['var-file'], process.cwd()),
      overrides: {
        ...(args.prompt ? { prompt: args.prompt } : {}),
        ...(args.route ? { route: args.route } : {}),
      },
      stream: Boolean(args.stream),
      json: Boolean(args.json),
      noCache: !args.cache,
    });
  },
});
