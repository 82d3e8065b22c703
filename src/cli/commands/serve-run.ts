import type { AddressInfo } from 'node:net';
import { serve as listen } from '@hono/node-server';
import { TandemError } from '../../core/index.js';
import { loadProject } from '../../pipeline/index.js';
import { createServerApp } from '../../server/index.js';
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
  const { app, flush, stopping } = createServerApp(project);
  const server = listen({ fetch: app.fetch, port: o.port, hostname: o.host });
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
      stopping();
      process.stdout.write(pc.dim(`stopping: finishing open requests (up to ${o.shutdownTimeoutS} s)…\n`));
      // New connections are refused at once; in-flight requests and streams get until the deadline.
      const deadline = setTimeout(() => {
        process.stderr.write(`shutdown deadline passed: closing the connections still open\n`);
        (server as unknown as { closeAllConnections(): void }).closeAllConnections();
      }, o.shutdownTimeoutS * 1000);
      deadline.unref();
      // close() drops connections idle now; a keep-alive connection whose stream ends later would linger
      // for its keep-alive timeout, so idle ones are swept until the server has closed.
      const http = server as unknown as { closeIdleConnections(): void };
      const sweep = setInterval(() => http.closeIdleConnections(), 50);
      server.close(() => {
        clearTimeout(deadline);
        clearInterval(sweep);
        resolve();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await flush();
  await project.close();
}
