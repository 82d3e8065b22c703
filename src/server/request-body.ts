/**
 * @module Reading a request: its body, straight from Node's IncomingMessage with a size cap (the WHATWG
 * Request path costs a web stream, a Request object and several promise hops per request), parsed once and
 * shared by the key check and the handler; and a signal that fires when the client goes away.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from 'hono';
import { TandemError } from '../core/index.js';

/** Bodies past this are refused (413) without being kept in memory. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

/** Node's request and response, which @hono/node-server hands every handler as `c.env`. */
export interface NodeBindings {
  incoming: IncomingMessage;
  outgoing: ServerResponse;
}

export type BodyFailure = {
  ok: false;
  status: 400 | 413;
  message: string;
  param: string | null;
  code: 'invalid_json' | 'invalid_request' | 'body_too_large';
};

type JsonResult = { ok: true; value: unknown } | BodyFailure;

declare module 'hono' {
  interface ContextVariableMap {
    jsonBody: Promise<JsonResult>;
    clientSignal: AbortSignal;
  }
}

const tooLarge: BodyFailure = {
  ok: false,
  status: 413,
  message: `request body larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`,
  param: null,
  code: 'body_too_large',
};
const notJson: BodyFailure = {
  ok: false,
  status: 400,
  message: 'the body is not valid JSON',
  param: null,
  code: 'invalid_json',
};

/** Node's request and response when the app runs on @hono/node-server (always, under `tandem serve`). */
export const nodeOf = (c: Context): NodeBindings | undefined => {
  const env = c.env as Partial<NodeBindings> | undefined;
  return env?.incoming && env.outgoing ? (env as NodeBindings) : undefined;
};

/** The body's bytes, or undefined when it is larger than MAX_BODY_BYTES (the rest is read and dropped). */
function readIncoming(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      // Over the cap: answer now, but let the client finish sending (dropped, not kept) so it can read the
      // 413 instead of a broken pipe; a client that keeps sending far past the cap is cut off.
      chunks.length = 0;
      req.off('data', onData);
      req.on('data', (more: Buffer) => {
        size += more.length;
        if (size > DRAIN_LIMIT_BYTES) req.destroy();
      });
      resolve(undefined);
    };
    req.on('data', onData);
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)));
    req.once('error', reject);
  });
}

async function parseBody(c: Context): Promise<JsonResult> {
  const node = nodeOf(c);
  let text: string;
  if (node) {
    const bytes = await readIncoming(node.incoming).catch(() => Buffer.alloc(0));
    if (!bytes) return tooLarge;
    text = bytes.toString('utf8');
  } else {
    const declared = Number(c.req.header('content-length'));
    if (declared > MAX_BODY_BYTES) return tooLarge;
    text = await c.req.text();
    if (Buffer.byteLength(text) > MAX_BODY_BYTES) return tooLarge;
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return notJson;
  }
}

/** The request body parsed as JSON, read once per request however many times it is asked for. */
export function jsonBody(c: Context): Promise<JsonResult> {
  let body = c.get('jsonBody');
  if (!body) {
    body = parseBody(c);
    c.set('jsonBody', body);
  }
  return body;
}

/**
 * Aborts when the client goes away before its response is complete, or when the server ends the requests
 * still open at its shutdown deadline; never keeps a request alive.
 */
export function clientSignal(c: Context): AbortSignal {
  let signal = c.get('clientSignal');
  if (signal) return signal;
  const node = nodeOf(c);
  if (node) {
    const controller = new AbortController();
    const { outgoing } = node;
    const stop = c.get('stopSignal');
    const stopped = () => controller.abort(stop?.reason);
    stop?.addEventListener('abort', stopped, { once: true });
    outgoing.once('close', () => {
      stop?.removeEventListener('abort', stopped);
      if (!outgoing.writableFinished)
        controller.abort(new TandemError('ABORTED', 'the client closed the connection'));
    });
    signal = controller.signal;
  } else signal = c.req.raw.signal;
  c.set('clientSignal', signal);
  return signal;
}
