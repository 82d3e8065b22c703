import { afterEach } from 'vitest';
import { type App, loadProject, type Project } from '../../src/pipeline/index.js';
import { tempProject } from './temp-project.js';

const PROMPT =
  '---\ninput:\n  schema:\n    question: string\n---\n{{role "system"}}\n{{context}}\n{{role "user"}}\n{{question}}\n';

/** How the offline app answers: sentences it may quote, passages it retrieves, and the knowledge base's chunking. */
export interface ExtractiveAppOptions {
  maxSentences: number;
  k: number;
  chunking?: string;
}

/**
 * Opens (and closes after each test) a project whose app `bot` answers offline with the extractive provider
 * from `docs` (path under kb/ → text), ingested first.
 */
export function useExtractiveApp(opts: ExtractiveAppOptions): (docs: Record<string, string>) => Promise<App> {
  let project: Project | undefined;
  afterEach(async () => {
    await project?.close();
    project = undefined;
  });
  return async (docs) => {
    const chunking = opts.chunking ? `chunking: ${opts.chunking}, ` : '';
    const files: Record<string, string> = {
      'tandem.yaml': `
providers:
  local: { type: extractive, maxSentences: ${opts.maxSentences}, fallbackText: "I don't know." }
knowledge:
  kb: { sources: kb/*, ${chunking}retrieval: { k: ${opts.k} } }
apps:
  bot: { prompt: bot, route: local, knowledge: kb }
`,
      'prompts/bot.prompt': PROMPT,
    };
    for (const [path, text] of Object.entries(docs)) files[`kb/${path}`] = text;
    project = await loadProject(tempProject(files));
    await (await project.knowledge.get('kb')).ingest();
    return project.app('bot');
  };
}
