/**
 * @module `tandem eval --ci --require-approval <label>`: a prompt change cannot ship under a label before
 * product, legal or brand signed off the version it points at.
 */
import type { Project } from '../pipeline/index.js';
import type { LoadedSuite } from './load-suite.js';

/**
 * The sign-off a CI gate can require: why the prompt version `label` points at is not approved for the
 * suite's app, or undefined when it is (or the suite tests no app).
 */
export async function approvalMissing(
  project: Project,
  suite: LoadedSuite,
  label: string,
): Promise<string | undefined> {
  const app = suite.spec.app;
  if (!app) return undefined;
  const promptName = project.loaded.config.apps[app]?.prompt.split('@')[0];
  if (!promptName) return undefined;
  const labelled = await project.store.prompts.getLabel(promptName, label);
  if (!labelled)
    return `${app}: prompt ${promptName} has no label "${label}" (tandem prompts label ${promptName} ${label})`;
  const approvals = await project.store.approvals.list({
    app,
    prompt: promptName,
    version: labelled.version,
  });
  return approvals.length
    ? undefined
    : `${app}: ${promptName}@${label} (${labelled.version.slice(0, 12)}) is not approved (tandem playbook approve ${app} --by NAME, after review)`;
}
