import { parse as parseYaml } from 'yaml';
import type { DocumentBlock } from '../document.js';
import { withEnglishFieldNames } from '../field-names.js';
import { tableRowLines } from './table-rows.js';

/** Markdown (and plain text) as blocks under their headings; YAML front-matter becomes metadata. */
export function parseMarkdown(text: string): {
  blocks: DocumentBlock[];
  title?: string;
  metadata: Record<string, unknown>;
  warnings?: string[];
} {
  const { body, metadata, warning } = splitFrontMatter(text.replace(/\r\n?/g, '\n'));
  const { blocks, firstH1 } = headedBlocks(body);
  const title = typeof metadata.title === 'string' ? metadata.title : firstH1;
  return {
    blocks,
    ...(title !== undefined ? { title } : {}),
    metadata,
    ...(warning ? { warnings: [warning] } : {}),
  };
}

// YAML front-matter as metadata; a `---` block that is not a mapping stays text (a horizontal rule). A block
// that opens with a field ("title: …") but is not valid YAML is front matter written wrong: it stays text, and
// the author is told, since none of its fields (a status, what it replaces) is read.
function splitFrontMatter(text: string): {
  body: string;
  metadata: Record<string, unknown>;
  warning?: string;
} {
  const fm = text.match(/^---\n([\s\S]*?)\n---(?:\n|$)/);
  // Opened with --- and a field, never closed: every line after it would be read as its fields.
  if (!fm && /^---\n[\w-]+[^\S\n]*:/.test(text))
    return {
      body: text,
      metadata: {},
      warning:
        'front matter opens with --- on line 1 but is never closed, so none of its fields is read and it is indexed as text; add a line with --- after its last field',
    };
  if (!fm) return { body: text, metadata: {} };
  let parsed: unknown;
  try {
    parsed = parseYaml(fm[1]!);
  } catch (err) {
    if (!/^[\w-]+\s*:/.test(fm[1]!)) return { body: text, metadata: {} };
    // The parser counts lines from the block's first; the author counts them from the file's (the --- is 1).
    const why = (err as Error).message
      .split('\n')[0]!
      .replace(/:\s*$/, '')
      .replace(/\bline (\d+)/, (_, n: string) => `line ${Number(n) + 1}`);
    return {
      body: text,
      metadata: {},
      warning: `front matter is not valid YAML (${why}), so none of its fields is read and it is indexed as text; fix the YAML between the --- lines`,
    };
  }
  const isMapping = Boolean(parsed) && typeof parsed === 'object' && !Array.isArray(parsed);
  const metadata = isMapping ? (parsed as Record<string, unknown>) : {};
  if (!Object.keys(metadata).length) return { body: text, metadata: {} };
  return { body: text.slice(fm[0].length), metadata: withEnglishFieldNames(metadata) };
}

// The text between headings as blocks, each under the path of headings above it (fenced code is text).
function headedBlocks(body: string): { blocks: DocumentBlock[]; firstH1?: string } {
  const blocks: DocumentBlock[] = [];
  const stack: string[] = [];
  let lines: string[] = [];
  let inFence = false;
  let firstH1: string | undefined;
  const flush = () => {
    const t = lines.join('\n').trim();
    if (t) blocks.push({ text: t, headings: stack.filter(Boolean) });
    lines = [];
  };
  for (const line of tablesAsRows(body).split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const h = inFence ? null : headingOf(line);
    if (!h) {
      lines.push(line);
      continue;
    }
    flush();
    const level = h[1]!.length;
    stack.length = Math.min(stack.length, level - 1);
    while (stack.length < level - 1) stack.push('');
    stack[level - 1] = stripInline(h[2]!);
    if (level === 1) firstH1 ??= stack[0];
  }
  flush();
  return { blocks, ...(firstH1 !== undefined ? { firstH1 } : {}) };
}

// Headings keep their words, not their markup.
function stripInline(s: string): string {
  return s
    .replace(/[*_`]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim();
}

const TABLE_LINE = /^\s*\|.*\|\s*$/;
const DIVIDER = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
// `# Title ##`: the level and the text. Trailing marks are trimmed in code: a lazy `(.+?)\s*#*\s*$` is
// cubic on a long line of spaces.
const HEADING_START = /^(#{1,6})[ \t]+(\S.*)$/;
function headingOf(line: string): [string, string, string] | null {
  const m = line.match(HEADING_START);
  if (!m) return null;
  let text = m[2]!.trimEnd();
  const closing = text.match(/#+$/);
  // A closing run of # counts only after a space ("# C#" keeps its #); trimmed without a backtracking regex.
  if (closing && /[ \t]$/.test(text.slice(0, -closing[0].length)))
    text = text.slice(0, -closing[0].length).trimEnd();
  return text ? [m[0], m[1]!, text] : null;
}

const cellsOf = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => stripInline(c.replace(/\\\|/g, '|')));

// Pipe tables become one paragraph per row, each naming the heading above the table and its cells' column headers.
function tablesAsRows(body: string): string {
  const lines = body.split('\n');
  const out: string[] = [];
  let caption: string | undefined;
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const h = inFence ? null : headingOf(line);
    if (h) caption = stripInline(h[2]!);
    if (inFence || !startsTable(lines, i)) {
      out.push(line);
      continue;
    }
    let j = i + 2;
    // Inside a table a row needs only a pipe (GFM lets a row drop its outer pipes).
    while (j < lines.length && lines[j]!.trim() && lines[j]!.includes('|')) j++;
    const rows = lines.slice(i + 2, j).map(cellsOf);
    // Each row its own paragraph, with no more blank lines around them than the text had.
    if (out.length && out.at(-1)!.trim()) out.push('');
    out.push(...tableRowLines(cellsOf(line), rows, caption).flatMap((r, k) => (k ? ['', r] : [r])));
    if ((lines[j] ?? '').trim()) out.push('');
    i = j - 1;
  }
  return out.join('\n');
}

// A header line of pipes followed by a `| --- | :---: |` divider.
const startsTable = (lines: string[], i: number) =>
  TABLE_LINE.test(lines[i]!) && DIVIDER.test(lines[i + 1] ?? '') && (lines[i + 1] ?? '').includes('-');
