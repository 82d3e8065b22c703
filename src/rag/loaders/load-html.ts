import { type Cheerio, load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { DocumentBlock } from '../document.js';
import { tableRowLines } from './table-rows.js';

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
  // Headings open a section; tables become one paragraph per row. Both are read whole, not walked.
  const structural = (el: Element, tag: string): boolean => {
    const h = tag.match(/^h([1-6])$/);
    if (h) {
      flush();
      enterHeading(stack, Number(h[1]), $(el).text().replace(/\s+/g, ' ').trim());
      return true;
    }
    if (tag !== 'table' || isLayoutTable($, el)) return false;
    endParagraph();
    paragraphs.push(...htmlTableRows($, el, stack.filter(Boolean).at(-1)));
    return true;
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
      if (structural(el, tag)) return;
      if (BLOCK.has(tag)) endParagraph();
      if (tag === 'li') buffer += '- ';
      walk($(el).contents());
      if (BLOCK.has(tag)) endParagraph();
    });
  };
  const notices = noticesOutside($, main);
  if (notices.length) blocks.push({ text: notices.join('\n\n'), headings: [] });
  walk((main ?? $.root()).contents() as Cheerio<AnyNode>);
  flush();
  for (const b of blocks) b.headings = b.headings.filter(Boolean);
  const h1 = blocks.find((b) => b.headings.length)?.headings[0];
  return { blocks, title: pageTitle ?? h1, metadata: lang ? { lang } : {} };
}

// A notice the page shows around its content ("This page was replaced on 2 March 2026. See …"), outside the
// content container: read as the page's first paragraph, where a reader sees it first. A note (`role="note"`)
// and an archive's own banner (`class="archive-banner"`) are notices too; not the page (`<body class="archived">`)
// nor a site's other boxes ("notice-board", "hero-banner"), which every page repeats.
const NOTICE =
  '[role=alert], [role=status], [role=note], .alert, .notice, .banner, .warning, .callout, .announcement, div[class*=archive-banner], div[class*=archive-notice]';

function noticesOutside($: ReturnType<typeof load>, main: Cheerio<AnyNode> | undefined): string[] {
  if (!main || main.is('body')) return [];
  const outside = (el: Element) =>
    !main.is(el) &&
    main.find(el).length === 0 &&
    !main.parents().toArray().includes(el) &&
    $(el).parents(NOTICE).length === 0;
  // A hidden element is no notice a reader sees ("This field is required." waiting for a form to fail).
  const hidden = (el: Element) =>
    $(el).is('[hidden]') || /display\s*:\s*none|visibility\s*:\s*hidden/i.test($(el).attr('style') ?? '');
  // A cookie or consent banner is no notice about the page.
  const consent = (el: Element) =>
    /cookie|consent/i.test(`${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''}`);
  return $(NOTICE)
    .filter((_, el) => outside(el) && !hidden(el) && !consent(el) && $(el).parents('[hidden]').length === 0)
    .map((_, el) => wordsOf(el))
    .get()
    .filter(Boolean);
}

// An element's text, a space between its blocks ("…2026." and "See the new page." stay two sentences).
function wordsOf(el: Element): string {
  const texts: string[] = [];
  const visit = (node: AnyNode) => {
    if (node.type === 'text') texts.push((node as unknown as { data: string }).data);
    const children = (node as Element).children ?? [];
    const block = node.type === 'tag' && BLOCK.has((node as Element).tagName.toLowerCase());
    if (block) texts.push(' ');
    for (const child of children) visit(child);
    if (block) texts.push(' ');
  };
  visit(el);
  return texts.join('').replace(/\s+/g, ' ').trim();
}

// The heading path after a heading of `level`: deeper headings are closed.
function enterHeading(stack: string[], level: number, text: string): void {
  stack.length = Math.min(stack.length, level - 1);
  stack[level - 1] = text;
}

const cellText = ($: ReturnType<typeof load>, cell: AnyNode | undefined) =>
  cell ? $(cell).text().replace(/\s+/g, ' ').trim() : '';

// A table as one line per body row: its caption (or the heading above it), then each cell with its column
// header; a table without a header row gives its cells' text.
function htmlTableRows($: ReturnType<typeof load>, table: Element, heading?: string): string[] {
  const rows = $(table)
    .find('tr')
    .filter((_, tr) => $(tr).closest('table')[0] === table)
    .toArray();
  const grid = cellGrid(rows.map((tr) => $(tr).children('th, td').toArray()));
  const trs = rows.filter((_, i) => grid[i]!.length > 0);
  const cells = grid.filter((r) => r.length > 0);
  const isHeaderRow = (r: Array<Element | undefined>) =>
    r.every((c) => c !== undefined && isHeaderCell($, c));
  // The header is its first row of header cells, and the rows of header cells after it when it groups them (a
  // cell spanning columns or rows) or they are in <thead>, as long as a row of the body is left.
  // A table of header cells only (its first column in <th> too) keeps one header row: its other rows are data.
  const hasData = cells.some((r) => r.some((c) => c?.tagName === 'td'));
  const grouped = (cells[0] ?? []).some((c) => c && (spanOf(c, 'colspan') > 1 || spanOf(c, 'rowspan') > 1));
  const more = (i: number) =>
    hasData && i < cells.length - 1 && isHeaderRow(cells[i]!) && (grouped || $(trs[i]!).parent().is('thead'));
  let headerRows = cells[0] && isHeaderRow(cells[0]) ? 1 : 0;
  while (headerRows > 0 && more(headerRows)) headerRows++;
  const headers = columnHeaders($, cells.slice(0, headerRows));
  const caption = $(table).children('caption').first().text().replace(/\s+/g, ' ').trim() || heading;
  return cells.slice(headerRows).flatMap((row) => {
    const { names, values } = mergedAcross($, row, headers);
    return tableRowLines(names, [values], caption);
  });
}

// A row's values under their headers, a cell spanning columns said once under the headers it spans ("Work /
// rest in each hour › Heavy work, Light work: Stop heavy work"), not once per column.
function mergedAcross(
  $: ReturnType<typeof load>,
  row: Array<Element | undefined>,
  headers: string[],
): { names: string[]; values: string[] } {
  const spans: Array<{ headers: string[]; value: string }> = [];
  row.forEach((cell, col) => {
    const header = headers[col] ?? '';
    const last = spans[spans.length - 1];
    if (last && cell !== undefined && row[col - 1] === cell) {
      if (header && !last.headers.includes(header)) last.headers.push(header);
      return;
    }
    spans.push({ headers: header ? [header] : [], value: cellText($, cell) });
  });
  return { names: spans.map((s) => sharedPath(s.headers)), values: spans.map((s) => s.value) };
}

// Headers joined with the path they share said once: "A › x" and "A › y" are "A › x, y".
function sharedPath(headers: string[]): string {
  if (headers.length < 2) return headers[0] ?? '';
  const paths = headers.map((h) => h.split(' › '));
  let shared = 0;
  while (paths.every((p) => p.length > shared + 1 && p[shared] === paths[0]![shared])) shared++;
  const tails = paths.map((p) => p.slice(shared).join(' › '));
  return [...paths[0]!.slice(0, shared), tails.join(', ')].join(' › ');
}

// Each column's header: the words of its header rows from the top, each cell once ("Work / rest in each hour ›
// Heavy work" under a heading that spans two columns; "Band" once though it spans both rows).
function columnHeaders($: ReturnType<typeof load>, rows: Array<Array<Element | undefined>>): string[] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, col) => {
    const cells = [...new Set(rows.map((r) => r[col]).filter((c) => c !== undefined))];
    return cells
      .map((c) => cellText($, c))
      .filter(Boolean)
      .join(' › ');
  });
}

// Each row's cells by column. A cell spanning columns stands under each of them, and a cell spanning rows
// ("Tier 1" over two areas) stands in each row it spans, so every value keeps its own column's header and no
// row's values shift one column left.
function cellGrid(rows: Element[][]): Array<Array<Element | undefined>> {
  const grid: Element[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    let col = 0;
    for (const cell of cells) {
      while (grid[r]![col]) col++;
      const across = spanOf(cell, 'colspan');
      // rowspan="0" runs to the table's end, as browsers read it; no span runs past it.
      const down =
        Number(cell.attribs?.rowspan) === 0
          ? rows.length - r
          : Math.min(spanOf(cell, 'rowspan', rows.length), rows.length - r);
      for (let i = 0; i < down; i++) for (let j = 0; j < across; j++) grid[r + i]![col + j] = cell;
      col += across;
    }
  });
  // A row of no cells of its own (<tr></tr>) is no row; a column no cell reaches is left empty.
  return grid.map((row, r) => (rows[r]!.length ? Array.from(row) : []));
}

// A span attribute as a whole count from 1 up to `most` ("2.5" is 2; 0, a negative or junk is 1).
const spanOf = (cell: Element, attr: string, most = MAX_COLSPAN) =>
  Math.min(most, Math.max(1, Math.trunc(Number(cell.attribs?.[attr])) || 1));

// A cell spans at most this many columns: a colspan of 99999 cannot make a row of 99999 cells.
const MAX_COLSPAN = 20;

// A header cell: <th>, or a cell whose whole text is bold (Word and mammoth mark a header row that way).
function isHeaderCell($: ReturnType<typeof load>, cell: Element): boolean {
  if (cell.tagName === 'th') return true;
  const text = $(cell).text().trim();
  const bold = $(cell).find('strong, b').text().trim();
  return text.length > 0 && bold === text;
}

// A table used for layout (headings, lists or tables inside its cells, or cells of several paragraphs) is read
// as content. One paragraph per cell is how Word tables arrive through mammoth: that is still a data table.
function isLayoutTable($: ReturnType<typeof load>, table: Element): boolean {
  if ($(table).find('td h1, td h2, td h3, td h4, td ul, td ol, td table').length > 0) return true;
  return $(table)
    .find('td')
    .toArray()
    .some((td) => $(td).children('p, div').length > 1);
}
