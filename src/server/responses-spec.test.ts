import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeUpstream } from '../../test/support/fake-upstream.js';
import { chatCompletion, chatStream } from '../../test/support/openai-wire.js';
import { responseObject, responseStream } from '../../test/support/responses-wire.js';
import { type ServedProject, startServedProject } from '../../test/support/served-project.js';

// Holds docs/responses-api.md to the server: its tables are read here, and each row that is cheap to check
// (rejected, relayed only, produced / not produced, served / not served) is checked against a running server.
const doc = readFileSync(new URL('../../docs/responses-api.md', import.meta.url), 'utf8');

interface Row {
  key: string;
  status: string;
  notes: string;
}

/** The rows of the table under `## heading`: the first cell (backticks dropped), the status and the notes. */
function tableUnder(heading: string): Row[] {
  const start = doc.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/responses-api.md has no "## ${heading}" section`);
  const end = doc.indexOf('\n## ', start + 1);
  const rows: Row[] = [];
  for (const line of doc.slice(start, end < 0 ? undefined : end).split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const status = /^`([a-z ]+)`$/.exec(cells[2] ?? '')?.[1];
    if (line.startsWith('| ') && status)
      rows.push({ key: cells[1]!.replaceAll('`', ''), status, notes: cells[3]! });
  }
  return rows;
}
const keysWith = (rows: Row[], status: string) => rows.filter((r) => r.status === status).map((r) => r.key);

// The names the spec (openresponses/openresponses@1e33c10, version 2026-04-24) defines, so the doc misses none.
const SPEC_REQUEST_FIELDS =
  'model input previous_response_id include tools tool_choice metadata text temperature top_p presence_penalty frequency_penalty parallel_tool_calls stream stream_options background max_output_tokens max_tool_calls reasoning safety_identifier prompt_cache_key truncation instructions store service_tier top_logprobs'.split(
    ' ',
  );
const SPEC_RESPONSE_FIELDS =
  'id object created_at completed_at status incomplete_details model previous_response_id instructions output error tools tool_choice truncation parallel_tool_calls text top_p presence_penalty frequency_penalty top_logprobs temperature reasoning usage max_output_tokens max_tool_calls store background service_tier metadata safety_identifier prompt_cache_key'.split(
    ' ',
  );
const SPEC_EVENTS = [
  'response.created',
  'response.queued',
  'response.in_progress',
  'response.completed',
  'response.failed',
  'response.incomplete',
  'response.output_item.added',
  'response.output_item.done',
  'response.reasoning_summary_part.added',
  'response.reasoning_summary_part.done',
  'response.content_part.added',
  'response.content_part.done',
  'response.output_text.delta',
  'response.output_text.done',
  'response.refusal.delta',
  'response.refusal.done',
  'response.reasoning.delta',
  'response.reasoning.done',
  'response.reasoning_summary_text.delta',
  'response.reasoning_summary_text.done',
  'response.output_text.annotation.added',
  'response.function_call_arguments.delta',
  'response.function_call_arguments.done',
  'error',
];

const lookup = { type: 'function', name: 'lookup', parameters: { type: 'object' } };
const userParts = (part: object) => [{ role: 'user', content: [part] }];

/** A request for each row the doc marks `rejected`, keyed as the doc names it. */
const REJECTED: Record<string, object> = {
  // Left out of the JSON (JSON.stringify drops undefined).
  'model omitted or null': { model: undefined },
  'input omitted or null': { input: undefined },
  'tool_choice { type: "allowed_tools" }': {
    tools: [lookup],
    tool_choice: { type: 'allowed_tools', tools: [{ type: 'function', name: 'lookup' }], mode: 'auto' },
  },
  'text.format json_schema without schema': { text: { format: { type: 'json_schema', name: 'answer' } } },
  item_reference: { input: [{ type: 'item_reference', id: 'msg_1' }] },
  compaction: { input: [{ type: 'compaction', encrypted_content: 'abc' }] },
  refusal: {
    input: [{ type: 'message', role: 'assistant', content: [{ type: 'refusal', refusal: 'No.' }] }],
  },
  input_image: { input: userParts({ type: 'input_image', image_url: 'https://example.com/a.png' }) },
  input_file: { input: userParts({ type: 'input_file', file_url: 'https://example.com/a.pdf' }) },
  input_video: { input: userParts({ type: 'input_video', video_url: 'https://example.com/a.mp4' }) },
  'any other type, e.g. web_search': { tools: [{ type: 'web_search' }] },
  'input_image in a function_call_output': {
    input: [
      { type: 'function_call', call_id: 'call_1', name: 'lookup', arguments: '{}' },
      {
        type: 'function_call_output',
        call_id: 'call_1',
        output: [{ type: 'input_image', image_url: 'https://example.com/a.png' }],
      },
    ],
  },
};

/** What each row the doc marks `relayed only` adds to a request. */
const RELAYED_ONLY: Record<string, object> = {
  'text.verbosity': { text: { verbosity: 'low' } },
  presence_penalty: { presence_penalty: 0.5 },
  frequency_penalty: { frequency_penalty: 0.5 },
  parallel_tool_calls: { parallel_tool_calls: false },
  stream_options: { stream_options: { include_obfuscation: false } },
  background: { background: true },
  max_tool_calls: { max_tool_calls: 2 },
  reasoning: { reasoning: { effort: 'low' } },
  safety_identifier: { safety_identifier: 'user-1' },
  prompt_cache_key: { prompt_cache_key: 'key-1' },
  truncation: { truncation: 'auto' },
  service_tier: { service_tier: 'flex' },
  top_logprobs: { top_logprobs: 2 },
  include: { include: ['reasoning.encrypted_content'] },
};
/** The same for input items (the reasoning item goes before the question). */
const RELAYED_ONLY_ITEMS: Record<string, object> = {
  reasoning: {
    input: [
      { type: 'reasoning', summary: [] },
      { role: 'user', content: 'Hi' },
    ],
  },
};

let served: ServedProject;
let upstream: FakeUpstream;

beforeAll(async () => {
  served = await startServedProject(
    (url) => ({
      'tandem.yaml': `
providers:
  openai: { type: openai, model: gpt-4o-mini, apiKey: sk-up, baseUrl: ${url}/v1 }
  up: { type: openai, api: responses, model: gpt-4.1-mini, apiKey: sk-up, baseUrl: ${url}/v1 }
`,
    }),
    { fallback: () => ({ json: chatCompletion('Hi there.') }) },
  );
  upstream = served.upstream;
});
afterAll(() => served.close());
beforeEach(() => upstream.reset());

const send = (method: string, path: string, body?: object) =>
  fetch(`${served.server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
const post = (body: object) => send('POST', '/v1/responses', body);

/** What the upstream got for `body`; an `api: responses` upstream answers with a response object. */
async function upstreamBodyFor(body: { model: string; [field: string]: unknown }): Promise<unknown> {
  upstream.reset();
  if (body.model === 'up') upstream.reply({ json: responseObject('Hi there.') });
  const res = await post(body);
  expect(res.status, `${JSON.stringify(body)} → ${await res.clone().text()}`).toBe(200);
  return upstream.requests[0]?.body;
}

/** The events of a streamed answer, as parsed JSON. */
async function streamed(body: object): Promise<Array<Record<string, unknown>>> {
  const text = await (await post({ ...body, stream: true })).text();
  return text
    .split('\n')
    .filter((l) => l.startsWith('data: '))
    .map((l) => JSON.parse(l.slice(6)) as Record<string, unknown>);
}

const chunk = (choice: object) => ({
  id: 'chatcmpl-test',
  object: 'chat.completion.chunk',
  created: 1_700_000_000,
  model: 'gpt-4o-mini-2024-07-18',
  choices: [{ index: 0, ...choice }],
});
/** A chat stream the upstream stopped at its token limit. */
const cutByLength = [
  chunk({ delta: { content: 'Hi' }, finish_reason: null }),
  chunk({ delta: {}, finish_reason: 'length' }),
  { ...chunk({}), choices: [], usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 } },
  '[DONE]',
];

describe('docs/responses-api.md holds for the server', () => {
  it('has a row for every request field, response field and event of the spec', () => {
    const requestRows = tableUnder('Request body').map((r) => r.key.split(' ')[0]);
    expect(SPEC_REQUEST_FIELDS.filter((f) => !requestRows.some((k) => k?.split('.')[0] === f))).toEqual([]);
    expect(tableUnder('Response object').map((r) => r.key)).toEqual(SPEC_RESPONSE_FIELDS);
    expect(tableUnder('Streaming events').map((r) => r.key)).toEqual(SPEC_EVENTS);
  });

  it('refuses each row marked rejected with a 400 naming the documented param, with the documented message', async () => {
    const rows = ['Request body', 'Input items', 'Input content parts', 'Tools'].flatMap((h) =>
      tableUnder(h).filter((r) => r.status === 'rejected'),
    );
    expect(rows.map((r) => r.key).sort()).toEqual(Object.keys(REJECTED).sort());
    for (const row of rows) {
      const [, param, message] = /param `([^`]+)`: `([^`]+)`/.exec(row.notes) ?? [];
      const res = await post({ model: 'openai', input: 'Hi', ...REJECTED[row.key] });
      const body = (await res.json()) as { error: { param: string; message: string } };
      expect([row.key, res.status, body.error.param, body.error.message]).toEqual([
        row.key,
        400,
        param,
        message,
      ]);
    }
    expect(upstream.requests).toEqual([]); // nothing refused went upstream
  });

  it('leaves a translated request unchanged for each field marked relayed only, and relays it as it is', async () => {
    const fields = keysWith(tableUnder('Request body'), 'relayed only');
    const items = keysWith(tableUnder('Input items'), 'relayed only');
    expect(fields.sort()).toEqual(Object.keys(RELAYED_ONLY).sort());
    expect(items).toEqual(Object.keys(RELAYED_ONLY_ITEMS));
    const baseline = await upstreamBodyFor({ model: 'openai', input: 'Hi' });
    expect(baseline).toEqual({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] });
    for (const [key, extra] of Object.entries({ ...RELAYED_ONLY, ...RELAYED_ONLY_ITEMS })) {
      const request = { model: 'openai', input: 'Hi', ...extra };
      expect([key, await upstreamBodyFor(request)]).toEqual([key, baseline]);
      const relayed = { ...request, model: 'up' };
      expect([key, await upstreamBodyFor(relayed)]).toEqual([key, { ...relayed, model: 'gpt-4.1-mini' }]);
    }
  });

  it('writes the response object fields marked produced, and none marked not produced', async () => {
    const rows = tableUnder('Response object');
    const whole = (await (await post({ model: 'openai', input: 'Hi' })).json()) as Record<string, unknown>;
    upstream.reply({ sse: chatStream(['Hi there.']) });
    const events = await streamed({ model: 'openai', input: 'Hi' });
    const completed = events.find((e) => e.type === 'response.completed')?.response as Record<
      string,
      unknown
    >;
    for (const response of [whole, completed]) {
      expect(keysWith(rows, 'produced').filter((k) => !(k in response))).toEqual([]);
      expect(keysWith(rows, 'not produced').filter((k) => k in response)).toEqual([]);
    }
  });

  it('writes the output items marked produced, and none marked not produced', async () => {
    const rows = tableUnder('Output items');
    upstream.reply(
      { json: chatCompletion('Hi there.') },
      { json: chatCompletion('', { toolCalls: [{ id: 'call_1', name: 'lookup', args: { q: 'x' } }] }) },
    );
    const seen = new Set<string>();
    for (const tools of [[], [lookup]]) {
      const r = (await (await post({ model: 'openai', input: 'Hi', tools })).json()) as {
        output: Array<{ type: string }>;
      };
      for (const item of r.output) seen.add(item.type);
    }
    expect(keysWith(rows, 'produced').filter((k) => !seen.has(k))).toEqual([]);
    expect(keysWith(rows, 'not produced').filter((k) => seen.has(k))).toEqual([]);
  });

  it('streams the events marked produced, and none marked not produced', async () => {
    const rows = tableUnder('Streaming events');
    upstream.reply(
      { sse: chatStream(['Hel', 'lo']) },
      { sse: chatStream([], { toolCall: { id: 'call_2', name: 'lookup', args: ['{"q":', '"x"}'] } }) },
      { sse: cutByLength },
      { sse: chatStream(['a', 'b', 'c']), cutAfter: 2 },
    );
    const seen = new Set<string>();
    for (const body of [{}, { tools: [lookup] }, { max_output_tokens: 1 }, {}])
      for (const ev of await streamed({ model: 'openai', input: 'Hi', ...body })) seen.add(String(ev.type));
    // A relayed stream (api: responses) that fails after its first delta.
    const events = responseStream(['Hel', 'lo']);
    upstream.reply({
      sse: [...events.slice(0, 5), { type: 'error', code: 'server_error', message: 'boom' }],
    });
    for (const ev of await streamed({ model: 'up', input: 'Hi' })) seen.add(String(ev.type));
    expect(keysWith(rows, 'produced').filter((k) => !seen.has(k))).toEqual([]);
    expect(keysWith(rows, 'not produced').filter((k) => seen.has(k))).toEqual([]);
  });

  it('serves the endpoints marked served, and has no route for those marked not served', async () => {
    for (const row of tableUnder('Endpoints')) {
      const [method, path] = row.key.split(' ') as [string, string];
      const url = path.replace('{id}', 'resp_missing');
      const res = await send(method, url, method === 'POST' ? { model: 'openai', input: 'Hi' } : undefined);
      const body = (await res.json()) as { error?: { message: string } };
      const noRoute = res.status === 404 && body.error?.message === `no route ${method} ${url}`;
      expect([row.key, noRoute]).toEqual([row.key, row.status === 'not served']);
    }
  });
});
