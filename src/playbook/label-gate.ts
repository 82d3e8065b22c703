/**
 * @module Moving a prompt's label, gated: a label the project lists under `labels:` (production, say) moves
 * only to a version that passed an eval (the latest finished run that tested it met every threshold) and
 * that every app running the prompt has the required approvals for. Every move is recorded with who made it.
 */
import { TandemError } from '../core/index.js';
import type { StoredSummary } from '../evals/index.js';
import type { Project } from '../pipeline/index.js';
import type { EvalRunRecord } from '../store/index.js';
import { approvalStatus, missingInWords, requiredRoles } from './approval-status.js';

/** One condition of a gated label, met or not, in words. */
export interface GateCheck {
  check: 'eval' | 'approvals';
  ok: boolean;
  detail: string;
  /** The eval run the eval check rests on. */
  runId?: string;
}

/** Whether a label may move to a version, and why. */
export interface LabelGate {
  prompt: string;
  label: string;
  version: string;
  /** False when the project does not gate this label (it moves freely; the move is still recorded). */
  gated: boolean;
  ok: boolean;
  checks: GateCheck[];
}

/** A label moved: where it points now, where it pointed before, and the gate it passed. */
export interface LabelMove {
  prompt: string;
  label: string;
  version: string;
  previous?: string;
  by: string;
  gate: LabelGate;
}

const short = (v: string) => v.slice(0, 12);
const LABEL = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/** Checks the gate of `label` for `prompt`'s `version` (a full hash) without moving anything. */
export async function labelGate(
  project: Project,
  prompt: string,
  label: string,
  version: string,
): Promise<LabelGate> {
  checkLabel(project, label);
  const gate = project.loaded.config.labels?.[label];
  const checks: GateCheck[] = [];
  if (gate?.eval) checks.push(await evalCheck(project, prompt, version));
  if (gate?.approvals) checks.push(await approvalsCheck(project, prompt, version));
  return { prompt, label, version, gated: Boolean(gate), ok: checks.every((c) => c.ok), checks };
}

/**
 * Points `label` at a version of `prompt` (`ref`: a version prefix or another label; default the working
 * file) when its gate passes, and records the move; refuses with what is missing otherwise.
 */
export async function moveLabel(
  project: Project,
  o: { prompt: string; label: string; ref?: string; by: string; note?: string },
): Promise<LabelMove> {
  const file = await project.prompts.load(o.ref ? `${o.prompt}@${o.ref}` : o.prompt);
  const gate = await labelGate(project, o.prompt, o.label, file.version);
  if (!gate.ok) throw gateRefusal(gate, requiredRoles(project));
  const before = await project.store.prompts.getLabel(o.prompt, o.label);
  // A label already there does not move: nothing to record.
  if (before?.version !== file.version)
    await project.store.prompts.setLabel(o.prompt, o.label, file.version, {
      by: o.by,
      ...(o.note ? { note: o.note } : {}),
    });
  return {
    prompt: o.prompt,
    label: o.label,
    version: file.version,
    ...(before && before.version !== file.version ? { previous: before.version } : {}),
    by: o.by,
    gate,
  };
}

// A label must be a name, and not a gated label in other letters ("Production" would dodge "production").
function checkLabel(project: Project, label: string): void {
  if (!LABEL.test(label))
    throw new TandemError('USAGE', `"${label}" is not a valid label`, {
      hint: 'Use letters, digits, ".", "_" or "-", starting with a letter.',
    });
  const gated = Object.keys(project.loaded.config.labels ?? {});
  const twin = gated.find((g) => g !== label && g.toLowerCase() === label.toLowerCase());
  if (twin)
    throw new TandemError('USAGE', `"${label}" differs from the gated label "${twin}" only in case`, {
      hint: `Labels are case-sensitive: use "${twin}" (it moves through its gate).`,
    });
}

function gateRefusal(gate: LabelGate, roles: string[]): TandemError {
  const failed = gate.checks.filter((c) => !c.ok);
  return new TandemError(
    'GATE_FAILED',
    `${gate.prompt}@${gate.label} cannot move to ${short(gate.version)}: ${failed.map((c) => c.detail).join('; ')}`,
    {
      hint: `"${gate.label}" is gated (labels.${gate.label} in tandem.yaml): ${failed.map((c) => fixFor(c, roles)).join('; then ')}.`,
    },
  );
}

const fixFor = (c: GateCheck, roles: string[]) =>
  c.check === 'eval'
    ? 'run `tandem eval` on this version until its thresholds pass'
    : `have the app reviewed (\`tandem playbook\`, then \`tandem playbook approve <app> --by NAME${roles.length ? ` --role ${roles.join('|')}` : ''}\`, or the studio's Reviews page)`;

// The newest finished run that tested this version decides: an older pass does not outlive a newer failure.
async function evalCheck(project: Project, prompt: string, version: string): Promise<GateCheck> {
  for (const run of await project.store.evals.listRuns({ limit: 500 })) {
    if (run.status !== 'finished' || !run.summary) continue;
    const variants = variantsTesting(run, prompt, version);
    if (!variants.length) continue;
    const verdicts = variants.map((v) => variantVerdict(run.summary as unknown as StoredSummary, v));
    const failed = verdicts.filter((v) => !v.ok);
    const when = new Date(run.startedAt).toISOString().slice(0, 16).replace('T', ' ');
    return {
      check: 'eval',
      ok: !failed.length,
      runId: run.id,
      detail: failed.length
        ? `the latest eval of it (${run.id}, ${run.suite}, ${when}) failed: ${failed.map((f) => f.reason).join('; ')}`
        : `passed ${run.suite} in ${run.id} (${when}): ${verdicts.map((v) => v.reason).join('; ')}`,
    };
  }
  return { check: 'eval', ok: false, detail: `no finished eval run tested ${prompt} ${short(version)}` };
}

function variantsTesting(run: EvalRunRecord, prompt: string, version: string): string[] {
  const tested =
    (run.config as { tested?: Record<string, { prompt: string; version: string }> }).tested ?? {};
  return Object.entries(tested)
    .filter(([, t]) => t.prompt === prompt && t.version === version)
    .map(([variant]) => variant);
}

// A variant passes as `tandem eval --ci` would pass it: its thresholds, or every case when the suite sets none.
function variantVerdict(summary: StoredSummary, variant: string): { ok: boolean; reason: string } {
  const thresholds = summary.thresholds.filter((t) => t.variant === variant);
  if (thresholds.length) {
    const failed = thresholds.filter((t) => !t.ok);
    return failed.length
      ? { ok: false, reason: `${variant} ${failed.map((t) => t.reason).join(', ')}` }
      : {
          ok: true,
          reason: `${variant} met ${thresholds.length} threshold${thresholds.length > 1 ? 's' : ''}`,
        };
  }
  const v = summary.variants.find((x) => x.name === variant);
  if (!v) return { ok: false, reason: `${variant} has no results` };
  const bad = v.failed + v.errored + v.flaky;
  return bad
    ? { ok: false, reason: `${variant}: ${bad} of ${v.cases} cases did not pass` }
    : { ok: true, reason: `${variant}: all ${v.cases} cases passed` };
}

async function approvalsCheck(project: Project, prompt: string, version: string): Promise<GateCheck> {
  const apps = Object.entries(project.loaded.config.apps)
    .filter(([, cfg]) => cfg.prompt.split('@')[0] === prompt)
    .map(([name]) => name);
  if (!apps.length) return { check: 'approvals', ok: true, detail: `no app runs ${prompt}` };
  const file = await project.prompts.load(`${prompt}@${version}`);
  const problems: string[] = [];
  for (const app of apps) {
    const status = await approvalStatus(project, app, file);
    if (!status.approved) problems.push(`${app} is not approved with it (${missingInWords(status)})`);
  }
  return {
    check: 'approvals',
    ok: !problems.length,
    detail: problems.length ? problems.join('; ') : `${apps.join(', ')} approved with it`,
  };
}
