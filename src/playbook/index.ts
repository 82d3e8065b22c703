export {
  type ApprovalStatus,
  approvalGateFailure,
  approvalStatus,
  approveApp,
  missingInWords,
  type ReviewStanding,
  requiredRoles,
  reviewStanding,
  type SignOff,
  signOffApp,
  withoutReviewed,
} from './approval-status.js';
export { collectPlaybook, type PlaybookApp } from './collect-playbook.js';
export { type GateCheck, type LabelGate, type LabelMove, labelGate, moveLabel } from './label-gate.js';
export { playbookHtml } from './render-html.js';
export { playbookMarkdown } from './render-markdown.js';
export { changesSince } from './review-changes.js';
export { appVersion, type ReviewedApp, reviewedApp } from './reviewed-app.js';
