/**
 * @module Which sentences answer a question: for each part of the question, the sentences that cover it best,
 * preferring one that holds the kind of fact asked for (an amount for "how much", a length of time for "how
 * long", a table row for a lookup), never a heading or a pointer ("see the announcement") on its own.
 */
import { expectedAnswerType, holdsAnswerType, questionParts } from '../../rag/index.js';
import type { Passage } from './collect-passages.js';
import { narrowRow, type Quantity, questionQuantities, rangeFit } from './quantity-fit.js';
import { type RankedSentence, rankSentences } from './rank-sentences.js';

export interface ChoiceOptions {
  maxSentences: number;
  minScore: number;
  minTerms: number;
}

/** The sentences to quote, in the order they appear in the passages; empty when nothing answers. */
export function chooseSentences(
  question: string,
  passages: Passage[],
  opts: ChoiceOptions,
): RankedSentence[] {
  const parts = questionParts(question);
  const perPart = Math.max(1, Math.floor(opts.maxSentences / parts.length));
  const chosen = new Map<string, RankedSentence>();
  // Each part gets sentences of its own: one another part already quotes does not answer this one too.
  parts.forEach((part, i) => {
    const asked = withAntecedent(part, parts[i - 1]);
    for (const s of answerPart(asked, passages, opts, perPart, new Set(chosen.keys())))
      chosen.set(keyOf(s), s);
  });
  return [...chosen.values()]
    .slice(0, Math.max(opts.maxSentences, parts.length))
    .sort((a, b) => a.passageIndex - b.passageIndex || a.sentenceIndex - b.sentenceIndex);
}

const keyOf = (s: RankedSentence) => `${s.passageIndex}:${s.sentenceIndex}`;

// "…, and how far ahead should trips be booked through it?": "it" is what the part before was about.
function withAntecedent(part: string, before: string | undefined): string {
  if (!before || !/\b(?:it|its|them|they|their|there|this|that|these|those)\b/i.test(part)) return part;
  return `${part} ${before.replace(/^\s*(?:who|what|which|when|where|how)\b[^\p{L}]*/iu, '')}`;
}

function answerPart(
  part: string,
  passages: Passage[],
  opts: ChoiceOptions,
  limit: number,
  taken: Set<string>,
): RankedSentence[] {
  const type = expectedAnswerType(part);
  // One shared word ("name" in "What is your CEO's name?") is not an answer; most questions need two.
  const ranked = inBand(
    rankSentences(part, passages).filter(
      (s) => s.matched >= Math.min(opts.minTerms, s.of) && !isHeadingOrPointer(s) && !taken.has(keyOf(s)),
    ),
    questionQuantities(part),
    opts.minScore,
  );
  const best = ranked[0]?.score ?? 0;
  if (best < opts.minScore) return [];
  // Sentences nearly as relevant as the best one; among them, those holding the kind of fact asked for first.
  const near = ranked.filter((s) => s.score >= Math.max(opts.minScore, best * 0.6));
  const typed = near.filter((s) => holdsAnswerType(s.text, type, part));
  const pool = typed.length
    ? preferRows(typed, type)
    : near.filter((s) => s.score >= best * 0.7 + 1e-9 || s === near[0]);
  return pool.slice(0, limit);
}

// A question that names a quantity ("6 years' service") is answered by the table row whose band holds it, not
// by its neighbours that share its words ("Under 6 months"): when such a row is relevant enough, the rows
// whose bands miss the quantity go, and it leads (it is the answer, though its neighbours share more words). A row with a band per column keeps that column.
function inBand(ranked: RankedSentence[], quantities: Quantity[], minScore: number): RankedSentence[] {
  if (!quantities.length) return ranked;
  const fits = ranked.map((s) => rangeFit(s.text, quantities));
  if (!ranked.some((s, i) => fits[i] === 1 && s.score >= minScore)) return ranked;
  const fitting = ranked
    .filter((_, i) => fits[i] === 1)
    .map((s) => ({ ...s, text: narrowRow(s.text, quantities) }));
  return [...fitting, ...ranked.filter((_, i) => fits[i] === 0)];
}

// For a lookup (an amount, a count, a length of time), a table row that covers the question well beats prose.
function preferRows(sentences: RankedSentence[], type: string): RankedSentence[] {
  if (!['amount', 'count', 'duration', 'date', 'time'].includes(type)) return sentences;
  const top = sentences[0]!.score;
  const rows = sentences.filter((s) => isTableRow(s.text) && s.score >= top * 0.85);
  return rows.length ? [...rows, ...sentences.filter((s) => !rows.includes(s))] : sentences;
}

const isTableRow = (text: string) => / · [^·:]+: /.test(text);

// A heading repeated as a sentence, a label ending in a colon, or a pointer elsewhere answers nothing.
function isHeadingOrPointer(s: RankedSentence): boolean {
  const text = s.text.trim();
  if (/:\s*$/.test(text)) return true;
  if (s.passage.title?.split(' › ').some((h) => h.trim().toLowerCase() === text.toLowerCase())) return true;
  return (
    /^(?:see|refer to|read|visit|check|consult)\b|\bfor (?:more|further) (?:information|details)\b|\bsee (?:the|our|this) \w+/i.test(
      text,
    ) && !/\d/.test(text)
  );
}
