/**
 * @module A relayed answer's bytes, sent to the client as the upstream wrote them (straight onto Node's
 * response, without parsing or re-encoding).
 */
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';
import { nodeOf } from './request-body.js';

/** Sends `bytes` (a JSON answer) with a 200 and `headers`. */
export function sendBytes(c: Context, bytes: string, headers: Record<string, string>): Response {
  const node = nodeOf(c);
  if (!node) return c.body(bytes, 200, { 'content-type': 'application/json', ...headers });
  node.outgoing.writeHead(200, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(bytes),
    ...headers,
  });
  node.outgoing.end(bytes);
  return RESPONSE_ALREADY_SENT;
}
