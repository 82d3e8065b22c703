export { argsSchema, expectation, parseArgs } from './args-schema.js';
export {
  type ArgDef,
  type ArgDefs,
  type CommandDef,
  defineCommand,
  type LazyCommand,
  type ParsedArgs,
  resolveLazy,
} from './define-command.js';
export { renderUsage, usageLine } from './render-usage.js';
export {
  type CommandTarget,
  type HelpSource,
  helpText,
  resolveCommandPath,
  runCommandLine,
} from './run-command-line.js';
export { type TokenizedArgv, tokenizeArgv } from './tokenize-argv.js';
