import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BLOCK_MESSAGE } from '../../guardrails/index.js';
import { findDecline } from './refusal.js';

interface Row {
  text: string;
  refusal: boolean;
  lang: string;
}

function rows(file: string): Row[] {
  return readFileSync(new URL(`./refusal-data/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

// Confusion counts of the detector on a labelled file, and the rows it got wrong (for the failure message).
function measure(file: string) {
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const wrong: string[] = [];
  for (const r of rows(file)) {
    const found = findDecline(r.text);
    const key = found ? (r.refusal ? 'tp' : 'fp') : r.refusal ? 'fn' : 'tn';
    counts[key]++;
    if (key === 'fp' || key === 'fn') wrong.push(`${key} ${r.lang}: ${r.text}${found ? ` (${found})` : ''}`);
  }
  return {
    ...counts,
    precision: counts.tp / (counts.tp + counts.fp),
    recall: counts.tp / (counts.tp + counts.fn),
    wrong,
  };
}

describe('refusal detector', () => {
  it('dev set (tuned on): precision and recall ≥ 0.95', () => {
    const m = measure('dev.jsonl');
    console.info(`refusal dev: P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)}`, m.wrong);
    expect(m.tp + m.fp + m.fn + m.tn).toBeGreaterThanOrEqual(60);
    expect(m.precision).toBeGreaterThanOrEqual(0.95);
    expect(m.recall).toBeGreaterThanOrEqual(0.95);
  });

  // Measured once, after tuning on dev ended: precision 1.000, recall 0.950 (38 of 40 declines, no false alarm).
  it('test set (never tuned on): the counts measured once', () => {
    const m = measure('test.jsonl');
    console.info(`refusal test: P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)}`, m.wrong);
    expect({ tp: m.tp, fp: m.fp, fn: m.fn, tn: m.tn }).toEqual({ tp: 38, fp: 0, fn: 2, tn: 34 });
  });

  it("counts tandem's own declines: the guardrails' block message and the extractive provider's", () => {
    expect(findDecline(DEFAULT_BLOCK_MESSAGE)).toBe("i can't help");
    expect(findDecline("I don't know based on the information I have.")).toBe("i don't know");
    expect(findDecline("I don't know.")).toBe("i don't know");
  });

  it('looks at the opening: a decline after an answer is a partial answer', () => {
    expect(findDecline("Refunds take 5 days [1]. The fee is €5. I don't know about weekends.")).toBe(
      undefined,
    );
    expect(findDecline("Thanks for asking!\nI don't know.")).toBe("i don't know");
  });
});
