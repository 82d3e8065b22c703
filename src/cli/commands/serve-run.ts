import { serve as listen } from '@hono/node-server';
import pc from 'picocolors';
import { TandemError } from '../../core/index.js';
import { loadProject } from '../../pipeline/index.js';
import { createServerApp } from '../../server/index.js';

export interface ServeOptions {
  root: string;
  configFile?: string;
  port: number;
  host: string;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/** `tandem serve`: runs until SIGINT or SIGTERM, then stops accepting, finishes requests and flushes traces. */
export async function serve(o: ServeOptions): Promise<void> {
  if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535)
    throw new TandemError('USAGE', `--port must be 0–65535, got ${o.port}`);
  if (!LOOPBACK.test(o.host)) {
    throw new TandemError(
      'USAGE',
      `refusing to listen on ${o.host}: this server has no API keys yet, so anyone who can reach it could spend your model budget`,
      {
        hint: 'Bind to 127.0.0.1 and put an authenticating proxy in front, or wait for virtual keys.',
      },
    );
  }
  const project = await loadProject(o.root, { file: o.configFile });
  const { app, traces } = createServerApp(project);
  const server = listen({ fetch: app.fetch, port: o.port, hostname: o.host }, (info) => {
    process.stdout.write(
      `tandem serving ${pc.cyan(`http://${o.host}:${info.port}/v1`)} (OpenAI-compatible; models: GET /v1/models)\n`,
    );
  });
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.stdout.write(pc.dim('stopping: finishing open requests…\n'));
      server.close(() => resolve());
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await traces.flush();
  await project.close();
}
