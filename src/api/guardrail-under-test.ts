/**
 * @module Which guardrail `tandem guardrails test --check <name>` measures: one declared in the project's
 * tandem.yaml (with the project's routes, so an llm check judges as it does in the app), or a bare check
 * type with its defaults when no declared guardrail has that name.
 */
import { basename } from 'node:path';
import {
  findConfigFile,
  GUARDRAIL_CHECKS,
  type GuardrailConfig,
  guardrailSchema,
  type LoadedConfig,
  loadConfig,
  TandemError,
} from '../core/index.js';
import type { GuardDeps, NamedGuardrail } from '../guardrails/index.js';
import { loadProject } from '../pipeline/index.js';
import type { ProjectSource } from './open-project.js';

/** The guardrail to measure, what its check needs to run, and how to let go of what was opened for it. */
export interface GuardrailUnderTest {
  guardrail: NamedGuardrail;
  /** Whether the project declares it (a guardrail may be named after its check type, like `pii`). */
  declared: boolean;
  deps: GuardDeps;
  close(): Promise<void>;
}

type Check = GuardrailConfig['check'];

// These judge an answer against its app (the passages it may cite, the prompt's output schema): a row of
// text alone cannot say whether they should pass.
const NEEDS_AN_APP: Partial<Record<Check, string>> = {
  citations: "the passages an app retrieved, which a row of text doesn't have",
  schema: "an app prompt's output schema, which a row of text doesn't have",
  grounded:
    "a question and the passages an app retrieved for it, which a row of text doesn't have (grounded and not-grounded assertions measure it in a suite)",
};

/** Resolves `check` against the project in `source` (when it has a config file), else as a check type. */
export async function guardrailUnderTest(check: string, source?: ProjectSource): Promise<GuardrailUnderTest> {
  const loaded = await configOf(source);
  const declared = loaded?.config.guardrails[check];
  const guardrail = declared ? { name: check, config: declared } : bareGuardrail(check, loaded);
  const unusable = NEEDS_AN_APP[guardrail.config.check];
  if (unusable)
    throw new TandemError('USAGE', `the ${guardrail.config.check} check needs ${unusable}`, {
      hint: 'measure it with tandem eval on the app instead',
    });
  return { guardrail, declared: Boolean(declared), ...(await depsFor(guardrail.config, source, loaded)) };
}

// The project's config, or undefined when there is no project: a directory without a config file.
async function configOf(source: ProjectSource | undefined): Promise<LoadedConfig | undefined> {
  if (!source) return undefined;
  if (source.project) return source.project.loaded;
  if (!source.configFile && !findConfigFile(source.root)) return undefined;
  return loadConfig(source.root, { file: source.configFile });
}

function bareGuardrail(check: string, loaded: LoadedConfig | undefined): NamedGuardrail {
  if (!GUARDRAIL_CHECKS.includes(check as Check)) throw unknownCheck(check, loaded);
  const parsed = guardrailSchema.safeParse({ check });
  if (parsed.success) return { name: check, config: parsed.data };
  const options = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
  throw new TandemError(
    'USAGE',
    `the ${check} check needs options (${options.join(', ')}): name a guardrail from tandem.yaml instead`,
    {
      hint: `declare one, e.g. guardrails: { my-${check}: { check: ${check}, ${options[0]}: … } }, then --check my-${check}`,
    },
  );
}

function unknownCheck(check: string, loaded: LoadedConfig | undefined): TandemError {
  const declared = Object.keys(loaded?.config.guardrails ?? {});
  const where = loaded
    ? declared.length
      ? `guardrails in ${basename(loaded.file)}: ${declared.join(', ')}`
      : `${basename(loaded.file)} declares no guardrails`
    : 'no tandem.yaml here (give --cwd or --config to use a project’s guardrails)';
  return new TandemError('NOT_FOUND', `unknown check or guardrail "${check}"`, {
    hint: `check types: ${GUARDRAIL_CHECKS.join(', ')}; ${where}`,
  });
}

// Only a guardrail with a judge (`route:`: an llm check, an injection check in mode llm or both) needs the
// project opened, for its routes.
async function depsFor(
  config: GuardrailConfig,
  source: ProjectSource | undefined,
  loaded: LoadedConfig | undefined,
): Promise<Pick<GuardrailUnderTest, 'deps' | 'close'>> {
  const root = loaded?.root ?? process.cwd();
  if (source?.project) {
    const providers = source.project.providers;
    return { deps: { root, provider: (n) => providers.get(n) }, close: async () => {} };
  }
  if (config.route && source) {
    const project = await loadProject(source.root, { file: source.configFile });
    return { deps: { root, provider: (n) => project.providers.get(n) }, close: () => project.close() };
  }
  const provider = async (name: string): Promise<never> => {
    throw new TandemError('PROVIDER_NOT_FOUND', `no project to find the route "${name}" in`, {
      hint: 'give --cwd or --config',
    });
  };
  return { deps: { root, provider }, close: async () => {} };
}
