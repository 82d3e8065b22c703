/**
 * @module Sentence splitting that respects common abbreviations, decimals and list items.
 */

const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|no|fig|approx|incl|st)\.$/i;
// Before a figure, a currency's or a number's abbreviation ("kr. 450 per month", "Rs. 2,000", "Nu. 1,500",
// "Shs. 20,000", "nr. 4"); after one, it may end the sentence ("Lunch costs 450 kr. 3 meals a week are included.").
const BEFORE_FIGURE = /(?<!\d[^\S\n]?)\b(?:kr|rs|ksh|kshs|dhs|tk|rp|nr)\.$/i;
// A telephone's extension or number goes on after its abbreviation, after a number too ("555-0134 ext. 2160").
const PHONE_BEFORE_FIGURE = /\b(?:ext|extn|tel)\.$/i;
// Signs that are words in lower case too ("nu." is Dutch's and Danish's "now"): capitalised only; the boliviano's
// "Bs." not after a count ("two Bs." are grades).
const CAPITALISED_BEFORE_FIGURE =
  /(?<!\d[^\S\n]?)\b(?:Nu|Dh|Re|Shs?|T[Ss]hs?|U[Ss]hs?|(?<!(?:\d|\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Tt]en|[Aa]ll|[Ss]ome|[Tt]he))\s)Bs)\.$/;
// A list item's number ("1.", "2.3.", "b)", "Step 4.") begins its sentence; it does not end one.
const LIST_MARKER = /^\s*(?:(?:step|stage)\s+\d+|\d+(?:\.\d+)*|[a-z])[.)]$/i;

/** Splits text into sentences; list items and lines of a table stay whole. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)/)) {
    const flat = (recordRow(block) ?? block.replace(/\s*\n\s*/g, ' ')).trim();
    if (!flat) continue;
    let start = 0;
    const re = /[.!?]["')\]]?(?=\s+[\p{Lu}\d"'([])/gu;
    for (let m = re.exec(flat); m; m = re.exec(flat)) {
      const end = m.index + m[0].length;
      const candidate = flat.slice(start, end);
      if (ABBREVIATIONS.test(candidate) || LIST_MARKER.test(candidate)) continue;
      const sign =
        BEFORE_FIGURE.test(candidate) ||
        CAPITALISED_BEFORE_FIGURE.test(candidate) ||
        PHONE_BEFORE_FIGURE.test(candidate);
      if (sign && /^\s+\d/.test(flat.slice(end))) continue;
      out.push(candidate.trim());
      start = end;
    }
    const rest = flat.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}

const LIST_ITEM = /^\s*(?:[-*•]|\d+[.)])\s/;

// A record of "field: value" lines (a CSV or JSON row as the loaders write it) reads as a table's row does
// ("code: CAMP · unit: per day · cairns: 22.50"), not with its fields run together. Its sentences still end
// where a value's do: kept whole, a long record of prose fields outranked the one row that answers (measured on
// the development sets).
function recordRow(block: string): string | undefined {
  const lines = block
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length < 3 || !lines.every((l) => RECORD_FIELD.test(l))) return undefined;
  // Each field once: "Q: … A: … Q: … A: …" is an FAQ's questions and answers, not one record.
  const fields = lines.map((l) => l.slice(0, l.indexOf(':')).trim().toLowerCase());
  return new Set(fields).size === fields.length ? lines.join(' · ') : undefined;
}

const RECORD_FIELD = /^[^:·\n]{1,40}:\s+\S/;

/**
 * For a list item, the index of the line that introduces its list ("Standard floats are:"); for one of a run of
 * short labelled sentences ("Annual physical exam (APE) 2027. Ortigas: April 12–23. Davao: May 10–14."), the
 * short line before the run, which says what each is of; else -1.
 */
export function leadInOf(sentences: readonly string[], i: number): number {
  if (LIST_ITEM.test(sentences[i] ?? '')) {
    let j = i - 1;
    while (j >= 0 && LIST_ITEM.test(sentences[j]!)) j--;
    return j >= 0 && /:\s*$/.test(sentences[j]!) ? j : -1;
  }
  if (!isLabelled(sentences[i] ?? '')) return -1;
  let j = i - 1;
  while (j >= 0 && isLabelled(sentences[j]!)) j--;
  let k = i + 1;
  while (k < sentences.length && isLabelled(sentences[k]!)) k++;
  const run = k - j - 1;
  return j >= 0 && run >= MIN_LABELLED_RUN && isShortLead(sentences[j]!) ? j : -1;
}

// "Davao: May 10–14.": a label of a few words, a colon and a short value, alone as a sentence.
const isLabelled = (sentence: string) =>
  /^[^:·]{1,40}:\s+\S[^:·]{0,60}$/.test(sentence.trim()) &&
  sentence.trim().split(/\s+/).length <= LABELLED_WORDS;
// The line a run of them is of: short, like a heading ("Annual physical exam (APE) 2027.", "Opening hours:").
const isShortLead = (sentence: string) =>
  sentence
    .replace(/^\s*[-*•]\s*/, '')
    .trim()
    .split(/\s+/).length <= LEAD_WORDS;
const LABELLED_WORDS = 10;
const LEAD_WORDS = 8;
const MIN_LABELLED_RUN = 2;

/**
 * The sentence that `sentences[i]` leans on for what it is about: for a list item, the line that introduces
 * its list ("Standard floats are:" for "- Bar: 150 pounds"); for any other sentence, the one before it.
 */
export function sentenceBefore(sentences: readonly string[], i: number): number {
  const lead = leadInOf(sentences, i);
  return lead >= 0 ? lead : i - 1;
}
