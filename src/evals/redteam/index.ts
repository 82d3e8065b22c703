/** @module Red-teaming an app: the offline attack generator, the scorer, the reports and the saved result. */

export { describeAppDomain } from './app-domain.js';
export { redteamCaveat } from './caveat.js';
export { type AppWords, complianceSigns } from './detectors.js';
export { type AppDomain, DEFAULT_SEED, type GenerateOptions, generateAttacks } from './generate.js';
export { heldByBlocked, heldCounts } from './held-by.js';
export { createRedteamJudge, type JudgeVerdict, type RedteamJudge } from './judge.js';
export { redteamHtml } from './report-html.js';
export { formatRedteamTerminal, type TerminalOptions } from './report-terminal.js';
export { type RunAttacksOptions, runAttacks } from './run-attacks.js';
export { loadRedteamReport, savedReportPath, saveRedteamReport } from './saved-report.js';
export { countOutcomes } from './summarize.js';
export * from './types.js';
