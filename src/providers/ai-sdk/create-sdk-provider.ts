/**
 * @module Makes the AI SDK provider instance from a loaded package: each package exports a `create…` factory
 * (createGoogleGenerativeAI, createAzure, createAmazonBedrock, createMistral…) that takes the settings and
 * returns a provider whose methods make models. `factory:` names it when the package has several.
 */
import { TandemError } from '../../core/index.js';
import type { SpecProvider } from './spec.js';

/** What picks and calls the factory. */
export interface FactoryChoice {
  /** Provider name in tandem.yaml, for messages. */
  id: string;
  package: string;
  factory?: string;
  /** The provider method that makes chat models (languageModel, or e.g. chat). */
  method: string;
  options?: Record<string, unknown>;
}

/** The provider instance of `mod`, made by the configured or the first fitting `create…` export. */
export function createSdkProvider(mod: Record<string, unknown>, choice: FactoryChoice): SpecProvider {
  const where = `provider ${choice.id}: package ${choice.package}`;
  const named = choice.factory ? [choice.factory] : factoryNames(mod);
  if (choice.factory && typeof mod[choice.factory] !== 'function') {
    throw new TandemError('CONFIG_INVALID', `${where} exports no function named ${choice.factory}`, {
      hint: hintOf(mod),
    });
  }
  const failures: string[] = [];
  for (const name of named) {
    try {
      const made = (mod[name] as (o: unknown) => unknown)({ ...choice.options });
      if (hasMethod(made, choice.method)) return made as SpecProvider;
      failures.push(`${name}() made no provider with ${choice.method}()`);
    } catch (err) {
      failures.push(`${name}() failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  throw new TandemError(
    'CONFIG_INVALID',
    `${where}: no factory made a provider (${failures.join('; ') || 'it exports no create… function'})`,
    {
      hint: choice.factory
        ? `Check providers.${choice.id}.options and method: in tandem.yaml against the package's documentation.`
        : hintOf(mod),
    },
  );
}

/** The `create…` functions a package exports (a module namespace lists them alphabetically). */
function factoryNames(mod: Record<string, unknown>): string[] {
  return Object.keys(mod).filter((k) => /^create[A-Z]/.test(k) && typeof mod[k] === 'function');
}

function hasMethod(value: unknown, method: string): boolean {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as Record<string, unknown>)[method] === 'function'
  );
}

function hintOf(mod: Record<string, unknown>): string {
  const names = factoryNames(mod);
  return names.length
    ? `Name one of its factories with factory: (${names.join(', ')}).`
    : 'Is this an AI SDK provider package? They export a create… function (e.g. createGoogleGenerativeAI).';
}
