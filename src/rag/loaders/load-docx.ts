import type { DocumentBlock } from '../document.js';

/** A Word document through mammoth's HTML, so Word headings become the heading path. */
export async function parseDocx(
  bytes: Uint8Array,
): Promise<{ blocks: DocumentBlock[]; title?: string; metadata: Record<string, unknown> }> {
  const mammoth = await import('mammoth');
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const { parseHtml } = await import('./load-html.js');
  return parseHtml(`<html><body>${html}</body></html>`);
}
