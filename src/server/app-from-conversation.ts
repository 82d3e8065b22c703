/**
 * @module How a chat conversation addressed to `app:<name>` becomes an app run: the last user message is the
 * query input, the user and assistant turns before it are the history.
 */
import type { Message } from '../core/index.js';
import { type App, type AppResult, firstRequiredInput, type RunContext } from '../pipeline/index.js';

/** Runs the app on a conversation sent through a model API. */
export async function runAppOnConversation(
  app: App,
  messages: Message[],
  ctx: RunContext,
): Promise<AppResult> {
  const lastUser = messages.map((m) => m.role).lastIndexOf('user');
  const query = lastUser >= 0 ? messages[lastUser]!.content : '';
  const input = (await firstRequiredInput(app.prompt)) ?? 'question';
  const history = messages
    .slice(0, Math.max(0, lastUser))
    .filter((m) => m.role === 'user' || m.role === 'assistant');
  return app.run({ vars: { [input]: query }, history }, ctx);
}
