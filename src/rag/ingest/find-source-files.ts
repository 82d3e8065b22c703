/**
 * @module The files a knowledge base reads. A sources pattern that matches nothing is almost always a typo,
 * and ingesting nothing would empty the index, so it stops (saying which pattern, and what exists) unless
 * the caller allows an empty base.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { closest, type KnowledgeBaseConfig, staticPrefix, TandemError } from '../../core/index.js';

export interface SourceFileQuery {
  root: string;
  name: string;
  config: KnowledgeBaseConfig;
  /** Documents in the index now (named in the error: they are what an empty ingest would remove). */
  indexedFiles: number;
  /** Accept no files at all (the base is emptied). */
  allowEmpty?: boolean;
}

const ALWAYS_IGNORED = ['**/node_modules/**', '.tandem/**'];

/** Project-relative source files, sorted. Throws when a pattern matches nothing, unless `allowEmpty`. */
export async function findSourceFiles(q: SourceFileQuery): Promise<string[]> {
  const patterns = Array.isArray(q.config.sources) ? q.config.sources : [q.config.sources];
  const options = { cwd: q.root, onlyFiles: true, dot: false };
  const files = (
    await glob(patterns, { ...options, ignore: [...q.config.exclude, ...ALWAYS_IGNORED] })
  ).sort();
  if (q.allowEmpty) return files;
  for (const pattern of patterns) {
    if ((await glob(pattern, { ...options, ignore: ALWAYS_IGNORED })).length === 0)
      throw emptySources(q, `sources pattern "${pattern}" matches no files`, missingDirHint(q.root, pattern));
  }
  if (!files.length)
    throw emptySources(
      q,
      `every file matched by sources is excluded (exclude: ${q.config.exclude.join(', ')})`,
    );
  return files;
}

function emptySources(q: SourceFileQuery, what: string, detail?: string): TandemError {
  const kept = q.indexedFiles
    ? `Nothing was changed: the index keeps its ${q.indexedFiles} file${q.indexedFiles === 1 ? '' : 's'}. `
    : '';
  return new TandemError('KNOWLEDGE_NOT_FOUND', `knowledge base "${q.name}": ${what}`, {
    hint:
      `${detail ? `${detail}. ` : ''}Check knowledge.${q.name}.sources in tandem.yaml (patterns are relative to ${q.root}). ` +
      `${kept}To empty the knowledge base on purpose: tandem ingest ${q.name} --allow-empty`,
  });
}

// The usual typo is in the directory: say which part of the path does not exist, and what is there instead.
function missingDirHint(root: string, pattern: string): string | undefined {
  const parts = staticPrefix(pattern)
    .split('/')
    .filter((p) => p && p !== '.');
  let dir = root;
  for (let i = 0; i < parts.length; i++) {
    const next = join(dir, parts[i]!);
    if (!existsSync(next)) {
      const shown = `${parts.slice(0, i + 1).join('/')}/`;
      const siblings = readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
        .map((e) => e.name);
      const guess = closest(parts[i]!, siblings);
      const instead = guess ? `${[...parts.slice(0, i), guess].join('/')}/` : undefined;
      return `${shown} does not exist${instead ? ` (did you mean ${instead}?)` : ''}`;
    }
    dir = next;
  }
  return undefined;
}
