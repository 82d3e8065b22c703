/**
 * @module Reads one file into documents, choosing the loader by extension. A file that cannot be read is a
 * DOCUMENT_INVALID error naming the file and the reason; ingest reports it and goes on with the rest.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { type KnowledgeBaseConfig, TandemError } from '../../core/index.js';
import { withRegisterClaims, withStatus } from '../currency.js';
import { declaredFieldProblems } from '../declared-fields.js';
import type { LoadedDocument } from '../document.js';
import { SUPPORTED_EXTENSIONS } from '../document.js';
import { withScope } from '../scope.js';
import { decodeText } from './decode-text.js';
import { detectBinary } from './detect-binary.js';
import { parseDocx } from './load-docx.js';
import { parseMarkdown } from './load-markdown.js';
import { parsePdf } from './load-pdf.js';
import { parsePlainText } from './load-plain-text.js';
import { parseCsvRecords, parseJsonRecords } from './load-records.js';

/** Bumped when a loader reads a file differently: ingest then reads every file again, unchanged or not. */
export const LOADERS_VERSION = 54;

export { SUPPORTED_EXTENSIONS } from '../document.js';

/**
 * Loads `file` (absolute) whose project-relative path is `source`, each document with its status and scope, and
 * the front-matter fields it declares that tandem cannot use as warnings.
 */
export async function loadFile(
  file: string,
  source: string,
  cfg: KnowledgeBaseConfig,
): Promise<LoadedDocument[]> {
  const docs = (await readDocuments(file, source, cfg)).map((doc) =>
    withScope(withStatus(withWarnings(doc))),
  );
  return withRegisterClaims(docs);
}

// Only a Markdown file's front-matter is the author's declaration: a CSV or JSON record's "status" column is
// data of its own ("Open", "On leave").
function withWarnings(doc: LoadedDocument): LoadedDocument {
  if (doc.metadata.format !== 'markdown') return doc;
  const warnings = [...(doc.warnings ?? []), ...declaredFieldProblems(doc.metadata)];
  return warnings.length ? { ...doc, warnings } : doc;
}

async function readDocuments(
  file: string,
  source: string,
  cfg: KnowledgeBaseConfig,
): Promise<LoadedDocument[]> {
  const ext = extname(file).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.includes(ext)) {
    throw invalid(
      source,
      `unsupported file type "${ext || '(none)'}"`,
      `supported: ${SUPPORTED_EXTENSIONS.join(' ')}; narrow sources: or add exclude:`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw invalid(source, `cannot read the file: ${(err as Error).message}`);
  }
  try {
    const single = (
      parsed: {
        blocks: LoadedDocument['blocks'];
        title?: string;
        metadata: Record<string, unknown>;
        warnings?: string[];
      },
      format: string,
      extra: Record<string, unknown> = {},
    ): LoadedDocument[] => [
      {
        id: source,
        source,
        ...(parsed.title ? { title: parsed.title } : {}),
        blocks: parsed.blocks,
        metadata: { ...parsed.metadata, format, ...extra },
        ...(parsed.warnings?.length && format === 'markdown' ? { warnings: parsed.warnings } : {}),
      },
    ];
    switch (ext) {
      case '.pdf':
        return single(await parsePdf(bytes), 'pdf');
      case '.docx':
        return single(await parseDocx(bytes), 'docx');
    }
    const binary = detectBinary(bytes);
    if (binary) {
      throw invalid(
        source,
        `holds ${binary}, not ${ext.slice(1)} text`,
        'Give the file its real extension (.pdf and .docx are read; images and archives are not), or add it to exclude: in tandem.yaml.',
      );
    }
    const { text, encoding } = decodeText(bytes);
    const extra = encoding === 'utf-8' ? {} : { encoding };
    switch (ext) {
      case '.html':
      case '.htm':
        return single(await parseHtmlLazily(text), 'html', extra);
      case '.json':
        return parseJsonRecords(text, source, false, cfg.json);
      case '.jsonl':
      case '.ndjson':
        return parseJsonRecords(text, source, true, cfg.json);
      case '.csv':
        return await parseCsvRecords(text, source, cfg.csv);
      case '.txt':
      case '.text':
        return single(parsePlainText(text), 'text', extra);
      default:
        return single(parseMarkdown(text), 'markdown', extra);
    }
  } catch (err) {
    if (err instanceof TandemError) throw err;
    throw invalid(
      source,
      reason(err),
      ext === '.pdf'
        ? 'Check that the file opens in a PDF viewer; re-export it if it is damaged.'
        : undefined,
    );
  }
}

/** cheerio costs a third of a second to load: only projects with HTML (or DOCX) documents pay it. */
async function parseHtmlLazily(text: string) {
  const { parseHtml } = await import('./load-html.js');
  return parseHtml(text);
}

function invalid(source: string, why: string, hint?: string): TandemError {
  return new TandemError('DOCUMENT_INVALID', `${source}: ${why}`, { where: { file: source }, hint });
}

function reason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0]!.slice(0, 300);
}
