/**
 * @module Gathers what a reviewer needs to know about each app, from the same files and store the app
 * runs from: purpose, prompt (rendered readably, version, labels, approvals), few-shot examples, tools,
 * guardrails in plain words, knowledge sources, and the latest evaluation per tag.
 */
import { type GuardrailConfig, guardrailStage, type Message } from '../core/index.js';
import { loadSuite, passRateInterval } from '../evals/index.js';
import { describe as describeGuardrail } from '../guardrails/index.js';
import { type App, type Project, routeNameFor } from '../pipeline/index.js';
import { toJsonSchema } from '../prompts/index.js';
import type { ApprovalRecord, PromptLabelRecord } from '../store/index.js';
import { approvalStatus } from './approval-status.js';
import { describeModels, type ModelsInWords } from './describe-models.js';
import { type RedteamSummary, redteamSummary } from './redteam-summary.js';
import { namedGuardrails } from './reviewed-app.js';

export interface PlaybookApp {
  name: string;
  description?: string;
  prompt: {
    name: string;
    version: string;
    origin: string;
    model?: string;
    labels: PromptLabelRecord[];
    inputs: string[];
  };
  /** The hash of everything this playbook shows about the app: what an approval covers. */
  appVersion: string;
  approvals: ApprovalRecord[];
  /** Whether this app version carries every sign-off the project asks for, with no change requested. */
  approved: boolean;
  /** The roles that must sign (`approvals.required`), and those that have not approved this version. */
  required: string[];
  missing: string[];
  /** The standing approvals of this app version. */
  approvedBy: ApprovalRecord[];
  /** The standing requests for changes on this app version. */
  changesRequested: ApprovalRecord[];
  /** When not approved: who approved an earlier version, when, its prompt version, and what changed since. */
  changedSinceApproval?: { by: string; approvedAt: number; version: string; changes: string[] };
  /** Instructions and turns as the model sees them, with inputs shown as ⟨name⟩; undefined if it cannot render. */
  messages?: Message[];
  examples: Array<{ user: string; assistant: string }>;
  tools: Array<{ name: string; description: string; parameters: string[] }>;
  guardrails: Array<{ name: string; stage: string; rule: string; action: string; description?: string }>;
  knowledge?: { name: string; sources: string[]; documents: number };
  /** Which models answer and where the data goes. */
  models: ModelsInWords;
  evals: Array<{
    suite: string;
    runId: string;
    at: number;
    /** The prompt version the run tested (its first variant), when the run recorded it. */
    tested?: { prompt: string; version: string };
    tags: Array<{
      tag: string;
      cases: number;
      passed: number;
      rate: number;
      low: number;
      high: number;
      failures: Array<{ name: string; reasons: string[]; answer?: string }>;
    }>;
  }>;
  /** The latest `tandem redteam` result, when the app was attacked. */
  redteam?: RedteamSummary;
}

const ACTION_WORDS: Record<string, string> = {
  block: 'the request is refused',
  redact: 'the data is masked and the request goes on',
  reask: 'the model is asked again with the problem pointed out',
  fallback: 'a fallback answer is given',
  warn: 'it is recorded; nothing else happens',
};

/** The playbook data of the named apps (all apps when none are named). */
export async function collectPlaybook(project: Project, names?: string[]): Promise<PlaybookApp[]> {
  const apps = names?.length ? names : Object.keys(project.loaded.config.apps);
  const out: PlaybookApp[] = [];
  for (const name of apps) out.push(await collectApp(project, name));
  return out;
}

async function collectApp(project: Project, name: string): Promise<PlaybookApp> {
  const { config } = project.loaded;
  const app = await project.app(name);
  const cfg = config.apps[name]!;
  const prompt = app.prompt;
  const inputs = await inputNames(prompt);
  const messages = await renderedWithSlots(project, app, inputs);
  const knowledge = app.knowledge ? await knowledgeOf(project, app.knowledge) : undefined;
  const status = await approvalStatus(project, name, prompt);
  const previous = status.previous;
  const redteam = await redteamSummary(project.root, name, status.appVersion);
  return {
    name,
    ...(cfg.description ? { description: cfg.description } : {}),
    appVersion: status.appVersion,
    prompt: {
      name: prompt.name,
      version: prompt.version,
      origin: prompt.origin,
      ...(prompt.frontMatter.model ? { model: prompt.frontMatter.model } : {}),
      labels: await project.store.prompts.listLabels(prompt.name),
      inputs,
    },
    approvals: await project.store.approvals.list({ app: name }),
    approved: status.approved,
    required: status.required,
    missing: status.missing,
    approvedBy: status.approvedBy,
    changesRequested: status.changesRequested,
    ...(previous
      ? {
          changedSinceApproval: {
            by: previous.approval.by,
            approvedAt: previous.approval.approvedAt,
            version: previous.approval.version,
            changes: previous.changes,
          },
        }
      : {}),
    ...(messages ? { messages } : {}),
    examples: fewShot(messages ?? []),
    tools: await toolsOf(project, name, [...(cfg.tools ?? []), ...(prompt.frontMatter.tools ?? [])]),
    guardrails: namedGuardrails(config, cfg.guardrails).map(plainGuardrail),
    ...(knowledge ? { knowledge } : {}),
    // The same choice the app makes: its route, else the prompt's model, else the project default.
    models: describeModels(config, routeNameFor(project.loaded, cfg.route ?? prompt.frontMatter.model)),
    evals: await latestEvals(project, name),
    ...(redteam ? { redteam } : {}),
  };
}

async function inputNames(prompt: App['prompt']): Promise<string[]> {
  const schema = await toJsonSchema(prompt.frontMatter.input?.schema, prompt.origin, 'input.schema').catch(
    () => undefined,
  );
  return Object.keys((schema?.properties as object | undefined) ?? {});
}

// The prompt as the model sees it, with each input and the passages shown as named slots.
async function renderedWithSlots(
  project: Project,
  app: App,
  inputs: string[],
): Promise<Message[] | undefined> {
  const vars = Object.fromEntries(inputs.map((i) => [i, `⟨${i}⟩`]));
  const context = app.knowledge
    ? `⟨passages from the "${app.knowledge}" knowledge base that best match the question⟩`
    : '';
  try {
    return (await project.prompts.render(app.prompt, vars, undefined, { context, documents: [] })).messages;
  } catch {
    return undefined; // a prompt that cannot render without real values: the playbook shows the rest
  }
}

async function toolsOf(project: Project, app: string, names: string[]): Promise<PlaybookApp['tools']> {
  return (await project.tools.pick([...new Set(names)], `app "${app}"`)).map((t) => ({
    name: t.name,
    description: t.description,
    parameters: Object.keys((t.parameters.properties as object | undefined) ?? {}),
  }));
}

function plainGuardrail({ name, config }: { name: string; config: GuardrailConfig }) {
  return {
    name,
    stage: guardrailStage(config),
    rule: describeGuardrail(config),
    action: ACTION_WORDS[config.action] ?? config.action,
    ...(config.description ? { description: config.description } : {}),
  };
}

async function knowledgeOf(project: Project, name: string): Promise<PlaybookApp['knowledge']> {
  const kb = await project.knowledge.get(name);
  const sources = Array.isArray(kb.config.sources) ? kb.config.sources : [kb.config.sources];
  return { name: kb.name, sources, documents: (await kb.index.stats()).documents };
}

// User/assistant pairs before the final user turn: the examples the model is shown.
function fewShot(messages: Message[]): Array<{ user: string; assistant: string }> {
  const turns = messages.filter((m) => m.role !== 'system');
  const out: Array<{ user: string; assistant: string }> = [];
  for (let i = 0; i + 1 < turns.length - 1; i++) {
    if (turns[i]!.role === 'user' && turns[i + 1]!.role === 'assistant')
      out.push({ user: turns[i]!.content, assistant: turns[i + 1]!.content });
  }
  return out;
}

async function latestEvals(project: Project, app: string): Promise<PlaybookApp['evals']> {
  const seen = new Set<string>();
  const out: PlaybookApp['evals'] = [];
  for (const run of await project.store.evals.listRuns({ limit: 200 })) {
    if (seen.has(run.suite) || run.status !== 'finished' || !run.summary) continue;
    const suite = await loadSuite(project.root, run.suite).catch(() => undefined);
    if (!suite || suite.spec.app !== app) continue;
    seen.add(run.suite);
    // Lists leave the per-case figures out: the run itself has them.
    const full = (await project.store.evals.getRun(run.id)) ?? run;
    const summary = full.summary as {
      cases?: Array<{
        variant: string;
        caseId: string;
        name: string;
        status: string;
        passRate?: number;
        samples?: number;
      }>;
      variants?: Array<{ name: string }>;
    };
    const variant = summary.variants?.[0]?.name;
    const tested = (run.config as { tested?: Record<string, { prompt: string; version: string }> }).tested?.[
      variant ?? ''
    ];
    const cases = (summary.cases ?? []).filter((c) => c.variant === variant);
    const results = await project.store.evals.results(run.id);
    const tagsOf = new Map(suite.cases.map((c) => [c.id, c.tags.length ? c.tags : ['untagged']]));
    const byTag = new Map<string, typeof cases>();
    for (const c of cases)
      for (const t of tagsOf.get(c.caseId) ?? ['untagged']) byTag.set(t, [...(byTag.get(t) ?? []), c]);
    const tags = [...byTag.entries()].map(([tag, cs]) => {
      const measured = cs.filter((c) => c.status !== 'error');
      const passed = measured.filter((c) => c.status === 'pass').length;
      // The interval the eval report printed (runs stored before samples were kept count as one sample).
      const { mean, low, high } = passRateInterval(
        measured.map((c) => ({
          passRate: c.passRate ?? (c.status === 'pass' ? 1 : 0),
          samples: c.samples ?? 1,
        })),
      );
      const failures = cs
        .filter((c) => c.status !== 'pass')
        .slice(0, 3)
        .map((c) => {
          const r = results.find(
            (x) => x.variant === variant && x.caseId === c.caseId && x.status !== 'pass',
          );
          return {
            name: c.name,
            reasons: (r?.assertions ?? [])
              .filter((a) => a.status !== 'pass')
              .map((a) => `${a.type}: ${a.reason}`)
              .concat(r?.error ? [r.error] : []),
            ...(r?.output ? { answer: r.output } : {}),
          };
        });
      return {
        tag,
        cases: cs.length,
        passed,
        rate: mean,
        low,
        high,
        failures,
      };
    });
    out.push({
      suite: run.suite,
      runId: run.id,
      at: run.finishedAt ?? run.startedAt,
      ...(tested ? { tested } : {}),
      tags: tags.sort((a, b) => a.tag.localeCompare(b.tag)),
    });
  }
  return out;
}
