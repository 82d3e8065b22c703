/** Builders for OpenAI Responses API wire objects and streams, as the real API sends them. */

interface ResponseOpts {
  id?: string;
  model?: string;
  usage?: [number, number];
  toolCalls?: Array<{ id: string; name: string; args: unknown }>;
}

/** The output items of an answer: a message with the text, or one function call item per call. */
function outputOf(text: string, opts: ResponseOpts) {
  if (opts.toolCalls)
    return opts.toolCalls.map((c, i) => ({
      type: 'function_call',
      id: `fc_${i}`,
      call_id: c.id,
      name: c.name,
      arguments: JSON.stringify(c.args),
      status: 'completed',
    }));
  return [
    {
      type: 'message',
      id: 'msg_1',
      status: 'completed',
      role: 'assistant',
      content: [{ type: 'output_text', text, annotations: [] }],
    },
  ];
}

/** A whole response object (`POST /responses` without `stream`). */
export function responseObject(text: string, opts: ResponseOpts = {}) {
  const [input, output] = opts.usage ?? [12, 5];
  return {
    id: opts.id ?? 'resp_upstream_1',
    object: 'response',
    created_at: 1_700_000_000,
    status: 'completed',
    model: opts.model ?? 'gpt-4.1-mini-2025-04-14',
    output: outputOf(text, opts),
    usage: {
      input_tokens: input,
      input_tokens_details: { cached_tokens: 0 },
      output_tokens: output,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: input + output,
    },
    error: null,
    incomplete_details: null,
  };
}

/** The events of a streamed response: created, in_progress, the item and its deltas, then completed. */
export function responseStream(pieces: string[], opts: ResponseOpts = {}) {
  const done = responseObject(pieces.join(''), { ...opts, usage: opts.usage ?? [12, pieces.length] });
  const opening = { ...done, status: 'in_progress', output: [], usage: null };
  let seq = 0;
  const ev = (type: string, rest: object) => ({ type, sequence_number: seq++, ...rest });
  const events: object[] = [
    ev('response.created', { response: opening }),
    ev('response.in_progress', { response: opening }),
  ];
  done.output.forEach((item, i) => {
    events.push(
      ev('response.output_item.added', { output_index: i, item: { ...item, status: 'in_progress' } }),
    );
    if (item.type === 'message') {
      events.push(ev('response.content_part.added', { item_id: item.id, output_index: i, content_index: 0 }));
      for (const delta of pieces)
        events.push(
          ev('response.output_text.delta', { item_id: item.id, output_index: i, content_index: 0, delta }),
        );
      events.push(
        ev('response.output_text.done', { item_id: item.id, output_index: i, text: pieces.join('') }),
      );
    } else
      events.push(
        ev('response.function_call_arguments.done', {
          item_id: item.id,
          output_index: i,
          arguments: (item as { arguments: string }).arguments,
        }),
      );
    events.push(ev('response.output_item.done', { output_index: i, item }));
  });
  events.push(ev('response.completed', { response: done }));
  return events;
}
