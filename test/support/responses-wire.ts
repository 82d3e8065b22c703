/**
 * Builders for OpenAI Responses API wire objects (`POST …/responses`), as OpenAI and Azure OpenAI send them: a
 * whole response, and the named SSE events of a streamed one (response.created, output items, text deltas,
 * response.completed with usage).
 */

const MODEL = 'gpt-4o-mini-2024-07-18';

function usage([input, output]: [number, number]) {
  return {
    input_tokens: input,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: output,
    output_tokens_details: { reasoning_tokens: 0 },
    total_tokens: input + output,
  };
}

/** A completed response with one message (and function calls, if given). */
export function responsesResponse(
  text: string,
  opts: {
    functionCalls?: Array<{ callId: string; name: string; args: unknown }>;
    usage?: [number, number];
  } = {},
) {
  const output: unknown[] = [];
  if (text) {
    output.push({
      type: 'message',
      id: 'msg_1',
      status: 'completed',
      role: 'assistant',
      content: [{ type: 'output_text', text, annotations: [] }],
    });
  }
  for (const [i, c] of (opts.functionCalls ?? []).entries()) {
    output.push({
      type: 'function_call',
      id: `fc_${i + 1}`,
      call_id: c.callId,
      name: c.name,
      arguments: JSON.stringify(c.args),
      status: 'completed',
    });
  }
  return {
    id: 'resp_1',
    object: 'response',
    created_at: 1_700_000_000,
    status: 'completed',
    model: MODEL,
    output,
    incomplete_details: null,
    usage: usage(opts.usage ?? [12, 5]),
  };
}

/** The events of a streamed response with one message (serve with `eventNames: true`). */
export function responsesStream(pieces: string[], opts: { usage?: [number, number] } = {}) {
  const base = { id: 'resp_1', object: 'response', created_at: 1_700_000_000, model: MODEL };
  const message = { type: 'message', id: 'msg_1', role: 'assistant' };
  let seq = 0;
  const ev = (type: string, body: Record<string, unknown>) => ({ type, sequence_number: seq++, ...body });
  return [
    ev('response.created', { response: { ...base, status: 'in_progress', output: [] } }),
    ev('response.output_item.added', {
      output_index: 0,
      item: { ...message, status: 'in_progress', content: [] },
    }),
    ...pieces.map((delta) =>
      ev('response.output_text.delta', { item_id: 'msg_1', output_index: 0, content_index: 0, delta }),
    ),
    ev('response.output_item.done', {
      output_index: 0,
      item: {
        ...message,
        status: 'completed',
        content: [{ type: 'output_text', text: pieces.join(''), annotations: [] }],
      },
    }),
    ev('response.completed', {
      response: {
        ...base,
        status: 'completed',
        incomplete_details: null,
        usage: usage(opts.usage ?? [12, pieces.length]),
      },
    }),
  ];
}
