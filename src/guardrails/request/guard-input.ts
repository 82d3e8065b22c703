/**
 * @module Input guardrails on everything the user sent: each text input, then each earlier turn of the
 * conversation. Placeholders come from the request's one map, so a value keeps its placeholder across turns.
 */
import { type Message, REDACTION_PLACEHOLDER, type SpanHandle } from '../../core/index.js';
import {
  asReplyToClarification,
  earlierQuestions,
  withConversation,
  withPointersRead,
} from '../../rag/index.js';
import type { GuardContext, NamedGuardrail } from './guard-context.js';
import { refusalOf } from './guard-context.js';
import { runCheck } from './run-check.js';

export interface GuardedInput {
  vars: Record<string, unknown>;
  history: Message[];
}

const passed = () => ({ passed: true, evidence: [] as string[] });

/** Runs the input guardrails in the order declared; the first block stops the request with its refusal. */
export async function guardInput(
  ctx: GuardContext,
  guardrails: NamedGuardrail[],
  input: GuardedInput,
  span?: SpanHandle,
  signal?: AbortSignal,
): Promise<GuardedInput & { blocked?: string }> {
  const vars = { ...input.vars };
  const history = withoutRefusedTurns(input.history, guardrails);
  const turns: Turns = { vars, history };
  reserveLiteralPlaceholders(ctx, [...Object.values(vars), ...history.map((m) => m.content)]);
  for (const g of guardrails) {
    const blocked =
      (await guardVars(ctx, g, turns, span, signal)) ?? (await guardHistory(ctx, g, turns, span, signal));
    if (blocked) return { vars, history, blocked };
    if (!ctx.log.has(g, 'input')) ctx.log.record(g, 'input', passed(), 'none', span);
  }
  return { vars, history };
}

// A user turn the app refused (the reply right after it is one of these blocking guardrails' refusals, as a client that
// replays the transcript sends it back) was judged when it was asked: it leaves the conversation with its
// refusal, as `tandem chat` leaves it out. Kept, it would be refused again at every later turn, and a follow-up
// would be read after it.
/** The conversation without the user turns these guardrails refused and their refusals (see above). */
export function withoutRefusedTurns(history: Message[], guardrails: NamedGuardrail[]): Message[] {
  const refusals = guardrails
    .filter((g) => g.config.action === 'block')
    .map((g) => flat(refusalOf(g)))
    .filter((r) => r.length > 0);
  const kept: Message[] = [];
  for (let i = 0; i < history.length; i++) {
    const next = history[i + 1];
    const refused =
      history[i]!.role === 'user' && next?.role === 'assistant' && isRefusal(flat(next.content), refusals);
    if (refused) i++;
    else kept.push(history[i]!);
  }
  return kept;
}

// The refusal as sent, or its opening as a client kept it (a transcript trimmed to its first sentence): never a
// few words that any answer could open with, nor an answer that merely opens with the refusal's words.
function isRefusal(reply: string, refusals: string[]): boolean {
  return refusals.some((r) => r === reply || (reply.length >= MIN_REFUSAL_PART && r.startsWith(reply)));
}

const MIN_REFUSAL_PART = 40;
const flat = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

interface Turns {
  vars: Record<string, unknown>;
  history: Message[];
}

// The text inputs through one guardrail; each keeps what the check made of it (redacted), unless the check read
// it with the conversation. The refusal when it blocks.
async function guardVars(
  ctx: GuardContext,
  g: NamedGuardrail,
  turns: Turns,
  span?: SpanHandle,
  signal?: AbortSignal,
): Promise<string | undefined> {
  for (const [key, value] of Object.entries(turns.vars)) {
    if (typeof value !== 'string') continue;
    // A follow-up ("And the Single one?") is on the topic of the conversation it follows: the topic check reads
    // it with the user's earlier turns as earlier guardrails left them (redacted), as if asked at once. A message
    // that names things of its own is judged by them ("Write me a cover letter instead" after an on-topic turn).
    // A reply to the assistant's question back ("Belgium." to "Which country are you moving to?") is read as
    // the question it completes.
    const read =
      g.config.check === 'topic'
        ? (asReplyToClarification(value, turns.history) ?? readInConversation(value, turns.history))
        : value;
    const out = await checkUserText(ctx, g, read, '', span, signal);
    if (out.blocked) return out.blocked;
    if (read === value) turns.vars[key] = out.text;
  }
  return undefined;
}

// A message as the topic check reads it: its references to the assistant's words read as what they point at
// ("the last one you named" is the item named), with the earlier turns it leans on.
function readInConversation(value: string, history: Message[]): string {
  const { asked, leans } = withPointersRead(value, history);
  return withConversation(asked, earlierQuestions(history), true, leans || undefined);
}

// The earlier turns through one guardrail, as `guardVars` does the inputs.
async function guardHistory(
  ctx: GuardContext,
  g: NamedGuardrail,
  turns: Turns,
  span?: SpanHandle,
  signal?: AbortSignal,
): Promise<string | undefined> {
  for (const [i, turn] of turns.history.entries()) {
    if (!readsTurn(g, turn)) continue;
    const where = `history[${i}] ${turn.role}: `;
    const out = await checkUserText(ctx, g, turn.content, where, span, signal, readAs(turn));
    if (out.blocked) return out.blocked;
    turns.history[i] = { ...turn, content: out.text } as Message;
  }
  return undefined;
}

// Text the user typed that looks like a placeholder ("[EMAIL_1]") keeps its meaning: it is reserved as
// itself, so redaction numbers the real values after it and the answer never swaps a value into it.
function reserveLiteralPlaceholders(ctx: GuardContext, texts: unknown[]): void {
  for (const text of texts) {
    if (typeof text !== 'string') continue;
    for (const [literal] of text.matchAll(REDACTION_PLACEHOLDER)) ctx.redactions.set(literal, literal);
  }
}

// Every check reads the user's earlier turns and tool results, but the topic check, which judges what is asked
// now: an off-topic question was refused when it was asked, and a client replaying the transcript must not be
// refused for it ever after. The assistant's earlier answers were shown to the user with their values put back,
// so PII redaction masks them again; other checks skip them.
function readsTurn(g: NamedGuardrail, turn: Message): boolean {
  if (g.config.check === 'topic') return false;
  if (turn.role === 'user' || turn.role === 'tool') return true;
  return turn.role === 'assistant' && g.config.check === 'pii' && g.config.action === 'redact';
}

// A tool's earlier result is read as the document it is, as when the tool first returned it.
const readAs = (turn: Message): 'input' | 'retrieved' => (turn.role === 'tool' ? 'retrieved' : 'input');

async function checkUserText(
  ctx: GuardContext,
  g: NamedGuardrail,
  text: string,
  where: string,
  span?: SpanHandle,
  signal?: AbortSignal,
  readAs: 'input' | 'retrieved' = 'input',
): Promise<{ text: string; blocked?: string }> {
  const before = new Set(ctx.redactions.keys());
  const v = await runCheck(g, text, readAs, ctx.deps, { redactions: ctx.redactions, signal });
  if (v.passed) return { text };
  const verdict = { ...v, evidence: v.evidence.map((e) => where + e) };
  const action = g.config.action;
  if (action === 'warn') {
    ctx.log.record(g, 'input', verdict, 'warned', span);
    return { text };
  }
  if (action !== 'redact') {
    ctx.log.record(g, 'input', verdict, 'blocked', span);
    return { text, blocked: refusalOf(g) };
  }
  // The user's own values: the answer may show them back to the user.
  for (const [p, value] of ctx.redactions) if (!before.has(p)) ctx.userValues.set(p, value);
  ctx.log.record(g, 'input', verdict, 'redacted', span);
  // PII gets placeholders; for injection, the offending text is dropped from the request.
  return { text: v.redacted ?? '' };
}
