import { projectArgs, projectDir } from '../args.js';
import { defineCommand } from '../command/index.js';

export default defineCommand({
  meta: {
    name: 'eval',
    description:
      'Run test suites (tests/*.yaml) through the app pipeline, with statistics, reports and CI gates',
  },
  args: {
    suites: { type: 'positional', variadic: true, description: 'suite files (default: tests/**/*.yaml)' },
    concurrency: {
      type: 'number',
      integer: true,
      min: 1,
      alias: 'j',
      description: 'samples run at once (default 4)',
      valueHint: 'n',
    },
    cache: {
      type: 'boolean',
      description: 'use the response cache (--no-cache to call models again)',
      default: true,
    },
    tag: {
      type: 'string',
      multiple: true,
      description: 'run only the cases with any of these tags (repeatable or comma-separated)',
      valueHint: 'tag',
    },
    'exclude-tag': {
      type: 'string',
      multiple: true,
      description: 'skip the cases with any of these tags (repeatable or comma-separated)',
      valueHint: 'tag',
    },
    variant: {
      type: 'string',
      multiple: true,
      description:
        "run only these variants of each suite (repeatable or comma-separated; --resume keeps the run's own)",
      valueHint: 'name',
    },
    resume: {
      type: 'boolean',
      description: 'continue the last unfinished run of each suite (with the tags it started with)',
    },
    run: { type: 'string', description: 'with --resume: the run id to continue', valueHint: 'id' },
    ci: { type: 'boolean', description: 'exit 1 with a one-line reason when a threshold fails' },
    'require-approval': {
      type: 'string',
      description:
        'with --ci: fail unless the prompt version this label points at is approved (tandem playbook approve)',
      valueHint: 'label',
    },
    output: {
      type: 'string',
      multiple: true,
      alias: 'o',
      description: 'write a report: .json .csv .xml (JUnit) .md .html (repeatable)',
      valueHint: 'file',
    },
    'max-cost': {
      type: 'number',
      min: 0,
      description: 'stop starting samples once this many USD are spent',
      valueHint: 'usd',
    },
    'dry-run': { type: 'boolean', description: 'estimate calls, tokens and cost without running' },
    watch: {
      type: 'boolean',
      description: 're-run the cases whose prompt, knowledge or suite changed, on every save',
    },
    json: { type: 'boolean', description: 'print the summary as JSON' },
    workers: {
      type: 'number',
      integer: true,
      min: 0,
      description:
        'run the samples on n local worker processes (no Redis needed; with --queue they take them from Redis)',
      valueHint: 'n',
    },
    queue: {
      type: 'string',
      description:
        'a queue in Redis (TANDEM_REDIS) that `tandem worker --queue name` on other machines take samples from',
      valueHint: 'name',
    },
    'lease-ms': {
      type: 'number',
      integer: true,
      min: 1000,
      description:
        'with --queue: how long a lost worker keeps its samples before others take them (default 30000)',
      valueHint: 'ms',
    },
    ...projectArgs,
  },
  async run({ args }) {
    const { evalCommand } = await import('./eval-run.js');
    await evalCommand({
      root: projectDir(args.cwd),
      configFile: args.config,
      suites: args.suites,
      concurrency: args.concurrency,
      noCache: !args.cache,
      tags: args.tag,
      excludeTags: args['exclude-tag'],
      variants: args.variant ?? [],
      resume: Boolean(args.resume),
      runId: args.run,
      ci: Boolean(args.ci),
      requireApproval: args['require-approval'],
      outputs: args.output,
      maxCostUsd: args['max-cost'],
      dryRun: Boolean(args['dry-run']),
      watch: Boolean(args.watch),
      json: Boolean(args.json),
      workers: args.workers,
      queue: args.queue,
      leaseMs: args['lease-ms'],
    });
  },
});
