/**
 * @module The report files `tandem eval -o` writes, by extension: JSON (everything), CSV (a row per suite,
 * variant and case), JUnit XML (a test suite per suite and variant), Markdown (a pull-request comment) and
 * HTML. One run, one file per `-o`, every suite in it.
 */
import { extname } from 'node:path';
import { toCsvReport } from './csv-report.js';
import { toJsonReport } from './json-report.js';
import { toJunitReport } from './junit-report.js';
import { toMarkdownReport } from './markdown-report.js';
import type { ReportInput, ReportOptions } from './report-input.js';

export { toCsvReport } from './csv-report.js';
export { toJsonReport } from './json-report.js';
export { toJunitReport } from './junit-report.js';
export { toMarkdownReport } from './markdown-report.js';
export { type ReportInput, type ReportOptions, reportInput } from './report-input.js';

type Render = (inputs: ReportInput[], opts: ReportOptions) => AsyncIterable<string>;

const RENDERERS: Record<string, Render> = {
  '.json': toJsonReport,
  '.csv': toCsvReport,
  '.xml': toJunitReport,
  '.md': toMarkdownReport,
  // The HTML report is the largest module; loaded only when asked for.
  '.html': async function* html(inputs) {
    yield* (await import('./html.js')).toHtmlReport(inputs);
  },
};

/** True when `file`'s extension names a report format. */
export function isReportFile(file: string): boolean {
  return extname(file).toLowerCase() in RENDERERS;
}

/**
 * The report `file` asks for (by its extension), holding every suite in `inputs`, as text in pieces of about
 * 64 KB: a report of a large run is written as its cases and results are read, never held whole.
 */
export function renderReport(
  file: string,
  inputs: ReportInput[],
  opts: ReportOptions = {},
): AsyncIterable<string> {
  const render = RENDERERS[extname(file).toLowerCase()];
  if (!render) throw new Error(`no report format for ${file}`); // callers check isReportFile first
  return inPieces(render(inputs, opts));
}

/** Joins small chunks into pieces of at least `size` characters (one write each instead of one per row). */
export async function* inPieces(chunks: AsyncIterable<string>, size = 64 * 1024): AsyncGenerator<string> {
  let piece = '';
  for await (const chunk of chunks) {
    piece += chunk;
    if (piece.length >= size) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}
