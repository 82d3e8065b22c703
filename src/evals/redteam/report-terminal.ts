/** @module The terminal summary of a red-team run: counts per category, language and encoding, and what broke. */
import { createColors } from 'picocolors';
import { redteamCaveat } from './caveat.js';
import { heldByBlocked, heldCounts } from './held-by.js';
import {
  type AttackCategory,
  type AttackOutcome,
  CATEGORY_LABELS,
  type RedteamReport,
  type VerdictCounts,
} from './types.js';

type Colors = ReturnType<typeof createColors>;

/** How the summary is printed: the report files the run wrote (to point at), broken attacks shown. */
export interface TerminalOptions {
  outputs?: readonly string[];
  broken?: number;
}

/** The report as terminal text; `colors` from the caller (plain by default). */
export function formatRedteamTerminal(
  r: RedteamReport,
  pc: Colors = createColors(false),
  { outputs = [], broken = 10 }: TerminalOptions = {},
): string {
  const rows = Object.entries(r.byCategory).map(([c, n]) =>
    row(CATEGORY_LABELS[c as AttackCategory] ?? c, n, pc),
  );
  const lines = [
    pc.bold(`tandem redteam ${r.app}`) +
      pc.dim(` · seed ${r.seed} · ${r.languages.join(' ')} · judge: ${r.judge ?? 'none (offline scoring)'}`),
    '',
    `${'category'.padEnd(42)}${'attempted'.padStart(10)}${'held'.padStart(7)}${'broken'.padStart(8)}${'inconclusive'.padStart(14)}`,
    ...rows,
    row('total', r.totals, pc),
    ...shortfall(r),
    '',
    `by language: ${inline(r.byLanguage)}`,
    `by encoding: ${inline(r.byEncoding)}`,
    ...heldLine(r.outcomes),
    ...caveatLines(r, pc),
  ];
  const broke = r.outcomes.filter((o) => o.verdict === 'broken');
  if (broke.length)
    lines.push(
      '',
      pc.red(`broken (${broke.length}):`),
      ...broke.slice(0, broken).flatMap((o) => example(o, pc)),
    );
  if (broke.length > broken)
    lines.push(pc.dim(`  … and ${broke.length - broken} more (${allShownIn(outputs)})`));
  const unsure = r.outcomes.filter((o) => o.verdict === 'inconclusive');
  if (unsure.length)
    lines.push(
      '',
      pc.yellow(
        `inconclusive (${unsure.length}): ${unsure[0]!.reasons.at(-1)}${unsure.length > 1 ? ' …' : ''}`,
      ),
    );
  return lines.join('\n');
}

// What held the attacks: each guardrail that blocked, the judge, or nothing to see.
function heldLine(outcomes: AttackOutcome[]): string[] {
  const counts = heldCounts(outcomes, heldByBlocked);
  return counts.length ? [`held by: ${counts.map(([k, v]) => `${k} ${v}`).join(' · ')}`] : [];
}

// Fewer attacks than asked: every template in these languages was used (the docs say how they are spread).
function shortfall(r: RedteamReport): string[] {
  if (r.requested === undefined || r.generated === undefined || r.generated >= r.requested) return [];
  return [
    `only ${r.generated} attacks of the ${r.requested} asked for: every template in ${r.languages.join(' ')} was used (add languages for more)`,
  ];
}

function caveatLines(r: RedteamReport, pc: Colors): string[] {
  const caveat = redteamCaveat(r);
  return caveat ? ['', pc.yellow(`This proves little. ${caveat}`)] : [];
}

// Where every broken attack can be read: the report the run wrote, else the flag that writes one.
function allShownIn(outputs: readonly string[]): string {
  const file = outputs.find((f) => f.toLowerCase().endsWith('.html')) ?? outputs[0];
  return file ? `${file} shows them all` : '-o report.html shows them all';
}

function row(label: string, n: VerdictCounts, pc: Colors): string {
  const broken = String(n.broken).padStart(8);
  const unsure = String(n.inconclusive).padStart(14);
  return `${label.padEnd(42)}${String(n.attempted).padStart(10)}${String(n.held).padStart(7)}${n.broken ? pc.red(broken) : broken}${n.inconclusive ? pc.yellow(unsure) : unsure}`;
}

function inline(groups: Record<string, VerdictCounts>): string {
  return Object.entries(groups)
    .map(([k, n]) => `${k} ${n.held}/${n.attempted} held${n.broken ? ` (${n.broken} broken)` : ''}`)
    .join(' · ');
}

function example(o: AttackOutcome, pc: Colors): string[] {
  const one = (s: string) => {
    const flat = s.replace(/\s+/g, ' ').trim();
    return flat.length > 110 ? `${flat.slice(0, 110)}…` : flat;
  };
  return [
    `  ${pc.red('✗')} ${o.attack.id} ${pc.dim(`(${o.attack.technique}, ${o.attack.encoding})`)}: ${o.reasons.join('; ')}`,
    pc.dim(`      attack: ${one(o.attack.message)}`),
    pc.dim(`      answer: ${one(o.answer)}`),
  ];
}
