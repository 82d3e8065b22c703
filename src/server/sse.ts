/**
 * @module Server-sent events written straight onto Node's response: no web stream between the handler and
 * the socket, and the writes of one turn of the event loop leave together (a short answer goes out in one
 * packet with the chunked-encoding terminator). A handler that streams returns RESPONSE_ALREADY_SENT, and
 * must not have touched the context's response first (`c.res`): Hono then copies the marker into a new
 * response that loses it, and Node is asked to write the headers twice (ERR_HTTP_HEADERS_SENT). Headers go
 * to `openSse` instead.
 */
import type { ServerResponse } from 'node:http';
import type { Context } from 'hono';
import { TandemError } from '../core/index.js';
import { markResponded } from './metrics.js';
import { nodeOf } from './request-body.js';

/** Writes `text`, waiting while the client reads slower than we write; false once the client is gone. */
export function writeText(res: ServerResponse, text: string): Promise<boolean> | boolean {
  if (res.destroyed) return false;
  res.cork();
  setImmediate(() => res.uncork()); // a no-op when end() has already flushed everything
  if (res.write(text)) return true;
  return new Promise((resolve) => {
    const done = (ok: boolean) => () => {
      res.off('drain', drained);
      res.off('close', closed);
      resolve(ok);
    };
    const drained = done(true);
    const closed = done(false);
    res.once('drain', drained);
    res.once('close', closed);
  });
}

export interface SseWriter {
  /** Sends one event; throws ABORTED once the client has gone. */
  send(data: string, event?: string): Promise<void>;
  /** Sends raw SSE text (whole events), as an upstream wrote it. */
  sendRaw(text: string): Promise<void>;
  end(): void;
  /** True once the client has gone (nothing more can reach it). */
  closed(): boolean;
}

const gone = () => new TandemError('ABORTED', 'the client closed the connection');

/** Starts a 200 event stream with `headers`; the app must be served by @hono/node-server (tandem serve is). */
export function openSse(c: Context, headers: Record<string, string> = {}): SseWriter {
  const node = nodeOf(c);
  if (!node) throw new TandemError('USAGE', 'event streams need the Node server (@hono/node-server)');
  const res = node.outgoing;
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...headers });
  markResponded(c);
  const sendRaw = async (text: string) => {
    if (!(await writeText(res, text))) throw gone();
  };
  return {
    send: (data, event) => sendRaw(event ? `event: ${event}\ndata: ${data}\n\n` : `data: ${data}\n\n`),
    sendRaw,
    end: () => res.end(),
    closed: () => res.destroyed,
  };
}
