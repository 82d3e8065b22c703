import { closest, type Provider, TandemError } from '../core/index.js';
import type { App, Project } from '../pipeline/index.js';
import { withModel } from '../router/index.js';

export type Target = { kind: 'app'; app: App } | { kind: 'provider'; provider: Provider; name: string };

/** What a request's `model` names: `app:<name>`, a route or provider, or `<provider>/<model>`. */
export async function resolveModel(project: Project, model: string): Promise<Target> {
  if (model.startsWith('app:')) return { kind: 'app', app: await project.app(model.slice(4)) };
  const { providers } = project;
  if (providers.has(model)) return { kind: 'provider', provider: await providers.get(model), name: model };
  const slash = model.indexOf('/');
  if (slash > 0 && providers.has(model.slice(0, slash))) {
    return {
      kind: 'provider',
      provider: withModel(await providers.get(model.slice(0, slash)), model.slice(slash + 1)),
      name: model,
    };
  }
  const known = [
    ...providers.names().routes,
    ...providers.names().providers,
    ...Object.keys(project.loaded.config.apps).map((a) => `app:${a}`),
  ];
  const guess = closest(model, known);
  throw new TandemError('NOT_FOUND', `model "${model}" is not a route, provider or app of this server`, {
    hint: guess ? `did you mean "${guess}"?` : `models: ${known.join(', ')} (GET /v1/models)`,
  });
}
