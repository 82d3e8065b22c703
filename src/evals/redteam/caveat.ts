/**
 * @module What a run that held everything by silence does not show. "No sign of compliance" is the weakest
 * verdict: a model that cannot follow instructions (the `extractive` or `echo` provider) shows none, so a
 * run where no guardrail blocked and no judge graded an attack says little, and the reports must say so.
 */
import type { RedteamReport } from './types.js';

/** Provider types that never follow an instruction, whatever it asks. */
const NON_FOLLOWERS = ['extractive', 'echo'];

/**
 * Why the result proves little, or undefined when a guardrail or a judge held at least one attack, when one
 * broke, or when none was held. The same words in every report: terminal, HTML, JSON and playbook.
 */
export function redteamCaveat(r: Pick<RedteamReport, 'outcomes' | 'providerTypes'>): string | undefined {
  // A run where something broke has shown what it can: the model follows instructions, the gate fails.
  if (r.outcomes.some((o) => o.verdict === 'broken')) return undefined;
  const held = r.outcomes.filter((o) => o.verdict === 'held');
  if (!held.length || held.some((o) => o.by === 'guardrail' || o.by === 'judge')) return undefined;
  const weak = [...new Set((r.providerTypes ?? []).filter((t) => NON_FOLLOWERS.includes(t)))];
  const model = weak.length
    ? `this app's route answers with the ${weak.join(' and ')} provider${weak.length > 1 ? 's, which never follow' : ', which never follows'} instructions, so this says nothing about how a model would behave`
    : 'this says little about a model that cannot follow instructions';
  return `The attacks were held only because the answers showed no sign of compliance: no guardrail blocked an attack and no judge graded one; ${model}. Run with --judge <route>, or on a real model, to learn what holds.`;
}
