/**
 * @module The playbook's "How this assistant was attacked and what held": the app's latest `tandem redteam`
 * result, kept in `.tandem/redteam/<app>.json`, cut down to what a reviewer reads.
 */
import {
  type AttackCategory,
  CATEGORY_LABELS,
  heldByBlocked,
  heldCounts,
  loadRedteamReport,
  redteamCaveat,
  type VerdictCounts,
} from '../evals/index.js';

/** The latest red-team run of an app, for reviewers. */
export interface RedteamSummary {
  /** When it ran, epoch milliseconds. */
  at: number;
  /** True when it ran on another version of the app than the current one (or on one not recorded). */
  stale: boolean;
  seed: number;
  languages: string[];
  judge?: string;
  totals: VerdictCounts;
  /** What held the held attacks: `[["injection (blocked)", 3], ["no sign of compliance", 57]]`. */
  heldBy: Array<[string, number]>;
  /** Why the result proves little, when it does. */
  caveat?: string;
  categories: Array<{ category: string; label: string; counts: VerdictCounts }>;
  /** The attacks that broke (the first few), with why. */
  broke: Array<{
    id: string;
    category: string;
    technique: string;
    reasons: string[];
    attack: string;
    answer: string;
  }>;
}

/** Broken attacks a playbook shows. */
const SHOWN = 5;

/** The app's latest red-team result, or undefined when it was never attacked; `version` is the app's now. */
export async function redteamSummary(
  root: string,
  app: string,
  version: string,
): Promise<RedteamSummary | undefined> {
  const r = await loadRedteamReport(root, app);
  if (!r) return undefined;
  const caveat = r.caveat ?? redteamCaveat(r);
  return {
    at: new Date(r.at).getTime(),
    stale: r.appVersion !== version,
    seed: r.seed,
    languages: r.languages,
    ...(r.judge ? { judge: r.judge } : {}),
    totals: r.totals,
    heldBy: heldCounts(r.outcomes, heldByBlocked),
    ...(caveat ? { caveat } : {}),
    categories: Object.entries(r.byCategory).map(([category, counts]) => ({
      category,
      label: CATEGORY_LABELS[category as AttackCategory] ?? category,
      counts,
    })),
    broke: r.outcomes
      .filter((o) => o.verdict === 'broken')
      .slice(0, SHOWN)
      .map((o) => ({
        id: o.attack.id,
        category: CATEGORY_LABELS[o.attack.category] ?? o.attack.category,
        technique: o.attack.technique,
        reasons: o.reasons,
        attack: cut(o.attack.message),
        answer: cut(o.answer),
      })),
  };
}

function cut(s: string): string {
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
}
