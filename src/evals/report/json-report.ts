/**
 * @module The JSON report, written as it is read: run, summary and every graded sample of every suite, laid
 * out as `JSON.stringify(report, null, 2)` would, but with the cases and results streamed from the store.
 */
import { detailedCases, type ReportInput } from './report-input.js';

const pad = (depth: number) => '  '.repeat(depth);
// A value at `depth`: JSON never holds a raw newline inside a string, so indenting each line is safe.
const json = (v: unknown, depth: number) => JSON.stringify(v, null, 2).replace(/\n/g, `\n${pad(depth)}`);

/** Everything, every suite: run, summary (without latency bins) and every graded sample. */
export async function* toJsonReport(inputs: ReportInput[]): AsyncGenerator<string> {
  yield '{\n  "suites": [';
  for (const [i, input] of inputs.entries()) {
    yield `${i ? ',' : ''}\n${pad(2)}{\n${pad(3)}"run": ${json({ ...input.run, summary: undefined }, 3)},\n${pad(3)}"summary": `;
    yield* summaryJson(input, 3);
    yield `,\n${pad(3)}"results": `;
    yield* jsonArray(input.results(), 3);
    yield `\n${pad(2)}}`;
  }
  yield inputs.length ? '\n  ]\n}\n' : ']\n}\n';
}

// The summary's figures, then its cases with their answers.
async function* summaryJson(input: ReportInput, depth: number): AsyncGenerator<string> {
  const { cases: _c, variants, ...rest } = input.summary;
  const fields = {
    ...rest,
    variants: variants.map(({ latencyMs: { p50, p95 }, ...v }) => ({ ...v, latencyMs: { p50, p95 } })),
  };
  yield '{';
  for (const [k, v] of Object.entries(fields))
    if (v !== undefined) yield `\n${pad(depth + 1)}${JSON.stringify(k)}: ${json(v, depth + 1)},`;
  yield `\n${pad(depth + 1)}"cases": `;
  yield* jsonArray(detailedCases(input), depth + 1);
  yield `\n${pad(depth)}}`;
}

async function* jsonArray(items: AsyncIterable<unknown>, depth: number): AsyncGenerator<string> {
  let first = true;
  for await (const item of items) {
    yield `${first ? '[' : ','}\n${pad(depth + 1)}${json(item, depth + 1)}`;
    first = false;
  }
  yield first ? '[]' : `\n${pad(depth)}]`;
}
