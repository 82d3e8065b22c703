/**
 * A small local HTTP server that plays a hosted model API for tests: each request takes the next scripted
 * reply (JSON, SSE stream, error status, malformed body, a stream cut mid-way, or silence), and every
 * request is recorded. It speaks the wire format; it knows nothing about tandem.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Reply =
  | { json: unknown; status?: number; headers?: Record<string, string>; delayMs?: number }
  | { status: number; body?: string; headers?: Record<string, string> }
  | { sse: Array<unknown | string>; cutAfter?: number; eventNames?: boolean; delayMs?: number }
  | { raw: string; status?: number; contentType?: string }
  /** Bytes written in separate network writes, a pause between each (to split an event or a character). */
  | { pieces: Buffer[]; contentType?: string; delayMs?: number }
  | { hang: true };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary wire fields
  body: any;
  at: number;
}

export interface FakeUpstream {
  url: string;
  requests: RecordedRequest[];
  /** Queues replies; when the queue is empty, `fallback` answers. */
  reply(...replies: Reply[]): void;
  /** Forgets queued replies and recorded requests (between tests). */
  reset(): void;
  close(): Promise<void>;
}

/** Starts the server on a free loopback port. `fallback` answers when no reply is queued. */
export async function startFakeUpstream(fallback: (req: RecordedRequest) => Reply): Promise<FakeUpstream> {
  const queue: Reply[] = [];
  const requests: RecordedRequest[] = [];
  const open = new Set<ServerResponse>();
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
      body: text ? JSON.parse(text) : undefined,
      at: Date.now(),
    };
    requests.push(recorded);
    const reply = queue.shift() ?? fallback(recorded);
    open.add(res);
    res.on('close', () => open.delete(res));
    await send(res, reply);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply: (...r) => queue.push(...r),
    reset: () => {
      queue.length = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function send(res: ServerResponse, reply: Reply): Promise<void> {
  if ('hang' in reply) return; // never answer: the client's timeout must fire
  if ('json' in reply) {
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
    res.end(JSON.stringify(reply.json));
    return;
  }
  if ('raw' in reply) {
    res.writeHead(reply.status ?? 200, { 'content-type': reply.contentType ?? 'application/json' });
    res.end(reply.raw);
    return;
  }
  if ('pieces' in reply) {
    res.writeHead(200, { 'content-type': reply.contentType ?? 'text/event-stream' });
    for (const piece of reply.pieces) {
      res.write(piece);
      await new Promise((r) => setTimeout(r, reply.delayMs ?? 10));
    }
    res.end();
    return;
  }
  if ('sse' in reply) {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    for (const [i, ev] of reply.sse.entries()) {
      if (reply.cutAfter !== undefined && i >= reply.cutAfter) {
        res.socket?.destroy(); // the connection drops mid-stream
        return;
      }
      if (typeof ev === 'string') res.write(`data: ${ev}\n\n`);
      else if (reply.eventNames)
        res.write(`event: ${(ev as { type: string }).type}\ndata: ${JSON.stringify(ev)}\n\n`);
      else res.write(`data: ${JSON.stringify(ev)}\n\n`);
      await new Promise((r) => (reply.delayMs ? setTimeout(r, reply.delayMs) : setImmediate(r)));
    }
    res.end();
    return;
  }
  res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
  res.end(
    reply.body ?? JSON.stringify({ error: { message: `status ${reply.status}`, type: 'server_error' } }),
  );
}
