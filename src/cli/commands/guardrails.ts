import { projectArgs, projectDir } from '../args.js';
import { defineCommand } from '../command/index.js';

export default defineCommand({
  meta: {
    name: 'guardrails',
    description: 'Measure a guardrail on your own labelled rows: precision, recall, errors, latency',
  },
  subCommands: {
    test: defineCommand({
      meta: {
        name: 'test',
        description:
          'Measure a guardrail on your own labelled JSONL rows: precision, recall and F1, errors, latency',
      },
      args: {
        file: { type: 'positional', description: 'JSONL file, one { "text": … } a line', required: true },
        check: {
          type: 'string',
          description: 'a guardrail in tandem.yaml, or a check type with its defaults (pii, injection)',
          required: true,
          valueHint: 'name',
        },
        field: {
          type: 'string',
          description: 'the field holding the text (default: text)',
          valueHint: 'name',
        },
        json: {
          type: 'boolean',
          description: 'one JSON line per row on stdout (the summary goes to stderr)',
        },
        'show-errors': { type: 'boolean', description: 'list the false positives and misses' },
        project: {
          type: 'boolean',
          default: true,
          description:
            "look --check up in the project's guardrails first (--no-project: the check type's defaults)",
        },
        ...projectArgs,
      },
      run: async ({ args }) =>
        (await import('./guardrails-run.js')).testGuardrailCommand({
          root: projectDir(args.cwd),
          configFile: args.config,
          file: args.file,
          check: args.check,
          field: args.field,
          json: Boolean(args.json),
          showErrors: Boolean(args['show-errors']),
          project: args.project !== false,
        }),
    }),
  },
});
