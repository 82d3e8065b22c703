/**
 * @module What loaders produce and the chunker consumes: a document as blocks of text under their headings.
 */

/** The kinds of file the loaders read, by extension. */
export const SUPPORTED_EXTENSIONS = [
  '.md',
  '.markdown',
  '.mdx',
  '.txt',
  '.text',
  '.html',
  '.htm',
  '.pdf',
  '.docx',
  '.json',
  '.jsonl',
  '.ndjson',
  '.csv',
];

/** The extensions as a regular expression's alternation, without their dots ("md|markdown|…"). */
export const EXTENSION_PATTERN = SUPPORTED_EXTENSIONS.map((e) => e.slice(1)).join('|');

/** A run of text under one heading path (and, for PDFs, on one page). */
export interface DocumentBlock {
  text: string;
  /** Headings from the top down, e.g. ["Billing", "Refunds"]. */
  headings: string[];
  page?: number;
}

export interface LoadedDocument {
  /** Stable id: the source path, plus `#<row id>` for rows of JSON and CSV files. */
  id: string;
  /** Path relative to the project root. */
  source: string;
  title?: string;
  blocks: DocumentBlock[];
  /** Front-matter fields, mapped JSON/CSV fields, and `format`; filters match on these. */
  metadata: Record<string, unknown>;
  /** What its front-matter declares that tandem cannot use (`status: obsolet`): ingest reports each. */
  warnings?: string[];
}

/** The text a document opens with, up to `length` characters: where it says what it is and when it applies. */
export function openingOf(doc: LoadedDocument, length: number): string {
  let opening = '';
  for (const b of doc.blocks) {
    if (opening.length >= length) break;
    opening += `${b.text}\n`;
  }
  return opening.slice(0, length);
}

/** A piece of a document small enough to retrieve and put into a prompt. */
export interface Chunk {
  /** Stable across re-ingests while the text, its headings and its document id are unchanged. */
  id: string;
  docId: string;
  /** Position of the chunk in its document. */
  ord: number;
  text: string;
  headings: string[];
  page?: number;
  tokens: number;
}
