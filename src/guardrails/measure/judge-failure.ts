/**
 * @module When a judged check's judge cannot answer (a route to a chat model that replies in prose, a model
 * that does not follow the verdict format), every row fails closed and the scores measure the judge's
 * failure, not the guardrail. This finds that case so the report can say it once.
 */
import type { RowOutcome } from './scored-row.js';

/** Most rows failed with the same judge error: how many, and one of the messages. */
export interface JudgeFailure {
  rows: number;
  message: string;
}

// The words the llm and injection checks use when their judge gave no verdict (judge-reply.ts, judge.ts).
const JUDGE_ERROR = /the judge (gave no usable verdict|failed)/;

/** The judge error more than half of `outcomes` failed with, or undefined when there is none. */
export function judgeFailure(outcomes: readonly RowOutcome[]): JudgeFailure | undefined {
  const byError = new Map<string, JudgeFailure>();
  for (const o of outcomes) {
    const message = o.evidence?.find((e) => JUDGE_ERROR.test(e));
    if (o.pass || !message) continue;
    const key = JUDGE_ERROR.exec(message)![1]!;
    const seen = byError.get(key) ?? { rows: 0, message: message.replace(/^judge: /, '') };
    seen.rows++;
    byError.set(key, seen);
  }
  const most = [...byError.values()].sort((a, b) => b.rows - a.rows)[0];
  return most && most.rows * 2 > outcomes.length ? most : undefined;
}
