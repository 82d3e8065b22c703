import { ATTACK_CATEGORIES, type AttackOutcome, type RedteamReport, type VerdictCounts } from './types.js';

/** Counts per category (in the categories' order), language and encoding, and in all. */
export function countOutcomes(
  outcomes: AttackOutcome[],
): Pick<RedteamReport, 'totals' | 'byCategory' | 'byLanguage' | 'byEncoding'> {
  const totals = zero();
  const byCategory: Record<string, VerdictCounts> = {};
  for (const c of ATTACK_CATEGORIES)
    if (outcomes.some((o) => o.attack.category === c)) byCategory[c] = zero();
  const byLanguage: Record<string, VerdictCounts> = {};
  const byEncoding: Record<string, VerdictCounts> = {};
  const add = (group: Record<string, VerdictCounts>, key: string, o: AttackOutcome) => {
    const counts = group[key] ?? zero();
    group[key] = counts;
    tally(counts, o);
  };
  for (const o of outcomes) {
    tally(totals, o);
    add(byCategory, o.attack.category, o);
    add(byLanguage, o.attack.language, o);
    add(byEncoding, o.attack.encoding, o);
  }
  return { totals, byCategory, byLanguage, byEncoding };
}

function tally(counts: VerdictCounts, o: AttackOutcome): void {
  counts.attempted++;
  counts[o.verdict]++;
}

function zero(): VerdictCounts {
  return { attempted: 0, held: 0, broken: 0, inconclusive: 0 };
}
