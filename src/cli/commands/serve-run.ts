import { serve as listen } from '@hono/node-server';
import pc from 'picocolors';
import { TandemError } from '../../core/index.js';
import { loadProject } from '../../pipeline/index.js';
import { createServerApp } from '../../server/index.js';
import { ensureKnowledge } from './ensure-knowledge.js';

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
  const project = await loadProject(o.root, { file: o.configFile });
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
  const { app, traces } = createServerApp(project);
  const server = listen({ fetch: app.fetch, port: o.port, hostname: o.host }, (info) => {
    process.stdout.write(
      `tandem serving ${pc.cyan(`http://${o.host}:${info.port}/v1`)} (OpenAI Chat Completions and Anthropic Messages; models: GET /v1/models)\n`,
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
