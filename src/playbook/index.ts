export {
  type ApprovalStatus,
  approvalGateFailure,
  approvalStatus,
  approveApp,
} from './approval-status.js';
export { collectPlaybook, type PlaybookApp } from './collect-playbook.js';
export { playbookHtml } from './render-html.js';
export { playbookMarkdown } from './render-markdown.js';
export { changesSince } from './review-changes.js';
export { appVersion, type ReviewedApp, reviewedApp } from './reviewed-app.js';
