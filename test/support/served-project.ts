/**
 * A project whose providers call a fake upstream, loaded and served on loopback: the setup every server
 * test shares. `files` receives the upstream's URL to put in tandem.yaml.
 */
import { expect } from 'vitest';
import { loadProject, type Project } from '../../src/pipeline/index.js';
import type { ServerOptions } from '../../src/server/index.js';
import { type FakeUpstream, type RecordedRequest, type Reply, startFakeUpstream } from './fake-upstream.js';
import { chatCompletion } from './openai-wire.js';
import { type RunningServer, serveProject } from './serve-app.js';
import { tempProject } from './temp-project.js';

export interface ServedProject {
  upstream: FakeUpstream;
  project: Project;
  server: RunningServer;
  dir: string;
  close(): Promise<void>;
}

export async function startServedProject(
  files: (upstreamUrl: string) => Record<string, string>,
  opts: {
    server?: ServerOptions;
    fallback?: (req: RecordedRequest) => Reply;
    observe?: (req: Request) => void;
  } = {},
): Promise<ServedProject> {
  const upstream = await startFakeUpstream(
    opts.fallback ?? (() => ({ json: chatCompletion('Hello from upstream') })),
  );
  const dir = tempProject(files(upstream.url));
  const project = await loadProject(dir);
  const server = await serveProject(project, opts.server, opts.observe);
  return {
    upstream,
    project,
    server,
    dir,
    close: async () => {
      await server.close();
      await project.close();
      await upstream.close();
    },
  };
}

/**
 * The shop project the server tests share: an OpenAI provider on the fake upstream, a local extractive
 * one, a route over both, a knowledge base and two apps (one local, one remote). `extra` adds files.
 */
export function shopProject(upstreamUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'tandem.yaml': `
providers:
  openai: { type: openai, model: gpt-4o-mini, apiKey: sk-up, baseUrl: ${upstreamUrl}/v1 }
  local: { type: extractive }
routes:
  main: { targets: [openai, local], retry: { attempts: 1 } }
knowledge:
  help: { sources: kb/*.md }
apps:
  support: { prompt: answer, route: local, knowledge: help }
  remote: { prompt: answer, route: openai }
`,
    'prompts/answer.prompt':
      '---\ninput:\n  schema:\n    question: string\n---\n{{role "system"}}\n{{context}}\n{{role "user"}}\n{{question}}\n',
    'kb/hours.md': '# Hours\n\nThe shop opens at 9:00 on weekdays.\n',
    ...extra,
  };
}

/**
 * Checks that trace `id` is the shop app's run of the weekday opening-hours question (the question asked,
 * where the answer came from, the answer sent), whichever wire format asked it.
 */
export async function expectOpeningHoursTrace(project: Project, id: string): Promise<void> {
  const trace = await project.store.traces.get(id);
  expect(trace).toMatchObject({
    name: 'support',
    kind: 'app',
    status: 'ok',
    input: { vars: { question: 'When does the shop open on weekdays?' } },
    output: { text: expect.stringContaining('9:00 on weekdays') },
  });
  expect(trace!.spans.map((s) => s.kind)).toEqual(['app', 'retrieve', 'render', 'model']);
  expect(trace!.spans[1]!.attributes).toMatchObject({
    query: 'When does the shop open on weekdays?',
    hits: [expect.objectContaining({ source: 'kb/hours.md' })],
  });
}
