import type { DocumentBlock } from '../document.js';

/** The text of each PDF page as a block carrying its page number; the title from the PDF's metadata. */
export async function parsePdf(
  bytes: Uint8Array,
): Promise<{ blocks: DocumentBlock[]; title?: string; metadata: Record<string, unknown> }> {
  // unpdf bundles a serverless build of PDF.js: no native code, nothing downloaded.
  const { getDocumentProxy, extractText, getMeta } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  let title: string | undefined;
  try {
    const meta = await getMeta(pdf);
    const t = (meta.info as { Title?: unknown } | undefined)?.Title;
    if (typeof t === 'string' && t.trim()) title = t.trim();
  } catch {
    // Metadata is optional; the text is what matters.
  }
  const blocks = (text as string[])
    .map((pageText, i) => ({ text: pageText.replace(/[ \t]+\n/g, '\n').trim(), headings: [], page: i + 1 }))
    .filter((b) => b.text);
  return { blocks, title, metadata: { pages: pdf.numPages } };
}
