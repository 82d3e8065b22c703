import { type Cheerio, load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { DocumentBlock } from '../document.js';

// Page furniture that is never the content.
const NOISE =
  'script, style, noscript, template, svg, iframe, form, nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], .nav, .navbar, .sidebar, .menu, .breadcrumb, .breadcrumbs, .cookie, .cookies';
const BLOCK = new Set([
  'p',
  'li',
  'pre',
  'blockquote',
  'dd',
  'dt',
  'td',
  'th',
  'figcaption',
  'caption',
  'div',
  'section',
  'article',
  'main',
  'tr',
  'table',
  'ul',
  'ol',
  'dl',
  'br',
  'hr',
]);

/** The main content of an HTML page as blocks under its headings (navigation, headers, footers dropped). */
export function parseHtml(html: string): {
  blocks: DocumentBlock[];
  title?: string;
  metadata: Record<string, unknown>;
} {
  const $ = load(html);
  const pageTitle = $('title').first().text().trim() || undefined;
  const lang = $('html').attr('lang');
  $(NOISE).remove();
  // The page's own content container when it marks one, else the body.
  const main = ['main', 'article', '[role=main]', 'body'].map((s) => $(s).first()).find((c) => c.length > 0);

  const blocks: DocumentBlock[] = [];
  const stack: string[] = [];
  let buffer = '';
  const paragraphs: string[] = [];
  const endParagraph = () => {
    const t = buffer.replace(/\s+/g, ' ').trim();
    if (t) paragraphs.push(t);
    buffer = '';
  };
  const flush = () => {
    endParagraph();
    if (paragraphs.length) blocks.push({ text: paragraphs.join('\n\n'), headings: [...stack] });
    paragraphs.length = 0;
  };
  const walk = (nodes: Cheerio<AnyNode>) => {
    nodes.each((_, node) => {
      if (node.type === 'text') {
        buffer += (node as unknown as { data: string }).data;
        return;
      }
      if (node.type !== 'tag') return;
      const el = node as Element;
      const tag = el.tagName.toLowerCase();
      const h = tag.match(/^h([1-6])$/);
      if (h) {
        flush();
        const level = Number(h[1]);
        stack.length = Math.min(stack.length, level - 1);
        stack[level - 1] = $(el).text().replace(/\s+/g, ' ').trim();
        return;
      }
      if (BLOCK.has(tag)) endParagraph();
      if (tag === 'li') buffer += '- ';
      walk($(el).contents());
      if (BLOCK.has(tag)) endParagraph();
    });
  };
  walk((main ?? $.root()).contents() as Cheerio<AnyNode>);
  flush();
  for (const b of blocks) b.headings = b.headings.filter(Boolean);
  const h1 = blocks.find((b) => b.headings.length)?.headings[0];
  return { blocks, title: pageTitle ?? h1, metadata: lang ? { lang } : {} };
}
