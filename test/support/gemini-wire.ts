/**
 * Builders for Gemini API (generativelanguage.googleapis.com/v1beta) wire objects, as the real API sends them:
 * a generateContent answer, the chunks of streamGenerateContent?alt=sse (each chunk a partial answer; the last
 * one carries finishReason and usageMetadata), embeddings and the error body.
 */

type Part =
  | { text: string }
  | { functionCall: { name: string; args: unknown; id?: string }; thoughtSignature?: string };

/** A `GenerateContentResponse` with one candidate. */
export function geminiResponse(
  text: string,
  opts: {
    functionCalls?: Array<{ name: string; args: unknown; id?: string; thoughtSignature?: string }>;
    usage?: [number, number];
    finishReason?: string;
    modelVersion?: string;
  } = {},
) {
  const parts: Part[] = text ? [{ text }] : [];
  for (const c of opts.functionCalls ?? []) {
    parts.push({
      functionCall: { name: c.name, args: c.args, ...(c.id ? { id: c.id } : {}) },
      ...(c.thoughtSignature ? { thoughtSignature: c.thoughtSignature } : {}),
    });
  }
  return {
    candidates: [{ content: { role: 'model', parts }, finishReason: opts.finishReason ?? 'STOP', index: 0 }],
    usageMetadata: usageMetadata(opts.usage ?? [11, 4]),
    modelVersion: opts.modelVersion ?? 'gemini-2.5-flash',
    responseId: 'resp-gemini-1',
  };
}

/** The SSE chunks of a streamed answer: one per text piece, then the function calls, then the finish with usage. */
export function geminiStream(
  pieces: string[],
  opts: {
    functionCall?: { name: string; args: unknown };
    usage?: [number, number];
    finishReason?: string;
    /** Leave out the closing chunk (no finishReason): the stream stops without saying why. */
    unfinished?: boolean;
  } = {},
) {
  const chunk = (parts: Part[], extra: Record<string, unknown> = {}) => ({
    candidates: [{ content: { role: 'model', parts }, index: 0, ...extra }],
    modelVersion: 'gemini-2.5-flash',
    responseId: 'resp-gemini-stream',
  });
  const chunks: unknown[] = pieces.map((p) => chunk([{ text: p }]));
  if (opts.functionCall) chunks.push(chunk([{ functionCall: opts.functionCall }]));
  if (!opts.unfinished) {
    chunks.push({
      ...chunk([{ text: '' }], { finishReason: opts.finishReason ?? 'STOP' }),
      usageMetadata: usageMetadata(opts.usage ?? [11, pieces.length]),
    });
  }
  return chunks;
}

/** `embedContent` (one text) or `batchEmbedContents` (several) answer. */
export function geminiEmbeddings(vectors: number[][]) {
  return vectors.length === 1
    ? { embedding: { values: vectors[0] } }
    : { embeddings: vectors.map((values) => ({ values })) };
}

/** The body of an error answer (google.rpc.Status inside `error`). */
export function geminiError(code: number, status: string, message: string) {
  return JSON.stringify({ error: { code, message, status } });
}

function usageMetadata([prompt, candidates]: [number, number]) {
  return { promptTokenCount: prompt, candidatesTokenCount: candidates, totalTokenCount: prompt + candidates };
}
