/**
 * @module A cheap first test of a digit run against a region's numbering plan (its lengths and its national
 * number pattern, compiled once), so libphonenumber-js, which compiles its patterns on every call (about 20 µs
 * a region), parses only the candidates that can pass.
 */
import { type CountryCode, Metadata, type NumberingPlan } from 'libphonenumber-js';

interface PlanTest {
  lengths: ReadonlySet<number>;
  pattern?: RegExp;
  prefix?: string;
}

// Present on every plan at run time, though the published types leave them out; missing, the test lets all through.
type FullPlan = NumberingPlan & { nationalNumberPattern?(): string; nationalPrefix?(): string };

const plans = new Map<CountryCode, PlanTest>();

function planOf(region: CountryCode): PlanTest {
  const known = plans.get(region);
  if (known) return known;
  const metadata = new Metadata();
  metadata.selectNumberingPlan(region);
  const plan = metadata.numberingPlan as FullPlan | undefined;
  const source = plan?.nationalNumberPattern?.();
  const test: PlanTest = {
    lengths: new Set(plan?.possibleLengths() ?? []),
    pattern: source ? new RegExp(`^(?:${source})$`) : undefined,
    prefix: plan?.nationalPrefix?.() || undefined,
  };
  plans.set(region, test);
  return test;
}

/** Whether `digits`, as written (with or without the region's trunk prefix), can be a number of `region`. */
export function mayBeNational(digits: string, region: CountryCode): boolean {
  const plan = planOf(region);
  const nationals =
    plan.prefix && digits.startsWith(plan.prefix) ? [digits, digits.slice(plan.prefix.length)] : [digits];
  return nationals.some(
    (n) => (plan.lengths.size === 0 || plan.lengths.has(n.length)) && (plan.pattern?.test(n) ?? true),
  );
}
