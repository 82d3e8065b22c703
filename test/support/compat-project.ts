/**
 * The served project the compatibility matrix runs on, and what its tests need to script and check the
 * upstream whatever the target: a provider (`openai`, or `claude` for Anthropic clients), a route whose
 * first target fails on every call (`main`: `openai`, then `backup`), and an app (`app:shop`: prompt,
 * knowledge base, a PII-redacting guardrail, over `openai`). One fake upstream speaks both wire formats.
 */
import { expect } from 'vitest';
import { anthropicMessage, anthropicStream } from './anthropic-wire.js';
import { type CompatCell, ROWS, type TargetKind } from './compat-matrix.js';
import { hashEmbedding } from './fake-embeddings.js';
import type { RecordedRequest, Reply } from './fake-upstream.js';
import { chatCompletion, chatStream } from './openai-wire.js';
import { type ServedProject, startServedProject } from './served-project.js';

/** The wire format a client speaks, and the one an upstream answers in. */
export type Wire = 'openai' | 'anthropic';

/** A target as a client names it, and the wire its upstream answers in. */
export interface CompatTarget {
  kind: TargetKind;
  model: string;
  wire: Wire;
  /** The `model` an answer names: the model that answered, as its upstream named it (an app: its name). */
  answeredAs: string;
}

/** The model name the scripted upstream answers under, per wire. */
const UPSTREAM_MODEL: Record<Wire, string> = {
  openai: 'gpt-4o-mini-2024-07-18',
  anthropic: 'claude-sonnet-4-6',
};

/** A tool call the model makes, in wire-neutral form. */
export interface ScriptedCall {
  id: string;
  name: string;
  args: Record<string, unknown>;
}

/** What a client should see when `provokeError` made a target fail. */
export interface ExpectedError {
  model: string;
  status: number;
  message: string;
}

/** The served project, with what the matrix tests script and check through it. */
export interface CompatServer extends ServedProject {
  /** The requests clients sent to tandem since the last reset, as "METHOD /path". */
  calls: string[];
  /** Forgets the calls, the upstream's recorded requests and its queued replies (between tests). */
  reset(): void;
  /**
   * Checks the client called the endpoint `cell`'s row is about, and no other model endpoint: a client that
   * quietly used another API would otherwise pass for this one.
   */
  expectRowEndpoint(cell: CompatCell | undefined): void;
  /** The three targets, the provider being the one that speaks `client`'s own wire. */
  targets(client: Wire): CompatTarget[];
  /** Queues the upstream's replies for calls through `target`; a route's first target fails before each. */
  script(target: CompatTarget, ...replies: Reply[]): void;
  /** Makes the next call through `target` fail (or names an unknown app) and says what the client sees. */
  provokeError(target: CompatTarget): ExpectedError;
  /** The upstream calls through `target` that answered (a route's failed first tries left out). */
  answered(target: CompatTarget): RecordedRequest[];
  /** Checks every upstream call since the last reset went through `target` as it should. */
  expectServedBy(target: CompatTarget): void;
}

/** A question whose e-mail address the app's guardrail redacts before any model sees it. */
export const QUESTION = 'When does the shop open on weekdays? Answer to ann@example.com.';

const MODELS = { openai: 'gpt-4o-mini', backup: 'gpt-4o-mini-backup', claude: 'claude-sonnet-4-6' };
const PRIMARY_DOWN: Reply = {
  status: 503,
  body: JSON.stringify({ error: { message: 'the primary is overloaded', type: 'server_error' } }),
};

/** Starts the project on a fake upstream; its knowledge base is ingested. */
export async function startCompatServer(): Promise<CompatServer> {
  const calls: string[] = [];
  const observe = (req: Request) => calls.push(`${req.method} ${new URL(req.url).pathname}`);
  const served = await startServedProject(compatProject, { fallback: defaultReply, observe });
  await (await served.project.knowledge.get('help')).ingest();
  const { upstream } = served;
  const targets = (client: Wire): CompatTarget[] => [
    {
      kind: 'provider',
      model: client === 'openai' ? 'openai' : 'claude',
      wire: client,
      answeredAs: UPSTREAM_MODEL[client],
    },
    { kind: 'route', model: 'main', wire: 'openai', answeredAs: UPSTREAM_MODEL.openai },
    { kind: 'app', model: 'app:shop', wire: 'openai', answeredAs: 'app:shop' },
  ];
  return {
    ...served,
    calls,
    reset: () => {
      calls.length = 0;
      upstream.reset();
    },
    expectRowEndpoint: (cell) => cell && expectRowEndpoint(calls, ROWS[cell.row].endpoint),
    targets,
    script: (target, ...replies) =>
      upstream.reply(...(target.kind === 'route' ? replies.flatMap((r) => [PRIMARY_DOWN, r]) : replies)),
    provokeError(target) {
      if (target.kind === 'app') return { model: 'app:shpo', status: 404, message: 'no app named "shpo"' };
      if (target.kind === 'route') {
        upstream.reply(PRIMARY_DOWN, {
          status: 503,
          body: JSON.stringify({ error: { message: 'the backup is overloaded', type: 'server_error' } }),
        });
        return { model: target.model, status: 503, message: 'the backup is overloaded' };
      }
      upstream.reply(rateLimited(target.wire));
      return { model: target.model, status: 429, message: 'Rate limit reached' };
    },
    answered: (target) => upstream.requests.filter((_, i) => target.kind !== 'route' || i % 2 === 1),
    expectServedBy: (target) => expectServedBy(upstream.requests, target),
  };
}

function compatProject(url: string): Record<string, string> {
  return {
    'tandem.yaml': `
providers:
  openai: { type: openai, model: ${MODELS.openai}, apiKey: sk-up, baseUrl: ${url}/v1 }
  backup: { type: openai, model: ${MODELS.backup}, apiKey: sk-up, baseUrl: ${url}/v1 }
  claude: { type: anthropic, model: ${MODELS.claude}, apiKey: sk-up, baseUrl: ${url} }
routes:
  main: { targets: [openai, backup], retry: { attempts: 1 } }
knowledge:
  help: { sources: kb/*.md }
guardrails:
  pii: { check: pii, action: redact }
apps:
  shop: { prompt: answer, route: openai, knowledge: help, guardrails: [pii] }
`,
    'prompts/answer.prompt':
      '---\ninput:\n  schema:\n    question: string\n---\n{{role "system"}}\nAnswer from these notes.\n{{context}}\n{{role "user"}}\n{{question}}\n',
    'kb/hours.md': '# Hours\n\nThe shop opens at 9:00 on weekdays.\n',
  };
}

// What the upstream answers when a test queued nothing: a plain answer in the format of the path asked.
function defaultReply(req: RecordedRequest): Reply {
  if (req.path.endsWith('/messages')) return { json: anthropicMessage('Hello from upstream') };
  if (req.path.endsWith('/embeddings')) {
    const input: string[] = Array.isArray(req.body.input) ? req.body.input : [req.body.input];
    return {
      json: {
        object: 'list',
        model: req.body.model,
        data: input.map((t, i) => ({ object: 'embedding', index: i, embedding: hashEmbedding(t) })),
        usage: { prompt_tokens: input.length, total_tokens: input.length },
      },
    };
  }
  return { json: chatCompletion('Hello from upstream') };
}

/** An answer of `text` in `wire`, with [input, output] tokens. */
export function answer(wire: Wire, text: string, usage: [number, number] = [12, 5]): Reply {
  return { json: wire === 'openai' ? chatCompletion(text, { usage }) : anthropicMessage(text, { usage }) };
}

/** A streamed answer of `pieces` in `wire`, with [input, output] tokens. */
export function streamed(wire: Wire, pieces: string[], usage: [number, number]): Reply {
  return wire === 'openai'
    ? { sse: chatStream(pieces, { usage }) }
    : { sse: anthropicStream(pieces, { usage }), eventNames: true };
}

/** A model's tool call in `wire`. */
export function toolCall(wire: Wire, call: ScriptedCall): Reply {
  return wire === 'openai'
    ? { json: chatCompletion('', { toolCalls: [call] }) }
    : { json: anthropicMessage('', { toolUse: { id: call.id, name: call.name, input: call.args } }) };
}

/** A model's tool call in `wire`, streamed: its arguments arrive in two pieces. */
export function streamedToolCall(wire: Wire, call: ScriptedCall): Reply {
  const json = JSON.stringify(call.args);
  const pieces = [json.slice(0, 4), json.slice(4)];
  return wire === 'openai'
    ? { sse: chatStream([], { toolCall: { id: call.id, name: call.name, args: pieces } }) }
    : {
        sse: anthropicStream([], { toolUse: { id: call.id, name: call.name, json: pieces } }),
        eventNames: true,
      };
}

/** A 429 with Retry-After, in `wire`'s error shape. */
function rateLimited(wire: Wire): Reply {
  const message = 'Rate limit reached for requests';
  return {
    status: 429,
    headers: { 'retry-after': '7' },
    body: JSON.stringify(
      wire === 'openai'
        ? { error: { message, type: 'requests', code: 'rate_limit_exceeded' } }
        : { type: 'error', error: { type: 'rate_limit_error', message } },
    ),
  };
}

/** The tool names an upstream call offered the model. */
export function toolsSent(req: RecordedRequest): string[] {
  return (req.body.tools ?? []).map((t: { name?: string; function?: { name: string } }) =>
    t.function ? t.function.name : t.name,
  );
}

/** The last tool result an upstream call carried: the call it answers and its text. */
export function toolResultSent(req: RecordedRequest): { id: string; content: string } | undefined {
  const last = req.body.messages.at(-1);
  if (last.role === 'tool') return { id: last.tool_call_id, content: last.content };
  const block = Array.isArray(last.content)
    ? last.content.find((b: { type: string }) => b.type === 'tool_result')
    : undefined;
  if (!block) return undefined;
  const content = typeof block.content === 'string' ? block.content : JSON.stringify(block.content);
  return { id: block.tool_use_id, content };
}

/** The JSON schema an upstream call asked the model to answer in, in either wire format. */
export function schemaSent(req: RecordedRequest): unknown {
  return req.body.response_format?.json_schema?.schema ?? req.body.output_config?.format?.schema;
}

const MODEL_ENDPOINTS = ['/v1/chat/completions', '/v1/responses', '/v1/messages'];
const endpointOf = (path: string) =>
  path === '/v1/messages/count_tokens' ? path : path.replace(/^(\/v1\/(responses|models))\/.+$/, '$1');

function expectRowEndpoint(calls: string[], endpoint: string): void {
  const endpoints = [...new Set(calls.map((c) => endpointOf(c.split(' ')[1]!)))];
  expect(endpoints).toContain(endpoint);
  if (MODEL_ENDPOINTS.includes(endpoint))
    expect(endpoints.filter((e) => MODEL_ENDPOINTS.includes(e) && e !== endpoint)).toEqual([]);
}

function expectServedBy(requests: RecordedRequest[], target: CompatTarget): void {
  expect(requests.length).toBeGreaterThan(0);
  const models = requests.map((r) => r.body.model);
  if (target.kind === 'provider') {
    const model = target.wire === 'openai' ? MODELS.openai : MODELS.claude;
    expect(models).toEqual(requests.map(() => model));
  } else if (target.kind === 'route') {
    // Each call tried the primary, which failed, then the backup, which answered.
    expect(models).toEqual(requests.flatMap((_, i) => (i % 2 ? [] : [MODELS.openai, MODELS.backup])));
  } else {
    // The app's prompt with the retrieved passage went up, and the guardrail kept the address back.
    for (const r of requests) {
      expect(r.body.messages[0]).toMatchObject({
        role: 'system',
        content: expect.stringContaining('The shop opens at 9:00 on weekdays.'),
      });
      expect(JSON.stringify(r.body)).not.toContain('ann@example.com');
    }
  }
}
