/** @module Where a project's suites are: every tests/**\/*.yaml (and .yml), in name order. */
import { glob } from 'tinyglobby';

/** The suite files of the project at `root`, relative to it. */
export async function findSuiteFiles(root: string): Promise<string[]> {
  return (await glob(['tests/**/*.yaml', 'tests/**/*.yml'], { cwd: root })).sort();
}
