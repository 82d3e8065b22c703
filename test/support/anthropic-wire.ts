/** Builders for Anthropic Messages API wire objects, as the real API sends them. */

export function anthropicMessage(
  text: string,
  opts: { toolUse?: { id: string; name: string; input: unknown }; usage?: [number, number] } = {},
) {
  const [input, output] = opts.usage ?? [20, 6];
  return {
    id: 'msg_test',
    type: 'message',
    role: 'assistant',
    model: 'claude-sonnet-4-6',
    content: [
      ...(text ? [{ type: 'text', text }] : []),
      ...(opts.toolUse
        ? [{ type: 'tool_use', id: opts.toolUse.id, name: opts.toolUse.name, input: opts.toolUse.input }]
        : []),
    ],
    stop_reason: opts.toolUse ? 'tool_use' : 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: input, output_tokens: output },
  };
}

/** The event stream of a streamed message (event: + data: lines, as the API sends them). */
export function anthropicStream(
  pieces: string[],
  opts: { toolUse?: { id: string; name: string; json: string[] }; usage?: [number, number] } = {},
) {
  const [input, output] = opts.usage ?? [20, pieces.length];
  const events: unknown[] = [
    {
      type: 'message_start',
      message: {
        id: 'msg_test',
        type: 'message',
        role: 'assistant',
        model: 'claude-sonnet-4-6',
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { input_tokens: input, output_tokens: 1 },
      },
    },
    { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
    ...pieces.map((p) => ({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: p } })),
    { type: 'content_block_stop', index: 0 },
  ];
  if (opts.toolUse) {
    events.push({
      type: 'content_block_start',
      index: 1,
      content_block: { type: 'tool_use', id: opts.toolUse.id, name: opts.toolUse.name, input: {} },
    });
    for (const j of opts.toolUse.json)
      events.push({
        type: 'content_block_delta',
        index: 1,
        delta: { type: 'input_json_delta', partial_json: j },
      });
    events.push({ type: 'content_block_stop', index: 1 });
  }
  events.push({
    type: 'message_delta',
    delta: { stop_reason: opts.toolUse ? 'tool_use' : 'end_turn', stop_sequence: null },
    usage: { output_tokens: output },
  });
  events.push({ type: 'message_stop' });
  return events;
}
