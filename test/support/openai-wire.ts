/** Builders for OpenAI Chat Completions wire objects, as the real API sends them. */

export function chatCompletion(
  text: string,
  opts: {
    toolCalls?: Array<{ id: string; name: string; args: unknown }>;
    model?: string;
    usage?: [number, number];
  } = {},
) {
  const [prompt, completion] = opts.usage ?? [12, 5];
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: opts.model ?? 'gpt-4o-mini-2024-07-18',
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: opts.toolCalls ? null : text,
          ...(opts.toolCalls
            ? {
                tool_calls: opts.toolCalls.map((c) => ({
                  id: c.id,
                  type: 'function',
                  function: { name: c.name, arguments: JSON.stringify(c.args) },
                })),
              }
            : {}),
        },
        finish_reason: opts.toolCalls ? 'tool_calls' : 'stop',
      },
    ],
    usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
  };
}

/** The SSE chunks of a streamed completion, ending with a usage chunk and [DONE]. */
export function chatStream(
  pieces: string[],
  opts: { usage?: [number, number]; toolCall?: { id: string; name: string; args: string[] } } = {},
) {
  const [prompt, completion] = opts.usage ?? [12, pieces.length];
  const base = {
    id: 'chatcmpl-test',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model: 'gpt-4o-mini-2024-07-18',
  };
  const chunks: Array<unknown | string> = [
    { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] },
  ];
  for (const p of pieces)
    chunks.push({ ...base, choices: [{ index: 0, delta: { content: p }, finish_reason: null }] });
  if (opts.toolCall) {
    const tc = opts.toolCall;
    chunks.push({
      ...base,
      choices: [
        {
          index: 0,
          delta: {
            tool_calls: [
              { index: 0, id: tc.id, type: 'function', function: { name: tc.name, arguments: '' } },
            ],
          },
          finish_reason: null,
        },
      ],
    });
    for (const a of tc.args)
      chunks.push({
        ...base,
        choices: [
          {
            index: 0,
            delta: { tool_calls: [{ index: 0, function: { arguments: a } }] },
            finish_reason: null,
          },
        ],
      });
  }
  chunks.push({
    ...base,
    choices: [{ index: 0, delta: {}, finish_reason: opts.toolCall ? 'tool_calls' : 'stop' }],
  });
  chunks.push({
    ...base,
    choices: [],
    usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
  });
  chunks.push('[DONE]');
  return chunks;
}
