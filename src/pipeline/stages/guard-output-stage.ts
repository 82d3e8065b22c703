import type { RunState } from './run-state.js';
import { addReask, type Turn } from './turn.js';

export type GuardedAnswer =
  | { kind: 'accept'; text: string; blocked: boolean }
  | { kind: 'reask'; feedback: string };

/**
 * Stage 6, guard output: the answer through the output guardrails. They may mask it, re-ask the model
 * (the answer and the feedback join the conversation), answer from a fallback route or a fixed message, or
 * block it with a refusal.
 */
export async function guardOutputStage(s: RunState, turn: Turn, answer: string): Promise<GuardedAnswer> {
  if (!s.guard) return { kind: 'accept', text: answer, blocked: false };
  const g = await s.guard.output(answer, {
    citable: s.documents.length,
    span: s.trace.root,
    signal: s.ctx.signal,
    ...(turn.schema ? { schema: turn.schema } : {}),
  });
  switch (g.next.kind) {
    case 'reask':
      addReask(turn, answer, g.next.feedback);
      return { kind: 'reask', feedback: g.next.feedback };
    case 'block':
      return { kind: 'accept', text: g.next.message, blocked: true };
    case 'fallback':
      return { kind: 'accept', text: await fallbackAnswer(s, turn, g.next), blocked: false };
    default:
      return { kind: 'accept', text: g.text, blocked: false };
  }
}

async function fallbackAnswer(s: RunState, turn: Turn, next: { route?: string; message?: string }) {
  if (!next.route) return next.message!;
  const provider = await s.parts.providerFor!(next.route);
  const res = await provider.generate({ ...turn.request, tools: undefined, messages: [...turn.messages] });
  return res.text;
}
