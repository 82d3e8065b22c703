import {
  ATTACK_CATEGORIES,
  ATTACK_LANGUAGES,
  type AttackOutcome,
  ENCODINGS,
  type RedteamReport,
  type VerdictCounts,
} from './types.js';

/** Counts per category (in the categories' order), language and encoding, and in all. */
export function countOutcomes(
  outcomes: AttackOutcome[],
): Pick<RedteamReport, 'totals' | 'byCategory' | 'byLanguage' | 'byEncoding'> {
  const totals = zero();
  const byCategory = inOrder(
    ATTACK_CATEGORIES,
    outcomes.map((o) => o.attack.category),
  );
  const byLanguage = inOrder(
    ATTACK_LANGUAGES,
    outcomes.map((o) => o.attack.language),
  );
  const byEncoding = inOrder(
    ENCODINGS,
    outcomes.map((o) => o.attack.encoding),
  );
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

// Empty counts for the keys present, in their canonical order (so reports list them the same way each run).
function inOrder(order: readonly string[], present: string[]): Record<string, VerdictCounts> {
  const seen = new Set(present);
  return Object.fromEntries(order.filter((k) => seen.has(k)).map((k) => [k, zero()]));
}

function tally(counts: VerdictCounts, o: AttackOutcome): void {
  counts.attempted++;
  counts[o.verdict]++;
}

function zero(): VerdictCounts {
  return { attempted: 0, held: 0, broken: 0, inconclusive: 0 };
}
