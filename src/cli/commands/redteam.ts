import { projectArgs, projectDir } from '../args.js';
import { defineCommand } from '../command/index.js';

export default defineCommand({
  meta: {
    name: 'redteam',
    description:
      'Attack an app with generated adversarial inputs (offline, seeded) and report what held; exits 1 when any attack broke',
  },
  args: {
    app: { type: 'positional', description: 'app name (from tandem.yaml)', required: true },
    attacks: {
      type: 'number',
      integer: true,
      min: 1,
      max: 2000,
      alias: 'n',
      description: 'how many attacks, spread over the categories (default 60)',
      valueHint: 'n',
    },
    languages: {
      type: 'string',
      multiple: true,
      description: 'languages to attack in, comma-separated: en fr de es it pt nl zh (default all)',
      valueHint: 'list',
      synonyms: ['language', 'lang'],
    },
    judge: {
      type: 'string',
      description: 'a route or provider that also judges each answer (default: offline scoring only)',
      valueHint: 'route',
    },
    seed: {
      type: 'number',
      integer: true,
      min: 0,
      description: 'the same seed gives the same attacks (default fixed)',
      valueHint: 'n',
    },
    concurrency: {
      type: 'number',
      integer: true,
      min: 1,
      alias: 'j',
      description: 'attacks run at once (default 4)',
      valueHint: 'n',
    },
    cache: {
      type: 'boolean',
      description: 'use the response cache (--no-cache to call models again)',
      default: true,
    },
    output: {
      type: 'string',
      multiple: true,
      alias: 'o',
      description: 'write a report: .html or .json (repeatable)',
      valueHint: 'file',
    },
    json: { type: 'boolean', description: 'print the whole report as JSON' },
    ...projectArgs,
  },
  async run({ args }) {
    const { redteamCommand } = await import('./redteam-run.js');
    await redteamCommand({
      root: projectDir(args.cwd),
      configFile: args.config,
      app: args.app,
      attacks: args.attacks,
      languages: args.languages.flatMap((l) => l.split(/[\s,]+/)).filter(Boolean),
      judge: args.judge,
      seed: args.seed,
      concurrency: args.concurrency,
      noCache: !args.cache,
      outputs: args.output,
      json: Boolean(args.json),
    });
  },
});
