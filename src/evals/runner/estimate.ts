/**
 * @module `tandem eval --dry-run`: how many calls a run would make and roughly what it would cost, from the
 * rendered prompts with their retrieved context (input tokens), the prompts' output limits (output tokens)
 * and the price table.
 */
import { estimateTokens, type ProviderConfig } from '../../core/index.js';
import type { Project } from '../../pipeline/index.js';
import { findPrice } from '../../providers/index.js';
import type { EvalCase, LoadedSuite } from '../load-suite.js';
import { MODEL_GRADED_TYPES, type VariantSpec } from '../suite-schema.js';
import { contextEstimator } from './estimate-context.js';
import { variantsOf } from './run-suite.js';

export interface SuiteEstimate {
  suite: string;
  samples: number;
  modelCalls: number;
  judgeCalls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  unpriced: string[];
}

/** Estimates a full run of `suite` (cached answers are not subtracted: the estimate is an upper bound). */
export async function estimateSuite(project: Project, suite: LoadedSuite): Promise<SuiteEstimate> {
  const e: SuiteEstimate = {
    suite: suite.file,
    samples: 0,
    modelCalls: 0,
    judgeCalls: 0,
    inputTokens: 0,
    outputTokens: 0,
    costUsd: 0,
    unpriced: [],
  };
  for (const v of variantsOf(suite)) await addVariant(e, project, suite, v);
  return e;
}

type App = Awaited<ReturnType<Project['app']>>;
type Price = ReturnType<typeof findPrice>;

async function addVariant(e: SuiteEstimate, project: Project, suite: LoadedSuite, v: VariantSpec) {
  const app = await appOf(project, suite, v);
  // What the sample calls: the variant's route, the prompt's model, the app's route, or the default route.
  const appRoute = suite.spec.app ? project.loaded.config.apps[suite.spec.app]?.route : undefined;
  const model = v.route ?? app.prompt.frontMatter.model ?? appRoute ?? 'default';
  const price = findPrice(modelName(project, model), project.loaded.config.pricing);
  // The offline answerer costs nothing: no price is missing for it.
  if (!price && !answersOffline(project, model)) e.unpriced.push(model);
  const maxOut = app.prompt.frontMatter.config?.maxOutputTokens ?? 300;
  const contextOf = await contextEstimator(project, suite, v, app);
  for (const c of suite.cases) {
    const rendered = await project.prompts
      .render(app.prompt, c.vars, undefined, await contextOf(c.vars))
      .catch(() => undefined);
    const input = rendered ? rendered.messages.reduce((n, m) => n + estimateTokens(m.content), 0) : 500;
    addCase(e, { repeat: c.repeat, judged: judgedChecks(c), input, maxOut, price });
  }
}

function appOf(project: Project, suite: LoadedSuite, v: VariantSpec): Promise<App> {
  const route = v.route ? { route: v.route } : {};
  return suite.spec.app
    ? project.app(suite.spec.app, { ...(v.prompt ? { prompt: v.prompt } : {}), ...route })
    : project.promptApp(suite.spec.prompt!, route);
}

function judgedChecks(c: EvalCase): number {
  return c.assert.filter((a) =>
    (MODEL_GRADED_TYPES as readonly string[]).includes(a.type.replace(/^not-/, '')),
  ).length;
}

// Each sample is one model call, plus one judge call per model-graded check (which reads the prompt and the
// answer, and writes a short verdict).
function addCase(
  e: SuiteEstimate,
  c: { repeat: number; judged: number; input: number; maxOut: number; price: Price },
): void {
  const input = c.input + c.judged * (c.input + c.maxOut);
  const output = c.maxOut + c.judged * 60;
  e.samples += c.repeat;
  e.modelCalls += c.repeat;
  e.judgeCalls += c.repeat * c.judged;
  e.inputTokens += c.repeat * input;
  e.outputTokens += c.repeat * output;
  if (c.price) e.costUsd += (c.repeat * (input * c.price.input + output * c.price.output)) / 1e6;
}

// What a route or provider name calls first: a provider (its name and config), or a model a route target names.
function firstCalled(
  project: Project,
  name: string,
): { ref?: string; provider?: ProviderConfig; model?: string } {
  const { providers, routes } = project.loaded.config;
  for (let ref = name, i = 0; i < 10; i++) {
    if (providers[ref]) return { ref, provider: providers[ref] };
    const first = routes[ref]?.targets[0];
    if (!first) return { ref };
    if (typeof first !== 'string' && first.model) return { model: first.model };
    ref = typeof first === 'string' ? first : first.provider;
  }
  return {};
}

// A route or provider name to the model it would call first (for the price table).
function modelName(project: Project, name: string): string {
  const { ref, provider, model } = firstCalled(project, name);
  if (model) return model;
  if (!provider) return ref ?? name;
  return 'model' in provider ? String((provider as { model: string }).model) : ref!;
}

// Whether a route or provider name first calls a provider that runs here and costs nothing (extractive, echo).
const answersOffline = (project: Project, name: string) =>
  OFFLINE_TYPES.has(firstCalled(project, name).provider?.type ?? '');

const OFFLINE_TYPES = new Set(['extractive', 'echo']);

/** The estimate for the terminal. */
export function formatEstimate(e: SuiteEstimate): string {
  return [
    `${e.suite}: ${e.samples} samples → up to ${e.modelCalls} model calls and ${e.judgeCalls} judge calls`,
    `  ≈ ${e.inputTokens.toLocaleString('en')} input + ${e.outputTokens.toLocaleString('en')} output tokens ≈ $${e.costUsd.toFixed(4)} (upper bound: cached answers cost nothing)`,
    ...(e.unpriced.length
      ? [
          `  no price known for ${[...new Set(e.unpriced)].join(', ')} (local or unlisted: counted as $0; set pricing: in tandem.yaml)`,
        ]
      : []),
  ].join('\n');
}
