import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve as listen } from '@hono/node-server';
import { TandemError } from '../../core/index.js';
import { loadProject } from '../../pipeline/index.js';
import { createServerApp, type ServerApp } from '../../server/index.js';
import { stdoutColors as pc } from '../output/colors.js';
import { ensureKnowledge } from './ensure-knowledge.js';

export interface ServeOptions {
  root: string;
  configFile?: string;
  port: number;
  host: string;
  /** Seconds in-flight requests get after SIGTERM before their connections are closed. */
  shutdownTimeoutS: number;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/** A failed bind as what the user can do about it. */
function listenError(err: NodeJS.ErrnoException, o: ServeOptions): TandemError {
  const where = `${o.host}:${o.port}`;
  if (err.code === 'EADDRINUSE')
    return new TandemError('USAGE', `cannot listen on ${where}: the port is already in use`, {
      hint: `stop what is using it, or pick another port with --port (--port 0 takes any free one)`,
    });
  if (err.code === 'EACCES')
    return new TandemError('USAGE', `cannot listen on ${where}: permission denied`, {
      hint: 'ports below 1024 need privileges; use a port like 8787',
    });
  if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND')
    return new TandemError(
      'USAGE',
      `cannot listen on ${where}: ${o.host} is not an address of this machine`,
      {
        hint: 'use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)',
      },
    );
  return new TandemError('USAGE', `cannot listen on ${where}: ${err.message}`);
}

/** `tandem serve`: runs until SIGINT or SIGTERM, then stops accepting, finishes requests and flushes traces. */
export async function serve(o: ServeOptions): Promise<void> {
  const project = await loadProject(o.root, { file: o.configFile, batchTraces: true, tracesOffThread: true });
  // Without keys anyone who can reach the port spends the model budget, so open servers stay on loopback.
  if (!LOOPBACK.test(o.host) && !(await project.store.keys.any())) {
    await project.close();
    throw new TandemError(
      'USAGE',
      `refusing to listen on ${o.host}: this project has no API keys, so anyone who can reach it could spend your model budget`,
      { hint: 'create one first (tandem keys create --name <client>), or bind to 127.0.0.1' },
    );
  }
  // Index empty knowledge bases before the first request, so a fresh project answers from its documents.
  for (const name of Object.keys(project.loaded.config.apps))
    await ensureKnowledge(project, await project.app(name));
  const served = createServerApp(project);
  const server = listen({ fetch: served.app.fetch, port: o.port, hostname: o.host });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (err) {
    await project.close();
    throw listenError(err as NodeJS.ErrnoException, o);
  }
  const { port } = server.address() as AddressInfo;
  process.stdout.write(
    `tandem serving ${pc.cyan(`http://${o.host}:${port}/v1`)} (OpenAI Chat Completions and Anthropic Messages; models: GET /v1/models)\n`,
  );
  if (!LOOPBACK.test(o.host) && !process.env.TANDEM_METRICS_KEY)
    process.stdout.write(
      pc.yellow(
        'note: /metrics is open to anyone who can reach this port (it names keys, models and spend); set TANDEM_METRICS_KEY to require it as a bearer token\n',
      ),
    );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.stdout.write(pc.dim(`stopping: finishing open requests (up to ${o.shutdownTimeoutS} s)…\n`));
      void drain(server as HttpServer, served, o.shutdownTimeoutS * 1000).then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await served.flush();
  await project.close();
}

// How long requests ended at the deadline get to write their error event and trace.
const CUT_OFF_GRACE_MS = 2000;

/**
 * Drains the server: `/readyz` answers 503 and new requests are refused while those in flight finish; at the
 * deadline the ones still open are ended (an error event, a trace saying ABORTED). Then the port closes.
 */
async function drain(server: HttpServer, served: ServerApp, deadlineMs: number): Promise<void> {
  served.stopping();
  let cut = false;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      process.stderr.write('shutdown deadline passed: ending the requests still open\n');
      cut = true;
      served.cutOff();
      setTimeout(resolve, CUT_OFF_GRACE_MS).unref();
    }, deadlineMs);
  });
  await Promise.race([served.inFlight(), deadline]);
  clearTimeout(timer);
  await new Promise<void>((resolve) => {
    // Keep-alive connections idle now, or once their last response is out, are closed; after a cut-off
    // the ones still busy (a request that ignored it) are closed too.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    server.close(() => {
      clearInterval(sweep);
      resolve();
    });
    if (cut) server.closeAllConnections();
    else server.closeIdleConnections();
  });
}
