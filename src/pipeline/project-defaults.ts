import type { LoadedConfig } from '../core/index.js';
import { type PromptFile, toJsonSchema } from '../prompts/index.js';

/** The prompt's first required input (else its first input): what chat messages and queries fill. */
export async function firstRequiredInput(prompt: PromptFile): Promise<string | undefined> {
  const schema = await toJsonSchema(prompt.frontMatter.input?.schema, prompt.origin, 'input.schema');
  const required = (schema?.required as string[] | undefined) ?? [];
  return required[0] ?? Object.keys((schema?.properties as object | undefined) ?? {})[0];
}

/** The route or provider a call uses: the one named (app route, prompt model), else the project's default. */
export function routeNameFor(loaded: LoadedConfig, ref: string | undefined): string | undefined {
  return ref ?? loaded.config.defaults.route ?? soleProvider(loaded);
}

// With exactly one provider and no routes, there is nothing to choose.
function soleProvider(loaded: LoadedConfig): string | undefined {
  const names = [...Object.keys(loaded.config.providers), ...Object.keys(loaded.config.routes)];
  return names.length === 1 ? names[0] : undefined;
}
