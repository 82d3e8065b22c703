/**
 * @module Approvals of app versions: record one for what the app is now, tell whether a version is approved
 * and, when it is not, what changed since the last approval; the CI gate of `tandem eval --require-approval`.
 */
import type { Project } from '../pipeline/index.js';
import type { PromptFile } from '../prompts/index.js';
import type { ApprovalRecord } from '../store/index.js';
import { changesSince } from './review-changes.js';
import { appVersion, type ReviewedApp, reviewedApp } from './reviewed-app.js';

export interface ApprovalStatus {
  appVersion: string;
  reviewed: ReviewedApp;
  /** Approvals of exactly this app version (empty: not approved). */
  approvedBy: ApprovalRecord[];
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
  const approvals = await project.store.approvals.list({ app });
  const approvedBy = approvals.filter((a) => a.appVersion === version);
  const last = approvals[0];
  return {
    appVersion: version,
    reviewed,
    approvedBy,
    ...(!approvedBy.length && last
      ? {
          previous: {
            approval: last,
            changes: last.reviewed
              ? changesSince(last.reviewed as unknown as ReviewedApp, reviewed)
              : [LEGACY],
          },
        }
      : {}),
  };
}

/** Records `by`'s approval of the app as it is now (everything the playbook shows). */
export async function approveApp(
  project: Project,
  app: string,
  by: string,
  note?: string,
): Promise<ApprovalRecord> {
  const { prompt } = await project.app(app);
  const reviewed = await reviewedApp(project, app, prompt);
  return project.store.approvals.add({
    app,
    prompt: prompt.name,
    version: prompt.version,
    appVersion: appVersion(reviewed),
    reviewed: reviewed as unknown as Record<string, unknown>,
    by,
    ...(note ? { note } : {}),
  });
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
  if (status.approvedBy.length) return undefined;
  const why = status.previous
    ? `changed since ${status.previous.approval.by} approved it: ${status.previous.changes.join('; ')}`
    : 'never approved';
  return `${app}: ${promptName}@${label} (${labelled.version.slice(0, 12)}) is not approved (${why}); after review: tandem playbook approve ${app} --by NAME`;
}
