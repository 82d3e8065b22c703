import { type GuardrailRowResult, testGuardrail } from '../../api/index.js';
import { stderrColors as pc } from '../output/colors.js';
import { formatGuardrailReport } from '../output/guardrail-report.js';
import { createProgressBar } from '../output/progress.js';

export interface GuardrailTestCommandOptions {
  root: string;
  configFile?: string;
  file: string;
  check: string;
  field?: string;
  json: boolean;
  showErrors: boolean;
  /** False: measure the check type with its defaults, even when the project declares a guardrail so named. */
  project: boolean;
}

/** `tandem guardrails test`: rows as JSON lines (with --json) or the scores, and every skipped row. */
export async function testGuardrailCommand(o: GuardrailTestCommandOptions): Promise<void> {
  const bar = createProgressBar(`guardrails test ${o.check}`);
  const onRow = (row: GuardrailRowResult, done: number, total: number) => {
    if (o.json) process.stdout.write(`${JSON.stringify(jsonRow(row))}\n`);
    bar.update(done, total, row.id);
  };
  const result = await testGuardrail({
    file: o.file,
    check: o.check,
    field: o.field,
    project: o.project ? { root: o.root, configFile: o.configFile } : undefined,
    onRow,
  }).finally(() => bar.stop());
  for (const s of result.skipped)
    process.stderr.write(`${s.file}:${s.line}: ${s.message} ${pc.dim('(row skipped)')}\n`);
  const report = formatGuardrailReport(result, o.file, o.showErrors);
  // With --json stdout holds only the rows; the person running it still sees the scores.
  (o.json ? process.stderr : process.stdout).write(report);
  if (!result.rows.length) process.exitCode = 1;
}

// The fields a script reads: a fixed shape, score null when the check gives none.
const jsonRow = (r: GuardrailRowResult) => ({
  id: r.id,
  pass: r.pass,
  score: r.score ?? null,
  findings: r.findings,
});
