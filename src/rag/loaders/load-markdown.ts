import { parse as parseYaml } from 'yaml';
import type { DocumentBlock } from '../document.js';

/** Markdown (and plain text) as blocks under their headings; YAML front-matter becomes metadata. */
export function parseMarkdown(text: string): {
  blocks: DocumentBlock[];
  title?: string;
  metadata: Record<string, unknown>;
} {
  let body = text.replace(/\r\n?/g, '\n');
  let metadata: Record<string, unknown> = {};
  const fm = body.match(/^---\n([\s\S]*?)\n---\n/);
  if (fm) {
    try {
      const parsed = parseYaml(fm[1]!);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        metadata = parsed as Record<string, unknown>;
    } catch {
      // Not front-matter after all (e.g. a horizontal rule): keep it as text.
    }
    if (Object.keys(metadata).length) body = body.slice(fm[0].length);
  }
  const blocks: DocumentBlock[] = [];
  const stack: string[] = [];
  let lines: string[] = [];
  let inFence = false;
  let title = typeof metadata.title === 'string' ? metadata.title : undefined;
  const flush = () => {
    const t = lines.join('\n').trim();
    if (t) blocks.push({ text: t, headings: [...stack] });
    lines = [];
  };
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const h = inFence ? null : line.match(/^(#{1,6})\s+(.+?)\s*#*\s*$/);
    if (h) {
      flush();
      const level = h[1]!.length;
      stack.length = Math.min(stack.length, level - 1);
      while (stack.length < level - 1) stack.push('');
      stack[level - 1] = stripInline(h[2]!);
      title ??= level === 1 ? stack[0] : undefined;
      continue;
    }
    lines.push(line);
  }
  flush();
  for (const b of blocks) b.headings = b.headings.filter(Boolean);
  return { blocks, title, metadata };
}

// Headings keep their words, not their markup.
function stripInline(s: string): string {
  return s
    .replace(/[*_`]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim();
}
