/**
 * @module The partials a prompt uses (`{{> name}}`, and the partials those use), found as `dotprompt` finds
 * them when it renders, so a prompt's version covers exactly the text that reaches the model.
 */
import Handlebars from 'handlebars';
import { sha256 } from '../core/index.js';

type PartialNode = hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement;

// The partial names a template names literally; a name computed at render time cannot be known before.
function partialNames(template: string): string[] {
  const names: string[] = [];
  const visitor = new Handlebars.Visitor();
  const visit = (node: PartialNode) => {
    if (node.name.type === 'PathExpression') names.push((node.name as hbs.AST.PathExpression).original);
  };
  const base = Handlebars.Visitor.prototype;
  visitor.PartialStatement = function (node) {
    visit(node);
    base.PartialStatement.call(this, node);
  };
  visitor.PartialBlockStatement = function (node) {
    visit(node);
    base.PartialBlockStatement.call(this, node);
  };
  visitor.accept(Handlebars.parse(template));
  return names;
}

/** Reads a partial's source by name; null when there is none. */
export type PartialReader = (name: string) => string | null | Promise<string | null>;

/** Every partial `template` uses, directly or through other partials, by name; missing ones are left out. */
export async function collectPartials(
  template: string,
  read: PartialReader,
): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  const queue = [...partialNames(template)];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (Object.hasOwn(found, name)) continue;
    const source = await read(name);
    if (source === null) continue;
    found[name] = source;
    queue.push(...partialNames(source));
  }
  return found;
}

/**
 * A prompt's version: the SHA-256 of its file, and of the partials it uses when it uses any (a prompt with no
 * partials keeps the hash of its file alone, as before partials counted).
 */
export function promptVersion(source: string, partials: Record<string, string>): string {
  const names = Object.keys(partials).sort();
  if (!names.length) return sha256(source);
  return sha256(JSON.stringify([source, names.map((n) => [n, partials[n]])]));
}

/** The files of two versions of a prompt that differ: [file name, text before, text after] (undefined: absent). */
export function changedFiles(
  a: { name: string; source: string; partials: Record<string, string> },
  b: { name: string; source: string; partials: Record<string, string> },
): Array<[string, string | undefined, string | undefined]> {
  const out: Array<[string, string | undefined, string | undefined]> = [];
  if (a.source !== b.source) out.push([`${a.name}.prompt`, a.source, b.source]);
  for (const n of [...new Set([...Object.keys(a.partials), ...Object.keys(b.partials)])].sort()) {
    if (a.partials[n] !== b.partials[n]) out.push([`_${n}.prompt`, a.partials[n], b.partials[n]]);
  }
  return out;
}
