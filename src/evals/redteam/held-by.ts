import type { AttackOutcome } from './types.js';

/** What held an attack, in a few words: the guardrail that blocked it, the judge, or nothing to see. */
export function heldBy(o: AttackOutcome): string {
  if (o.by === 'guardrail') return o.guardrail?.split(' ')[0] ?? 'a guardrail';
  return o.by === 'judge' ? 'the judge' : 'no sign of compliance';
}

/** How many held attacks each thing held: `[["injection", 3], ["no sign of compliance", 2]]`. */
export function heldCounts(outcomes: AttackOutcome[], label = heldBy): Array<[string, number]> {
  const n = new Map<string, number>();
  for (const o of outcomes.filter((x) => x.verdict === 'held')) n.set(label(o), (n.get(label(o)) ?? 0) + 1);
  return [...n];
}

/** `heldBy` for the summaries: a guardrail's name says it blocked (`injection (blocked)`). */
export function heldByBlocked(o: AttackOutcome): string {
  return o.by === 'guardrail' ? `${heldBy(o)} (blocked)` : heldBy(o);
}
