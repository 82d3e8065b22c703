/**
 * @module The tools of a project: every tool exported by modules in tools/, loaded once and on demand.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { closest, importModule, TandemError } from '../core/index.js';
import type { ToolDefinition } from './define-tool.js';

export interface ToolRegistry {
  /** The named tools; throws TOOL_NOT_FOUND for a name no module exports. */
  pick(names: string[], usedBy: string): Promise<ToolDefinition[]>;
  all(): Promise<ToolDefinition[]>;
}

/** Reads tools from `dir` (ts, mts, js, mjs). Files starting with `_` are helpers, not tools. */
export function createToolRegistry(dir: string): ToolRegistry {
  let loaded: Promise<Map<string, ToolDefinition>> | undefined;
  const load = () => (loaded ??= loadTools(dir));
  return {
    async pick(names, usedBy) {
      if (!names.length) return []; // don't load (and transpile) tools/ for an app that uses none
      const tools = await load();
      return names.map((n) => tools.get(n) ?? throwToolNotFound(n, usedBy, dir, [...tools.keys()]));
    },
    async all() {
      return [...(await load()).values()];
    },
  };
}

async function loadTools(dir: string): Promise<Map<string, ToolDefinition>> {
  const tools = new Map<string, ToolDefinition>();
  if (!existsSync(dir)) return tools;
  const files = (await readdir(dir)).filter(
    (f) => /\.(m?ts|m?js)$/.test(f) && !f.startsWith('_') && !f.includes('.test.'),
  );
  for (const f of files.sort()) {
    for (const tool of await toolsOfModule(join(dir, f))) {
      const clash = tools.get(tool.name);
      if (clash && clash !== tool) {
        throw new TandemError('TOOL_INVALID', `two tools are named "${tool.name}"`, {
          where: { file: join(dir, f) },
          hint: 'Tool names must be unique across tools/.',
        });
      }
      tools.set(tool.name, tool);
    }
  }
  return tools;
}

// Every export that looks like a tool; a default export is named after its file unless it names itself.
async function toolsOfModule(file: string): Promise<ToolDefinition[]> {
  const mod = (await importModule(file)) as Record<string, unknown>;
  return Object.entries(mod)
    .filter((entry): entry is [string, Partial<ToolDefinition>] => isToolLike(entry[1]))
    .map(([exportName, value]) =>
      checkTool(value, file, exportName === 'default' ? basename(file).replace(/\.\w+$/, '') : exportName),
    );
}

function throwToolNotFound(name: string, usedBy: string, dir: string, known: string[]): never {
  const guess = closest(name, known);
  throw new TandemError(
    'TOOL_NOT_FOUND',
    `${usedBy} uses tool "${name}", which no module in ${dir} exports`,
    {
      hint: guess
        ? `did you mean "${guess}"?`
        : `create ${join(dir, `${name}.ts`)} with export default defineTool({ name: '${name}', … })`,
    },
  );
}

function isToolLike(v: unknown): v is Partial<ToolDefinition> {
  return Boolean(v && typeof v === 'object' && 'execute' in v);
}

function checkTool(v: Partial<ToolDefinition>, file: string, fallbackName: string): ToolDefinition {
  const name = v.name ?? fallbackName;
  const problem =
    typeof v.execute !== 'function'
      ? 'execute must be a function'
      : !/^[A-Za-z0-9_-]{1,64}$/.test(name)
        ? `name "${name}" must be 1-64 letters, digits, "_" or "-"`
        : typeof v.description !== 'string' || !v.description
          ? 'description is required (the model reads it to decide when to call the tool)'
          : !v.parameters || (v.parameters as { type?: unknown }).type !== 'object'
            ? 'parameters must be a JSON Schema with type: object'
            : undefined;
  if (problem) {
    throw new TandemError('TOOL_INVALID', `tool "${name}": ${problem}`, {
      where: { file },
      hint: "export default defineTool({ name, description, parameters: { type: 'object', properties: {…} }, execute })",
    });
  }
  return { ...(v as ToolDefinition), name };
}
