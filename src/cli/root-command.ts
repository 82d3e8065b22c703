/**
 * @module The command tree: `tandem` and its subcommands, each imported only when it runs, plus `tandem help`.
 */

import { type CommandDef, defineCommand, type HelpSource } from './command/index.js';

/** The root command; `help` resolves command paths against it. */
export function createRootCommand(help: HelpSource): CommandDef {
  const root: CommandDef = defineCommand({
    meta: { name: 'tandem', description: 'Describe an LLM feature once, as files; run, test and serve it' },
    args: { version: { type: 'boolean', alias: 'v', description: 'print the version' } },
    subCommands: {
      init: () => import('./commands/init.js').then((m) => m.default),
      run: () => import('./commands/run.js').then((m) => m.default),
      chat: () => import('./commands/chat.js').then((m) => m.default),
      prompts: () => import('./commands/prompts.js').then((m) => m.default),
      eval: () => import('./commands/eval.js').then((m) => m.default),
      compare: () => import('./commands/compare.js').then((m) => m.default),
      runs: () => import('./commands/runs.js').then((m) => m.default),
      redteam: () => import('./commands/redteam.js').then((m) => m.default),
      playbook: () => import('./commands/playbook.js').then((m) => m.default),
      serve: () => import('./commands/serve.js').then((m) => m.default),
      ui: () => import('./commands/ui.js').then((m) => m.default),
      worker: () => import('./commands/worker.js').then((m) => m.default),
      keys: () => import('./commands/keys.js').then((m) => m.default),
      traces: () => import('./commands/traces.js').then((m) => m.default),
      store: () => import('./commands/store.js').then((m) => m.default),
      ingest: () => import('./commands/ingest.js').then((m) => m.default),
      search: () => import('./commands/search.js').then((m) => m.default),
      guardrails: () => import('./commands/guardrails.js').then((m) => m.default),
      schema: () => import('./commands/schema.js').then((m) => m.default),
      help: defineCommand({
        meta: {
          name: 'help',
          description: 'Show the help of tandem or of a command (tandem help keys create)',
        },
        args: {
          command: { type: 'positional', variadic: true, description: 'the command, e.g. keys create' },
        },
        async run({ args }) {
          const { helpText, resolveCommandPath } = await import('./command/index.js');
          process.stdout.write(await helpText(await resolveCommandPath(root, args.command, help.name), help));
        },
      }),
    },
    async run({ args }) {
      if (args.version) process.stdout.write(`${help.version}\n`);
      else {
        const { helpText } = await import('./command/index.js');
        process.stdout.write(await helpText({ path: [], cmd: root, rest: [] }, help));
      }
    },
  });
  return root;
}
