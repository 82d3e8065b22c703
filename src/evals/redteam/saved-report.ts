/**
 * @module The latest red-team report of each app, kept as `.tandem/redteam/<app>.json` in the project so the
 * playbook can show it. A file, not the store: only the latest run per app is kept and nothing queries
 * across runs, so it needs no table, no migration and no second implementation of the Store interface, and
 * a reviewer can read or diff it as it is.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { RedteamReport } from './types.js';

/** Where an app's latest report is kept. */
export function savedReportPath(root: string, app: string): string {
  return join(root, '.tandem', 'redteam', `${encodeURIComponent(app)}.json`);
}

/** Keeps `report` as its app's latest (written whole, then renamed, so a reader never sees half a file). */
export async function saveRedteamReport(root: string, report: RedteamReport): Promise<string> {
  const file = savedReportPath(root, report.app);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, `${JSON.stringify(report, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
  return file;
}

/** The app's latest report, or undefined when it was never attacked (or the file is unreadable). */
export async function loadRedteamReport(root: string, app: string): Promise<RedteamReport | undefined> {
  try {
    const parsed = JSON.parse(await readFile(savedReportPath(root, app), 'utf8')) as RedteamReport;
    return parsed && parsed.app === app && parsed.totals ? parsed : undefined;
  } catch {
    return undefined;
  }
}
