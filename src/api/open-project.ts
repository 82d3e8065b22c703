import { type LoadProjectOptions, loadProject, type Project } from '../pipeline/index.js';

/** A project to work on: one already loaded (the caller closes it), or one to load from a directory. */
export type ProjectSource =
  | { project: Project; root?: never; configFile?: never }
  | {
      /** The project's directory. */
      root: string;
      /** Its config file, when not tandem.yaml (or tandem.config.ts) in `root`. */
      configFile?: string;
      project?: never;
    };

/** The source's project, and how to let go of it: close what was loaded here, leave a given one open. */
export async function openProject(
  source: ProjectSource,
  opts: Omit<LoadProjectOptions, 'file'> = {},
): Promise<{ project: Project; close(): Promise<void> }> {
  if (source.project) return { project: source.project, close: async () => {} };
  const project = await loadProject(source.root, { ...opts, file: source.configFile });
  return { project, close: () => project.close() };
}
