/**
 * @module A .prompt file read from disk (or from the store): its source, content hash, front-matter and
 * template, checked for errors before anything renders it.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import Handlebars from 'handlebars';
import { TandemError } from '../core/index.js';
import { type FrontMatter, parseFrontMatter, splitPromptSource } from './front-matter.js';
import { collectPartials, type PartialReader, promptVersion } from './prompt-partials.js';

export interface PromptFile {
  /** File name without `.prompt` (and without a variant suffix). */
  name: string;
  /** Where it came from: a path, or `store:<name>@<version>`. */
  origin: string;
  source: string;
  /** The partials the template uses (directly or through other partials): name → source. */
  partials: Record<string, string>;
  /** Hex SHA-256 of the source and its partials: the version id (see promptVersion). */
  version: string;
  frontMatter: FrontMatter;
  template: string;
  /** 1-based line of the template's first line in the file. */
  templateLine: number;
}

/** Parses prompt source text with the partials it uses; `origin` names it in error messages. */
export function parsePromptSource(
  name: string,
  source: string,
  origin: string,
  partials: Record<string, string> = {},
): PromptFile {
  const { frontMatter, template, templateLine } = splitPromptSource(source);
  const fm = parseFrontMatter(frontMatter, origin);
  checkTemplate(template, origin, templateLine);
  const version = promptVersion(source, partials);
  return { name, origin, source, partials, version, frontMatter: fm, template, templateLine };
}

/** Reads and parses a .prompt file, with the partials `readPartial` finds for it (none when not given). */
export async function readPromptFile(path: string, readPartial?: PartialReader): Promise<PromptFile> {
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch {
    throw new TandemError('PROMPT_NOT_FOUND', `cannot read ${path}`, {
      hint: 'Check the file name in prompts/.',
    });
  }
  const { template } = splitPromptSource(source);
  // A template that does not parse has no partials to find; parsePromptSource reports where it breaks.
  const partials = readPartial ? await collectPartials(template, readPartial).catch(() => ({})) : {};
  return parsePromptSource(basename(path).replace(/\.prompt$/, ''), source, path, partials);
}

// Handlebars syntax errors, moved to the file's line numbers.
function checkTemplate(template: string, origin: string, templateLine: number): void {
  try {
    Handlebars.parse(template);
  } catch (err) {
    const message = (err as Error).message;
    const line = Number(message.match(/on line (\d+)/)?.[1] ?? 1);
    const detail = message.split('\n').slice(1).join('\n').trim();
    throw new TandemError('PROMPT_INVALID', `template syntax error${detail ? `:\n${detail}` : ''}`, {
      where: { file: origin, line: templateLine + line - 1 },
      hint: 'Check that every {{#if}}/{{#each}} has its {{/if}}/{{/each}} and that braces are balanced.',
    });
  }
}
