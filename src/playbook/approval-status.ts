/**
 * @module Sign-offs on app versions: record an approval or a request for changes (with the role signed for),
 * tell whether a version is approved — by every role `approvals.required` names, or by anyone when it names
 * none, with no request for changes outstanding — and, when it is not, what changed since the last approval;
 * the CI gate of `tandem eval --require-approval`.
 */
import { TandemError } from '../core/index.js';
import type { Project } from '../pipeline/index.js';
import type { PromptFile } from '../prompts/index.js';
import type { ApprovalRecord, ReviewDecision } from '../store/index.js';
import { changesSince } from './review-changes.js';
import { appVersion, type ReviewedApp, reviewedApp } from './reviewed-app.js';

export interface ApprovalStatus {
  appVersion: string;
  reviewed: ReviewedApp;
  /** True when every required role (or, with none required, someone) approved and no change is requested. */
  approved: boolean;
  /** The roles the project requires (`approvals.required`); empty: one approval by anyone. */
  required: string[];
  /** Required roles whose latest word on this version is not an approval. */
  missing: string[];
  /** The standing approvals of exactly this app version: each signer's (or role's) latest word. */
  approvedBy: ApprovalRecord[];
  /** Standing requests for changes on this version (a later approval for the same role lifts one). */
  changesRequested: ApprovalRecord[];
  /** When not approved: the app's latest approval of another version, and what changed since it. */
  previous?: { approval: ApprovalRecord; changes: string[] };
}

const LEGACY =
  'approved before tandem recorded tools, models, guardrails and knowledge with the prompt: review it all again';

/** Whether the app, with `prompt` (default: the one it runs now), is approved as it is. */
export async function approvalStatus(
  project: Project,
  app: string,
  prompt?: PromptFile,
): Promise<ApprovalStatus> {
  const reviewed = await reviewedApp(project, app, prompt);
  const version = appVersion(reviewed);
  const all = await project.store.approvals.list({ app });
  const standing = latestWords(all.filter((a) => a.appVersion === version));
  const approvedBy = standing.filter((a) => a.decision === 'approved');
  const changesRequested = standing.filter((a) => a.decision === 'changes-requested');
  const required = requiredRoles(project);
  const missing = unsignedRoles(required, approvedBy);
  const approved = !changesRequested.length && (required.length ? !missing.length : approvedBy.length > 0);
  const last = all.find((a) => a.decision === 'approved' && a.appVersion !== version);
  return {
    appVersion: version,
    reviewed,
    approved,
    required,
    missing,
    approvedBy,
    changesRequested,
    ...(!approved && last ? { previous: { approval: last, changes: changesOf(last, reviewed) } } : {}),
  };
}

/** An app's standing with its reviewers, as lists show it (without what the reviewers saw). */
export interface ReviewStanding {
  app: string;
  description?: string;
  prompt: { name: string; version: string };
  appVersion: string;
  approved: boolean;
  required: string[];
  missing: string[];
  approvedBy: Omit<ApprovalRecord, 'reviewed'>[];
  changesRequested: Omit<ApprovalRecord, 'reviewed'>[];
  /** When not approved: who approved an earlier version, when, and what changed since. */
  changedSince?: { by: string; at: number; changes: string[] };
}

/** A sign-off without what its reviewer saw (a snapshot of the app, kept in the store for diffs). */
export const withoutReviewed = ({ reviewed: _, ...a }: ApprovalRecord): Omit<ApprovalRecord, 'reviewed'> => a;

/** The app's standing with its reviewers now. */
export async function reviewStanding(project: Project, app: string): Promise<ReviewStanding> {
  const s = await approvalStatus(project, app);
  const description = project.loaded.config.apps[app]?.description;
  return {
    app,
    ...(description ? { description } : {}),
    prompt: { name: s.reviewed.prompt.name, version: s.reviewed.prompt.version },
    appVersion: s.appVersion,
    approved: s.approved,
    required: s.required,
    missing: s.missing,
    approvedBy: s.approvedBy.map(withoutReviewed),
    changesRequested: s.changesRequested.map(withoutReviewed),
    ...(s.previous
      ? {
          changedSince: {
            by: s.previous.approval.by,
            at: s.previous.approval.approvedAt,
            changes: s.previous.changes,
          },
        }
      : {}),
  };
}

/** The roles `approvals.required` names (empty when the project names none). */
export function requiredRoles(project: Project): string[] {
  return project.loaded.config.approvals?.required ?? [];
}

// The required roles no one has approved for, each role needing its own person: one reviewer signing as
// legal and as brand counts once (for the first role, in the order the project lists them).
function unsignedRoles(required: string[], approvedBy: ApprovalRecord[]): string[] {
  const used = new Set<string>();
  return required.filter((role) => {
    const signer = approvedBy.find((a) => a.role === role && !used.has(a.by));
    if (signer) used.add(signer.by);
    return !signer;
  });
}

// Each role's latest word (or, unsigned, each person's): a request for changes stands until the same role
// approves later, and an approval is withdrawn by a later request. `all` is newest first.
function latestWords(all: ApprovalRecord[]): ApprovalRecord[] {
  const seen = new Set<string>();
  return all.filter((a) => {
    const who = a.role ? `role:${a.role}` : `by:${a.by}`;
    if (seen.has(who)) return false;
    seen.add(who);
    return true;
  });
}

const changesOf = (last: ApprovalRecord, reviewed: ReviewedApp) =>
  last.reviewed ? changesSince(last.reviewed as unknown as ReviewedApp, reviewed) : [LEGACY];

/** What a reviewer signs: who, for which role, approve or request changes, and why. */
export interface SignOff {
  by: string;
  role?: string;
  decision?: ReviewDecision;
  note?: string;
}

/** Records `s` on the app as it is now (everything the playbook shows). */
export async function signOffApp(project: Project, app: string, s: SignOff): Promise<ApprovalRecord> {
  checkSignOff(project, s);
  const { prompt } = await project.app(app);
  const reviewed = await reviewedApp(project, app, prompt);
  return project.store.approvals.add({
    app,
    prompt: prompt.name,
    version: prompt.version,
    appVersion: appVersion(reviewed),
    reviewed: reviewed as unknown as Record<string, unknown>,
    by: s.by,
    ...(s.role ? { role: s.role } : {}),
    decision: s.decision ?? 'approved',
    ...(s.note ? { note: s.note } : {}),
  });
}

/** Records `by`'s approval of the app as it is now. */
export function approveApp(project: Project, app: string, by: string, note?: string, role?: string) {
  return signOffApp(project, app, { by, ...(note ? { note } : {}), ...(role ? { role } : {}) });
}

// A role the project does not know would never count; a request for changes must say what to change.
function checkSignOff(project: Project, s: SignOff): void {
  if (!s.by.trim())
    throw new TandemError('USAGE', 'a sign-off needs the name of who signs', {
      hint: 'tandem playbook approve support --by "Ana"',
    });
  const required = requiredRoles(project);
  if (s.role && required.length && !required.includes(s.role))
    throw new TandemError('USAGE', `"${s.role}" is not a sign-off role of this project`, {
      hint: `Sign as one of: ${required.join(', ')} (approvals.required in tandem.yaml).`,
    });
  if (!s.role && required.length && s.decision !== 'changes-requested')
    throw new TandemError('USAGE', `this project needs approvals by role (${required.join(', ')})`, {
      hint: `Say which one you sign for: --role ${required[0]}.`,
    });
  if (s.decision === 'changes-requested' && !s.note?.trim())
    throw new TandemError('USAGE', 'a request for changes needs a note saying what to change', {
      hint: 'tandem playbook request-changes support --by "Ana" --note "The refund promise is too broad"',
    });
}

// True when one person's approvals were counted for fewer roles than they signed.
function sameSignerTwice(status: ApprovalStatus): boolean {
  const signers = status.approvedBy.filter((a) => a.role).map((a) => a.by);
  return new Set(signers).size < signers.length;
}

/** The sign-offs `status` still needs, in words ("legal and brand have not approved"). */
export function missingInWords(status: ApprovalStatus): string {
  const asks = status.changesRequested.map(
    (a) => `${a.by}${a.role ? ` (${a.role})` : ''} requested changes${a.note ? `: "${a.note}"` : ''}`,
  );
  const missing = status.required.length
    ? status.missing.length
      ? [`not approved by ${status.missing.join(', ')}`]
      : []
    : status.approvedBy.length
      ? []
      : ['never approved'];
  // What changed since an earlier approval explains a version nobody has signed yet; once someone has, what
  // is left is who has not.
  const changed =
    status.previous && !status.approvedBy.length
      ? [`changed since ${status.previous.approval.by} approved it: ${status.previous.changes.join('; ')}`]
      : [];
  const signedByFew = status.required.length && status.approvedBy.length && status.missing.length;
  const note = signedByFew && sameSignerTwice(status) ? ' (each role needs its own reviewer)' : '';
  return [...asks, ...(changed.length ? changed : missing.map((m) => `${m}${note}`))].join('; ');
}

/**
 * Why a CI gate must fail for `app` with the prompt version `label` points at, or undefined when that app
 * version (prompt with partials, tools, models, guardrails, knowledge) is approved.
 */
export async function approvalGateFailure(
  project: Project,
  app: string,
  label: string,
): Promise<string | undefined> {
  const promptName = project.loaded.config.apps[app]?.prompt.split('@')[0];
  if (!promptName) return undefined;
  const labelled = await project.store.prompts.getLabel(promptName, label);
  if (!labelled)
    return `${app}: prompt ${promptName} has no label "${label}" (tandem prompts label ${promptName} ${label})`;
  // What the suite ran must be what the label names: an edit nobody labelled (nor approved) cannot pass.
  const ran = (await project.app(app)).prompt.version;
  if (ran !== labelled.version)
    return `${app}: the suite ran ${promptName} ${ran.slice(0, 12)}, not ${promptName}@${label} (${labelled.version.slice(0, 12)}); label what was tested (tandem prompts label ${promptName} ${label}) and have it approved, or pin apps.${app}.prompt to ${promptName}@${label}`;
  const status = await approvalStatus(project, app, await project.prompts.load(`${promptName}@${label}`));
  if (status.approved) return undefined;
  return `${app}: ${promptName}@${label} (${labelled.version.slice(0, 12)}) is not approved (${missingInWords(status)}); after review: tandem playbook approve ${app} --by NAME${status.missing[0] ? ` --role ${status.missing[0]}` : ''}`;
}
