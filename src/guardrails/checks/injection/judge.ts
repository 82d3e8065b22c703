/**
 * @module The injection check's `llm` mode: a judge route reads the text, fenced as data, with the visible
 * rubric in templates/guardrails/injection.prompt and answers with a JSON verdict. A judge that fails or
 * answers anything else fails closed: the text is treated as an injection.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Provider } from '../../../core/index.js';
import { parsePromptSource, renderPrompt } from '../../../prompts/index.js';
import { readJudgeReply, verdictSchema } from '../judge-reply.js';
import type { Source } from './features.js';

const VERDICT = verdictSchema('injection');

/** The judge's verdict: `injection` is true when it says so or gave no usable answer. */
export interface JudgeVerdict {
  injection: boolean;
  score: number;
  reason: string;
}

let prompt: Promise<string> | undefined;
const rubric = () => {
  prompt ??= readFile(
    fileURLToPath(new URL('../../../../templates/guardrails/injection.prompt', import.meta.url)),
    'utf8',
  );
  return prompt;
};

const SOURCES: Record<Source, string> = {
  input: "a user's message",
  retrieved: 'text retrieved from a document or returned by a tool',
};

/** Asks `judge` whether `text` is a prompt injection. */
export async function judgeInjection(
  text: string,
  source: Source,
  judge: Provider,
  signal?: AbortSignal,
): Promise<JudgeVerdict> {
  const file = parsePromptSource('injection', await rubric(), 'guardrail:injection');
  // The text cannot close its fence.
  const fenced = text.replace(/<\/?\s*text\s*>/gi, (m) => m.replace('<', '‹').replace('>', '›'));
  const rendered = await renderPrompt(
    file,
    {},
    { partial: () => null, extra: { text: fenced, source: SOURCES[source] } },
  );
  try {
    const res = await judge.generate({
      messages: [...rendered.messages],
      ...rendered.settings,
      responseFormat: { type: 'json', schema: VERDICT, name: 'verdict' },
      signal,
    });
    return readVerdict(res.text);
  } catch (err) {
    if (signal?.aborted) throw err;
    return { injection: true, score: 1, reason: `the judge failed: ${(err as Error).message}` };
  }
}

function readVerdict(text: string): JudgeVerdict {
  try {
    const v = readJudgeReply(text, 'injection');
    return { injection: v.flagged, score: v.score, reason: v.reason };
  } catch (err) {
    return {
      injection: true,
      score: 1,
      reason: `the judge gave no usable verdict: ${(err as Error).message}`,
    };
  }
}
