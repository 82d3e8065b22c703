/**
 * @module The injection guardrail's verdict in each mode: `local` (the default: the trained classifier,
 * offline), `llm` (a judge route with a visible rubric) or `both` (fails when either says injection; the judge
 * is not asked about text the classifier already failed).
 */
import type { GuardrailConfig, Provider } from '../../../core/index.js';
import type { CheckVerdict } from '../content-checks.js';
import { detectInjection } from './detect.js';
import type { Source } from './features.js';
import { judgeInjection } from './judge.js';

/** The verdict of injection guardrail `g` on `text` read at `source`. */
export async function injectionVerdict(
  g: GuardrailConfig,
  text: string,
  source: Source,
  judge: () => Promise<Provider>,
  signal?: AbortSignal,
): Promise<CheckVerdict & { findings?: Array<{ kind: string; start?: number; end?: number }> }> {
  const threshold = g.threshold ?? 0.5;
  const mode = g.mode ?? 'local';
  if (mode !== 'llm') {
    const local = detectInjection(text, { on: source });
    const passed = local.score < threshold;
    // The wording alone can fail a text; say so, so a failed check never comes without a reason.
    const signals =
      passed || local.signals.length
        ? local.signals
        : [
            {
              signal: 'classifier',
              evidence: `the wording scores ${local.score} (no phrase of the lexicons matched)`,
              ...local.piece,
            },
          ];
    const verdict = {
      passed,
      score: local.score,
      evidence: signals.map((s) => `${s.signal}: ${s.evidence}`),
      findings: signals.map(({ signal, start, end }) => ({ kind: signal, start, end })),
    };
    if (mode === 'local' || !verdict.passed) return verdict;
  }
  const v = await judgeInjection(text, source, await judge(), signal);
  return { passed: !v.injection, score: v.score, evidence: [`judge: ${v.reason}`] };
}
