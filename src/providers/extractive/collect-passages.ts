import type { ContextDocument, Message, ModelRequest } from '../../core/index.js';
import { questionAsAsked } from '../../rag/index.js';

export interface Passage extends ContextDocument {}

/**
 * Splits a request into the question (the last user turn) and the passages an answer may quote:
 * supplied documents, tool results, and the context written into system or final user messages
 * (numbered blocks like "[1] …" keep their number as the citation id; other paragraphs become context-N).
 * Earlier user and assistant turns are conversation or few-shot examples, not sources, and are skipped.
 * When documents are supplied (even an empty list: retrieval found nothing) they are the whole context:
 * the same passages rendered into the prompt are not read a second time, and instructions are never quoted.
 * A question of many thousands of characters is read by its opening and its end (readableQuestion).
 */
export function collectPassages(req: ModelRequest): {
  question: string;
  passages: Passage[];
  earlier: Message[];
} {
  const passages: Passage[] = [...(req.documents ?? [])];
  let question = '';
  const lastUser = req.messages.map((m) => m.role).lastIndexOf('user');
  req.messages.forEach((m, i) => {
    if (m.role === 'tool') {
      passages.push({
        id: `tool:${m.name}#${i}`,
        text: flattenToolOutput(m.content),
        source: `tool ${m.name}`,
      });
    } else if (m.role === 'system' && !req.documents) {
      passages.push(...passagesFromText(m.content, passages.length));
    } else if (m.role === 'user' && i === lastUser) {
      const split = splitQuestion(m.content);
      question = split.question;
      if (split.context && !req.documents?.length)
        passages.push(...passagesFromText(split.context, passages.length));
    }
  });
  // The conversation before the question: what its references to the assistant's words point at.
  const earlier = req.messages
    .slice(0, Math.max(0, lastUser))
    .filter((m): m is Message => m.role === 'user' || m.role === 'assistant');
  return {
    question: questionAsAsked(question),
    passages,
    earlier,
  };
}

// "Context: … Question: …" in one user turn: the part after the last question label is the question.
function splitQuestion(text: string): { question: string; context?: string } {
  const re = /\b(?:question|query)\s*:\s*/gi;
  let last: RegExpExecArray | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  if (!last) return { question: text.trim() };
  return { question: text.slice(last.index + last[0].length).trim(), context: text.slice(0, last.index) };
}

function passagesFromText(text: string, offset: number): Passage[] {
  const numbered = [
    ...text.matchAll(/^\s*\[([^\]\s]{1,64})\]\s*(?:\(([^)]*)\)\s*)?(.+(?:\n(?!\s*\[[^\]\s]{1,64}\]).+)*)/gm),
  ];
  if (numbered.length) {
    return numbered.map((m) => ({ id: m[1]!, text: m[3]!.trim(), ...(m[2] ? { source: m[2] } : {}) }));
  }
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !/^#+\s*$/.test(p))
    .map((p, i) => ({ id: `context-${offset + i + 1}`, text: p.replace(/^#+\s+/gm, '') }));
}

// Tool results are often JSON; "key: value" lines read as sentences the answer can quote.
function flattenToolOutput(content: string): string {
  try {
    const value = JSON.parse(content);
    if (value && typeof value === 'object') return flatten(value).join('.\n');
  } catch {
    // plain text
  }
  return content;
}

function flatten(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix} ${k}` : k));
  }
  return [`${prefix.replace(/[_-]/g, ' ')}: ${String(value)}`];
}
