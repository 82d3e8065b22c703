/**
 * @module What a reviewer approves: everything the playbook shows about an app, as data, and its hash, the
 * app version. The prompt counts with its partials (by the prompt version); tools by their specs (name,
 * description, parameters); models by where data goes (the route's strategy and each provider's type, model,
 * host or module, in order); guardrails by their whole config; knowledge by its sources and filter. Not
 * counted: tool implementations, the documents' current content, retries, timeouts and other tuning that
 * the playbook does not show.
 */
import { sha256, stableStringify, type TandemConfig } from '../core/index.js';
import { type Project, routeNameFor } from '../pipeline/index.js';
import type { PromptFile } from '../prompts/index.js';
import { describeModels } from './describe-models.js';

export interface ReviewedApp {
  app: string;
  description?: string;
  /** The prompt version (its file and partials), and a hash of each file to say which one changed. */
  prompt: { name: string; version: string; file: string; partials: Record<string, string> };
  tools: Record<string, { description: string; parameters: unknown }>;
  models: {
    route?: string;
    strategy?: string;
    providers: Array<{ name: string; type: string; model?: string; sendsTo?: string; module?: string }>;
  };
  guardrails: Record<string, unknown>;
  knowledge?: { name: string; sources: string[]; filter?: unknown };
}

type AppGuardrails = NonNullable<TandemConfig['apps'][string]['guardrails']>;

/** The guardrails of an app by the name the playbook shows (inline ones are named `<check>-<n>`). */
export function namedGuardrails(config: TandemConfig, list: AppGuardrails = []) {
  return list.map((g, i) =>
    typeof g === 'string'
      ? { name: g, config: config.guardrails[g]! }
      : { name: `${g.check}-${i + 1}`, config: g },
  );
}

/** What a reviewer of `app` sees, with `prompt` (default: the prompt the app runs now). */
export async function reviewedApp(project: Project, app: string, prompt?: PromptFile): Promise<ReviewedApp> {
  const { config } = project.loaded;
  const cfg = config.apps[app]!;
  const shown = prompt ?? (await project.app(app)).prompt;
  const toolNames = [...new Set([...(cfg.tools ?? []), ...(shown.frontMatter.tools ?? [])])];
  const tools = await project.tools.pick(toolNames, `app "${app}"`);
  const kb = typeof cfg.knowledge === 'string' ? { base: cfg.knowledge } : cfg.knowledge;
  return {
    app,
    ...(cfg.description ? { description: cfg.description } : {}),
    prompt: {
      name: shown.name,
      version: shown.version,
      file: sha256(shown.source),
      partials: Object.fromEntries(Object.entries(shown.partials).map(([n, s]) => [n, sha256(s)])),
    },
    tools: Object.fromEntries(
      tools.map((t) => [t.name, { description: t.description, parameters: t.parameters }]),
    ),
    models: reviewedModels(config, routeNameFor(project.loaded, cfg.route ?? shown.frontMatter.model)),
    guardrails: Object.fromEntries(namedGuardrails(config, cfg.guardrails).map((g) => [g.name, g.config])),
    ...(kb ? { knowledge: reviewedKnowledge(config, kb) } : {}),
  };
}

/** The app version: the hash of what the reviewer sees. */
export function appVersion(reviewed: ReviewedApp): string {
  return sha256(stableStringify(reviewed));
}

function reviewedModels(config: TandemConfig, ref: string | undefined): ReviewedApp['models'] {
  const described = describeModels(config, ref);
  const strategy = ref ? config.routes[ref]?.strategy : undefined;
  return {
    ...(ref ? { route: ref } : {}),
    ...(strategy ? { strategy } : {}),
    // The words are for people; the hash takes the facts they are made of, so rewording changes nothing.
    providers: described.providers.map(({ what: _words, ...p }) => {
      const cfg = config.providers[p.name];
      return cfg?.type === 'script' ? { ...p, module: cfg.module } : p;
    }),
  };
}

function reviewedKnowledge(
  config: TandemConfig,
  ref: { base: string; filter?: unknown },
): NonNullable<ReviewedApp['knowledge']> {
  const sources = config.knowledge[ref.base]?.sources ?? [];
  return {
    name: ref.base,
    sources: Array.isArray(sources) ? sources : [sources],
    ...(ref.filter ? { filter: ref.filter } : {}),
  };
}
