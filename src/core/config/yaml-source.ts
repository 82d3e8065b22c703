/**
 * @module Parses YAML keeping positions, so any error can point at a file, line and column.
 */
import { type Document, isMap, isPair, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import { type SourceLocation, TandemError } from '../errors.js';

export type FieldPath = ReadonlyArray<string | number>;

/** A parsed YAML file that can say where any field path lives in it. */
export interface YamlSource {
  file: string;
  value: unknown;
  locate(path: FieldPath): SourceLocation;
}

/** Parses YAML text; a syntax error becomes a CONFIG_INVALID error with its line and column. */
export function parseYamlSource(
  text: string,
  file: string,
  code: 'CONFIG_INVALID' | 'PROMPT_INVALID' | 'SUITE_INVALID' = 'CONFIG_INVALID',
  lineOffset = 0,
): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    throw new TandemError(code, `YAML syntax error: ${firstLine(first.message)}`, {
      where: { file, line: pos.line + lineOffset, column: pos.col },
      hint: 'Check indentation (spaces, not tabs) and that brackets and quotes are closed.',
    });
  }
  const locate = (path: FieldPath): SourceLocation => {
    const node = nearestNode(doc, path);
    const where: SourceLocation = { file, path: formatPath(path) };
    if (node?.range) {
      const pos = lineCounter.linePos(node.range[0]);
      where.line = pos.line + lineOffset;
      where.column = pos.col;
    }
    return where;
  };
  return { file, value: doc.toJS({ maxAliasCount: 100 }), locate };
}

/** Formats a field path as `a.b[2].c`. */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : String(seg);
  return out;
}

// The deepest node on the path that exists: a missing field is reported where its parent is.
// When the last segment is a key of a map, point at the key itself (better for "unknown field").
function nearestNode(doc: Document, path: FieldPath): Node | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    if (depth > 0) {
      const parent = depth === 1 ? doc.contents : doc.getIn(prefix.slice(0, -1), true);
      const last = prefix[prefix.length - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === last);
        if (pair && isScalar(pair.key)) return (pair.value as Node | null) ?? pair.key;
      }
    }
    const node = depth === 0 ? doc.contents : doc.getIn(prefix, true);
    if (node && typeof node === 'object' && 'range' in node) return node as Node;
  }
  return undefined;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
