import { projectArgs, projectDir } from '../args.js';
import { defineCommand } from '../command/index.js';

export default defineCommand({
  meta: {
    name: 'traces',
    description: 'Search stored traces, count them over time, and turn them into test cases',
  },
  subCommands: {
    list: defineCommand({
      meta: {
        name: 'list',
        description: 'List traces newest first, filtered as the studio filters them (GET /api/traces)',
      },
      args: {
        app: {
          type: 'string',
          synonyms: ['route'],
          description: 'app, route or provider name',
          valueHint: 'name',
        },
        key: { type: 'string', description: 'the API key name it came with', valueHint: 'name' },
        status: {
          type: 'enum',
          options: ['ok', 'error', 'aborted'],
          description: 'how it ended',
          valueHint: 'status',
        },
        text: { type: 'string', description: 'words in the question or the answer', valueHint: 'text' },
        feedback: {
          type: 'enum',
          options: ['any', 'good', 'bad'],
          description: 'only traces with feedback (good: score ≥ 0.5, bad: < 0.5)',
          valueHint: 'which',
        },
        since: {
          type: 'string',
          description: 'started within this age (24h, 7d) or since an ISO date',
          valueHint: 'when',
        },
        limit: {
          type: 'number',
          integer: true,
          min: 1,
          max: 200,
          default: 20,
          description: 'how many (default 20)',
          valueHint: 'n',
        },
        json: { type: 'boolean', description: 'print the traces as JSON (the shape of GET /api/traces)' },
        ...projectArgs,
      },
      run: async ({ args }) =>
        (await import('./traces-run.js')).listTraces(projectDir(args.cwd), args.config, {
          app: args.app,
          key: args.key,
          status: args.status,
          text: args.text,
          feedback: args.feedback,
          since: args.since,
          limit: args.limit,
          json: Boolean(args.json),
        }),
    }),
    stats: defineCommand({
      meta: {
        name: 'stats',
        description:
          "The dashboard's figures: requests, errors, latency p50/p95/p99, tokens and cost per app, model or key",
      },
      args: {
        since: {
          type: 'string',
          description: 'the window: an age (default 24h) or an ISO date',
          valueHint: 'when',
        },
        by: {
          type: 'enum',
          options: ['name', 'model', 'key'],
          description: 'group by app or route (default), model or key',
          valueHint: 'group',
        },
        json: { type: 'boolean', description: 'print the figures as JSON (the shape of GET /api/metrics)' },
        ...projectArgs,
      },
      run: async ({ args }) =>
        (await import('./traces-run.js')).traceStats(projectDir(args.cwd), args.config, {
          since: args.since,
          by: args.by ?? 'name',
          json: Boolean(args.json),
        }),
    }),
    'add-to-suite': defineCommand({
      meta: {
        name: 'add-to-suite',
        description:
          "Append a trace's input to a suite as a test case, keeping the file's comments and layout",
      },
      args: {
        trace: { type: 'positional', description: 'trace id (tr_…)', required: true },
        suite: {
          type: 'string',
          description: 'suite file, e.g. tests/support.yaml',
          required: true,
          valueHint: 'file',
        },
        expected: {
          type: 'string',
          description: 'the corrected answer the case should expect',
          valueHint: 'text',
        },
        ...projectArgs,
      },
      run: async ({ args }) =>
        (await import('./traces-run.js')).addToSuite(
          projectDir(args.cwd),
          args.config,
          args.trace,
          args.suite,
          args.expected,
        ),
    }),
  },
});
