/** Starts tandem's HTTP app for a loaded project on a free loopback port (a real Node server). */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Project } from '../../src/pipeline/index.js';
import { createServerApp, type ServerOptions } from '../../src/server/index.js';

export interface RunningServer {
  url: string;
  /** Writes the traces still batched in memory. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export async function serveProject(
  project: Project,
  opts: ServerOptions = {},
  /** Sees each request as it arrives (a test checking which endpoint a client called). */
  observe?: (req: Request) => void,
): Promise<RunningServer> {
  const { app, flush } = createServerApp(project, opts);
  // The Node server's bindings (`env`) go on: streaming needs them.
  const fetch: typeof app.fetch = (req, env) => {
    observe?.(req);
    return app.fetch(req, env);
  };
  const server = serve({ fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    flush,
    close: async () => {
      await new Promise((r) => server.close(r));
      await flush();
    },
  };
}
