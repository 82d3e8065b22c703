export { createServerApp, type ServerApp, type ServerOptions } from './create-server-app.js';
export { errorResponse } from './error-response.js';
export { hashSecret, issueKey, KEY_ROLES, type KeyLimits } from './keys/issue-key.js';
export type { StartEval, StartEvalRequest, StartedEval } from './routes/eval-api.js';
