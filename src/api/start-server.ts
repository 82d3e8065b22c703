/**
 * @module `startServer`: what `tandem serve` decides, for every interface that serves a project: no open
 * server without keys, knowledge indexed before the first request, a bind error said as what to do, and a
 * graceful close (drain the requests in flight, end those still open at the deadline, flush traces).
 */
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve as listen } from '@hono/node-server';
import { TandemError } from '../core/index.js';
import type { Project } from '../pipeline/index.js';
import { createServerApp, type ServerApp, type ServerOptions } from '../server/index.js';
import { ensureKnowledge, type KnowledgeFirstUse } from './ensure-knowledge.js';
import { evalStarter } from './eval-starter.js';
import type { ProjectSource } from './open-project.js';
import { type PruneCounts, schedulePruning } from './prune-store.js';
import { openSharedProject, type RedisEvent, watchRedis } from './shared-redis.js';

/** Where and how `startServer` serves. */
export type StartServerOptions = ProjectSource &
  Omit<ServerOptions, 'redis'> & {
    /** Default 8787; 0 takes any free port. */
    port?: number;
    /** The address to bind; default 127.0.0.1. Other addresses need an API key in the project. */
    host?: string;
    /** How long requests in flight get to finish on `close()` before they are ended; default 30 000. */
    shutdownTimeoutMs?: number;
    onEvent?: (event: ServerEvent) => void;
  };

/** What a server reports, in order: knowledge indexed at start, then the steps of its close. */
export type ServerEvent =
  | KnowledgeFirstUse
  /** Redis connected at start, became unreachable, or came back. */
  | RedisEvent
  | { type: 'draining'; timeoutMs: number }
  /** The deadline passed: the requests still open are being ended. */
  | { type: 'deadline-passed' }
  | { type: 'closed' }
  /** Retention deleted what was older than `retention:` says (at start, then hourly). */
  | ({ type: 'pruned' } & PruneCounts)
  | { type: 'prune-failed'; message: string };

/** A running server. */
export interface ServerHandle {
  /** The base URL, e.g. http://127.0.0.1:8787 (the APIs are under /v1). */
  url: string;
  host: string;
  port: number;
  /** GET /metrics answers anyone who can reach a public address (no metrics key is set). */
  metricsOpen: boolean;
  project: Project;
  /** Drains (new requests get a 503, those in flight finish until the deadline), flushes, closes. Idempotent. */
  close(): Promise<void>;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

// How long requests ended at the deadline get to write their error event and trace.
const CUT_OFF_GRACE_MS = 2000;

/**
 * Serves a project over the OpenAI and Anthropic APIs until `close()`.
 * @example
 * const server = await startServer({ root: '.', port: 0 });
 * console.log(`${server.url}/v1`);
 * process.once('SIGTERM', () => void server.close());
 */
export async function startServer(o: StartServerOptions): Promise<ServerHandle> {
  const host = o.host ?? '127.0.0.1';
  const port = o.port ?? 8787;
  const emit = o.onEvent ?? (() => {});
  const { project, close: release, redis } = await openSharedProject(o);
  let served: ServerApp;
  let server: HttpServer;
  try {
    if (redis) await watchRedis(redis, emit);
    await refuseOpenWithoutKeys(project, host);
    // Index empty knowledge bases before the first request, so a fresh project answers from its documents.
    for (const name of Object.keys(project.loaded.config.apps)) {
      const done = await ensureKnowledge(project, await project.app(name));
      if (done) emit(done);
    }
    served = createServerApp(project, { ...o, redis, startEval: o.startEval ?? evalStarter(project) });
    server = await bind(served, host, port);
  } catch (err) {
    await redis?.close();
    await release();
    throw err;
  }
  const bound = (server.address() as AddressInfo).port;
  const stopPruning = schedulePruning(project, {
    pruned: (counts) => emit({ type: 'pruned', ...counts }),
    failed: (err) => emit({ type: 'prune-failed', message: (err as Error).message }),
  });
  let closing: Promise<void> | undefined;
  const close = async () => {
    stopPruning();
    const timeoutMs = o.shutdownTimeoutMs ?? 30_000;
    emit({ type: 'draining', timeoutMs });
    await drain(server, served, timeoutMs, () => emit({ type: 'deadline-passed' }));
    await served.flush();
    await redis?.close();
    await release();
    emit({ type: 'closed' });
  };
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
    host,
    port: bound,
    metricsOpen: !LOOPBACK.test(host) && !(o.metricsKey ?? process.env.TANDEM_METRICS_KEY),
    project,
    close: () => {
      closing ??= close();
      return closing;
    },
  };
}

// Without keys anyone who can reach the port spends the model budget, so open servers stay on loopback.
async function refuseOpenWithoutKeys(project: Project, host: string): Promise<void> {
  if (LOOPBACK.test(host) || (await project.store.keys.any())) return;
  throw new TandemError(
    'USAGE',
    `refusing to listen on ${host}: this project has no API keys, so anyone who can reach it could spend your model budget`,
    { hint: 'create one first (tandem keys create --name <client>), or bind to 127.0.0.1' },
  );
}

async function bind(served: ServerApp, host: string, port: number): Promise<HttpServer> {
  const server = listen({ fetch: served.app.fetch, port, hostname: host }) as HttpServer;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (err) {
    throw listenError(err as NodeJS.ErrnoException, host, port);
  }
  return server;
}

/** A failed bind as what the user can do about it. */
function listenError(err: NodeJS.ErrnoException, host: string, port: number): TandemError {
  const where = `${host}:${port}`;
  if (err.code === 'EADDRINUSE')
    return new TandemError('USAGE', `cannot listen on ${where}: the port is already in use`, {
      hint: `stop what is using it, or pick another port with --port (--port 0 takes any free one)`,
    });
  if (err.code === 'EACCES')
    return new TandemError('USAGE', `cannot listen on ${where}: permission denied`, {
      hint: 'ports below 1024 need privileges; use a port like 8787',
    });
  if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND')
    return new TandemError('USAGE', `cannot listen on ${where}: ${host} is not an address of this machine`, {
      hint: 'use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)',
    });
  return new TandemError('USAGE', `cannot listen on ${where}: ${err.message}`);
}

/**
 * Drains the server: `/readyz` answers 503 and new requests are refused while those in flight finish; at the
 * deadline the ones still open are ended (an error event, a trace saying ABORTED). Then the port closes.
 */
async function drain(
  server: HttpServer,
  served: ServerApp,
  deadlineMs: number,
  onDeadline: () => void,
): Promise<void> {
  served.stopping();
  let timer: NodeJS.Timeout | undefined;
  const ignoredCutOff = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => {
      onDeadline();
      served.cutOff();
      setTimeout(() => resolve(true), CUT_OFF_GRACE_MS).unref();
    }, deadlineMs);
  });
  const ignored = await Promise.race([served.inFlight().then(() => false), ignoredCutOff]);
  clearTimeout(timer);
  await new Promise<void>((resolve) => {
    // Keep-alive connections idle now, or once their last response is out, are closed (the answers of
    // requests ended at the deadline included); those still busy after the grace period are closed too.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    server.close(() => {
      clearInterval(sweep);
      resolve();
    });
    if (ignored) server.closeAllConnections();
    else server.closeIdleConnections();
  });
}
