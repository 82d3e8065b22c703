/**
 * @module Matches of several patterns over one text, each part of the text claimed by the first pattern
 * that reads it, so "25th May 2026" is one date and not also an ordinal and a month.
 */

/** A pattern and what a match of it stands for (undefined: not what it looked like). */
export interface Reader {
  pattern: RegExp;
  read(match: RegExpExecArray): string[] | undefined;
}

/** The forms every reader found, in the order of the readers, with overlapping matches left to the first. */
export function readAll(text: string, readers: Reader[]): Array<{ surface: string; forms: string[] }> {
  const claimed = new Claimed();
  const out: Array<{ surface: string; forms: string[] }> = [];
  for (const { pattern, read } of readers) {
    for (const m of text.matchAll(pattern)) {
      // A reader may see words before its match in a lookbehind, as the group `pre`: they belong to the match.
      const from = m.index - (m.groups?.pre?.length ?? 0);
      const to = m.index + m[0].length;
      if (!claimed.free(from, to)) continue;
      const forms = read(m as RegExpExecArray);
      if (!forms) continue;
      claimed.add(from, to);
      out.push({ surface: text.slice(from, to), forms });
    }
  }
  return out;
}

// Spans of the text already read, kept in order (they never overlap), so a text with thousands of amounts is
// checked by a binary search per match, not against every span read before.
class Claimed {
  private starts: number[] = [];
  private ends: number[] = [];

  free(from: number, to: number): boolean {
    const i = this.firstAfter(from);
    // The span starting at or before `from` must end by then; the next one must start at or after `to`.
    return (i === 0 || this.ends[i - 1]! <= from) && (i === this.starts.length || this.starts[i]! >= to);
  }

  add(from: number, to: number): void {
    const i = this.firstAfter(from);
    this.starts.splice(i, 0, from);
    this.ends.splice(i, 0, to);
  }

  // The index of the first span that starts after `at`.
  private firstAfter(at: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Letters and digits only: the boundaries a word of any script has. */
export const BEFORE = '(?<![\\p{L}\\p{N}])';
export const AFTER = '(?![\\p{L}\\p{N}])';
/**
 * The start of a number that is not inside a word. The lookahead comes first because it is cheap: the regex
 * engine then tries the rest only where a digit is, which keeps indexing fast.
 */
export const NUMBER_START = `(?=\\d)${BEFORE}`;
